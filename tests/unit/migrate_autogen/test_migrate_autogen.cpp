// Unit tests of autogenerate's pure parts: SchemaComparer on MetaData built in
// code (the "reflected" side too) and OperationRenderer, whose output must
// read back through interpretRevision() into the same operations.
#include "core/migrate/autogen/SchemaComparer.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/migrate/write/OperationRenderer.h"
#include "core/pyread/Module.h"

#include <QTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace stratum::migrate::autogen;
using schema::ColumnType;

namespace {

schema::Column col(const QString &name, ColumnType type, bool nullable = true,
                   const QString &def = {})
{
    schema::Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.serverDefault = def;
    return c;
}

schema::Table table(const QString &name, std::vector<schema::Column> extra = {})
{
    schema::Table t;
    t.name = name;
    schema::Column id = col(QStringLiteral("id"), ColumnType::integer(), false);
    id.autoincrement = true;
    t.columns.push_back(id);
    for (auto &c : extra)
        t.columns.push_back(c);
    t.primaryKey.columns = {QStringLiteral("id")};
    return t;
}

// The database side of a model table: the server's names and SERIAL default.
schema::Table reflectedOf(schema::Table t)
{
    t.primaryKey.name = t.name + QStringLiteral("_pkey");
    t.column(QStringLiteral("id"))->serverDefault =
        QStringLiteral("nextval('%1_id_seq'::regclass)").arg(t.name);
    for (schema::ForeignKey &fk : t.foreignKeys)
        fk.name = t.name + u'_' + fk.columns.join(u'_') + QStringLiteral("_fkey");
    return t;
}

schema::ForeignKey fk(const QString &column, const QString &parent)
{
    schema::ForeignKey f;
    f.columns = {column};
    f.referredTable = parent;
    f.referredColumns = {QStringLiteral("id")};
    return f;
}

QStringList calls(const QList<Operation> &ops)
{
    QStringList out;
    for (const Operation &o : ops)
        out << o.describe();
    return out;
}

int indexOf(const QStringList &list, const QString &prefix)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].startsWith(prefix))
            return i;
    }
    return -1;
}

}  // namespace

class TestMigrateAutogen : public QObject
{
    Q_OBJECT

private slots:
    void identicalSchemasGiveNothing()
    {
        schema::MetaData target;
        target.tables.push_back(
            table(QStringLiteral("users"), {col(QStringLiteral("name"), ColumnType::string(50))}));
        schema::MetaData db;
        db.tables.push_back(reflectedOf(target.tables[0]));
        schema::Table version;
        version.name = QStringLiteral("alembic_version");
        version.columns.push_back(
            col(QStringLiteral("version_num"), ColumnType::string(32), false));
        db.tables.push_back(version);
        const AutogenResult r = SchemaComparer(schema::Dialect::PostgreSQL).compare(target, db);
        QVERIFY2(r.isEmpty(), qPrintable(r.differences().join(u'\n')));
    }

    void newTablesParentsFirstAndDroppedChildrenFirst()
    {
        schema::MetaData target;
        schema::Table child = table(QStringLiteral("a_child"),
                                    {col(QStringLiteral("parent_id"), ColumnType::integer())});
        child.foreignKeys.push_back(fk(QStringLiteral("parent_id"), QStringLiteral("z_parent")));
        target.tables.push_back(child);
        target.tables.push_back(table(QStringLiteral("z_parent")));
        const AutogenResult up = SchemaComparer(schema::Dialect::PostgreSQL).compare(target, {});
        const QStringList u = calls(up.upgrade);
        QVERIFY(indexOf(u, QStringLiteral("create table z_parent")) <
                indexOf(u, QStringLiteral("create table a_child")));
        const QStringList d = calls(up.downgrade);
        QVERIFY(indexOf(d, QStringLiteral("drop table a_child")) <
                indexOf(d, QStringLiteral("drop table z_parent")));

        // The other way round: the database has them, the model does not.
        schema::MetaData db;
        db.tables.push_back(reflectedOf(target.tables[0]));
        db.tables.push_back(reflectedOf(target.tables[1]));
        const AutogenResult down = SchemaComparer(schema::Dialect::PostgreSQL).compare({}, db);
        const QStringList dd = calls(down.upgrade);
        QVERIFY(indexOf(dd, QStringLiteral("drop table a_child")) >= 0);
        QVERIFY(indexOf(dd, QStringLiteral("drop table a_child")) <
                indexOf(dd, QStringLiteral("drop table z_parent")));
    }

