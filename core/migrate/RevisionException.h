#pragma once

#include "core/config/Result.h"

#include <QString>
#include <QStringList>

namespace stratum::migrate {

// Internal to core/migrate: the revision algorithms are a close port of
// Alembic's, which signal failure with a small exception hierarchy; keeping
// that shape keeps the port checkable line by line. These exceptions never
// leave the layer: every public entry point catches them and returns an Error
// produced by toError(), which applies Alembic's _catch_revision_errors.
class RevisionException
{
public:
    enum class Kind { Revision, Resolution, MultipleHeads, RangeNotAncestor };

    static RevisionException revision(const QString &message, const QString &code = {});
    static RevisionException resolution(const QString &message, const QString &argument,
                                        bool ambiguous = false);
    static RevisionException multipleHeads(const QStringList &heads, const QString &argument);
    static RevisionException rangeNotAncestor(const QString &lower, const QString &upper);

    Kind kind = Kind::Revision;
    QString message;    // the RevisionError text
    QString argument;   // Resolution / MultipleHeads
    QStringList heads;  // MultipleHeads
    QString lower, upper;
    QString code;
    bool ambiguous = false;  // a prefix matching several revisions
};

// Alembic's ScriptDirectory._catch_revision_errors: the text a command shows.
struct RevisionErrorContext
{
    QString ancestor;       // format with %(start)s / %(end)s, empty for the default
    QString multipleHeads;  // format with %(head_arg)s, empty for the default
    QString start, end;
    bool hasStart = false, hasEnd = false;
};

Error toError(const RevisionException &e, const RevisionErrorContext &context = {});

}  // namespace stratum::migrate
