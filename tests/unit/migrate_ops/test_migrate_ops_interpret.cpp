// Unit tests for interpretRevision(): Alembic 1.8's own autogenerate output
// (tests/unit/migrate_ops/data, see its README), a hand-written script with
// hostile identifiers, and statements that need Alembic, with line/column.
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"

#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/migrate_ops/data/") + name;
}

RevisionOperations interpretFile(const QString &name)
{
    Result<pyread::Module> m = pyread::Module::parseFile(dataPath(name));
    if (!m)
        qFatal("parse failed: %s", qPrintable(m.error().toString()));
    Result<RevisionOperations> ops = interpretRevision(*m, dataPath(name));
    if (!ops)
        qFatal("interpret failed: %s", qPrintable(ops.error().toString()));
    return ops.value();
}

Result<RevisionOperations> interpretSource(const QString &body)
{
    const QString source =
        QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n"
                       "from sqlalchemy.dialects import postgresql\n\n\ndef upgrade():\n") +
        body + QStringLiteral("\n\ndef downgrade():\n    pass\n");
    Result<pyread::Module> m = pyread::Module::parse(source, QStringLiteral("inline.py"));
    if (!m)
        qFatal("parse failed: %s", qPrintable(m.error().toString()));
    return interpretRevision(*m, QStringLiteral("inline.py"));
}

QString messages(const QList<Unsupported> &list)
{
    QStringList out;
    for (const Unsupported &u : list)
        out << QStringLiteral("%1:%2 %3").arg(u.line).arg(u.column).arg(u.message);
    return out.join(u'\n');
}

}  // namespace

