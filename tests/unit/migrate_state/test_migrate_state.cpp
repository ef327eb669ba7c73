// Unit tests for SchemaReplayer and schemaStateAtRevision(): operations
// applied to an in-memory schema, no database. Scripts are written inline.
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/migrate/state/SchemaReplay.h"
#include "core/pyread/Module.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;
using stratum::schema::ColumnType;
using stratum::schema::Dialect;

namespace {

RevisionOperations interpret(const QString &body)
{
    const QString source =
        QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n"
                       "from sqlalchemy.dialects import postgresql\n\n\ndef upgrade():\n") +
        body + QStringLiteral("\n\ndef downgrade():\n    pass\n");
    Result<pyread::Module> m = pyread::Module::parse(source, QStringLiteral("inline.py"));
    if (!m)
        qFatal("parse failed: %s", qPrintable(m.error().toString()));
    Result<RevisionOperations> ops = interpretRevision(*m, QStringLiteral("inline.py"));
    if (!ops)
        qFatal("interpret failed: %s", qPrintable(ops.error().toString()));
    return ops.value();
}

const char *kUsersAndPosts = R"(    op.create_table('users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=255), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=True),
        sa.Column('kind', sa.Enum('a', 'b', name='user_kind'), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('email')
    )
    op.create_table('posts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('title', sa.Text(), nullable=True, index=True)
    ))";

QString writeRevision(const QString &dir, const QString &id, const QString &down,
                      const QString &body)
{
    const QString path = dir + QStringLiteral("/") + id + QStringLiteral("_rev.py");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QString text =
        QStringLiteral("\"\"\"rev %1\n\nRevision ID: %1\nRevises: %2\n\"\"\"\n"
                       "from alembic import op\nimport sqlalchemy as sa\n\n"
                       "revision = '%1'\ndown_revision = %3\nbranch_labels = None\n"
                       "depends_on = None\n\n\ndef upgrade():\n%4\n\n\ndef downgrade():\n"
                       "    pass\n")
            .arg(id, down, down.isEmpty() ? QStringLiteral("None") : u'\'' + down + u'\'', body);
    f.write(text.toUtf8());
    return path;
}

}  // namespace

