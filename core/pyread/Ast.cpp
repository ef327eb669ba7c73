#include "core/pyread/Ast.h"

namespace stratum::pyread {

bool Span::contains(int atLine, int atColumn) const
{
    if (atLine < line || atLine > endLine)
        return false;
    if (atLine == line && atColumn < column)
        return false;
    if (atLine == endLine && atColumn >= endColumn)
        return false;
    return true;
}

QString Expr::dottedName() const
{
    if (kind == ExprKind::Name)
        return text;
    if (kind != ExprKind::Attribute)
        return {};
    const QString base = children.front().dottedName();
    return base.isEmpty() ? QString() : base + QLatin1Char('.') + text;
}

const Expr *Expr::callee() const
{
    return kind == ExprKind::Call ? &children.front() : nullptr;
}

std::vector<const Expr *> Expr::positionalArguments() const
{
    std::vector<const Expr *> out;
    if (kind != ExprKind::Call)
        return out;
    for (size_t i = 1; i < children.size(); ++i) {
        const ExprKind k = children[i].kind;
        if (k != ExprKind::Keyword && k != ExprKind::DoubleStarred)
            out.push_back(&children[i]);
    }
    return out;
}

const Expr *Expr::positionalArgument(int index) const
{
    if (kind != ExprKind::Call || index < 0)
        return nullptr;
    for (size_t i = 1; i < children.size(); ++i) {
        const ExprKind k = children[i].kind;
        if (k == ExprKind::Keyword || k == ExprKind::DoubleStarred)
            continue;
        if (index-- == 0)
            return &children[i];
    }
    return nullptr;
}

const Expr *Expr::keywordArgument(QStringView name) const
{
    if (kind != ExprKind::Call)
        return nullptr;
    for (size_t i = 1; i < children.size(); ++i)
        if (children[i].kind == ExprKind::Keyword && children[i].text == name)
            return &children[i].children.front();
    return nullptr;
}

bool Expr::hasStarArguments() const
{
    if (kind != ExprKind::Call)
        return false;
    for (size_t i = 1; i < children.size(); ++i)
        if (children[i].kind == ExprKind::Starred || children[i].kind == ExprKind::DoubleStarred)
            return true;
    return false;
}

std::optional<QString> Stmt::docstring() const
{
    if (kind != StmtKind::FunctionDef && kind != StmtKind::ClassDef)
        return std::nullopt;
    if (body.empty() || body.front().kind != StmtKind::Expr ||
        !body.front().value->isStringLiteral())
        return std::nullopt;
    return body.front().value->text;
}

const Stmt *Stmt::findFunction(QStringView functionName) const
{
    const Stmt *found = nullptr;
    for (const Stmt &s : body)
        if (s.kind == StmtKind::FunctionDef && s.name == functionName)
            found = &s;
    return found;
}

void forEachExpression(const Stmt &s, const std::function<void(const Expr &)> &f)
{
    for (const Expr &d : s.decorators)
        f(d);
    for (const Parameter &p : s.parameters) {
        if (p.annotation)
            f(*p.annotation);
        if (p.defaultValue)
            f(*p.defaultValue);
    }
    if (s.returns)
        f(*s.returns);
    for (const Expr &b : s.bases)
        f(b);
    for (const Expr &t : s.targets)
        f(t);
    if (s.annotation)
        f(*s.annotation);
    if (s.test)
        f(*s.test);
    if (s.value)
        f(*s.value);
    if (s.cause)
        f(*s.cause);
    for (const WithItem &w : s.items) {
        f(w.context);
        if (w.target)
            f(*w.target);
    }
    for (const Clause &c : s.clauses) {
        if (c.test)
            f(*c.test);
        if (c.guard)
            f(*c.guard);
    }
}

void forEachChildStatement(const Stmt &s, const std::function<void(const Stmt &)> &f)
{
    for (const Stmt &b : s.body)
        f(b);
    for (const Clause &c : s.clauses)
        for (const Stmt &b : c.body)
            f(b);
    for (const Stmt &b : s.orelse)
        f(b);
    for (const Stmt &b : s.finalbody)
        f(b);
}

}  // namespace stratum::pyread
