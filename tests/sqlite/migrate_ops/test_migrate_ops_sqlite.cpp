// execute() on real SQLite files: batch mode (move and copy) keeps the rows,
// named constraints and indexes; PRAGMA foreign_keys is handled around the
// copy; errors name the revision file, line and column and the server message.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"
#include "core/engine/RowBatch.h"
#include "core/migrate/ops/OperationExecutor.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"
#include "core/schema/Inspector.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

const QString kSetup = QStringLiteral(
    "    op.create_table('account',\n"
    "    sa.Column('id', sa.Integer(), nullable=False),\n"
    "    sa.Column('name', sa.String(length=50), nullable=False),\n"
    "    sa.PrimaryKeyConstraint('id', name='pk_account'))\n"
    "    op.create_table('tag', sa.Column('id', sa.Integer(), primary_key=True))\n"
    "    op.create_table('post',\n"
    "    sa.Column('id', sa.Integer(), nullable=False),\n"
    "    sa.Column('account_id', sa.Integer(), nullable=False),\n"
    "    sa.Column('title', sa.String(length=100), nullable=False),\n"
    "    sa.Column('qty', sa.String(length=5), nullable=True),\n"
    "    sa.Column('legacy', sa.Text(), server_default='old', nullable=True),\n"
    "    sa.CheckConstraint('length(title) > 0', name='ck_post_title'),\n"
    "    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name='fk_post_account', "
    "ondelete='CASCADE'),\n"
    "    sa.PrimaryKeyConstraint('id', name='pk_post'),\n"
    "    sa.UniqueConstraint('title', name='uq_post_title'))\n"
    "    op.create_index('ix_post_qty', 'post', ['qty'], unique=False)\n"
    "    op.create_index('ix_post_lower_title', 'post', [sa.text('lower(title)')])\n");

const QString kBatch = QStringLiteral(
    "    with op.batch_alter_table('post', schema=None) as batch_op:\n"
    "        batch_op.drop_column('legacy')\n"
    "        batch_op.alter_column('qty', existing_type=sa.String(length=5), type_=sa.Integer())\n"
    "        batch_op.add_column(sa.Column('tag_id', sa.Integer(), nullable=True))\n"
    "        batch_op.create_foreign_key('fk_post_tag', 'tag', ['tag_id'], ['id'])\n"
    "        batch_op.create_unique_constraint('uq_post_account_qty', ['account_id', 'qty'])\n");

QList<Operation> operationsOf(const QString &body, const QString &file = QStringLiteral("rev.py"))
{
    const QString source = QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n\n\n"
                                          "def upgrade():\n") +
                           body + QStringLiteral("\n\ndef downgrade():\n    pass\n");
    Result<pyread::Module> m = pyread::Module::parse(source, file);
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    Result<RevisionOperations> ops = interpretRevision(*m, file);
    if (!ops || !ops->unsupportedUpgrade.isEmpty())
        qFatal("%s", ops ? qPrintable(ops->unsupportedUpgrade.front().message)
                         : qPrintable(ops.error().toString()));
    return ops->upgrade;
}

}  // namespace