    void foreignKeysDroppedBeforeTablesAndCreatedAfterColumns()
    {
        schema::MetaData target;
        schema::Table posts = table(QStringLiteral("posts"),
                                    {col(QStringLiteral("author_id"), ColumnType::integer())});
        posts.foreignKeys.push_back(fk(QStringLiteral("author_id"), QStringLiteral("authors")));
        target.tables.push_back(table(QStringLiteral("authors")));
        target.tables.push_back(posts);

        schema::MetaData db;
        schema::Table oldPosts = table(QStringLiteral("posts"),
                                       {col(QStringLiteral("user_id"), ColumnType::bigInteger())});
        oldPosts.foreignKeys.push_back(fk(QStringLiteral("user_id"), QStringLiteral("users")));
        db.tables.push_back(reflectedOf(oldPosts));
        db.tables.push_back(reflectedOf(table(QStringLiteral("users"))));
        const AutogenResult r = SchemaComparer(schema::Dialect::PostgreSQL).compare(target, db);
        const QStringList u = calls(r.upgrade);
        const int dropFk = indexOf(u, QStringLiteral("drop constraint posts_user_id_fkey"));
        const int dropUsers = indexOf(u, QStringLiteral("drop table users"));
        const int addCol = indexOf(u, QStringLiteral("add column posts.author_id"));
        const int createAuthors = indexOf(u, QStringLiteral("create table authors"));
        const int addFk = indexOf(u, QStringLiteral("add foreign key"));
        QVERIFY2(dropFk >= 0 && dropUsers > dropFk, qPrintable(u.join(u'\n')));
        QVERIFY2(addFk > addCol && addFk > createAuthors, qPrintable(u.join(u'\n')));
        // The downgrade's own order applies too: the new FK goes first, the
        // old one comes back after its table and column.
        const QStringList d = calls(r.downgrade);
        QVERIFY(indexOf(d, QStringLiteral("drop constraint")) <
                indexOf(d, QStringLiteral("drop table authors")));
        QVERIFY(indexOf(d, QStringLiteral("add foreign key")) >
                indexOf(d, QStringLiteral("create table users")));
    }

    void columnChangesAndNormalisedDefaults()
    {
        schema::MetaData target;
        target.tables.push_back(table(
            QStringLiteral("t"),
            {col(QStringLiteral("created"), ColumnType::dateTime(true), false,
                 QStringLiteral("CURRENT_TIMESTAMP")),
             col(QStringLiteral("label"), ColumnType::text(), false, QStringLiteral("'x'")),
             col(QStringLiteral("code"), ColumnType::text(), false, QStringLiteral("next_code()")),
             col(QStringLiteral("size"), ColumnType::bigInteger(), true)}));
        schema::MetaData db;
        schema::Table d = reflectedOf(target.tables[0]);
        d.column(QStringLiteral("created"))->serverDefault = QStringLiteral("now()");
        d.column(QStringLiteral("label"))->serverDefault = QStringLiteral("'x'::text");
        d.column(QStringLiteral("code"))->serverDefault = QStringLiteral("public.next_code()");
        d.column(QStringLiteral("size"))->type = ColumnType::integer();
        d.column(QStringLiteral("size"))->nullable = false;
        db.tables.push_back(d);

        const SchemaComparer comparer(schema::Dialect::PostgreSQL);
        const std::vector<NormalizeProbe> probes = comparer.probes(target, db);
        QCOMPARE(probes.size(), size_t(3));
        // now() and CURRENT_TIMESTAMP are one function, and 'x' is 'x'::text;
        // next_code() differs until the server says how it spells it.
        AutogenResult r = comparer.compare(target, db);
        QCOMPARE(r.upgrade.size(), 2);
        Normalized n;
        for (const NormalizeProbe &p : probes) {
            if (p.expression == QLatin1String("next_code()"))
                n.insert(p.key(), QStringLiteral("public.next_code()"));
        }
        r = comparer.compare(target, db, n);
        QCOMPARE(r.upgrade.size(), 1);
        const AlterColumnOp *alter = r.upgrade[0].as<AlterColumnOp>();
        QVERIFY(alter);
        QCOMPARE(alter->column, QStringLiteral("size"));
        QVERIFY(alter->type && alter->type->type == ColumnType::bigInteger());
        QCOMPARE(alter->nullable, std::optional<bool>(true));
        const AlterColumnOp *back = r.downgrade[0].as<AlterColumnOp>();
        QVERIFY(back && back->type && back->type->type == ColumnType::integer());
        QCOMPARE(back->nullable, std::optional<bool>(false));
        QCOMPARE(r.differences(), QStringList{QStringLiteral(
                                      "alter column t.size: type INTEGER -> BIGINT, nullable")});
    }

