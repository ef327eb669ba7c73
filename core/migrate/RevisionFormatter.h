#pragma once

#include "core/migrate/RevisionGraph.h"

#include <QString>

namespace stratum::migrate {

// Renders one revision exactly as Alembic 1.8's Script does (script/base.py):
// the one-line forms of _head_only / __str__ and the multi-line log_entry, so
// that Stratum's output reads like Alembic's to people and scripts. Python set
// orders (children, branch labels) become the graph's load order. Stateless;
// thread-safe.
class RevisionFormatter
{
public:
    struct Options
    {
        bool includeBranches = false;
        bool includeDoc = false;
        bool includeParents = false;
        bool treeIndicators = true;
        bool headIndicators = true;
        bool current = false;  // the "(current)" marker of a database's version
    };

    // Script.cmd_format: log_entry when verbose, else _head_only.
    static QString cmdFormat(const RevisionGraph &g, int rev, bool verbose, const Options &options);
    // Script._head_only, e.g. "<base> -> 1975ea83b712 (branchpoint), add account".
    static QString headOnly(const RevisionGraph &g, int rev, const Options &options);
    // Script.log_entry: "Rev: ...", "Parent: ...", ..., "Path: ...", the docstring.
    static QString logEntry(const RevisionGraph &g, int rev, bool current = false);
    // Script.__str__.
    static QString summary(const RevisionGraph &g, int rev);
    // "<base>" or the down revisions joined by ", ".
    static QString formatDownRevision(const RevisionGraph &g, int rev);
};

}  // namespace stratum::migrate
