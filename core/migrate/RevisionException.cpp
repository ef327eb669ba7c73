#include "core/migrate/RevisionException.h"

namespace stratum::migrate {

RevisionException RevisionException::revision(const QString &message, const QString &code)
{
    RevisionException e;
    e.kind = Kind::Revision;
    e.message = message;
    e.code = code.isEmpty() ? QStringLiteral("revision") : code;
    return e;
}

RevisionException RevisionException::resolution(const QString &message, const QString &argument,
                                                bool ambiguous)
{
    RevisionException e;
    e.kind = Kind::Resolution;
    e.message = message;
    e.argument = argument;
    e.ambiguous = ambiguous;
    e.code = ambiguous ? QStringLiteral("ambiguous") : QStringLiteral("not-found");
    return e;
}

RevisionException RevisionException::multipleHeads(const QStringList &heads,
                                                   const QString &argument)
{
    RevisionException e;
    e.kind = Kind::MultipleHeads;
    e.heads = heads;
    e.argument = argument;
    e.message = QStringLiteral("Multiple heads are present for given argument '%1'; %2")
                    .arg(argument, heads.join(QLatin1String(", ")));
    e.code = QStringLiteral("multiple-heads");
    return e;
}

RevisionException RevisionException::rangeNotAncestor(const QString &lower, const QString &upper)
{
    RevisionException e;
    e.kind = Kind::RangeNotAncestor;
    e.lower = lower;
    e.upper = upper;
    e.message = QStringLiteral("Revision %1 is not an ancestor of revision %2")
                    .arg(lower.isEmpty() ? QStringLiteral("base") : lower,
                         upper.isEmpty() ? QStringLiteral("base") : upper);
    e.code = QStringLiteral("range");
    return e;
}

Error toError(const RevisionException &e, const RevisionErrorContext &context)
{
    Error error;
    error.code = e.code;
    switch (e.kind) {
    case RevisionException::Kind::RangeNotAncestor: {
        const QString start = context.hasStart ? context.start : e.lower;
        const QString end = context.hasEnd ? context.end : e.upper;
        QString text = context.ancestor.isEmpty()
                           ? QStringLiteral("Requested range %(start)s:%(end)s does not refer to "
                                            "ancestor/descendant revisions along the same branch")
                           : context.ancestor;
        text.replace(QLatin1String("%(start)s"), start);
        text.replace(QLatin1String("%(end)s"), end);
        error.message = text;
        error.detail = e.message;
        break;
    }
    case RevisionException::Kind::MultipleHeads: {
        QString text = context.multipleHeads.isEmpty()
                           ? QStringLiteral("Multiple head revisions are present for given "
                                            "argument '%(head_arg)s'; please specify a specific "
                                            "target revision, '<branchname>@%(head_arg)s' to "
                                            "narrow to a specific head, or 'heads' for all heads")
                           : context.multipleHeads;
        const QString headArg = context.hasEnd && !context.end.isEmpty() ? context.end : e.argument;
        text.replace(QLatin1String("%(head_arg)s"), headArg);
        text.replace(QLatin1String("%(heads)s"), e.heads.join(QLatin1String(", ")));
        error.message = text;
        error.detail = e.message;
        break;
    }
    case RevisionException::Kind::Resolution:
        // Alembic replaces every resolution failure with "Can't locate ...";
        // for an ambiguous prefix its own, more useful text names the
        // candidates, so that one is kept.
        error.message =
            e.ambiguous
                ? e.message
                : QStringLiteral("Can't locate revision identified by '%1'").arg(e.argument);
        error.detail = e.message;
        break;
    case RevisionException::Kind::Revision:
        error.message = e.message;
        break;
    }
    return error;
}

}  // namespace stratum::migrate
