#include "StratumVersion.h"
#include "app/cli/CommandRegistry.h"

#include <QtGlobal>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace stratum::cli {
namespace {

int runVersion(QStringList args, CliIo &io)
{
    if (!args.isEmpty()) {
        io.err << "stratum-cli version: takes no arguments\n";
        return ExitUsage;
    }
    const int pq = PQlibVersion();
    io.out << "stratum-cli " << STRATUM_VERSION << '\n'
           << "Qt " << qVersion() << '\n'
           << "libpq " << pq / 10000 << '.' << pq % 100 << '\n'
           << "SQLite " << sqlite3_libversion() << '\n';
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("version"), QStringLiteral("version"),
     QStringLiteral("print the versions of Stratum, Qt, libpq and SQLite"), runVersion});

}  // namespace
}  // namespace stratum::cli