class TestMigrateOpsInterpret : public QObject
{
    Q_OBJECT

private slots:
    void sqliteCreateTables()
    {
        const RevisionOperations ops =
            interpretFile(QStringLiteral("sqlite_a1b2c3d4e5f6_create_account_and_post.py"));
        QVERIFY2(ops.unsupportedUpgrade.isEmpty(), qPrintable(messages(ops.unsupportedUpgrade)));
        QVERIFY2(ops.unsupportedDowngrade.isEmpty(),
                 qPrintable(messages(ops.unsupportedDowngrade)));
        QCOMPARE(ops.upgrade.size(), 4);
        QCOMPARE(ops.downgrade.size(), 4);

        const CreateTableOp *account = ops.upgrade[0].as<CreateTableOp>();
        QVERIFY(account);
        QCOMPARE(ops.upgrade[0].source.line, 21);
        QCOMPARE(ops.upgrade[0].source.column, 5);
        QVERIFY(ops.upgrade[0].source.text.startsWith(QLatin1String("op.create_table('account',")));
        const TableDef &t = account->table;
        QCOMPARE(t.name, QStringLiteral("account"));
        QCOMPARE(t.comment.value_or(QString()), QStringLiteral("user accounts"));
        QCOMPARE(int(t.columns.size()), 7);
        QCOMPARE(t.columns[1].type.type.kind, schema::TypeKind::String);
        QCOMPARE(t.columns[1].type.type.length.value_or(0), 50);
        QCOMPARE(t.columns[1].nullable, false);
        QCOMPARE(t.columns[2].comment.value_or(QString()), QStringLiteral("contact address"));
        const TypeSpec &mood = t.columns[3].type;
        QCOMPARE(mood.type.kind, schema::TypeKind::Enum);
        QCOMPARE(mood.type.enumName, QStringLiteral("mood"));
        QCOMPARE(mood.enumLabels, (QStringList{QStringLiteral("happy"), QStringLiteral("sad")}));
        QCOMPARE(t.columns[4].type.type.precision.value_or(0), 12);
        QCOMPARE(t.columns[4].type.type.scale.value_or(0), 2);
        QCOMPARE(t.columns[4].serverDefault, ServerDefault::literal(QStringLiteral("0")));
        QCOMPARE(t.columns[5].type.type.timezone, true);
        QCOMPARE(t.columns[5].serverDefault,
                 ServerDefault::sql(QStringLiteral("(CURRENT_TIMESTAMP)")));
        QCOMPARE(t.columns[6].serverDefault, ServerDefault::sql(QStringLiteral("1")));
        QCOMPARE(int(t.constraints.size()), 2);
        QCOMPARE(t.constraints[0].kind, ConstraintDef::Kind::PrimaryKey);
        QCOMPARE(t.constraints[1].kind, ConstraintDef::Kind::Unique);
        QCOMPARE(t.constraints[1].columns, QStringList{QStringLiteral("name")});

        const BatchAlterTableOp *batch = ops.upgrade[1].as<BatchAlterTableOp>();
        QVERIFY(batch);
        QCOMPARE(batch->table, QStringLiteral("account"));
        QCOMPARE(batch->recreate, QStringLiteral("auto"));
        QCOMPARE(int(batch->operations.size()), 1);
        const CreateIndexOp *ix = batch->operations[0].as<CreateIndexOp>();
        QVERIFY(ix);
        QCOMPARE(ix->table, QStringLiteral("account"));
        QCOMPARE(ix->index.name, (ObjectName{QStringLiteral("ix_account_email"), true}));
        QCOMPARE(batch->operations[0].source.line, 34);

        const TableDef &post = ops.upgrade[2].as<CreateTableOp>()->table;
        QCOMPARE(int(post.constraints.size()), 3);
        QCOMPARE(post.constraints[0].kind, ConstraintDef::Kind::Check);
        QCOMPARE(post.constraints[0].sqlText, QStringLiteral("length(title) > 0"));
        const ConstraintDef &fk = post.constraints[1];
        QCOMPARE(fk.kind, ConstraintDef::Kind::ForeignKey);
        QCOMPARE(fk.name.value, QStringLiteral("fk_post_account"));
        QCOMPARE(fk.referredTable, QStringLiteral("account"));
        QCOMPARE(fk.referredColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(fk.onDelete, QStringLiteral("CASCADE"));

        const DropIndexOp *drop =
            ops.downgrade[0].as<BatchAlterTableOp>()->operations[0].as<DropIndexOp>();
        QVERIFY(drop);
        QCOMPARE(drop->name.value, QStringLiteral("ix_post_account_title"));
        QVERIFY(ops.downgrade[1].as<DropTableOp>());
    }

    void sqliteBatchChanges()
    {
        const RevisionOperations ops =
            interpretFile(QStringLiteral("sqlite_b2c3d4e5f6a7_tags_and_account_changes.py"));
        QVERIFY2(ops.unsupportedUpgrade.isEmpty(), qPrintable(messages(ops.unsupportedUpgrade)));
        QCOMPARE(ops.upgrade.size(), 3);
        const BatchAlterTableOp *account = ops.upgrade[1].as<BatchAlterTableOp>();
        QVERIFY(account);
        QCOMPARE(int(account->operations.size()), 3);
        QCOMPARE(account->operations[0].as<AddColumnOp>()->column.name, QStringLiteral("nickname"));
        const AlterColumnOp *alter = account->operations[1].as<AlterColumnOp>();
        QVERIFY(alter);
        QCOMPARE(alter->column, QStringLiteral("email"));
        QCOMPARE(alter->nullable, std::optional<bool>(false));
        QVERIFY(alter->existingType);
        QCOMPARE(alter->existingType->type.length.value_or(0), 200);
        QVERIFY(!alter->type);
        QVERIFY(!alter->serverDefault);
        QCOMPARE(account->operations[2].as<DropColumnOp>()->column, QStringLiteral("active"));
        const AddConstraintOp *fk =
            ops.upgrade[2].as<BatchAlterTableOp>()->operations[1].as<AddConstraintOp>();
        QVERIFY(fk);
        QCOMPARE(fk->table, QStringLiteral("post"));
        QCOMPARE(fk->constraint.kind, ConstraintDef::Kind::ForeignKey);
        QCOMPARE(fk->constraint.columns, QStringList{QStringLiteral("tag_id")});
        QCOMPARE(fk->constraint.referredTable, QStringLiteral("tag"));

        const AddColumnOp *active =
            ops.downgrade[1].as<BatchAlterTableOp>()->operations[0].as<AddColumnOp>();
        QVERIFY(active);
        QCOMPARE(active->column.type.type.kind, schema::TypeKind::Boolean);
        QCOMPARE(active->column.serverDefault, ServerDefault::sql(QStringLiteral("1")));
        const DropConstraintOp *dropFk =
            ops.downgrade[0].as<BatchAlterTableOp>()->operations[0].as<DropConstraintOp>();
        QCOMPARE(dropFk->type, QStringLiteral("foreignkey"));
    }

    void postgresqlTypes()
    {
        const RevisionOperations ops =
            interpretFile(QStringLiteral("pg_c3d4e5f6a7b8_pg_schema.py"));
        QVERIFY2(ops.unsupportedUpgrade.isEmpty(), qPrintable(messages(ops.unsupportedUpgrade)));
        QCOMPARE(ops.upgrade.size(), 4);
        const TableDef &t = ops.upgrade[0].as<CreateTableOp>()->table;
        QVERIFY(t.columns[0].identity);
        QCOMPARE(t.columns[0].identity->always, true);
        QCOMPARE(t.columns[0].identity->start, std::optional<qint64>(100));
        QCOMPARE(t.column(QStringLiteral("public_id"))->type.type.kind, schema::TypeKind::Uuid);
        QCOMPARE(t.column(QStringLiteral("status"))->serverDefault,
                 ServerDefault::literal(QStringLiteral("active")));
        QCOMPARE(t.column(QStringLiteral("settings"))->type.type.kind, schema::TypeKind::Jsonb);
        const schema::ColumnType &tags = t.column(QStringLiteral("tags"))->type.type;
        QCOMPARE(tags.arrayDimensions, 1);
        QCOMPARE(tags.kind, schema::TypeKind::String);
        QCOMPARE(tags.length.value_or(0), 20);
        QCOMPARE(t.column(QStringLiteral("created"))->type.type.timezone, true);
        QCOMPARE(t.column(QStringLiteral("ttl"))->type.type.kind, schema::TypeKind::Interval);
        QCOMPARE(t.column(QStringLiteral("avatar"))->type.type.kind, schema::TypeKind::LargeBinary);
        QCOMPARE(t.column(QStringLiteral("last_ip"))->type.type.verbatim, QStringLiteral("INET"));
        QCOMPARE(t.column(QStringLiteral("name_len"))->computed->sqlText,
                 QStringLiteral("length(name)"));

        const CreateIndexOp *partial = ops.upgrade[1].as<CreateIndexOp>();
        QCOMPARE(partial->index.unique, true);
        QCOMPARE(partial->index.postgresqlWhere, QStringLiteral("status = 'active'"));
        QCOMPARE(ops.upgrade[2].as<CreateIndexOp>()->index.postgresqlUsing, QStringLiteral("gin"));
        const TableDef &post = ops.upgrade[3].as<CreateTableOp>()->table;
        QCOMPARE(post.schema, QStringLiteral("blog"));
        const ConstraintDef &fk = post.constraints[0];
        QCOMPARE(fk.onUpdate, QStringLiteral("RESTRICT"));
        QCOMPARE(fk.initially, QStringLiteral("DEFERRED"));
        QCOMPARE(fk.deferrable, std::optional<bool>(true));

        QCOMPARE(ops.downgrade.size(), 4);
        QCOMPARE(ops.downgrade[0].as<DropTableOp>()->schema, QStringLiteral("blog"));
        QCOMPARE(ops.downgrade[1].as<DropIndexOp>()->table, QStringLiteral("account"));
    }

    void postgresqlAlter()
    {
        const RevisionOperations ops = interpretFile(QStringLiteral("pg_d4e5f6a7b8c9_pg_alter.py"));
        QVERIFY2(ops.unsupportedUpgrade.isEmpty(), qPrintable(messages(ops.unsupportedUpgrade)));
        QCOMPARE(ops.upgrade.size(), 7);
        const AlterColumnOp *alter = ops.upgrade[0].as<AlterColumnOp>();
        QCOMPARE(alter->type->type.kind, schema::TypeKind::Text);
        QCOMPARE(alter->existingType->type.length.value_or(0), 200);
        QVERIFY(alter->commentGiven);
        QCOMPARE(alter->comment.value_or(QString()), QStringLiteral("primary contact"));
        QCOMPARE(alter->existingComment.value_or(QString()), QStringLiteral("contact address"));
        const TableCommentOp *drop = ops.upgrade[1].as<TableCommentOp>();
        QVERIFY(!drop->comment);
        QCOMPARE(drop->existingComment.value_or(QString()), QStringLiteral("user accounts"));
        QCOMPARE(ops.upgrade[3].as<AddColumnOp>()->schema, QStringLiteral("blog"));
        const AddConstraintOp *fk = ops.upgrade[6].as<AddConstraintOp>();
        QCOMPARE(fk->schema, QStringLiteral("blog"));
        QCOMPARE(fk->constraint.onDelete, QStringLiteral("SET NULL"));
        QCOMPARE(fk->constraint.referredSchema, QString());
        const AddColumnOp *ttl = ops.downgrade[4].as<AddColumnOp>();
        QCOMPARE(ttl->column.type.type.kind, schema::TypeKind::Interval);
        QCOMPARE(ops.downgrade[5].as<TableCommentOp>()->comment.value_or(QString()),
                 QStringLiteral("user accounts"));
    }

    void handWrittenHostileNames()
    {
        const RevisionOperations ops =
            interpretFile(QStringLiteral("pg_e5f6a7b8c9d0_hand_written.py"));
        QVERIFY2(ops.unsupportedUpgrade.isEmpty(), qPrintable(messages(ops.unsupportedUpgrade)));
        QVERIFY2(ops.unsupportedDowngrade.isEmpty(),
                 qPrintable(messages(ops.unsupportedDowngrade)));
        QCOMPARE(ops.upgrade.size(), 13);
        QCOMPARE(ops.upgrade[0].as<ExecuteOp>()->sql,
                 QStringLiteral("CREATE TYPE priority AS ENUM ('low', 'high')"));
        const TableDef &t = ops.upgrade[1].as<CreateTableOp>()->table;
        QCOMPARE(t.name, QStringLiteral("Odd \"Table\""));
        QCOMPARE(t.column(QStringLiteral("select"))->serverDefault,
                 ServerDefault::literal(QStringLiteral("it's")));
        const TypeSpec &prio = t.column(QStringLiteral("prio"))->type;  // a module-level name
        QCOMPARE(prio.type.enumName, QStringLiteral("priority"));
        QCOMPARE(prio.createType, false);
        QCOMPARE(t.column(QStringLiteral("mood"))->type.type.enumName, QStringLiteral("odd mood"));
        const ColumnDef *uid = t.column(QStringLiteral("uid"));
        QCOMPARE(uid->identity->increment, std::optional<qint64>(5));
        QCOMPARE(uid->identity->cycle, std::optional<bool>(false));
        const ColumnDef *account = t.column(QStringLiteral("account_id"));
        QCOMPARE(int(account->foreignKeys.size()), 1);
        QCOMPARE(account->foreignKeys[0].columns, QStringList{QStringLiteral("account_id")});
        QCOMPARE(account->foreignKeys[0].fromColumn, true);
        QCOMPARE(t.constraints[0].name, (ObjectName{QStringLiteral("pk_odd"), true}));
        QCOMPARE(t.constraints[2].name.value, QStringLiteral("uq odd"));
        QCOMPARE(t.constraints[2].initially, QStringLiteral("DEFERRED"));

        const CreateIndexOp *expr = ops.upgrade[2].as<CreateIndexOp>();
        QCOMPARE(expr->index.elements.size(), size_t(1));
        QVERIFY(expr->index.elements[0].isExpression());
        QCOMPARE(expr->index.elements[0].expression, QStringLiteral("lower(\"select\")"));
        QCOMPARE(ops.upgrade[3].as<CreateIndexOp>()->index.postgresqlInclude,
                 QStringList{QStringLiteral("MixedCase")});
        const AlterColumnOp *rename = ops.upgrade[5].as<AlterColumnOp>();
        QCOMPARE(rename->newName.value_or(QString()), QStringLiteral("position"));
        QVERIFY(rename->serverDefault && rename->serverDefault->isNone());
        const AlterColumnOp *retype = ops.upgrade[6].as<AlterColumnOp>();
        QCOMPARE(retype->postgresqlUsing, QStringLiteral("email::varchar(250)"));
        QCOMPARE(retype->nullable, std::optional<bool>(true));
        QCOMPARE(retype->existingNullable, std::optional<bool>(false));
        QVERIFY(ops.upgrade[8].as<AddConstraintOp>()->constraint.name.isEmpty());
        QCOMPARE(ops.upgrade[9].as<RenameTableOp>()->newName, QStringLiteral("odd_table"));
        const BatchAlterTableOp *batch = ops.upgrade[11].as<BatchAlterTableOp>();
        QCOMPARE(batch->table, QStringLiteral("odd_table"));
        QCOMPARE(batch->operations[0].as<AddColumnOp>()->column.type.type.arrayDimensions, 2);
        const AddConstraintOp *fk = batch->operations[2].as<AddConstraintOp>();
        QCOMPARE(fk->constraint.referredSchema, QStringLiteral("blog"));
        QCOMPARE(fk->constraint.deferrable, std::optional<bool>(false));
        QCOMPARE(ops.upgrade[12].as<ExecuteOp>()->sql,
                 QStringLiteral("UPDATE odd_table SET \"select\" = 'x' WHERE id < 0"));
        QCOMPARE(ops.upgrade[1].describe(), QStringLiteral("create table Odd \"Table\""));
    }

    void unsupportedStatementsAreReportedWithPositions()
    {
        const RevisionOperations ops = interpretFile(QStringLiteral("unsupported_f6a7b8c9d0e1.py"));
        QCOMPARE(ops.upgrade.size(), 2);  // the two op calls that Stratum can run
        QVERIFY(ops.upgrade[0].as<AddColumnOp>());
        QVERIFY(ops.upgrade[1].as<DropColumnOp>());
        const QList<Unsupported> &u = ops.unsupportedUpgrade;
        QCOMPARE(u.size(), 8);
        const QList<std::tuple<int, int, QString>> expected = {
            {20, 5, QStringLiteral("an assignment")},
            {21, 5, QStringLiteral("a for loop")},
            {23, 5, QStringLiteral("an if")},
            {25, 5, QStringLiteral("an assignment")},
            {26, 5, QStringLiteral("op.bulk_insert() cannot run without Alembic")},
            {27, 70, QStringLiteral("postgresql_ops is not supported")},
            {28, 77, QStringLiteral("unknown keyword argument 'colour'")},
            {31, 9, QStringLiteral("only batch_op.* calls")},
        };
        for (int i = 0; i < expected.size(); ++i) {
            const auto &[line, column, text] = expected[i];
            QVERIFY2(u[i].line == line && u[i].column == column && u[i].message.contains(text),
                     qPrintable(QStringLiteral("entry %1: got %2:%3 %4")
                                    .arg(i)
                                    .arg(u[i].line)
                                    .arg(u[i].column)
                                    .arg(u[i].message)));
        }
        QVERIFY(u[1].sourceText.startsWith(QLatin1String("for name in ('a', 'b'):")));
        QVERIFY(u[1].sourceText.contains(QLatin1String("op.execute")));
        QCOMPARE(ops.downgrade.size(), 1);
        QVERIFY(ops.unsupportedDowngrade.isEmpty());
    }

    void importAliasesAndBareTypes()
    {
        const QString source =
            QStringLiteral("from alembic import op as ops\nimport sqlalchemy as sqla\n"
                           "from sqlalchemy import Column, Integer\n"
                           "from sqlalchemy.dialects.postgresql import JSONB\n\n"
                           "def upgrade():\n"
                           "    ops.create_table('t', Column('id', Integer, primary_key=True),\n"
                           "                     sqla.Column('doc', JSONB()))\n");
        Result<pyread::Module> m = pyread::Module::parse(source, QStringLiteral("alias.py"));
        QVERIFY(m);
        Result<RevisionOperations> ops = interpretRevision(*m, QStringLiteral("alias.py"));
        QVERIFY(ops);
        QVERIFY2(ops->unsupportedUpgrade.isEmpty(), qPrintable(messages(ops->unsupportedUpgrade)));
        const TableDef &t = ops->upgrade[0].as<CreateTableOp>()->table;
        QCOMPARE(t.columns[0].primaryKey, true);
        QCOMPARE(t.columns[0].nullable, false);
        QCOMPARE(t.columns[0].nullableGiven, false);
        QCOMPARE(t.columns[1].type.type.kind, schema::TypeKind::Jsonb);
        QCOMPARE(ops->unsupportedDowngrade.size(), 1);  // no downgrade() at all
    }

    void argumentErrors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("column");
        QTest::newRow("fk action") << QStringLiteral("    op.create_foreign_key('f', 't', 'r', "
                                                     "['a'], ['b'], ondelete='DROP TABLE x')")
                                   << QStringLiteral("ondelete must be one of") << 65;
        QTest::newRow("non-literal name") << QStringLiteral("    op.drop_table(name)")
                                          << QStringLiteral("must be a string") << 19;
        QTest::newRow("unknown type")
            << QStringLiteral("    op.add_column('t', sa.Column('c', MyType()))")
            << QStringLiteral("unsupported column type MyType()") << 39;
        QTest::newRow("enum class")
            << QStringLiteral("    op.add_column('t', sa.Column('c', sa.Enum(Mood)))")
            << QStringLiteral("labels must be string literals") << 47;
        QTest::newRow("star args")
            << QStringLiteral("    op.create_table('t', *cols)") << QStringLiteral("*args") << 26;
        QTest::newRow("too many") << QStringLiteral("    op.drop_column('t', 'c', None, 'x')")
                                  << QStringLiteral("at most 3 positional") << 36;
        QTest::newRow("batch copy_from")
            << QStringLiteral("    with op.batch_alter_table('t', copy_from=tbl) as b:\n        "
                              "b.drop_column('c')")
            << QStringLiteral("copy_from") << 46;
        QTest::newRow("f-string sql") << QStringLiteral("    op.execute(f'DROP {x}')")
                                      << QStringLiteral("must be a string or sa.text") << 16;
    }

    void argumentErrors()
    {
        QFETCH(QString, body);
        QFETCH(QString, message);
        QFETCH(int, column);
        Result<RevisionOperations> ops = interpretSource(body);
        QVERIFY(ops);
        QCOMPARE(ops->upgrade.size(), 0);
        QCOMPARE(ops->unsupportedUpgrade.size(), 1);
        const Unsupported &u = ops->unsupportedUpgrade.front();
        QVERIFY2(u.message.contains(message), qPrintable(u.message));
        QCOMPARE(u.line, 7);
        QCOMPARE(u.column, column);
    }

    void notARevision()
    {
        Result<pyread::Module> m =
            pyread::Module::parse(QStringLiteral("x = 1\n"), QStringLiteral("x.py"));
        QVERIFY(m);
        Result<RevisionOperations> ops = interpretRevision(*m, QStringLiteral("x.py"));
        QVERIFY(!ops);
        QCOMPARE(ops.error().source, QStringLiteral("x.py"));
        QVERIFY(ops.error().message.contains(QLatin1String("upgrade()")));
    }
};

QTEST_GUILESS_MAIN(TestMigrateOpsInterpret)
#include "test_migrate_ops_interpret.moc"
