#include "core/pyread/Literal.h"
#include "core/pyread/Errors.h"

#include <limits>

namespace stratum::pyread {

namespace {

Error errorAt(const Expr &e, const QString &sourceName, const QString &message)
{
    return makeError(message, sourceName, e.span.line, e.span.column, QStringLiteral("literal"));
}

Result<QVariant> number(const Expr &e, bool negate, const QString &sourceName)
{
    QString digits = e.text;
    digits.remove(QLatin1Char('_'));
    if (e.numberKind == NumberKind::Imaginary)
        return errorAt(e, sourceName, QStringLiteral("complex numbers are not supported here"));
    bool ok = false;
    if (e.numberKind == NumberKind::Float) {
        const double d = digits.toDouble(&ok);
        if (!ok)
            return errorAt(e, sourceName, QStringLiteral("invalid float literal"));
        return QVariant(negate ? -d : d);
    }
    int base = 10;
    if (digits.size() > 2 && digits[0] == QLatin1Char('0')) {
        const QChar p = digits[1].toLower();
        base = p == QLatin1Char('x')   ? 16
               : p == QLatin1Char('o') ? 8
               : p == QLatin1Char('b') ? 2
                                       : 10;
        if (base != 10)
            digits = digits.mid(2);
    }
    const qulonglong magnitude = digits.toULongLong(&ok, base);
    const qulonglong limit = negate ? qulonglong(1) << 63 : (qulonglong(1) << 63) - 1;
    if (!ok || magnitude > limit)
        return errorAt(e, sourceName, QStringLiteral("integer literal too large"));
    if (negate)
        return QVariant(magnitude == limit ? std::numeric_limits<qlonglong>::min()
                                           : -qlonglong(magnitude));
    return QVariant(qlonglong(magnitude));
}

}  // namespace

Result<QVariant> Literal::evaluate(const Expr &e, const QString &sourceName)
{
    switch (e.kind) {
    case ExprKind::String:
        if (e.isFString)
            return errorAt(e, sourceName, QStringLiteral("an f-string is not a literal"));
        if (e.hasNamedEscapes)
            return errorAt(e, sourceName,
                           QStringLiteral("named Unicode escapes (\\N{...}) are not supported"));
        return QVariant(e.text);
    case ExprKind::Bytes:
        return QVariant(e.text.toLatin1());
    case ExprKind::Number:
        return number(e, false, sourceName);
    case ExprKind::True:
        return QVariant(true);
    case ExprKind::False:
        return QVariant(false);
    case ExprKind::None:
        return QVariant();
    case ExprKind::UnaryOp:
        if ((e.text == QLatin1String("-") || e.text == QLatin1String("+")) &&
            e.children.front().kind == ExprKind::Number)
            return number(e.children.front(), e.text == QLatin1String("-"), sourceName);
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::Set: {
        QVariantList list;
        list.reserve(qsizetype(e.children.size()));
        for (const Expr &c : e.children) {
            Result<QVariant> v = evaluate(c, sourceName);
            if (!v)
                return v.error();
            list.push_back(v.value());
        }
        return QVariant(list);
    }
    case ExprKind::Dict: {
        QVariantMap map;
        for (int i = 0; i < e.dictSize(); ++i) {
            const Expr &key = e.dictKey(i);
            if (!key.isStringLiteral())
                return errorAt(key.kind == ExprKind::Absent ? e.dictValue(i) : key, sourceName,
                               QStringLiteral("only string keys are supported in a literal "
                                              "dictionary"));
            Result<QVariant> v = evaluate(e.dictValue(i), sourceName);
            if (!v)
                return v.error();
            map.insert(key.text, v.value());
        }
        return QVariant(map);
    }
    default:
        break;
    }
    return errorAt(e, sourceName, QStringLiteral("expected a literal value"));
}

Result<QStringList> Literal::stringList(const Expr &e, const QString &sourceName)
{
    if (e.kind == ExprKind::None)
        return QStringList();
    if (e.isStringLiteral())
        return QStringList{e.text};
    if (e.kind == ExprKind::Tuple || e.kind == ExprKind::List) {
        QStringList out;
        for (const Expr &c : e.children) {
            if (!c.isStringLiteral())
                return errorAt(c, sourceName, QStringLiteral("expected a string"));
            out.push_back(c.text);
        }
        return out;
    }
    return errorAt(e, sourceName, QStringLiteral("expected None, a string, or a tuple of strings"));
}

std::optional<QString> Literal::string(const Expr &e)
{
    if (e.isStringLiteral())
        return e.text;
    return std::nullopt;
}

}  // namespace stratum::pyread
