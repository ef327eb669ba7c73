// Bulk reflection benchmark. Generates N tables (default 1,000) in a fresh
// database: 8 columns of mixed types, a serial primary key, 1 or 2 foreign keys
// to earlier tables, 1 or 2 indexes and a unique constraint each. Then it
// reflects the whole schema several times and prints the median time and the
// number of catalogue queries, which must not depend on N; it does the same
// for N/4 tables to show that. With --reference it also times SQLAlchemy 1.4's
// MetaData.reflect() (/usr/bin/python3) on the N/4-table schema in the same run.
// Usage: bench_reflect [URL] [--tables N] [--reference]
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/schema/DdlPlanner.h"
#include "core/schema/Inspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace stratum;
using namespace stratum::schema;

namespace {

std::unique_ptr<engine::DriverConnection> open(const config::Url &url)
{
    auto driver = engine::Driver::create(url);
    if (!driver)
        qFatal("%s", qPrintable(driver.error().message));
    auto c = driver.value()->connect();
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return std::move(c).value();
}

Column column(const QString &name, const ColumnType &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

MetaData generate(int n)
{
    MetaData m;
    for (int i = 0; i < n; ++i) {
        Table t;
        t.name = QStringLiteral("bench_%1").arg(i, 4, 10, QChar(u'0'));
        t.columns = {column("id", ColumnType::integer(), false),
                     column("name", ColumnType::string(100), false),
                     column("code", ColumnType::string(20)),
                     column("amount", ColumnType::numeric(10, 2)),
                     column("created", ColumnType::dateTime(true), false),
                     column("flag", ColumnType::boolean(), false),
                     column("note", ColumnType::text()),
                     column("ref1", ColumnType::integer())};
        t.columns[0].autoincrement = true;
        t.columns[4].serverDefault = "now()";
        t.columns[5].serverDefault = "false";
        t.primaryKey.columns = {"id"};
        t.uniqueConstraints.push_back({{}, {"code"}, false, false});
        Index byName;
        byName.elements = {IndexElement::ofColumn("name")};
        t.indexes.push_back(byName);
        auto refer = [&](const QString &col, int target) {
            ForeignKey fk;
            fk.columns = {col};
            fk.referredTable = QStringLiteral("bench_%1").arg(target, 4, 10, QChar(u'0'));
            fk.referredColumns = {"id"};
            t.foreignKeys.push_back(fk);
        };
        if (i > 0)
            refer("ref1", i - 1);
        if (i % 2 == 0 && i > 1) {
            t.columns.push_back(column("ref2", ColumnType::integer()));
            refer("ref2", i / 2);
            Index byRef;
            byRef.elements = {IndexElement::ofColumn("ref2"), IndexElement::ofColumn("created")};
            t.indexes.push_back(byRef);
        }
        m.tables.push_back(t);
    }
    return m;
}

struct Figures
{
    double medianMs = 0;
    int queries = 0;
    size_t tables = 0;
};

Figures measure(engine::DriverConnection &c, int runs)
{
    std::vector<double> times;
    Figures f;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        auto reflected = Inspector(c, Dialect::PostgreSQL).reflect();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!reflected)
            qFatal("%s", qPrintable(reflected.error().message));
        f.queries = reflected->queries;
        f.tables = reflected->metadata.tables.size();
    }
    // where the time goes, on one more run: each catalogue query from its
    // start to the end of its rows, and what follows until the next one
    Inspector inspector(c, Dialect::PostgreSQL);
    QElapsedTimer step;
    step.start();
    QString previous = QStringLiteral("start");
    inspector.setProgress([&](int, int, const QString &what) {
        std::printf("  %-14s %6.1f ms\n", qPrintable(previous), double(step.nsecsElapsed()) / 1e6);
        previous = what;
        step.restart();
    });
    (void)inspector.reflect();
    std::sort(times.begin(), times.end());
    f.medianMs = times[times.size() / 2];
    return f;
}

class Database
{
public:
    Database(const config::Url &admin, int tables)
        : m_admin(admin)
    {
        m_name = QStringLiteral("stratum_bench_%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        if (auto r = open(admin)->execute("CREATE DATABASE " + m_name); !r)
            qFatal("%s", qPrintable(r.error().message));
        url = admin;
        url.setDatabase(m_name);
        connection = open(url);
        auto script = DdlPlanner::createAll(generate(tables), Dialect::PostgreSQL);
        if (!script)
            qFatal("%s", qPrintable(script.error().message));
        const QString sql = "BEGIN;\n" + script->statements.join(";\n") + ";\nCOMMIT";
        if (auto r = connection->execute(sql); !r)
            qFatal("%s", qPrintable(r.error().message));
        connection->execute("ANALYZE");
    }
    ~Database()
    {
        connection->close();
        open(m_admin)->execute("DROP DATABASE " + m_name + " WITH (FORCE)");
    }
    config::Url url;
    std::unique_ptr<engine::DriverConnection> connection;

private:
    config::Url m_admin;
    QString m_name;
};

double sqlalchemySeconds(const config::Url &url)
{
    const QString script = QStringLiteral("import sys, time\n"
                                          "from sqlalchemy import create_engine, MetaData\n"
                                          "e = create_engine(sys.argv[1])\n"
                                          "t = time.perf_counter(); m = MetaData(); m.reflect(e)\n"
                                          "print(time.perf_counter() - t, len(m.tables))\n");
    QProcess p;
    p.start("/usr/bin/python3", {"-c", script, url.toString(false)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "SQLAlchemy reference failed: %s\n",
                     p.readAllStandardError().constData());
        return -1;
    }
    return QString::fromUtf8(p.readAllStandardOutput()).section(u' ', 0, 0).toDouble();
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int tables = 1000;
    bool reference = false;
    QString urlText = qEnvironmentVariable("STRATUM_TEST_PG_URL");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == "--tables" && i + 1 < args.size())
            tables = args[++i].toInt();
        else if (args[i] == "--reference")
            reference = true;
        else
            urlText = args[i];
    }
    auto url = config::Url::parse(urlText);
    if (urlText.isEmpty() || !url)
        qFatal(
            "usage: bench_reflect [URL] [--tables N] [--reference] (or set STRATUM_TEST_PG_URL)");

    Database big(*url, tables);
    const Figures f = measure(*big.connection, 7);
    std::printf("reflect %zu tables: median %.0f ms over 7 runs, %d catalogue queries\n", f.tables,
                f.medianMs, f.queries);
    Database small(*url, tables / 4);
    const Figures s = measure(*small.connection, 7);
    std::printf("reflect %zu tables: median %.0f ms over 7 runs, %d catalogue queries\n", s.tables,
                s.medianMs, s.queries);
    if (reference) {
        const double sa = sqlalchemySeconds(small.url);
        if (sa > 0)
            std::printf(
                "SQLAlchemy 1.4 MetaData.reflect() of the %zu tables: %.0f ms (%.1fx Stratum)\n",
                s.tables, sa * 1000, sa * 1000 / s.medianMs);
    }
    return f.queries == s.queries ? 0 : 1;
}
