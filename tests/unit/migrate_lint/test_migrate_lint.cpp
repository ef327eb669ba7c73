// Unit tests for lintOperations() and describeOperation(): every class, with
// and without facts about the data (a fake LintDataSource: pure logic here;
// the live ConnectionLintData is tested in tests/pg/migrate_rehearse).
#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"

#include <QtTest>

#include <map>

using namespace stratum;
using namespace stratum::migrate;
using stratum::schema::Dialect;

namespace {

std::vector<Operation> ops(const QString &body)
{
    const QString source =
        QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n"
                       "from sqlalchemy.dialects import postgresql\n\n\ndef upgrade():\n") +
        body + QStringLiteral("\n\ndef downgrade():\n    pass\n");
    Result<pyread::Module> m = pyread::Module::parse(source, QStringLiteral("inline.py"));
    if (!m)
        qFatal("parse failed: %s", qPrintable(m.error().toString()));
    Result<RevisionOperations> r = interpretRevision(*m, QStringLiteral("inline.py"));
    if (!r || !r->unsupportedUpgrade.isEmpty())
        qFatal("interpret failed");
    return {r->upgrade.begin(), r->upgrade.end()};
}

// Facts about an imaginary database.
class FakeData : public LintDataSource
{
public:
    std::map<QString, qint64> rows;
    bool duplicates = false;
    bool nulls = false;

    std::optional<qint64> rowCount(const QString &, const QString &table) override
    {
        auto it = rows.find(table);
        return it == rows.end() ? std::nullopt : std::optional<qint64>(it->second);
    }
    std::optional<bool> hasDuplicates(const QString &, const QString &,
                                      const QStringList &) override
    {
        return duplicates;
    }
    std::optional<bool> hasNulls(const QString &, const QString &, const QString &) override
    {
        return nulls;
    }
};

QList<LintClass> kinds(const QList<LintFinding> &findings)
{
    QList<LintClass> out;
    for (const LintFinding &f : findings)
        out << f.kind;
    return out;
}

bool has(const QList<LintFinding> &findings, LintClass kind)
{
    return kinds(findings).contains(kind);
}

}  // namespace

class TestMigrateLint : public QObject
{
    Q_OBJECT
private slots:
    void dropsAreDestructiveAndIrreversible()
    {
        const auto findings = lintOperations(ops(QStringLiteral("    op.drop_table('users')\n"
                                                                "    op.drop_column('posts', "
                                                                "'title')")),
                                             Dialect::PostgreSQL);
        QCOMPARE(kinds(findings),
                 (QList<LintClass>{LintClass::Destructive, LintClass::Irreversible,
                                   LintClass::Destructive, LintClass::Irreversible}));
        QCOMPARE(findings[0].operationIndex, 0);
        QCOMPARE(findings[2].operationIndex, 1);
        QVERIFY(findings[0].explanation.contains(QLatin1String("`users`")));
        QVERIFY(!findings[0].saferAlternative.isEmpty());
        QVERIFY(findings[3].explanation.contains(QLatin1String("`title`")));
    }

    void narrowingATypeIsDestructiveWideningIsNot()
    {
        const auto narrow = lintOperations(
            ops(QStringLiteral("    op.alter_column('users', 'name', "
                               "existing_type=sa.String(length=255), type_=sa.String(length=50))")),
            Dialect::SQLite);
        QCOMPARE(kinds(narrow),
                 (QList<LintClass>{LintClass::Destructive, LintClass::Irreversible}));
        QVERIFY(narrow[0].explanation.contains(QLatin1String("narrows")));

        FakeData data;
        data.rows[QStringLiteral("users")] = 10;
        LintContext small;
        small.data = &data;
        for (const char *widening :
             {"existing_type=sa.String(length=50), type_=sa.String(length=255)",
              "existing_type=sa.String(length=50), type_=sa.Text()",
              "existing_type=sa.Integer(), type_=sa.BigInteger()",
              "existing_type=sa.Numeric(10, 2), type_=sa.Numeric(12, 2)"}) {
            const auto findings =
                lintOperations(ops(QStringLiteral("    op.alter_column('users', 'c', %1)")
                                       .arg(QLatin1String(widening))),
                               Dialect::PostgreSQL, small);
            QVERIFY2(!has(findings, LintClass::Destructive), widening);
        }
        // BigInteger -> Integer narrows; the old type can come from the schema before
        schema::MetaData before;
        schema::Table users;
        users.name = QStringLiteral("users");
        schema::Column n;
        n.name = QStringLiteral("n");
        n.type = schema::ColumnType::bigInteger();
        users.columns.push_back(n);
        before.tables.push_back(users);
        LintContext withBefore;
        withBefore.before = &before;
        QVERIFY(has(lintOperations(ops(QStringLiteral(
                                       "    op.alter_column('users', 'n', type_=sa.Integer())")),
                                   Dialect::SQLite, withBefore),
                    LintClass::Destructive));
    }

