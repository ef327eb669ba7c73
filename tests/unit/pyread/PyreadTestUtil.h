#pragma once

#include "core/pyread/Module.h"
#include "core/pyread/Parser.h"
#include "core/pyread/Renderer.h"

#include <QString>
#include <QStringList>

// Test helpers: a compact S-expression dump of expressions so that a test
// states the exact tree it expects in one line.
namespace pyreadtest {

using namespace stratum::pyread;

inline QString dataPath(const char *name)
{
    return QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/pyread/data/") + QLatin1String(name);
}

inline QString dump(const Expr &e)
{
    auto list = [](const QString &head, const std::vector<Expr> &items, size_t from = 0) {
        QString s = QLatin1Char('(') + head;
        for (size_t i = from; i < items.size(); ++i)
            s += QLatin1Char(' ') + dump(items[i]);
        return s + QLatin1Char(')');
    };
    const auto &c = e.children;
    switch (e.kind) {
    case ExprKind::Absent:
        return QStringLiteral("_");
    case ExprKind::Name:
        return e.text;
    case ExprKind::String:
        return e.isFString ? QStringLiteral("f") + Renderer::quote(e.text)
                           : Renderer::quote(e.text);
    case ExprKind::Bytes:
        return Renderer::quote(e.text, true);
    case ExprKind::Number:
        return e.text;
    case ExprKind::True:
        return QStringLiteral("True");
    case ExprKind::False:
        return QStringLiteral("False");
    case ExprKind::None:
        return QStringLiteral("None");
    case ExprKind::Ellipsis:
        return QStringLiteral("...");
    case ExprKind::Attribute:
        return QStringLiteral("(. %1 %2)").arg(dump(c[0]), e.text);
    case ExprKind::Call:
        return list(QStringLiteral("call"), c);
    case ExprKind::Keyword:
        return QStringLiteral("(= %1 %2)").arg(e.text, dump(c[0]));
    case ExprKind::Starred:
        return list(QStringLiteral("*"), c);
    case ExprKind::DoubleStarred:
        return list(QStringLiteral("**"), c);
    case ExprKind::Subscript:
        return list(QStringLiteral("[]"), c);
    case ExprKind::Slice:
        return list(QStringLiteral(":"), c);
    case ExprKind::Tuple:
        return list(QStringLiteral("tuple"), c);
    case ExprKind::List:
        return list(QStringLiteral("list"), c);
    case ExprKind::Set:
        return list(QStringLiteral("set"), c);
    case ExprKind::Dict:
        return list(QStringLiteral("dict"), c);
    case ExprKind::UnaryOp:
    case ExprKind::BinaryOp:
    case ExprKind::BoolOp:
        return list(e.text, c);
    case ExprKind::Compare: {
        QString s = QStringLiteral("(cmp ") + dump(c[0]);
        for (size_t i = 1; i < c.size(); ++i)
            s += QLatin1Char(' ') + e.ops.value(qsizetype(i - 1)) + QLatin1Char(' ') + dump(c[i]);
        return s + QLatin1Char(')');
    }
    case ExprKind::IfExp:
        return QStringLiteral("(if %1 %2 %3)").arg(dump(c[1]), dump(c[0]), dump(c[2]));
    case ExprKind::NamedExpr:
        return list(QStringLiteral(":="), c);
    case ExprKind::Await:
        return list(QStringLiteral("await"), c);
    case ExprKind::Yield:
        return list(QStringLiteral("yield"), c);
    case ExprKind::YieldFrom:
        return list(QStringLiteral("yield-from"), c);
    case ExprKind::Lambda:
        return QStringLiteral("(lambda %1)").arg(e.text);
    case ExprKind::Comprehension: {
        static const char *const names[] = {"listcomp", "setcomp", "dictcomp", "genexp"};
        return QStringLiteral("(%1 %2)").arg(QLatin1String(names[int(e.comprehension)]), e.text);
    }
    case ExprKind::PatternAs:
        return QStringLiteral("(as %1 %2)").arg(dump(c[0]), e.text);
    }
    return QStringLiteral("?");
}

// Parses one expression and dumps it, or returns "error: <message>".
inline QString dumpSource(const QString &source)
{
    auto e = Parser::parseExpression(source);
    if (!e)
        return QStringLiteral("error: ") + e.error().message;
    return dump(e.value());
}

}  // namespace pyreadtest
