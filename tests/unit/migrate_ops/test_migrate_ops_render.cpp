// Unit tests for renderSql(): per-dialect SQL of interpreted scripts,
// hostile identifiers, the enum memo, SQLite's offline move and copy, and
// errors that name the file, line and column.
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/migrate/ops/OperationSql.h"
#include "core/pyread/Module.h"

#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

RevisionOperations interpret(const QString &upgradeBody)
{
    const QString source =
        QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n"
                       "from sqlalchemy.dialects import postgresql\n\n\ndef upgrade():\n") +
        upgradeBody + QStringLiteral("\n\ndef downgrade():\n    pass\n");
    Result<pyread::Module> m = pyread::Module::parse(source, QStringLiteral("rev.py"));
    if (!m)
        qFatal("parse: %s", qPrintable(m.error().toString()));
    Result<RevisionOperations> ops = interpretRevision(*m, QStringLiteral("rev.py"));
    if (!ops || !ops->unsupportedUpgrade.isEmpty())
        qFatal("interpret: %s", ops ? qPrintable(ops->unsupportedUpgrade.front().message)
                                    : qPrintable(ops.error().toString()));
    return ops.value();
}

QStringList render(const QString &body, schema::Dialect dialect, RenderState *state = nullptr)
{
    RenderContext context;
    context.state = state;
    Result<QStringList> sql = renderSql(interpret(body).upgrade, dialect, context);
    if (!sql)
        qFatal("render: %s", qPrintable(sql.error().toString()));
    QStringList out;
    for (const QString &s : *sql)
        out << s.simplified();
    return out;
}

Error renderError(const QString &body, schema::Dialect dialect)
{
    Result<QStringList> sql = renderSql(interpret(body).upgrade, dialect, {});
    if (sql)
        qFatal("expected an error, got: %s", qPrintable(sql->join(u'\n')));
    return sql.error();
}

const auto PG = schema::Dialect::PostgreSQL;
const auto SQLITE = schema::Dialect::SQLite;

}  // namespace

class TestMigrateOpsRender : public QObject
{
    Q_OBJECT

private slots:
    void createTablePerDialect()
    {
        const QString body = QStringLiteral(
            "    op.create_table('account',\n"
            "    sa.Column('id', sa.Integer(), nullable=False),\n"
            "    sa.Column('mood', sa.Enum('happy', 'sad', name='mood'), nullable=True),\n"
            "    sa.Column('created', sa.DateTime(timezone=True), server_default=sa.text('now()'), "
            "nullable=False),\n"
            "    sa.Column('flag', sa.Boolean(), server_default=sa.true(), nullable=False),\n"
            "    sa.PrimaryKeyConstraint('id'),\n"
            "    comment='accounts'\n"
            "    )");
        QCOMPARE(render(body, PG),
                 (QStringList{
                     QStringLiteral("CREATE TYPE mood AS ENUM ('happy', 'sad')"),
                     QStringLiteral("CREATE TABLE account ( id SERIAL NOT NULL, mood mood, created "
                                    "TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, flag BOOLEAN "
                                    "DEFAULT true NOT NULL, PRIMARY KEY (id) )"),
                     QStringLiteral("COMMENT ON TABLE account IS 'accounts'")}));
        QCOMPARE(
            render(body, SQLITE),
            (QStringList{QStringLiteral(
                "CREATE TABLE account ( id INTEGER NOT NULL, mood VARCHAR(5), created DATETIME "
                "DEFAULT (now()) NOT NULL, flag BOOLEAN DEFAULT 1 NOT NULL, PRIMARY KEY (id) )")}));
    }

    // SQLite: no schema in REFERENCES, and (as SQLAlchemy) no foreign key at
    // all into another schema (database).
    void sqliteForeignKeysNameOnlyTheTable()
    {
        const QString body =
            QStringLiteral("    op.create_table('child',\n"
                           "    sa.Column('id', sa.Integer(), nullable=False),\n"
                           "    sa.Column('p', sa.Integer(), sa.ForeignKey('aux.parent.id')),\n"
                           "    schema='aux')\n"
                           "    op.create_table('other',\n"
                           "    sa.Column('id', sa.Integer(), nullable=False),\n"
                           "    sa.Column('p', sa.Integer(), sa.ForeignKey('aux.parent.id')))");
        const QStringList lite = render(body, SQLITE);
        QCOMPARE(lite.size(), 2);
        QCOMPARE(lite[0], QStringLiteral("CREATE TABLE aux.child ( id INTEGER NOT NULL, p INTEGER, "
                                         "FOREIGN KEY(p) REFERENCES parent (id) )"));
        QCOMPARE(lite[1], QStringLiteral("CREATE TABLE other ( id INTEGER NOT NULL, p INTEGER )"));
        const QStringList pg = render(body, PG);
        QCOMPARE(pg[0], QStringLiteral("CREATE TABLE aux.child ( id INTEGER NOT NULL, p INTEGER, "
                                       "FOREIGN KEY(p) REFERENCES aux.parent (id) )"));
        QCOMPARE(pg[1], QStringLiteral("CREATE TABLE other ( id INTEGER NOT NULL, p INTEGER, "
                                       "FOREIGN KEY(p) REFERENCES aux.parent (id) )"));
    }

