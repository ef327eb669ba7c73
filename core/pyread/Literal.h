#pragma once

#include "core/config/Result.h"
#include "core/pyread/Ast.h"

#include <QStringList>
#include <QVariant>

#include <optional>

namespace stratum::pyread {

// Turns literal expressions into values, the way ast.literal_eval would, for
// the header fields of revision scripts and constant arguments in models.
// Nothing is executed: anything that is not a literal is an Error that points
// at the offending node. Stateless: safe from any thread.
class Literal
{
public:
    // str -> QString, bytes -> QByteArray, int -> qlonglong, float -> double,
    // True/False -> bool, None -> a null QVariant (QVariant()), tuple/list/set ->
    // QVariantList, dict with string keys -> QVariantMap; "-1" and "+1.5" too.
    static Result<QVariant> evaluate(const Expr &expr, const QString &sourceName = {});

    // For Alembic's down_revision, branch_labels and depends_on: None -> {},
    // "x" -> {"x"}, a tuple or list of strings -> the strings.
    static Result<QStringList> stringList(const Expr &expr, const QString &sourceName = {});

    // The value of a plain (non-f) string literal, or nothing.
    static std::optional<QString> string(const Expr &expr);
};

}  // namespace stratum::pyread