    void renameCandidatesAndAcceptedRenames()
    {
        schema::MetaData target;
        target.tables.push_back(table(QStringLiteral("people"),
                                      {col(QStringLiteral("full_name"), ColumnType::text())}));
        schema::MetaData db;
        db.tables.push_back(reflectedOf(table(
            QStringLiteral("persons"), {col(QStringLiteral("full_name"), ColumnType::text())})));
        AutogenResult r = SchemaComparer(schema::Dialect::PostgreSQL).compare(target, db);
        QCOMPARE(r.renameCandidates.size(), size_t(1));
        QCOMPARE(r.renameCandidates[0].spec(), QStringLiteral("persons:people"));
        QVERIFY(indexOf(calls(r.upgrade), QStringLiteral("drop table persons")) >= 0);

        CompareOptions o;
        o.renames = {QStringLiteral("persons:people")};
        r = SchemaComparer(schema::Dialect::PostgreSQL, o).compare(target, db);
        QVERIFY(r.renameCandidates.empty());
        QCOMPARE(calls(r.upgrade), QStringList{QStringLiteral("rename table persons to people")});
        QCOMPARE(calls(r.downgrade), QStringList{QStringLiteral("rename table people to persons")});

        // Columns: same type and nullability.
        schema::MetaData t2;
        t2.tables.push_back(
            table(QStringLiteral("t"), {col(QStringLiteral("email"), ColumnType::string(100)),
                                        col(QStringLiteral("age"), ColumnType::integer())}));
        schema::MetaData d2;
        d2.tables.push_back(reflectedOf(
            table(QStringLiteral("t"), {col(QStringLiteral("mail"), ColumnType::string(100)),
                                        col(QStringLiteral("age"), ColumnType::integer())})));
        r = SchemaComparer(schema::Dialect::PostgreSQL).compare(t2, d2);
        QCOMPARE(r.renameCandidates.size(), size_t(1));
        QCOMPARE(r.renameCandidates[0].spec(), QStringLiteral("t.mail:email"));
        QCOMPARE(r.upgrade.size(), 2);  // add + drop
        o.renames = {QStringLiteral("t.mail:email")};
        r = SchemaComparer(schema::Dialect::PostgreSQL, o).compare(t2, d2);
        QCOMPARE(r.upgrade.size(), 1);
        const AlterColumnOp *alter = r.upgrade[0].as<AlterColumnOp>();
        QVERIFY(alter && alter->newName == QStringLiteral("email"));
        QCOMPARE(alter->column, QStringLiteral("mail"));
    }

