// stratum-cli init DIRECTORY: Alembic's `init` with the generic template.
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateCliSupport.h"
#include "core/migrate/write/ProjectInit.h"

#include <QDir>

namespace stratum::cli {
namespace {

int runInit(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    QString tpl = takeOption(args, QStringLiteral("-t"));
    tpl = takeOption(args, QStringLiteral("--template"),
                     tpl.isEmpty() ? QStringLiteral("generic") : tpl);
    const bool package = takeFlag(args, QStringLiteral("--package"));
    if (migratecli::unexpected(io, QStringLiteral("init"), args))
        return ExitUsage;
    if (args.size() != 1) {
        io.err << "Usage: stratum-cli init DIRECTORY [-c alembic.ini] [--package]\n";
        return ExitUsage;
    }
    if (tpl != QLatin1String("generic"))
        return migratecli::failed(
            io, QStringLiteral("Stratum writes the 'generic' template only (asked for '%1'); "
                               "use `alembic init -t %1` for the others")
                    .arg(tpl));
    Result<migrate::ProjectInit::Result_> r =
        migrate::ProjectInit::run(args.first(), common.ini, QDir::currentPath(), package);
    if (!r)
        return migratecli::failed(io, r.error());
    for (const QString &line : r->messages)
        io.out << line << '\n';
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("init"), QStringLiteral("init DIRECTORY [-c INI] [--package]"),
     QStringLiteral("create a migration environment (alembic.ini, env.py, versions/)"), runInit});

}  // namespace
}  // namespace stratum::cli