    void hostileIdentifiersAreQuoted()
    {
        const QString body = QStringLiteral(
            "    op.create_table('we\"ird; DROP TABLE x',\n"
            "    sa.Column('Sel\"ect', sa.String(10), server_default=\"O'Brien\"),\n"
            "    sa.Column('order', sa.Integer(), sa.ForeignKey('other table.id', name='fk "
            "\"q\"')),\n"
            "    sa.UniqueConstraint('Sel\"ect', name='user'),\n"
            "    schema='My Schema')\n"
            "    op.create_index(op.f('ix \"a\"'), 'we\"ird; DROP TABLE x', ['order'], schema='My "
            "Schema')\n"
            "    op.alter_column('we\"ird; DROP TABLE x', 'order', new_column_name='group', "
            "schema='My Schema')\n"
            "    op.drop_index('ix \"a\"', table_name='t', schema='My Schema')");
        const QStringList pg = render(body, PG);
        QCOMPARE(pg.size(), 4);
        QCOMPARE(pg[0],
                 QStringLiteral(
                     "CREATE TABLE \"My Schema\".\"we\"\"ird; DROP TABLE x\" ( \"Sel\"\"ect\" "
                     "VARCHAR(10) DEFAULT 'O''Brien', \"order\" INTEGER, CONSTRAINT \"user\" "
                     "UNIQUE (\"Sel\"\"ect\"), CONSTRAINT \"fk \"\"q\"\"\" FOREIGN "
                     "KEY(\"order\") REFERENCES \"other table\" (id) )"));
        QCOMPARE(pg[1],
                 QStringLiteral("CREATE INDEX \"ix \"\"a\"\"\" ON \"My Schema\".\"we\"\"ird; "
                                "DROP TABLE x\" (\"order\")"));
        QCOMPARE(pg[2], QStringLiteral("ALTER TABLE \"My Schema\".\"we\"\"ird; DROP TABLE x\" "
                                       "RENAME \"order\" TO \"group\""));
        QCOMPARE(pg[3], QStringLiteral("DROP INDEX \"My Schema\".\"ix \"\"a\"\"\""));
        const QStringList lite = render(body, SQLITE);
        QCOMPARE(lite[1], QStringLiteral("CREATE INDEX \"My Schema\".\"ix \"\"a\"\"\" ON "
                                         "\"we\"\"ird; DROP TABLE x\" (\"order\")"));
    }

    void enumCreatedOncePerRun()
    {
        const QString body =
            QStringLiteral("    op.create_table('a', sa.Column('m', sa.Enum('x', 'y', name='m')))\n"
                           "    op.create_table('b', sa.Column('m', sa.Enum('x', 'y', name='m')),\n"
                           "                    sa.Column('p', postgresql.ENUM('l', name='p', "
                           "create_type=False)))\n"
                           "    op.drop_table('a')\n"
                           "    op.add_column('a', sa.Column('n', sa.Enum('q', name='n')))");
        RenderState state;
        const QStringList sql = render(body, PG, &state);
        QCOMPARE(sql.filter(QStringLiteral("CREATE TYPE")),
                 QStringList{QStringLiteral("CREATE TYPE m AS ENUM ('x', 'y')")});
        QVERIFY(
            sql.filter(QStringLiteral("DROP TYPE")).isEmpty());  // as Alembic: drop_table keeps it
        QCOMPARE(sql.last(), QStringLiteral("ALTER TABLE a ADD COLUMN n n"));
        // The memo lives in the state: a later revision of the same run reuses it.
        QVERIFY(render(QStringLiteral(
                           "    op.create_table('c', sa.Column('m', sa.Enum('x', 'y', name='m')))"),
                       PG, &state)
                    .filter(QStringLiteral("CREATE TYPE"))
                    .isEmpty());
    }

    void alterColumnOrderOnPostgres()
    {
        const QStringList sql = render(
            QStringLiteral("    op.alter_column('t', 'c', nullable=False, server_default='x', "
                           "type_=sa.String(20), comment=None, new_column_name='d', "
                           "postgresql_using='c::text')"),
            PG);
        QCOMPARE(sql,
                 (QStringList{
                     QStringLiteral("ALTER TABLE t ALTER COLUMN c TYPE VARCHAR(20) USING c::text"),
                     QStringLiteral("ALTER TABLE t ALTER COLUMN c SET NOT NULL"),
                     QStringLiteral("ALTER TABLE t ALTER COLUMN c SET DEFAULT 'x'"),
                     QStringLiteral("COMMENT ON COLUMN t.c IS NULL"),
                     QStringLiteral("ALTER TABLE t RENAME c TO d")}));
    }

    void sqliteBatchRefusesToLoseAnIndex()
    {
        const Error e = renderError(
            QStringLiteral("    op.create_table('item', sa.Column('id', sa.Integer()),\n"
                           "                    sa.Column('code', sa.String(10)))\n"
                           "    op.create_index('ix_item_code', 'item', ['code'])\n"
                           "    with op.batch_alter_table('item') as batch_op:\n"
                           "        batch_op.drop_column('code')"),
            SQLITE);
        QVERIFY2(e.message.contains(QLatin1String("index ix_item_code refers to column code")),
                 qPrintable(e.message));
        QCOMPARE(e.line, 10);
    }