    void addNotNullWithoutDefaultDependsOnRows()
    {
        const QString add =
            QStringLiteral("    op.add_column('users', sa.Column('email', sa.String(length=255), "
                           "nullable=False))");
        // no database: it may fail
        auto findings = lintOperations(ops(add), Dialect::PostgreSQL);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::DataDependent});
        QVERIFY(!findings[0].confirmed);
        QVERIFY(findings[0].explanation.contains(QLatin1String("if")));
        QVERIFY(findings[0].saferAlternative.contains(QLatin1String("nullable")));

        FakeData data;
        LintContext context;
        context.data = &data;
        data.rows[QStringLiteral("users")] = 3;
        findings = lintOperations(ops(add), Dialect::PostgreSQL, context);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::DataDependent});
        QVERIFY(findings[0].confirmed);
        QVERIFY(findings[0].explanation.contains(QLatin1String("3 row")));

        data.rows[QStringLiteral("users")] = 0;
        QVERIFY(lintOperations(ops(add), Dialect::PostgreSQL, context).isEmpty());

        // a server default fills the rows
        QVERIFY(lintOperations(ops(QStringLiteral("    op.add_column('users', sa.Column('n', "
                                                  "sa.Integer(), nullable=False, "
                                                  "server_default='0'))")),
                               Dialect::PostgreSQL)
                    .isEmpty());
    }

    void newUniqueOverDuplicates()
    {
        const QString uq =
            QStringLiteral("    op.create_unique_constraint('uq_email', 'users', ['email'])");
        FakeData data;
        data.rows[QStringLiteral("users")] = 5;
        LintContext context;
        context.data = &data;
        data.duplicates = true;
        auto findings = lintOperations(ops(uq), Dialect::SQLite, context);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::DataDependent});
        QVERIFY(findings[0].confirmed);
        QVERIFY(findings[0].explanation.contains(QLatin1String("already has duplicate")));
        data.duplicates = false;
        QVERIFY(lintOperations(ops(uq), Dialect::SQLite, context).isEmpty());
        // a unique index is checked the same way
        data.duplicates = true;
        QVERIFY(has(lintOperations(ops(QStringLiteral("    op.create_index('ix_e', 'users', "
                                                      "['email'], unique=True)")),
                                   Dialect::SQLite, context),
                    LintClass::DataDependent));
    }

    void uniqueOverAColumnAddedHere()
    {
        FakeData data;
        data.rows[QStringLiteral("users")] = 3;
        data.duplicates = false;  // the column does not exist yet: not asked
        LintContext context;
        context.data = &data;
        // NULL in every row: no duplicates
        QVERIFY(lintOperations(
                    ops(QStringLiteral("    op.add_column('users', sa.Column('e', sa.Text()))\n"
                                       "    op.create_index('ix_e', 'users', ['e'], unique=True)")),
                    Dialect::PostgreSQL, context)
                    .isEmpty());
        // the same default in 3 rows: duplicates for sure
        const auto findings = lintOperations(
            ops(QStringLiteral("    op.add_column('users', sa.Column('e', sa.Text(), "
                               "server_default=''))\n"
                               "    op.create_index('ix_e', 'users', ['e'], unique=True)")),
            Dialect::PostgreSQL, context);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::DataDependent});
        QVERIFY(findings[0].confirmed);
        QCOMPARE(findings[0].operationIndex, 1);
    }

    void setNotNullOverNulls()
    {
        const QString alter =
            QStringLiteral("    op.alter_column('users', 'email', existing_type=sa.Text(), "
                           "nullable=False)");
        FakeData data;
        data.rows[QStringLiteral("users")] = 5;
        data.nulls = true;
        LintContext context;
        context.data = &data;
        auto findings = lintOperations(ops(alter), Dialect::SQLite, context);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::DataDependent});
        data.nulls = false;
        QVERIFY(lintOperations(ops(alter), Dialect::SQLite, context).isEmpty());
    }

    void lockingOnPostgresql()
    {
        const QString index = QStringLiteral("    op.create_index('ix_t_a', 't', ['a'])");
        FakeData data;
        LintContext context;
        context.data = &data;
        data.rows[QStringLiteral("t")] = 5000000;
        auto findings = lintOperations(ops(index), Dialect::PostgreSQL, context);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::Locking});
        QVERIFY(findings[0].explanation.contains(QLatin1String("CONCURRENTLY")));
        QVERIFY(findings[0].saferAlternative.contains(QLatin1String("postgresql_concurrently")));
        QVERIFY(findings[0].confirmed);
        // small tables, concurrent builds, new tables and SQLite do not lock for long
        data.rows[QStringLiteral("t")] = 10;
        QVERIFY(lintOperations(ops(index), Dialect::PostgreSQL, context).isEmpty());
        data.rows[QStringLiteral("t")] = 5000000;
        QVERIFY(lintOperations(ops(QStringLiteral("    op.create_index('ix_t_a', 't', ['a'], "
                                                  "postgresql_concurrently=True)")),
                               Dialect::PostgreSQL, context)
                    .isEmpty());
        QVERIFY(lintOperations(ops(index), Dialect::SQLite, context).isEmpty());
        QVERIFY(lintOperations(ops(QStringLiteral("    op.create_table('t', sa.Column('a', "
                                                  "sa.Integer()))\n") +
                                   index),
                               Dialect::PostgreSQL, context)
                    .isEmpty());
        // unknown size: a "may" finding
        findings = lintOperations(ops(index), Dialect::PostgreSQL);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::Locking});
        QVERIFY(!findings[0].confirmed);

        // a type change that rewrites the table; a longer varchar does not
        findings = lintOperations(ops(QStringLiteral("    op.alter_column('t', 'a', "
                                                     "existing_type=sa.Integer(), "
                                                     "type_=sa.BigInteger())")),
                                  Dialect::PostgreSQL, context);
        QCOMPARE(kinds(findings), QList<LintClass>{LintClass::Locking});
        QVERIFY(findings[0].explanation.contains(QLatin1String("rewrites")));
        QVERIFY(lintOperations(ops(QStringLiteral("    op.alter_column('t', 'a', "
                                                  "existing_type=sa.String(length=5), "
                                                  "type_=sa.String(length=9))")),
                               Dialect::PostgreSQL, context)
                    .isEmpty());
    }

    void batchFindingsNameTheInnerOperation()
    {
        const auto findings = lintOperations(
            ops(QStringLiteral("    op.create_table('x', sa.Column('id', sa.Integer()))\n"
                               "    with op.batch_alter_table('users') as batch_op:\n"
                               "        batch_op.add_column(sa.Column('a', sa.Integer()))\n"
                               "        batch_op.drop_column('b')")),
            Dialect::SQLite);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].operationIndex, 1);
        QCOMPARE(findings[0].innerIndex, 1);
    }

    void executedSqlThatDeletes()
    {
        const auto findings =
            lintOperations(ops(QStringLiteral("    op.execute(\"DELETE FROM users WHERE id > 3\")\n"
                                              "    op.execute(\"UPDATE users SET a = 1\")\n"
                                              "    op.execute(\"CREATE EXTENSION hstore\")")),
                           Dialect::PostgreSQL);
        QCOMPARE(kinds(findings), (QList<LintClass>{LintClass::Destructive, LintClass::Irreversible,
                                                    LintClass::Irreversible}));
        QCOMPARE(findings[2].operationIndex, 1);
    }

    void describesOperationsInPlainWords()
    {
        const auto list = ops(QStringLiteral(
            "    op.add_column('users', sa.Column('email', sa.String(length=255), "
            "nullable=False))\n"
            "    op.drop_table('posts')\n"
            "    op.create_index('ix_users_email', 'users', ['email'], unique=True)\n"
            "    op.alter_column('users', 'name', type_=sa.Text(), nullable=True)\n"
            "    op.create_foreign_key('fk_a', 'posts', 'users', ['user_id'], ['id'])"));
        QCOMPARE(describeOperation(list[0], Dialect::PostgreSQL),
                 QStringLiteral("add column `email` VARCHAR(255) NOT NULL to `users`"));
        QCOMPARE(describeOperation(list[1], Dialect::PostgreSQL),
                 QStringLiteral("drop table `posts`"));
        QCOMPARE(describeOperation(list[2], Dialect::PostgreSQL),
                 QStringLiteral("create unique index `ix_users_email` on `users` (email)"));
        QCOMPARE(describeOperation(list[3], Dialect::PostgreSQL),
                 QStringLiteral("alter column `name` of `users`: type TEXT, NULL allowed"));
        QCOMPARE(describeOperation(list[4], Dialect::PostgreSQL),
                 QStringLiteral("add foreign key `fk_a` on `posts` (user_id) referencing "
                                "`users` (id)"));
        QCOMPARE(lintClassName(LintClass::DataDependent), QStringLiteral("Data-dependent"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateLint)
#include "test_migrate_lint.moc"
