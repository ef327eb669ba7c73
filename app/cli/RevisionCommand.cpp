// stratum-cli revision -m MSG: a new, empty revision file, as `alembic revision`.
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateCliSupport.h"
#include "core/migrate/write/RevisionWriter.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runRevision(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    RevisionRequest req;
    QString message = takeOption(args, QStringLiteral("-m"), QString());
    message = takeOption(args, QStringLiteral("--message"), message);
    if (!message.isNull())
        req.message = message;
    const QString head = takeOption(args, QStringLiteral("--head"));
    if (!head.isEmpty())
        req.heads = {head};
    req.splice = takeFlag(args, QStringLiteral("--splice"));
    const QString label = takeOption(args, QStringLiteral("--branch-label"));
    if (!label.isEmpty())
        req.branchLabels = {label};
    req.versionPath = takeOption(args, QStringLiteral("--version-path"));
    req.revisionId = takeOption(args, QStringLiteral("--rev-id"));
    for (QString dep; !(dep = takeOption(args, QStringLiteral("--depends-on"))).isEmpty();)
        req.dependsOn << dep;
    if (takeFlag(args, QStringLiteral("--autogenerate")))
        return migratecli::failed(io, QStringLiteral("--autogenerate is not available in this "
                                                     "command yet; use `alembic revision "
                                                     "--autogenerate`"));
    if (takeFlag(args, QStringLiteral("--sql")))
        return migratecli::failed(io, QStringLiteral("Using --sql with the revision command when "
                                                     "revision_environment is not configured does "
                                                     "not make any sense"));
    if (migratecli::unexpected(io, QStringLiteral("revision"), args))
        return ExitUsage;
    if (!args.isEmpty()) {
        io.err << "stratum-cli revision: unexpected argument '" << args.first() << "'\n";
        return ExitUsage;
    }
    Result<MigrationEnvironment> env = migratecli::openEnvironment(common);
    if (!env)
        return migratecli::failed(io, env.error());
    Result<RevisionWriterConfig> config = env->writerConfig();
    if (!config)
        return migratecli::failed(io, config.error());
    Result<Revision> written = RevisionWriter(env->graph(), config.value()).write(req);
    if (!written)
        return migratecli::failed(io, written.error());
    io.out << "Generating " << written->path << " ...  done\n";
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("revision"),
     QStringLiteral("revision -m MSG [--head H] [--splice] [--branch-label L] [--depends-on D] "
                    "[--rev-id ID] [--version-path P]"),
     QStringLiteral("create a new (empty) revision file"), runRevision});

}  // namespace
}  // namespace stratum::cli
