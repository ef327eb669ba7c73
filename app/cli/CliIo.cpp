#include "app/cli/CliIo.h"

#include <QStringList>

namespace stratum::cli {

QString takeOption(QStringList &args, const QString &name, const QString &defaultValue)
{
    const QString prefix = name + QLatin1Char('=');
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(prefix)) {
            const QString value = args[i].mid(prefix.size());
            args.removeAt(i);
            return value;
        }
    }
    return defaultValue;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

}  // namespace stratum::cli