    void enumsAndSequences()
    {
        schema::MetaData target;
        target.enums.push_back(
            {{},
             QStringLiteral("mood"),
             {QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy")}});
        target.enums.push_back({{}, QStringLiteral("color"), {QStringLiteral("red")}});
        schema::Sequence seq;
        seq.name = QStringLiteral("order_no");
        target.sequences.push_back(seq);
        schema::MetaData db;
        db.enums.push_back(
            {{}, QStringLiteral("mood"), {QStringLiteral("sad"), QStringLiteral("happy")}});
        db.enums.push_back({{}, QStringLiteral("old"), {QStringLiteral("x")}});
        schema::Sequence owned;
        owned.name = QStringLiteral("t_id_seq");
        owned.ownedByTable = QStringLiteral("t");
        owned.ownedByColumn = QStringLiteral("id");
        db.sequences.push_back(owned);
        const AutogenResult r = SchemaComparer(schema::Dialect::PostgreSQL).compare(target, db);
        QStringList sql;
        for (const Operation &op : r.upgrade)
            sql << (op.as<ExecuteOp>() ? op.as<ExecuteOp>()->sql : op.describe());
        QVERIFY2(sql.contains(QStringLiteral("ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad'")),
                 qPrintable(sql.join(u'\n')));
        QVERIFY(indexOf(sql, QStringLiteral("CREATE TYPE color AS ENUM")) >= 0);
        QVERIFY(indexOf(sql, QStringLiteral("CREATE SEQUENCE order_no")) >= 0);
        QVERIFY(indexOf(sql, QStringLiteral("DROP TYPE old")) == sql.size() - 1);
        QVERIFY(indexOf(sql, QStringLiteral("DROP SEQUENCE t_id_seq")) < 0);  // owned by a column
        QVERIFY(!r.notes.isEmpty());  // the downgrade cannot drop an enum label
    }

    void sqliteAltersInBatch()
    {
        schema::MetaData target;
        target.tables.push_back(
            table(QStringLiteral("t"), {col(QStringLiteral("a"), ColumnType::text(), false)}));
        schema::MetaData db;
        schema::Table d =
            table(QStringLiteral("t"), {col(QStringLiteral("a"), ColumnType::text(), true),
                                        col(QStringLiteral("b"), ColumnType::text())});
        db.tables.push_back(d);
        const AutogenResult r = SchemaComparer(schema::Dialect::SQLite).compare(target, db);
        QCOMPARE(r.upgrade.size(), 1);
        const BatchAlterTableOp *b = r.upgrade[0].as<BatchAlterTableOp>();
        QVERIFY(b);
        QCOMPARE(b->operations.size(), size_t(2));
        QCOMPARE(r.downgrade.size(), 1);
    }

    void renderedPythonReadsBack()
    {
        schema::MetaData target;
        schema::Table users = table(QStringLiteral("users"),
                                    {col(QStringLiteral("email"), ColumnType::string(100), false),
                                     col(QStringLiteral("created"), ColumnType::dateTime(true),
                                         true, QStringLiteral("now()"))});
        users.comment = QStringLiteral("people's accounts");
        schema::Index ix;
        ix.elements = {schema::IndexElement::ofColumn(QStringLiteral("email"))};
        ix.unique = true;
        users.indexes.push_back(ix);
        schema::Table posts =
            table(QStringLiteral("posts"), {col(QStringLiteral("user_id"), ColumnType::integer())});
        posts.foreignKeys.push_back(fk(QStringLiteral("user_id"), QStringLiteral("users")));
        posts.foreignKeys.back().onDelete = schema::ReferentialAction::Cascade;
        target.tables.push_back(users);
        target.tables.push_back(posts);
        schema::MetaData db;
        db.tables.push_back(reflectedOf(table(QStringLiteral("posts"))));
        const AutogenResult r = SchemaComparer(schema::Dialect::PostgreSQL).compare(target, db);

        for (const auto &[ops, what] :
             {std::pair{r.upgrade, "upgrade"}, std::pair{r.downgrade, "downgrade"}}) {
            OperationRenderer renderer(schema::Dialect::PostgreSQL);
            const QStringList lines = renderer.render(ops);
            QString source = QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n"
                                            "def upgrade():\n    ");
            source += lines.join(QLatin1String("\n    "));
            source += QStringLiteral("\ndef downgrade():\n    pass\n");
            Result<pyread::Module> m = pyread::Module::parse(source, QStringLiteral("gen.py"));
            QVERIFY2(m, qPrintable(m ? QString() : m.error().toString() + u'\n' + source));
            Result<RevisionOperations> back = interpretRevision(*m, QStringLiteral("gen.py"));
            QVERIFY(back);
            QVERIFY2(back->unsupportedUpgrade.isEmpty(),
                     qPrintable(back->unsupportedUpgrade.isEmpty()
                                    ? QString()
                                    : back->unsupportedUpgrade[0].message + u'\n' + source));
            QCOMPARE(calls(back->upgrade), calls(ops));
            Q_UNUSED(what);
        }
        OperationRenderer renderer(schema::Dialect::PostgreSQL);
        const QString text = renderer.render(r.upgrade).join(u'\n');
        QVERIFY2(text.contains(QStringLiteral(
                     "op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sa.Column('created', sa.DateTime(timezone=True), "
                                              "server_default=sa.text('now()'), nullable=True)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("op.create_foreign_key(None, 'posts', 'users', "
                                              "['user_id'], ['id'], ondelete='CASCADE')")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "op.add_column('posts', sa.Column('user_id', sa.Integer(), nullable=True))")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMigrateAutogen)
#include "test_migrate_autogen.moc"
