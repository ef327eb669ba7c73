#include "ui/shell/VersionInfo.h"

#include "StratumVersion.h"

#include <QtGlobal>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace stratum::ui {

QString VersionInfo::stratum()
{
    return QStringLiteral(STRATUM_VERSION);
}

QString VersionInfo::qtRuntime()
{
    return QString::fromLatin1(qVersion());
}

QString VersionInfo::qtCompiled()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString VersionInfo::libpq()
{
    // PQlibVersion() is major*10000 + minor since PostgreSQL 10, and
    // major*10000 + minor*100 + patch before it.
    const int v = PQlibVersion();
    if (v >= 100000) {
        return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000);
    }
    return QStringLiteral("%1.%2.%3").arg(v / 10000).arg((v / 100) % 100).arg(v % 100);
}

QString VersionInfo::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QList<QPair<QString, QString>> VersionInfo::rows()
{
    return {{QStringLiteral("Stratum"), stratum()},
            {QStringLiteral("Qt"), qtRuntime()},
            {QStringLiteral("libpq"), libpq()},
            {QStringLiteral("SQLite"), sqlite()}};
}

QString VersionInfo::asText()
{
    QString text;
    for (const auto &[name, version] : rows()) {
        text += name + QLatin1Char(' ') + version + QLatin1Char('\n');
    }
    return text;
}

}  // namespace stratum::ui