class TestMigrateState : public QObject
{
    Q_OBJECT
private slots:
    void createTablesBecomeMetaData()
    {
        SchemaReplayer r(Dialect::PostgreSQL);
        r.applyUpgrade(QStringLiteral("r1"), interpret(QString::fromUtf8(kUsersAndPosts)));
        QVERIFY(r.warnings().isEmpty());
        const schema::MetaData m = r.metadata();
        QCOMPARE(m.tables.size(), size_t(2));
        const schema::Table *users = m.table({}, QStringLiteral("users"));
        QVERIFY(users);
        QCOMPARE(users->columns.size(), size_t(4));
        QCOMPARE(users->column(QStringLiteral("email"))->type, ColumnType::string(255));
        QVERIFY(!users->column(QStringLiteral("email"))->nullable);
        QCOMPARE(users->column(QStringLiteral("kind"))->type,
                 ColumnType::enumeration(QStringLiteral("user_kind")));
        QCOMPARE(users->primaryKey.columns, QStringList{QStringLiteral("id")});
        // unnamed constraints get the names PostgreSQL gives them
        QCOMPARE(users->primaryKey.name, QStringLiteral("users_pkey"));
        QCOMPARE(users->uniqueConstraints.size(), size_t(1));
        QCOMPARE(users->uniqueConstraints[0].name, QStringLiteral("users_email_key"));
        QVERIFY(users->column(QStringLiteral("id"))->autoincrement);  // SERIAL

        const schema::Table *posts = m.table({}, QStringLiteral("posts"));
        QVERIFY(posts);
        QVERIFY(!posts->column(QStringLiteral("id"))->nullable);  // primary_key=True
        QCOMPARE(posts->foreignKeys.size(), size_t(1));
        QCOMPARE(posts->foreignKeys[0].name, QStringLiteral("posts_user_id_fkey"));
        QCOMPARE(posts->foreignKeys[0].referredTable, QStringLiteral("users"));
        QCOMPARE(posts->foreignKeys[0].onDelete, schema::ReferentialAction::Cascade);
        QCOMPARE(posts->indexes.size(), size_t(1));
        QCOMPARE(posts->indexes[0].name, QStringLiteral("ix_posts_title"));  // default convention
        QCOMPARE(m.enums.size(), size_t(1));
        QCOMPARE(m.enums[0].labels, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void sqliteKeepsUnnamedConstraintsUnnamed()
    {
        SchemaReplayer r(Dialect::SQLite);
        r.applyUpgrade(QStringLiteral("r1"), interpret(QString::fromUtf8(kUsersAndPosts)));
        const schema::MetaData m = r.metadata();
        const schema::Table *users = m.table({}, QStringLiteral("users"));
        QVERIFY(users);
        QVERIFY(users->primaryKey.name.isEmpty());
        QVERIFY(users->uniqueConstraints[0].name.isEmpty());
        // no enum types on SQLite: VARCHAR as long as the longest label
        QCOMPARE(users->column(QStringLiteral("kind"))->type, ColumnType::string(1));
        QVERIFY(m.enums.empty());
    }

    void alterationsFollowTheDatabase()
    {
        SchemaReplayer r(Dialect::PostgreSQL);
        r.applyUpgrade(QStringLiteral("r1"), interpret(QString::fromUtf8(kUsersAndPosts)));
        r.applyUpgrade(
            QStringLiteral("r2"),
            interpret(QStringLiteral(
                R"(    op.add_column('users', sa.Column('age', sa.Integer(), nullable=True))
    op.alter_column('users', 'name', existing_type=sa.String(length=50), type_=sa.String(length=80), nullable=False, new_column_name='full_name')
    op.create_index('ix_users_age', 'users', ['age'], unique=False)
    op.drop_constraint('users_email_key', 'users', type_='unique')
    op.create_unique_constraint('uq_users_full_name', 'users', ['full_name'])
    op.drop_index('ix_posts_title', table_name='posts')
    op.drop_column('posts', 'user_id')
    op.rename_table('posts', 'articles')
    op.create_table_comment('users', 'people')
    op.execute("UPDATE users SET age = 1")
    with op.batch_alter_table('articles') as batch_op:
        batch_op.add_column(sa.Column('body', sa.Text(), nullable=True))
        batch_op.create_index('ix_articles_body', ['body'])
    op.drop_table('gone')
    op.drop_index('no_such_index'))")));
        const schema::MetaData m = r.metadata();
        const schema::Table *users = m.table({}, QStringLiteral("users"));
        QVERIFY(users);
        QCOMPARE(users->columns.size(), size_t(5));
        QVERIFY(!users->column(QStringLiteral("name")));
        const schema::Column *full = users->column(QStringLiteral("full_name"));
        QVERIFY(full);
        QCOMPARE(full->type, ColumnType::string(80));
        QVERIFY(!full->nullable);
        QCOMPARE(users->columns[2].name, QStringLiteral("full_name"));  // position kept
        QCOMPARE(users->columns[4].name, QStringLiteral("age"));
        QCOMPARE(users->comment, QStringLiteral("people"));
        QCOMPARE(users->uniqueConstraints.size(), size_t(1));
        QCOMPARE(users->uniqueConstraints[0].name, QStringLiteral("uq_users_full_name"));
        QCOMPARE(users->uniqueConstraints[0].columns, QStringList{QStringLiteral("full_name")});
        QCOMPARE(users->indexes.size(), size_t(1));
        QCOMPARE(users->indexes[0].name, QStringLiteral("ix_users_age"));

        QVERIFY(!m.table({}, QStringLiteral("posts")));
        const schema::Table *articles = m.table({}, QStringLiteral("articles"));
        QVERIFY(articles);
        // dropping user_id dropped its foreign key too
        QVERIFY(articles->foreignKeys.empty());
        QVERIFY(articles->column(QStringLiteral("body")));
        QCOMPARE(articles->indexes.size(), size_t(1));
        QCOMPARE(articles->indexes[0].name, QStringLiteral("ix_articles_body"));

        // op.execute and operations on unknown objects are warnings, not failures
        QCOMPARE(r.warnings().size(), 3);
        QVERIFY(r.warnings()[0].message.contains(QLatin1String("op.execute")));
        QCOMPARE(r.warnings()[0].revision, QStringLiteral("r2"));
        QCOMPARE(r.warnings()[0].line, 16);
        QVERIFY(r.warnings()[1].message.contains(QLatin1String("gone")));
        QVERIFY(r.warnings()[2].message.contains(QLatin1String("no_such_index")));
    }

    void enumsOutliveTheirTable()
    {
        SchemaReplayer r(Dialect::PostgreSQL);
        r.applyUpgrade(QStringLiteral("r1"), interpret(QString::fromUtf8(kUsersAndPosts)));
        r.applyUpgrade(QStringLiteral("r2"),
                       interpret(QStringLiteral("    op.drop_table('posts')\n"
                                                "    op.drop_table('users')")));
        const schema::MetaData m = r.metadata();
        QVERIFY(m.tables.empty());
        QCOMPARE(m.enums.size(), size_t(1));  // as Alembic: drop_table keeps the type
        QVERIFY(r.warnings().isEmpty());
    }

    void uninterpretedStatementsAreWarnings()
    {
        SchemaReplayer r(Dialect::PostgreSQL);
        r.applyUpgrade(QStringLiteral("r1"),
                       interpret(QStringLiteral("    for t in ['a', 'b']:\n"
                                                "        op.drop_table(t)\n"
                                                "    op.create_table('t', sa.Column('id', "
                                                "sa.Integer(), primary_key=True))")));
        QCOMPARE(r.warnings().size(), 1);
        QVERIFY(r.warnings()[0].message.contains(QLatin1String("not interpreted")));
        QCOMPARE(r.metadata().tables.size(), size_t(1));
    }

    void stateAtEachRevisionOfAScriptDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString versions = dir.path() + QStringLiteral("/versions");
        QVERIFY(QDir().mkpath(versions));
        QVERIFY(!writeRevision(versions, QStringLiteral("aaaa0001"), {},
                               QString::fromUtf8(kUsersAndPosts))
                     .isEmpty());
        QVERIFY(!writeRevision(versions, QStringLiteral("bbbb0002"), QStringLiteral("aaaa0001"),
                               QStringLiteral("    op.add_column('users', sa.Column('age', "
                                              "sa.Integer(), nullable=True))"))
                     .isEmpty());
        QVERIFY(!writeRevision(versions, QStringLiteral("cccc0003"), QStringLiteral("bbbb0002"),
                               QStringLiteral("    op.drop_table('posts')\n"
                                              "    op.execute('DROP TYPE user_kind')"))
                     .isEmpty());
        ScriptDirectory::Location location;
        location.scriptLocation = dir.path();
        location.useCache = false;
        Result<ScriptDirectory> scripts = ScriptDirectory::load(location);
        QVERIFY2(scripts.ok(), qPrintable(scripts.ok() ? QString() : scripts.error().toString()));

        Result<schema::MetaData> base =
            schemaAtRevision(*scripts, QStringLiteral("base"), Dialect::PostgreSQL);
        QVERIFY(base.ok());
        QVERIFY(base->tables.empty());

        Result<SchemaState> first =
            schemaStateAtRevision(*scripts, QStringLiteral("aaaa0001"), Dialect::PostgreSQL);
        QVERIFY(first.ok());
        QCOMPARE(first->revisions, QStringList{QStringLiteral("aaaa0001")});
        QCOMPARE(first->metadata.tables.size(), size_t(2));
        QVERIFY(!first->metadata.table({}, QStringLiteral("users"))->column(QStringLiteral("age")));

        Result<SchemaState> second =
            schemaStateAtRevision(*scripts, QStringLiteral("bbbb"), Dialect::PostgreSQL);
        QVERIFY(second.ok());
        QVERIFY(second->metadata.table({}, QStringLiteral("users"))->column(QStringLiteral("age")));

        Result<SchemaState> head =
            schemaStateAtRevision(*scripts, QStringLiteral("head"), Dialect::PostgreSQL);
        QVERIFY(head.ok());
        QCOMPARE(head->revisions,
                 (QStringList{QStringLiteral("aaaa0001"), QStringLiteral("bbbb0002"),
                              QStringLiteral("cccc0003")}));
        QCOMPARE(head->metadata.tables.size(), size_t(1));
        QCOMPARE(head->warnings.size(), 1);  // the DROP TYPE is not modelled
        QVERIFY(head->warnings[0].file.endsWith(QLatin1String("cccc0003_rev.py")));
        QVERIFY(head->warnings[0].toString().contains(QLatin1String("cccc0003")));

        QVERIFY(!schemaAtRevision(*scripts, QStringLiteral("ffff"), Dialect::PostgreSQL).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrateState)
#include "test_migrate_state.moc"
