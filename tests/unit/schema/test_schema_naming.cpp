// Naming conventions against SQLAlchemy 1.4's documented examples
// ("Configuring Constraint Naming Conventions") and its truncation scheme; the
// expected names are what SQLAlchemy 1.4 renders for the same tables.
#include "SchemaTestUtil.h"
#include "core/schema/DdlCompiler.h"
#include "core/schema/NamingConvention.h"

#include <QTest>

using namespace stratum::schema;
using namespace stratum::schema::test;

namespace {

NamingConvention docConvention()
{
    NamingConvention c;
    c.set("ix", "ix_%(column_0_label)s");
    c.set("uq", "uq_%(table_name)s_%(column_0_name)s");
    c.set("ck", "ck_%(table_name)s_%(constraint_name)s");
    c.set("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");
    c.set("pk", "pk_%(table_name)s");
    return c;
}

QString rendered(const NamingConvention &c, const QString &key, const NamingConvention::Subject &s)
{
    const stratum::Result<QString> r = c.render(key, s);
    if (!r)
        return QStringLiteral("ERROR: ") + r.error().message;
    return r.value();
}

}  // namespace

class TestSchemaNaming : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsIndexOnly()
    {
        const NamingConvention c;
        QCOMPARE(c.templates().size(), size_t(1));
        QCOMPARE(c.templateFor("ix"), QStringLiteral("ix_%(column_0_label)s"));
        // Column('x', index=True) on table 'sometable' -> ix_sometable_x
        QCOMPARE(rendered(c, "ix", {{}, "sometable", {"x"}, {}, {}, {}}),
                 QStringLiteral("ix_sometable_x"));
        // the label is schema-qualified
        QCOMPARE(rendered(c, "ix", {"sch", "t", {"c"}, {}, {}, {}}), QStringLiteral("ix_sch_t_c"));
        // no convention for uq: the explicit name (or none) stays
        QVERIFY(!c.applies("uq", {{}, "t", {"c"}, {}, {}, {}}));
        QCOMPARE(rendered(c, "uq", {{}, "t", {"c"}, "given", {}, {}}), QStringLiteral("given"));
    }

    void documentedBasicConvention()
    {
        const NamingConvention c = docConvention();
        // user_table with UniqueConstraint('name') -> CONSTRAINT uq_user_name
        QCOMPARE(rendered(c, "uq", {{}, "user", {"name"}, {}, {}, {}}),
                 QStringLiteral("uq_user_name"));
        QCOMPARE(rendered(c, "pk", {{}, "user", {"id"}, {}, {}, {}}), QStringLiteral("pk_user"));
        QCOMPARE(rendered(c, "ix", {{}, "user", {"name"}, {}, {}, {}}),
                 QStringLiteral("ix_user_name"));
        QCOMPARE(rendered(c, "fk", {"crm", "address", {"user_id"}, {}, "user", {"id"}}),
                 QStringLiteral("fk_address_user_id_user"));
        // an explicit name is kept unless the template uses %(constraint_name)s
        QCOMPARE(rendered(c, "uq", {{}, "user", {"name"}, "my_uq", {}, {}}),
                 QStringLiteral("my_uq"));
        // CheckConstraint('length(name) > 2', name='name_len') -> ck_user_name_len
        QCOMPARE(rendered(c, "ck", {{}, "user", {}, "name_len", {}, {}}),
                 QStringLiteral("ck_user_name_len"));
    }

    void constraintNameRequiresAName()
    {
        const NamingConvention c = docConvention();
        const stratum::Result<QString> r = c.render("ck", {{}, "user", {}, {}, {}, {}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("requires that constraint is explicitly named"));
    }

    void multiColumnTokens()
    {
        NamingConvention c = NamingConvention::none();
        // documented: uq_%(table_name)s_%(column_0_N_name)s on info(a, b, c) -> uq_info_a_b_c
        c.set("uq", "uq_%(table_name)s_%(column_0_N_name)s");
        QCOMPARE(rendered(c, "uq", {{}, "info", {"a", "b", "c"}, {}, {}, {}}),
                 QStringLiteral("uq_info_a_b_c"));
        c.set("uq", "uq_%(table_name)s_%(column_0N_name)s");
        QCOMPARE(rendered(c, "uq", {{}, "info", {"a", "b", "c"}, {}, {}, {}}),
                 QStringLiteral("uq_info_abc"));
        c.set("fk", "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s_%(referred_"
                    "column_0N_name)s");
        QCOMPARE(rendered(c, "fk", {{}, "ref", {"x", "y"}, {}, "info", {"a", "b"}}),
                 QStringLiteral("fk_ref_x_y_info_ab"));
        c.set("ix", "ix_%(column_0_N_label)s");
        QCOMPARE(rendered(c, "ix", {"s", "t", {"a", "b"}, {}, {}, {}}),
                 QStringLiteral("ix_s_t_a_s_t_b"));
        c.set("ix", "ix_%(column_1_name)s_%(column_2_name)s%%");
        // a missing column renders as "" (as in SQLAlchemy); %% is a percent sign
        QCOMPARE(rendered(c, "ix", {{}, "t", {"a", "b"}, {}, {}, {}}), QStringLiteral("ix_b_%"));
    }

    void badTemplates()
    {
        NamingConvention c = NamingConvention::none();
        c.set("uq", "uq_%(nonsense)s");
        QVERIFY(rendered(c, "uq", {{}, "t", {"a"}, {}, {}, {}}).contains("unknown naming"));
        c.set("uq", "uq_%(table_name)d");
        QVERIFY(rendered(c, "uq", {{}, "t", {"a"}, {}, {}, {}}).contains("malformed"));
        c.set("uq", "uq_%(table_name");
        QVERIFY(rendered(c, "uq", {{}, "t", {"a"}, {}, {}, {}}).contains("malformed"));
    }

    void truncationMatchesSqlalchemy()
    {
        // documented example: long_names(information_channel_code,
        // billing_convention_name, product_identifier) on PostgreSQL
        NamingConvention c = NamingConvention::none();
        c.set("uq", "uq_%(table_name)s_%(column_0_N_name)s");
        const QString full =
            rendered(c, "uq",
                     {{},
                      "long_names",
                      {"information_channel_code", "billing_convention_name", "product_identifier"},
                      {},
                      {},
                      {}});
        QCOMPARE(NamingConvention::truncate(full, 63),
                 QStringLiteral("uq_long_names_information_channel_code_billing_conventi_a79e"));
        // not longer than the limit: unchanged
        QCOMPARE(NamingConvention::truncate(QString(63, u'a'), 63), QString(63, u'a'));
        QCOMPARE(NamingConvention::truncate(QString(64, u'a'), 63).size(), 60);

        // SQLAlchemy 1.4 output for an fk convention on long names
        NamingConvention fk = NamingConvention::none();
        fk.set("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");
        const QString fkName = rendered(fk, "fk",
                                        {{},
                                         "another_rather_long_table_name_number_two",
                                         {"a_rather_long_column_name_id"},
                                         {},
                                         "a_rather_long_table_name_number_one_abcdefgh",
                                         {"id"}});
        QCOMPARE(NamingConvention::truncate(fkName, 63),
                 QStringLiteral("fk_another_rather_long_table_name_number_two_a_rather_l_deb0"));
        QCOMPARE(NamingConvention::truncate(fkName, 9999), fkName);

        // SQLAlchemy counts characters (code points) and hashes UTF-8
        const QString ix =
            rendered(NamingConvention(), "ix",
                     {{}, QString::fromUtf8("tbl_é"), {QString(70, QChar(0xfc))}, {}, {}, {}});
        QCOMPARE(NamingConvention::truncate(ix, 63),
                 QString::fromUtf8("ix_tbl_é_") + QString(46, QChar(0xfc)) + "_f259");
    }

    void compilerAppliesConventionAndTruncation()
    {
        MetaData m;
        m.naming = docConvention();
        Table t;
        t.name = "user";
        t.columns = {column("id", ColumnType::integer(), false),
                     column("name", ColumnType::string(30), false)};
        t.primaryKey.columns = {"id"};
        t.uniqueConstraints.push_back({{}, {"name"}, false, false});
        t.checkConstraints.push_back({"name_len", "length(name) > 2"});
        Index ix;
        ix.elements = {IndexElement::ofColumn("name")};
        t.indexes.push_back(ix);
        const DdlCompiler pg(Dialect::PostgreSQL);
        const auto table = pg.createTable(t, m);
        QVERIFY(table.ok());
        QCOMPARE(table->statements.value(0),
                 QStringLiteral("CREATE TABLE \"user\" (\n"
                                "\tid INTEGER NOT NULL,\n"
                                "\tname VARCHAR(30) NOT NULL,\n"
                                "\tCONSTRAINT pk_user PRIMARY KEY (id),\n"
                                "\tCONSTRAINT uq_user_name UNIQUE (name),\n"
                                "\tCONSTRAINT ck_user_name_len CHECK "
                                "(length(name) > 2)\n)"));
        const auto index = pg.createIndex(t, ix, m);
        QVERIFY(index.ok());
        QCOMPARE(index->statements.value(0),
                 QStringLiteral("CREATE INDEX ix_user_name ON \"user\" (name)"));

        // the same long index name is truncated for PostgreSQL but not for SQLite
        Table longT;
        longT.schema = "sch";
        longT.name = "some_very_long_table_name_for_testing_purposes_here";
        longT.columns = {column("another_very_long_column_name_abcdefgh", ColumnType::integer())};
        Index lx;
        lx.elements = {IndexElement::ofColumn("another_very_long_column_name_abcdefgh")};
        MetaData plain;
        QCOMPARE(pg.createIndex(longT, lx, plain)->statements.value(0),
                 QStringLiteral("CREATE INDEX ix_sch_some_very_long_table_name_for_testing_"
                                "purposes_h_ef6f ON sch.some_very_long_table_name_for_testing_"
                                "purposes_here (another_very_long_column_name_abcdefgh)"));
        const DdlCompiler lite(Dialect::SQLite);
        QCOMPARE(lite.createIndex(longT, lx, plain)->statements.value(0),
                 QStringLiteral("CREATE INDEX sch.ix_sch_some_very_long_table_name_for_testing_"
                                "purposes_here_another_very_long_column_name_abcdefgh ON "
                                "some_very_long_table_name_for_testing_purposes_here "
                                "(another_very_long_column_name_abcdefgh)"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaNaming)
#include "test_schema_naming.moc"