    void sqliteBatchMoveAndCopy()
    {
        const QString body = QStringLiteral(
            "    op.create_table('item',\n"
            "    sa.Column('id', sa.Integer(), nullable=False),\n"
            "    sa.Column('code', sa.String(10), nullable=True),\n"
            "    sa.Column('qty', sa.String(5), nullable=True),\n"
            "    sa.PrimaryKeyConstraint('id', name='pk_item'),\n"
            "    sa.UniqueConstraint('code', name='uq_item_code'))\n"
            "    op.create_index('ix_item_qty', 'item', ['qty'])\n"
            "    with op.batch_alter_table('item') as batch_op:\n"
            "        batch_op.alter_column('qty', type_=sa.Integer(), nullable=False)\n"
            "        batch_op.drop_column('code')\n"
            "        batch_op.add_column(sa.Column('note', sa.Text()))\n"
            "        batch_op.create_check_constraint('ck_qty', 'qty >= 0')");
        const QStringList sql = render(body, SQLITE);
        QCOMPARE(
            sql.mid(2),
            (QStringList{QStringLiteral("CREATE TABLE _alembic_tmp_item ( id INTEGER NOT NULL, "
                                        "qty INTEGER NOT NULL, note TEXT, CONSTRAINT pk_item "
                                        "PRIMARY KEY (id), CONSTRAINT ck_qty CHECK (qty >= 0) )"),
                         QStringLiteral("INSERT INTO _alembic_tmp_item (id, qty) SELECT item.id, "
                                        "CAST(item.qty AS INTEGER) FROM item"),
                         QStringLiteral("DROP TABLE item"),
                         QStringLiteral("ALTER TABLE _alembic_tmp_item RENAME TO item"),
                         QStringLiteral("CREATE INDEX ix_item_qty ON item (qty)")}));
        // On PostgreSQL the same batch is plain ALTER TABLE statements.
        const QStringList pg = render(body, PG);
        QVERIFY(pg.contains(QStringLiteral("ALTER TABLE item DROP COLUMN code")));
        QVERIFY(
            pg.contains(QStringLiteral("ALTER TABLE item ADD CONSTRAINT ck_qty CHECK (qty >= 0)")));
    }

    void sqliteAddColumnAndIndexNeedNoRecreate()
    {
        const QStringList sql = render(
            QStringLiteral(
                "    with op.batch_alter_table('t') as batch_op:\n"
                "        batch_op.add_column(sa.Column('n', sa.Integer(), server_default='0'))\n"
                "        batch_op.create_index('ix_t_n', ['n'], unique=True)"),
            SQLITE);
        QCOMPARE(sql, (QStringList{QStringLiteral("ALTER TABLE t ADD COLUMN n INTEGER DEFAULT '0'"),
                                   QStringLiteral("CREATE UNIQUE INDEX ix_t_n ON t (n)")}));
    }

    void errorsNameFileLineAndColumn()
    {
        const Error unknown =
            renderError(QStringLiteral("    op.drop_table('x')\n"
                                       "    with op.batch_alter_table('legacy') as batch_op:\n"
                                       "        batch_op.drop_column('old')"),
                        SQLITE);
        QCOMPARE(unknown.source, QStringLiteral("rev.py"));
        QCOMPARE(unknown.line, 8);
        QCOMPARE(unknown.column, 5);
        QVERIFY2(unknown.message.contains(QLatin1String("needs the definition of table legacy")),
                 qPrintable(unknown.message));

        const Error alter =
            renderError(QStringLiteral("    op.alter_column('t', 'c', nullable=True)"), SQLITE);
        QCOMPARE(alter.line, 7);
        QVERIFY(alter.message.contains(QLatin1String("batch_alter_table")));
        const Error fk = renderError(
            QStringLiteral("    op.create_foreign_key('f', 't', 'r', ['a'], ['b'])"), SQLITE);
        QVERIFY(fk.message.contains(QLatin1String("No support for ALTER of constraints")));
        const Error unnamedEnum = renderError(
            QStringLiteral("    op.create_table('t', sa.Column('e', sa.Enum('a')))"), PG);
        QVERIFY(unnamedEnum.message.contains(QLatin1String("requires a name")));
        const Error tooLong = renderError(
            QStringLiteral("    op.create_index('%1', 't', ['c'])").arg(QString(70, u'i')), PG);
        QVERIFY(tooLong.message.contains(QLatin1String("exceeds maximum length of 63")));
    }

    void namingConventionForUnnamedIndex()
    {
        const QStringList sql =
            render(QStringLiteral("    op.create_index(None, 'account', ['email'])"), PG);
        QCOMPARE(sql,
                 QStringList{QStringLiteral("CREATE INDEX ix_account_email ON account (email)")});
    }
};

QTEST_GUILESS_MAIN(TestMigrateOpsRender)
#include "test_migrate_ops_render.moc"
