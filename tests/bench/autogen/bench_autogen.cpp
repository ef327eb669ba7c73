// Autogenerate benchmark. Generates N tables (default 1,000; the generator of
// bench_reflect: 8 or 9 columns, serial key, now()/false defaults, 1 or 2
// foreign keys (to the first 20 tables), 1 or 2 indexes, a unique
// constraint), creates them in a fresh
// PostgreSQL database, writes the same model as a models.py (classic style)
// in an Alembic project, then times in the same run:
//   - `stratum-cli check` (process start, reflection, server-side default
//     normalisation, compare), median of 5 runs;
//   - `alembic revision --autogenerate` (Alembic 1.8, SQLAlchemy 1.4,
//     compare_type=True), median of 3 runs (files removed after each).
// Both should find nothing to do; the program prints what each found.
// Usage: bench_autogen [URL] [--tables N] [--keep DIR] (URL defaults to
// STRATUM_TEST_PG_URL; --keep leaves the project in DIR and the database for
// profiling, and skips the measurements).
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "core/schema/DdlPlanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

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
    return std::move(c.value());
}

Column column(const QString &name, const ColumnType &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

constexpr int kHubs = 20;

// As tests/bench/reflect, except where the foreign keys point.
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
        // Foreign keys go to the first 20 tables: SQLAlchemy reflects referred
        // tables recursively, and bench_reflect's chain (each table refers to
        // the one before) exceeds Python's recursion limit in Alembic.
        if (i >= kHubs)
            refer("ref1", i % kHubs);
        if (i % 2 == 0 && i >= kHubs) {
            t.columns.push_back(column("ref2", ColumnType::integer()));
            refer("ref2", (i / 2) % kHubs);
            Index byRef;
            byRef.elements = {IndexElement::ofColumn("ref2"), IndexElement::ofColumn("created")};
            t.indexes.push_back(byRef);
        }
        m.tables.push_back(t);
    }
    return m;
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Timed
{
    double ms = 0;
    int code = -1;
    QString out;
};

Timed timed(const QString &program, const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DATABASE_URL"));
    env.remove(QStringLiteral("SQLALCHEMY_DATABASE_URL"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Timed r;
    if (!p.waitForFinished(1800000))
        qFatal("%s did not finish", qPrintable(program));
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

const char *kEnv = R"(from logging.config import fileConfig
import os, sys
from sqlalchemy import engine_from_config, pool
from alembic import context

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from models import Base

config = context.config
target_metadata = Base.metadata

connectable = engine_from_config(config.get_section(config.config_ini_section),
                                 prefix="sqlalchemy.", poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=target_metadata,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
)";

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int tables = 1000;
    QString keep;
    QString urlText = qEnvironmentVariable("STRATUM_TEST_PG_URL");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--tables") && i + 1 < args.size())
            tables = args[++i].toInt();
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else
            urlText = args[i];
    }
    auto admin = config::Url::parse(urlText);
    if (!admin) {
        std::fprintf(stderr,
                     "usage: bench_autogen [URL] [--tables N] (or set STRATUM_TEST_PG_URL)\n");
        return 2;
    }
    const QString dbName = QStringLiteral("stratum_bench_ag_%1")
                               .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    if (auto r = open(*admin)->execute("CREATE DATABASE " + dbName); !r)
        qFatal("%s", qPrintable(r.error().message));
    config::Url url = *admin;
    url.setDatabase(dbName);
    int status = 0;
    {
        auto connection = open(url);
        const MetaData model = generate(tables);
        auto script = DdlPlanner::createAll(model, Dialect::PostgreSQL);
        if (!script)
            qFatal("%s", qPrintable(script.error().message));
        if (auto r = connection->execute("BEGIN;\n" + script->statements.join(";\n") + ";\nCOMMIT");
            !r)
            qFatal("%s", qPrintable(r.error().message));
        (void)connection->execute("ANALYZE");
        connection->close();

        QTemporaryDir dir;
        const QString d = keep.isEmpty() ? dir.path() : keep;
        QDir().mkpath(d);
        if (timed("/usr/bin/alembic", {"init", "migrations"}, d).code != 0)
            qFatal("alembic init failed");
        QString ini = readText(d + "/alembic.ini");
        QString alembicUrl = url.toString(false);
        alembicUrl.replace(QRegularExpression("^postgresql:"), "postgresql+psycopg2:");
        ini.replace(QRegularExpression("(?m)^sqlalchemy\\.url = .*$"),
                    "sqlalchemy.url = " + alembicUrl.replace(u'%', "%%"));
        writeText(d + "/alembic.ini", ini);
        writeText(d + "/migrations/env.py", QString::fromLatin1(kEnv));
        writeText(d + "/models.py", migrate::writeModelsPy(model, migrate::ModelsPyStyle::Classic));

        if (!keep.isEmpty()) {
            std::printf("project in %s, database %s kept\n", qPrintable(d), qPrintable(dbName));
            return 0;
        }
        std::vector<double> stratumMs;
        Timed last;
        for (int i = 0; i < 5; ++i) {
            last = timed(STRATUM_CLI_PATH, {"check"}, d);
            stratumMs.push_back(last.ms);
        }
        const int stratumFound = last.out.count(QRegularExpression("(?m)^  "));
        std::printf("stratum-cli check, %d tables: median %.0f ms over 5 runs (exit %d, %d "
                    "differences)\n",
                    tables, median(stratumMs), last.code, stratumFound);
        if (last.code != 0)
            std::printf("%s\n", qPrintable(last.out.left(2000)));

        std::vector<double> alembicMs;
        int alembicOps = 0;
        for (int i = 0; i < 3; ++i) {
            const Timed a =
                timed("/usr/bin/alembic", {"revision", "--autogenerate", "-m", "bench"}, d);
            if (a.code != 0)
                qFatal("alembic failed: %s", qPrintable(a.out.right(2000)));
            alembicMs.push_back(a.ms);
            for (const QString &f : QDir(d + "/migrations/versions").entryList({"*.py"})) {
                const QString text = readText(d + "/migrations/versions/" + f);
                alembicOps = text.count(QRegularExpression("(?m)^    op\\.")) +
                             text.count(QRegularExpression("(?m)^        batch_op\\."));
                QFile::remove(d + "/migrations/versions/" + f);
            }
        }
        std::printf("alembic revision --autogenerate, %d tables: median %.0f ms over 3 runs (%d "
                    "operations written)\n",
                    tables, median(alembicMs), alembicOps);
        const double ratio = median(alembicMs) / median(stratumMs);
        std::printf("stratum-cli check is %.1fx faster than alembic revision --autogenerate "
                    "(target: 20x)\n",
                    ratio);
        status = ratio >= 20 ? 0 : 1;
    }
    open(*admin)->execute("DROP DATABASE " + dbName + " WITH (FORCE)");
    return status;
}
