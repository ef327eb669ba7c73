#pragma once

#include "core/config/Result.h"
#include "core/pyread/Ast.h"

#include <optional>
#include <vector>

namespace stratum::pyread {

// A parsed Python source file: its statements, its comments and the source
// text itself (so that any node's exact text can be shown), plus lookups that
// callers need for revision scripts, env.py and models.py. Plain data:
// immutable after parsing, safe to read from several threads.
struct Module
{
    QString source;
    QString sourceName;  // file path or other label used in errors
    std::vector<Stmt> body;
    std::vector<Comment> comments;
    std::optional<QString> docstring;

    // Parses source (sourceName labels the errors).
    static Result<Module> parse(const QString &source, const QString &sourceName = {});
    // Reads path as UTF-8 (a BOM is skipped) and parses it.
    static Result<Module> parseFile(const QString &path);

    // The last module-level "name = ...", "name: T = ..." or "a = name = ..."
    // statement that binds name; Python keeps the last one too.
    const Stmt *findAssignment(QStringView name) const;
    // The value bound by findAssignment(name), or null.
    const Expr *assignedValue(QStringView name) const;
    // Module-level "def" / "class" by name (the last definition wins).
    const Stmt *findFunction(QStringView name) const;
    const Stmt *findClass(QStringView name) const;

    // The exact source text a node or statement was parsed from.
    QString sourceText(const Span &span) const;
    // Comments whose line lies within [span.line, span.endLine].
    std::vector<const Comment *> commentsWithin(const Span &span) const;
    // Comments inside a compound statement's block, including those after its
    // last statement (see Stmt::blockEndLine) and on its header line.
    std::vector<const Comment *> commentsInBlock(const Stmt &stmt) const;

    // The innermost statement / expression covering a 1-based position, or null.
    const Stmt *statementAt(int line, int column) const;
    const Expr *expressionAt(int line, int column) const;
};

}  // namespace stratum::pyread
