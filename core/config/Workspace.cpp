#include "core/config/Workspace.h"

#include <QCoreApplication>

namespace stratum::config {

ValueOrigin ValueOrigin::file(const QString &path, const QString &key, int line, int column)
{
    ValueOrigin o;
    o.kind = Kind::File;
    o.path = path;
    o.key = key;
    o.line = line;
    o.column = column;
    return o;
}

ValueOrigin ValueOrigin::environment(const QString &key)
{
    ValueOrigin o;
    o.kind = Kind::Environment;
    o.key = key;
    return o;
}

ValueOrigin ValueOrigin::builtIn(const QString &key)
{
    ValueOrigin o;
    o.kind = Kind::Default;
    o.key = key;
    return o;
}

QString ValueOrigin::toString() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("stratum::config::ValueOrigin", text);
    };
    switch (kind) {
    case Kind::None:
        return tr("not set");
    case Kind::Environment:
        return tr("environment variable %1").arg(key);
    case Kind::Default:
        return tr("default for %1").arg(key);
    case Kind::File: {
        QString where = path;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return key.isEmpty() ? where : tr("%1 (%2)").arg(where, key);
    }
    }
    return {};
}

}  // namespace stratum::config
