#pragma once

// Shared by `revision --autogenerate` and `check`: finding the target models
// (--models, the ini's stratum.models, env.py's target_metadata), connecting,
// checking that the database is at head as Alembic does, and running
// autogenerate. Header-only because only *Command.cpp files are globbed into
// stratum-cli.

#include "app/cli/MigrateCliSupport.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/autogen/Autogenerate.h"
#include "core/migrate/autogen/ProjectModels.h"
#include "core/migrate/models/ModelsPyReader.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/VersionTable.h"
#include "core/schema/ModelFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace stratum::cli::autogencli {

struct Options
{
    QString models;       // --models PATH
    QStringList renames;  // --rename old:new (repeatable)
};

inline Options takeOptions(QStringList &args)
{
    Options o;
    o.models = takeOption(args, QStringLiteral("--models"));
    for (QString r; !(r = takeOption(args, QStringLiteral("--rename"))).isEmpty();)
        o.renames << r;
    return o;
}

// The target MetaData (a models.py or a Stratum model file): --models, else `stratum.models` in the
// ini's main section, else the module env.py's target_metadata comes from. The reader's warnings
// go to stderr, with file and line.
inline Result<migrate::autogen::ProjectModels> findTarget(const migrate::MigrationEnvironment &env,
                                                          const Options &o, schema::Dialect dialect,
                                                          CliIo &io)
{
    Result<migrate::autogen::ProjectModels> t =
        migrate::autogen::loadProjectModels(env, o.models, dialect);
    if (t) {
        for (const migrate::ModelsWarning &w : t->warnings)
            io.err << "WARNING [stratum.models] " << w.file << ':' << w.line << ": " << w.message
                   << '\n';
    }
    return t;
}

// Alembic refuses to autogenerate against a database that is not at head.
inline Status checkAtHead(const migrate::MigrationEnvironment &env,
                          const migrate::MigratorOptions &options, schema::Dialect dialect,
                          engine::DriverConnection &connection)
{
    const migrate::VersionTable table(dialect, options.versionTable, options.versionTableSchema);
    Result<QStringList> heads = table.heads(connection);
    if (!heads)
        return heads.error();
    Result<QList<int>> current = migrate::allCurrent(env.graph(), heads.value());
    if (!current)
        return current.error();
    QList<int> graphHeads = env.graph().heads();
    QList<int> cur = current.value();
    std::sort(graphHeads.begin(), graphHeads.end());
    std::sort(cur.begin(), cur.end());
    if (graphHeads != cur) {
        Error e;
        e.message = QStringLiteral("Target database is not up to date.");
        return e;
    }
    return Ok{};
}

struct Outcome
{
    migrate::autogen::AutogenResult result;
    schema::Dialect dialect = schema::Dialect::PostgreSQL;
};

// Everything up to the comparison; on failure prints "FAILED: ..." and
// returns the exit code in `exit`.
inline std::optional<Outcome> run(const migratecli::CommonOptions &common, const Options &o,
                                  CliIo &io, int &exit,
                                  std::optional<migrate::MigrationEnvironment> *envOut = nullptr)
{
    exit = ExitFailure;
    Result<migrate::MigrationEnvironment> env = migratecli::openEnvironment(common);
    if (!env) {
        migratecli::failed(io, env.error());
        return std::nullopt;
    }
    Result<schema::Dialect> dialect = env->dialect();
    if (!dialect) {
        migratecli::failed(io, dialect.error());
        return std::nullopt;
    }
    Result<migrate::MigratorOptions> options = migratecli::migratorOptions(env.value(), common);
    if (!options) {
        migratecli::failed(io, options.error());
        return std::nullopt;
    }
    Result<migrate::autogen::ProjectModels> target =
        findTarget(env.value(), o, dialect.value(), io);
    if (!target) {
        migratecli::failed(io, target.error());
        return std::nullopt;
    }
    Result<std::unique_ptr<engine::DriverConnection>> conn = env->connect();
    if (!conn) {
        migratecli::failed(io, conn.error());
        return std::nullopt;
    }
    const bool pg = dialect.value() == schema::Dialect::PostgreSQL;
    migratecli::info(io, pg ? QStringLiteral("Context impl PostgresqlImpl.")
                            : QStringLiteral("Context impl SQLiteImpl."));
    migratecli::info(io, QStringLiteral("Will assume transactional DDL."));
    if (Status s = checkAtHead(env.value(), options.value(), dialect.value(), *conn.value()); !s) {
        migratecli::failed(io, s.error());
        return std::nullopt;
    }
    migrate::autogen::CompareOptions compare;
    compare.renames = o.renames;
    compare.versionTable = options->versionTable;
    compare.versionTableSchema = options->versionTableSchema;
    Result<migrate::autogen::AutogenResult> result =
        migrate::autogen::autogenerate(*conn.value(), dialect.value(), target->metadata, compare);
    if (!result) {
        migratecli::failed(io, result.error());
        return std::nullopt;
    }
    for (const migrate::autogen::RenameCandidate &c : result->renameCandidates) {
        const bool table = c.kind == migrate::autogen::RenameCandidate::Kind::Table;
        const QString what = table ? QStringLiteral("table %1").arg(c.from)
                                   : QStringLiteral("column %1.%2").arg(c.table, c.from);
        migratecli::info(io,
                         QStringLiteral("Possible rename of %1 to %2: kept as drop and add; "
                                        "pass --rename %3 to rename instead")
                             .arg(what, c.to, c.spec()),
                         QStringLiteral("alembic.autogenerate.compare"));
    }
    if (envOut)
        envOut->emplace(std::move(env.value()));
    exit = ExitOk;
    return Outcome{result.value(), dialect.value()};
}

}  // namespace stratum::cli::autogencli
