// stratum-cli merge REVISIONS...: a merge revision, as `alembic merge`.
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateCliSupport.h"
#include "core/migrate/write/RevisionWriter.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runMerge(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    RevisionRequest req;
    QString message = takeOption(args, QStringLiteral("-m"), QString());
    message = takeOption(args, QStringLiteral("--message"), message);
    if (!message.isNull())
        req.message = message;
    const QString label = takeOption(args, QStringLiteral("--branch-label"));
    if (!label.isEmpty())
        req.branchLabels = {label};
    req.revisionId = takeOption(args, QStringLiteral("--rev-id"));
    if (migratecli::unexpected(io, QStringLiteral("merge"), args))
        return ExitUsage;
    // Alembic requires the revisions; "heads" merges every head.
    if (args.isEmpty()) {
        io.err << "Usage: stratum-cli merge REVISIONS... [-m MSG]   (e.g. merge heads)\n";
        return ExitUsage;
    }
    req.heads = args;
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
    {QStringLiteral("merge"), QStringLiteral("merge REVISIONS... [-m MSG] [--branch-label L]"),
     QStringLiteral("write a merge revision joining the given revisions (or 'heads')"), runMerge});

}  // namespace
}  // namespace stratum::cli
