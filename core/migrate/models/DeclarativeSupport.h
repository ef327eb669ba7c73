#pragma once

// Small AST helpers shared by the DeclarativeScanner sources. Internal to
// core/migrate/models.

#include "core/pyread/Ast.h"

namespace stratum::migrate::declarative {

inline pyread::Expr makeNode(pyread::ExprKind kind, const QString &text, const pyread::Span &span)
{
    pyread::Expr e;
    e.kind = kind;
    e.text = text;
    e.span = span;
    return e;
}

// sqlalchemy.<name>, which SaReader canonicalises to sa.<name> whatever the
// module imports.
inline pyread::Expr saName(const QString &name, const pyread::Span &span)
{
    pyread::Expr object = makeNode(pyread::ExprKind::Name, QStringLiteral("sqlalchemy"), span);
    pyread::Expr attr = makeNode(pyread::ExprKind::Attribute, name, span);
    attr.children.push_back(std::move(object));
    return attr;
}

inline void setSpan(pyread::Expr &e, const pyread::Span &span)
{
    e.span = span;
    for (pyread::Expr &c : e.children)
        setSpan(c, span);
}

// The single Name target of "x = ..." / "x: T = ...", or empty.
inline QString targetName(const pyread::Stmt &s)
{
    if ((s.kind == pyread::StmtKind::Assign || s.kind == pyread::StmtKind::AnnAssign) &&
        s.targets.size() == 1 && s.targets.front().is(pyread::ExprKind::Name))
        return s.targets.front().text;
    return {};
}

inline QString tableKey(const QString &schema, const QString &name)
{
    return schema + u'.' + name;
}

}  // namespace stratum::migrate::declarative
