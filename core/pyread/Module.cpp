#include "core/pyread/Module.h"
#include "core/pyread/Errors.h"

#include "core/pyread/Parser.h"

#include <QFile>

#include <algorithm>

namespace stratum::pyread {

namespace {

const Expr *innermostExpr(const Expr &e, int line, int column)
{
    if (!e.span.contains(line, column))
        return nullptr;
    for (const Expr &c : e.children)
        if (const Expr *inner = innermostExpr(c, line, column))
            return inner;
    return &e;
}

const Stmt *innermostStmt(const std::vector<Stmt> &body, int line, int column)
{
    const Stmt *current = nullptr;
    for (const Stmt &s : body) {
        if (s.span.contains(line, column)) {
            current = &s;
            break;
        }
    }
    while (current) {
        const Stmt *next = nullptr;
        forEachChildStatement(*current, [&](const Stmt &child) {
            if (!next && child.span.contains(line, column))
                next = &child;
        });
        if (!next)
            return current;
        current = next;
    }
    return nullptr;
}

}  // namespace

Result<Module> Module::parse(const QString &source, const QString &sourceName)
{
    return Parser::parseModule(source, sourceName);
}

Result<Module> Module::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path,
                         0, 0, QStringLiteral("io"));
    return parse(QString::fromUtf8(file.readAll()), path);
}

const Stmt *Module::findAssignment(QStringView name) const
{
    const Stmt *found = nullptr;
    for (const Stmt &s : body) {
        if (s.kind == StmtKind::Assign) {
            for (const Expr &t : s.targets)
                if (t.isName(name))
                    found = &s;
        } else if (s.kind == StmtKind::AnnAssign && s.value && s.targets.front().isName(name)) {
            found = &s;
        }
    }
    return found;
}

const Expr *Module::assignedValue(QStringView name) const
{
    const Stmt *s = findAssignment(name);
    return s && s->value ? &*s->value : nullptr;
}

const Stmt *Module::findFunction(QStringView name) const
{
    const Stmt *found = nullptr;
    for (const Stmt &s : body)
        if (s.kind == StmtKind::FunctionDef && s.name == name)
            found = &s;
    return found;
}

const Stmt *Module::findClass(QStringView name) const
{
    const Stmt *found = nullptr;
    for (const Stmt &s : body)
        if (s.kind == StmtKind::ClassDef && s.name == name)
            found = &s;
    return found;
}

QString Module::sourceText(const Span &span) const
{
    const int from = std::clamp(span.offset, 0, int(source.size()));
    const int to = std::clamp(span.endOffset, from, int(source.size()));
    return source.mid(from, to - from);
}

std::vector<const Comment *> Module::commentsWithin(const Span &span) const
{
    std::vector<const Comment *> out;
    auto first = std::lower_bound(comments.begin(), comments.end(), span.line,
                                  [](const Comment &c, int line) { return c.span.line < line; });
    for (auto it = first; it != comments.end() && it->span.line <= span.endLine; ++it)
        out.push_back(&*it);
    return out;
}

std::vector<const Comment *> Module::commentsInBlock(const Stmt &stmt) const
{
    std::vector<const Comment *> out;
    const int endLine = std::max(stmt.blockEndLine, stmt.span.endLine + 1);
    auto first = std::lower_bound(comments.begin(), comments.end(), stmt.span.line,
                                  [](const Comment &c, int line) { return c.span.line < line; });
    for (auto it = first; it != comments.end() && it->span.line < endLine; ++it)
        if (it->span.line == stmt.span.line || it->span.column > stmt.span.column)
            out.push_back(&*it);
    return out;
}

const Stmt *Module::statementAt(int line, int column) const
{
    return innermostStmt(body, line, column);
}

const Expr *Module::expressionAt(int line, int column) const
{
    const Stmt *s = statementAt(line, column);
    if (!s)
        return nullptr;
    const Expr *found = nullptr;
    forEachExpression(*s, [&](const Expr &e) {
        if (!found)
            found = innermostExpr(e, line, column);
    });
    return found;
}

}  // namespace stratum::pyread
