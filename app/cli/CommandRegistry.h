#pragma once

#include "app/cli/CliIo.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace stratum::cli {

// One stratum-cli verb. run() receives the arguments after the verb and returns
// the process exit status (0 success, 1 failure, 2 bad usage or input).
struct Command
{
    QString name;
    QString usage;    // e.g. "config [DIR]"
    QString summary;  // one line for --help
    std::function<int(QStringList args, CliIo &io)> run;
};

// The verbs known to stratum-cli. Commands register from static initialisers
// (see REGISTER_CLI_COMMAND); lookups happen after main() starts, so the order
// of registration does not matter. Not thread-safe; used from main() only.
class CommandRegistry
{
public:
    static bool add(Command command);
    static const Command *find(const QString &name);
    static std::vector<Command> all();  // sorted by name
};

}  // namespace stratum::cli
