#include "app/cli/CommandRegistry.h"

#include <algorithm>

namespace stratum::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> commands;
    return commands;
}
}  // namespace

bool CommandRegistry::add(Command command)
{
    registry().push_back(std::move(command));
    return true;
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

std::vector<Command> CommandRegistry::all()
{
    std::vector<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

}  // namespace stratum::cli