class TestMigrateOpsSqlite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<engine::DriverConnection> m_db;
    int m_files = 0;

    void open()
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files));
        Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite:///") + path);
        QVERIFY(url);
        Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(*url);
        QVERIFY(driver);
        Result<std::unique_ptr<engine::DriverConnection>> c = driver.value()->connect();
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        m_db = std::move(c).value();
    }

    QList<QStringList> rows(const QString &sql)
    {
        QList<QStringList> out;
        auto stream = m_db->stream(sql);
        if (!stream)
            qFatal("%s", qPrintable(stream.error().toString()));
        engine::RowBatch batch;
        while (true) {
            auto more = (*stream)->next(batch, 100);
            if (!more || !*more)
                break;
            for (int r = 0; r < batch.rowCount(); ++r) {
                QStringList row;
                for (int c = 0; c < batch.columnCount(); ++c)
                    row << (batch.isNull(r, c) ? QStringLiteral("NULL") : batch.text(r, c));
                out << row;
            }
        }
        return out;
    }

    QString scalar(const QString &sql) { return rows(sql).value(0).value(0); }

    void exec(const QString &sql)
    {
        auto r = m_db->execute(sql);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    }

    void setUpSchema()
    {
        open();
        Status s = execute(operationsOf(kSetup), *m_db, schema::Dialect::SQLite, {});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        exec(QStringLiteral("INSERT INTO account (id, name) VALUES (1, 'ann'), (2, 'bob')"));
        exec(QStringLiteral("INSERT INTO tag (id) VALUES (7)"));
        exec(
            QStringLiteral("INSERT INTO post (id, account_id, title, qty) VALUES "
                           "(1, 1, 'First', '10'), (2, 1, 'Second', '20'), (3, 2, 'Third', NULL)"));
    }

    schema::Table reflected(const QString &table)
    {
        schema::Inspector inspector(*m_db, schema::Dialect::SQLite);
        auto r = inspector.reflect();
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        const schema::Table *t = r->metadata.table(QString(), table);
        if (!t)
            qFatal("no table %s", qPrintable(table));
        return *t;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void batchKeepsRowsConstraintsAndIndexes()
    {
        setUpSchema();
        int progressCalls = 0;
        ExecuteContext ctx;
        ctx.progress = [&](int, int count, const Operation &) {
            ++progressCalls;
            QCOMPARE(count, 1);
        };
        Status s = execute(operationsOf(kBatch), *m_db, schema::Dialect::SQLite, ctx);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(progressCalls, 1);

        QCOMPARE(rows(QStringLiteral("SELECT id, account_id, title, qty, typeof(qty), tag_id FROM "
                                     "post ORDER BY id")),
                 (QList<QStringList>{{"1", "1", "First", "10", "integer", "NULL"},
                                     {"2", "1", "Second", "20", "integer", "NULL"},
                                     {"3", "2", "Third", "NULL", "null", "NULL"}}));
        const schema::Table post = reflected(QStringLiteral("post"));
        QStringList columns;
        for (const schema::Column &c : post.columns)
            columns << c.name;
        QCOMPARE(columns, (QStringList{"id", "account_id", "title", "qty", "tag_id"}));
        QCOMPARE(post.column(QStringLiteral("qty"))->type.kind, schema::TypeKind::Integer);
        QCOMPARE(post.column(QStringLiteral("title"))->nullable, false);
        QCOMPARE(post.primaryKey.name, QStringLiteral("pk_post"));
        QStringList fks;
        for (const schema::ForeignKey &fk : post.foreignKeys)
            fks << fk.name + u':' + fk.referredTable;
        fks.sort();
        QCOMPARE(fks, (QStringList{"fk_post_account:account", "fk_post_tag:tag"}));
        for (const schema::ForeignKey &fk : post.foreignKeys) {
            if (fk.name == QLatin1String("fk_post_account"))
                QCOMPARE(fk.onDelete, schema::ReferentialAction::Cascade);
        }
        QStringList uniques;
        for (const schema::UniqueConstraint &u : post.uniqueConstraints)
            uniques << u.name;
        uniques.sort();
        QCOMPARE(uniques, (QStringList{"uq_post_account_qty", "uq_post_title"}));
        QCOMPARE(int(post.checkConstraints.size()), 1);
        QCOMPARE(post.checkConstraints[0].name, QStringLiteral("ck_post_title"));
        QStringList indexes;
        for (const schema::Index &ix : post.indexes)
            indexes << ix.name;
        indexes.sort();
        QCOMPARE(indexes, (QStringList{"ix_post_lower_title", "ix_post_qty"}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE "
                                       "'_alembic_tmp_%'")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        // The constraints are real: the CHECK and the new foreign key both bite.
        QVERIFY(!m_db->execute(
            QStringLiteral("INSERT INTO post (id, account_id, title) VALUES (9, 1, '')")));
        QVERIFY(!m_db->execute(QStringLiteral(
            "INSERT INTO post (id, account_id, title, tag_id) VALUES (9, 1, 'x', 99)")));
    }

    void referencedParentOutsideTransactionKeepsChildren()
    {
        setUpSchema();
        // post refers to account with ON DELETE CASCADE: dropping the old account
        // table with foreign keys on would delete every post.
        Status s =
            execute(operationsOf(QStringLiteral(
                        "    with op.batch_alter_table('account') as batch_op:\n"
                        "        batch_op.alter_column('name', type_=sa.String(80))\n"
                        "        batch_op.create_check_constraint('ck_name', 'length(name) > 0')")),
                    *m_db, schema::Dialect::SQLite, {});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM post")), QStringLiteral("3"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM account")), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(reflected(QStringLiteral("account")).primaryKey.name,
                 QStringLiteral("pk_account"));
        QCOMPARE(rows(QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
    }

    void referencedParentInsideTransactionIsRefused()
    {
        setUpSchema();
        QVERIFY(m_db->begin());
        Status s = execute(
            operationsOf(QStringLiteral("    with op.batch_alter_table('account') as batch_op:\n"
                                        "        batch_op.drop_column('name')"),
                         QStringLiteral("versions/abc_drop.py")),
            *m_db, schema::Dialect::SQLite, {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("foreign keys of post refer to it")),
                 qPrintable(s.error().message));
        QCOMPARE(s.error().source, QStringLiteral("versions/abc_drop.py"));
        QCOMPARE(s.error().line, 6);
        QVERIFY(m_db->rollback());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM post")), QStringLiteral("3"));
        QVERIFY(reflected(QStringLiteral("account")).column(QStringLiteral("name")));
    }

    void childInsideTransactionWorks()
    {
        setUpSchema();
        QVERIFY(m_db->begin());
        Status s = execute(operationsOf(kBatch), *m_db, schema::Dialect::SQLite, {});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(m_db->commit());
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(qty) FROM post")),
                 QStringLiteral("10,20"));
        QVERIFY(!reflected(QStringLiteral("post")).column(QStringLiteral("legacy")));
    }

    void foreignKeyViolationRollsTheBatchBack()
    {
        setUpSchema();
        // Every qty but one names an existing tag (7); row 2 points nowhere.
        exec(QStringLiteral("UPDATE post SET qty = '7'"));
        exec(QStringLiteral("UPDATE post SET qty = '8' WHERE id = 2"));
        Status s = execute(
            operationsOf(QStringLiteral(
                "    with op.batch_alter_table('post') as batch_op:\n"
                "        batch_op.create_foreign_key('fk_post_qty_tag', 'tag', ['qty'], ['id'])")),
            *m_db, schema::Dialect::SQLite, {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("violate")),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("rolled back")),
                 qPrintable(s.error().message));
        const schema::Table post = reflected(QStringLiteral("post"));
        QCOMPARE(int(post.foreignKeys.size()), 1);  // unchanged
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM post")), QStringLiteral("3"));
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE "
                                       "'_alembic_tmp_%'")),
                 QStringLiteral("0"));
    }

    void addColumnAndIndexWithoutRecreate()
    {
        setUpSchema();
        Status s =
            execute(operationsOf(QStringLiteral(
                        "    with op.batch_alter_table('account') as batch_op:\n"
                        "        batch_op.add_column(sa.Column('rank', sa.Integer(), "
                        "server_default='5', nullable=False))\n"
                        "        batch_op.create_index(batch_op.f('ix_account_rank'), ['rank'])")),
                    *m_db, schema::Dialect::SQLite, {});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(rank) FROM account")),
                 QStringLiteral("5,5"));
        QCOMPARE(reflected(QStringLiteral("account")).indexes.front().name,
                 QStringLiteral("ix_account_rank"));
    }

    void serverErrorsNameTheOperation()
    {
        open();
        Status s = execute(
            operationsOf(QStringLiteral("    op.create_table('t', sa.Column('id', sa.Integer()))\n"
                                        "    op.execute('SELEC 1 FROM t')"),
                         QStringLiteral("versions/123_bad.py")),
            *m_db, schema::Dialect::SQLite, {});
        QVERIFY(!s);
        QCOMPARE(s.error().source, QStringLiteral("versions/123_bad.py"));
        QCOMPARE(s.error().line, 7);
        QCOMPARE(s.error().column, 5);
        QVERIFY2(s.error().message.contains(QLatin1String("syntax error")),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("SELEC 1 FROM t")),
                 qPrintable(s.error().message));
    }

    void cancelStopsBeforeTheNextOperation()
    {
        open();
        std::atomic<bool> cancel{false};
        ExecuteContext ctx;
        ctx.cancel = &cancel;
        ctx.progress = [&](int index, int, const Operation &) {
            if (index == 1)  // a cancel request arriving while the first operation ran
                cancel = true;
        };
        Status s = execute(
            operationsOf(QStringLiteral("    op.create_table('a', sa.Column('id', sa.Integer()))\n"
                                        "    op.create_table('b', sa.Column('id', sa.Integer()))")),
            *m_db, schema::Dialect::SQLite, ctx);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("cancelled"));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'")),
                 QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateOpsSqlite)
#include "test_migrate_ops_sqlite.moc"
