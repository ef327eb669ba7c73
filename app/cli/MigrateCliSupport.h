#pragma once

// Shared by the migration verbs (init, revision, merge, upgrade, downgrade,
// current, stamp): the common options, Alembic's log-line layout and
// "FAILED:" messages. Header-only because only *Command.cpp files are globbed
// into stratum-cli.

#include "app/cli/CliIo.h"
#include "core/config/Result.h"
#include "core/migrate/run/MigrationEnvironment.h"
#include "core/migrate/run/Migrator.h"

#include <QString>
#include <QStringList>

namespace stratum::cli::migratecli {

// -c/--config INI (default $ALEMBIC_CONFIG or alembic.ini), -n/--name
// SECTION, --url URL; and the migrator's --transaction-per-migration and
// --lock-timeout SECONDS.
struct CommonOptions
{
    QString ini;
    QString section;
    QString url;
    bool transactionPerMigration = false;
    QString lockTimeout;
};

inline CommonOptions takeCommon(QStringList &args)
{
    CommonOptions o;
    o.ini = takeOption(args, QStringLiteral("-c"));
    o.ini = takeOption(args, QStringLiteral("--config"),
                       o.ini.isEmpty()
                           ? qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini"))
                           : o.ini);
    o.section = takeOption(args, QStringLiteral("-n"));
    o.section = takeOption(args, QStringLiteral("--name"),
                           o.section.isEmpty() ? QStringLiteral("alembic") : o.section);
    o.url = takeOption(args, QStringLiteral("--url"));
    o.transactionPerMigration = takeFlag(args, QStringLiteral("--transaction-per-migration"));
    o.lockTimeout = takeOption(args, QStringLiteral("--lock-timeout"));
    return o;
}

inline int failed(CliIo &io, const QString &message)
{
    io.err << "FAILED: " << message << '\n';
    io.err.flush();
    return ExitFailure;
}

inline int failed(CliIo &io, const Error &error)
{
    QString text = error.toString();
    if (!error.detail.isEmpty())
        text += QLatin1String("\nDETAIL:  ") + error.detail;
    if (!error.hint.isEmpty())
        text += QLatin1String("\nHINT:  ") + error.hint;
    return failed(io, text);
}

// Alembic's log format: "%(levelname)-5.5s [%(name)s] %(message)s".
inline void info(CliIo &io, const QString &text,
                 const QString &logger = QStringLiteral("alembic.runtime.migration"))
{
    io.err << "INFO  [" << logger << "] " << text << '\n';
    io.err.flush();
}

inline Result<migrate::MigrationEnvironment> openEnvironment(const CommonOptions &o)
{
    migrate::MigrationEnvironment::Options options;
    options.iniPath = o.ini;
    options.section = o.section;
    options.url = o.url;
    return migrate::MigrationEnvironment::open(options);
}

// The environment's migrator options with the command-line overrides.
inline Result<migrate::MigratorOptions> migratorOptions(const migrate::MigrationEnvironment &env,
                                                        const CommonOptions &o)
{
    Result<migrate::MigratorOptions> options = env.migratorOptions();
    if (!options)
        return options;
    migrate::MigratorOptions out = options.value();
    if (o.transactionPerMigration)
        out.transactionPerMigration = true;
    if (!o.lockTimeout.isEmpty()) {
        bool ok = false;
        const double seconds = o.lockTimeout.toDouble(&ok);
        if (!ok) {
            Error e;
            e.message = QStringLiteral("--lock-timeout takes a number of seconds");
            return e;
        }
        out.lockTimeoutMs = seconds < 0 ? -1 : int(seconds * 1000);
    }
    return out;
}

inline bool unexpected(CliIo &io, const QString &verb, const QStringList &args)
{
    for (const QString &a : args)
        // "-1" and "-2" are relative revisions, not options.
        if (a.startsWith(u'-') && a.size() > 1 && !a.at(1).isDigit()) {
            io.err << "stratum-cli " << verb << ": unknown option '" << a << "'\n";
            return true;
        }
    return false;
}

}  // namespace stratum::cli::migratecli
