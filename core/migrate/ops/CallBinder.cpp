#include "core/migrate/ops/CallBinder.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;

Error errorAt(const QString &file, const Expr &at, const QString &message, const QString &code)
{
    Error e;
    e.message = message;
    e.source = file;
    e.line = at.span.line;
    e.column = at.span.column;
    e.code = code;
    return e;
}

Result<BoundCall> bindCall(const Expr &call, const CallSignature &sig, const QString &file)
{
    BoundCall bound;
    bound.call = &call;
    int position = 0;
    for (size_t i = 1; i < call.children.size(); ++i) {
        const Expr &arg = call.children[i];
        if (arg.is(ExprKind::Starred) || arg.is(ExprKind::DoubleStarred))
            return errorAt(file, arg,
                           QStringLiteral("%1: *args and **kwargs cannot be interpreted without "
                                          "running Python")
                               .arg(sig.what));
        if (!arg.is(ExprKind::Keyword)) {
            if (position < sig.positional.size()) {
                bound.args[sig.positional.at(position)] = &arg;
            } else if (sig.varargs) {
                bound.rest.push_back(&arg);
            } else {
                return errorAt(file, arg,
                               QStringLiteral("%1 takes at most %2 positional arguments")
                                   .arg(sig.what)
                                   .arg(sig.positional.size()),
                               QStringLiteral("arguments"));
            }
            ++position;
            continue;
        }
        const QString &name = arg.text;
        const Expr &value = arg.children.front();
        if (sig.positional.contains(name) || sig.keywordOnly.contains(name)) {
            if (bound.args.count(name))
                return errorAt(file, arg,
                               QStringLiteral("%1: argument '%2' given twice").arg(sig.what, name),
                               QStringLiteral("arguments"));
            bound.args[name] = &value;
            continue;
        }
        bool prefixed = false;
        for (const QString &p : sig.kwPrefixes)
            prefixed = prefixed || name.startsWith(p);
        if (!prefixed)
            return errorAt(file, arg,
                           QStringLiteral("%1: unknown keyword argument '%2'").arg(sig.what, name));
        bound.dialectKeywords.emplace_back(name, &value);
    }
    for (const QString &r : sig.required) {
        if (!bound.args.count(r))
            return errorAt(file, call,
                           QStringLiteral("%1: missing required argument '%2'").arg(sig.what, r),
                           QStringLiteral("arguments"));
    }
    return bound;
}

}  // namespace stratum::migrate
