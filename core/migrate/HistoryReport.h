#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"

#include <QString>

namespace stratum::migrate {

// The read-only commands of alembic/command.py (history, heads, branches,
// show) over a RevisionGraph, producing exactly the text Alembic prints, one
// print_stdout() call per line. The CLI verbs and the GUI share it. Forms that
// need a database ("current" in a range, show current, --indicate-current) are
// reported as errors here; they belong to the migrator. Stateless; thread-safe.
class HistoryReport
{
public:
    // command.history: revRange is "[start]:[end]", or null for everything.
    static Result<QString> history(const RevisionGraph &g, const QString &revRange, bool verbose);
    // command.heads
    static Result<QString> heads(const RevisionGraph &g, bool verbose, bool resolveDependencies);
    // command.branches
    static Result<QString> branches(const RevisionGraph &g, bool verbose);
    // command.show
    static Result<QString> show(const RevisionGraph &g, const QString &rev);
};

}  // namespace stratum::migrate
