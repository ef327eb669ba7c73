#include "core/migrate/Revision.h"

namespace stratum::migrate {

QString Revision::message() const
{
    // re.split("\n\n", longdoc)[0]
    const qsizetype cut = docstring.indexOf(QLatin1String("\n\n"));
    return cut < 0 ? docstring : docstring.left(cut);
}

Revision Revision::make(const QString &id, const QStringList &down, const QString &docstring)
{
    Revision r;
    r.id = id;
    r.downRevisions = down;
    r.docstring = docstring;
    return r;
}

}  // namespace stratum::migrate
