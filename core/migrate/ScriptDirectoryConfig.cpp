// ScriptDirectory's reading of alembic.ini. It needs three keys of one
// section, read with Python ConfigParser's rules (sections, "key = value" or
// "key: value", indented continuation lines, "#"/";" comments, [DEFAULT],
// %(name)s interpolation with %(here)s = the file's folder). To be replaced by
// core/config's ini reader once that exists.
#include "core/migrate/ScriptDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace stratum::migrate {

namespace {

using Section = QHash<QString, QString>;

Error configError(const QString &message, const QString &path = QString(), int line = 0)
{
    Error e;
    e.message = message;
    e.source = path;
    e.line = line;
    e.code = QStringLiteral("config");
    return e;
}

// Raw sections of an ini file; keys lower-cased as ConfigParser does.
Result<QHash<QString, Section>> readIni(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression sectionRe(QStringLiteral("^\\[([^\\]]+)\\]"));
    static const QRegularExpression optionRe(QStringLiteral("^([^=:\\s][^=:]*?)\\s*[=:]\\s*(.*)$"));
    QHash<QString, Section> sections;
    QString current, lastKey;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString stripped = line.trimmed();
        if (stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';')))
            continue;
        if (stripped.isEmpty()) {
            lastKey.clear();
            continue;
        }
        if (line.front().isSpace() && !lastKey.isEmpty()) {
            QString &value = sections[current][lastKey];
            value += QLatin1Char('\n') + stripped;
            continue;
        }
        if (const auto m = sectionRe.match(stripped); m.hasMatch()) {
            current = m.captured(1);
            sections[current];
            lastKey.clear();
            continue;
        }
        const auto m = optionRe.match(stripped);
        if (current.isEmpty() || !m.hasMatch())
            return configError(QStringLiteral("Cannot parse this line of the configuration file"),
                               path, i + 1);
        lastKey = m.captured(1).trimmed().toLower();
        sections[current][lastKey] = m.captured(2).trimmed();
    }
    return sections;
}

// ConfigParser's BasicInterpolation, bounded like Python's (depth 10).
Result<QString> interpolate(const QString &value, const Section &vars, int depth = 0)
{
    if (depth > 10)
        return configError(QStringLiteral("Interpolation is too deeply nested in '%1'").arg(value));
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != QLatin1Char('%')) {
            out += value[i];
            continue;
        }
        if (value.mid(i, 2) == QLatin1String("%%")) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        const qsizetype close = value.indexOf(QLatin1String(")s"), i);
        if (value.mid(i, 2) != QLatin1String("%(") || close < 0)
            return configError(
                QStringLiteral("'%' must be followed by '%' or '(' in '%1'").arg(value));
        const QString name = value.mid(i + 2, close - i - 2).toLower();
        if (!vars.contains(name))
            return configError(
                QStringLiteral("Bad value substitution: '%1' is not defined").arg(name));
        Result<QString> inner = interpolate(vars.value(name), vars, depth + 1);
        if (!inner)
            return inner.error();
        out += inner.value();
        i = close + 1;
    }
    return out;
}

}  // namespace

Result<ScriptDirectory::Location> ScriptDirectory::locationFromConfig(const QString &iniPath,
                                                                      const QString &section,
                                                                      const QString &baseDir)
{
    Result<QHash<QString, Section>> ini = readIni(iniPath);
    if (!ini.ok() || !ini->contains(section))
        return configError(QStringLiteral("No config file '%1' found, or file has no '[%2]' "
                                          "section")
                               .arg(iniPath, section));
    Section vars = ini->value(QStringLiteral("DEFAULT"));
    vars.insert(QStringLiteral("here"), QFileInfo(iniPath).absolutePath());
    const Section own = ini->value(section);
    for (auto it = own.begin(); it != own.end(); ++it)
        vars.insert(it.key(), it.value());
    auto option = [&](const char *key) -> Result<QString> {
        const QString k = QString::fromLatin1(key);
        if (!vars.contains(k) || k == QLatin1String("here"))
            return QString();
        return interpolate(vars.value(k), vars);
    };
    Location location;
    location.baseDir = baseDir;
    Result<QString> scriptLocation = option("script_location");
    if (!scriptLocation)
        return scriptLocation.error();
    if (scriptLocation->isNull() || !vars.contains(QStringLiteral("script_location")))
        return configError(QStringLiteral("No 'script_location' key found in configuration."));
    location.scriptLocation = scriptLocation.value();
    Result<QString> versions = option("version_locations");
    if (!versions)
        return versions.error();
    if (!versions->isEmpty()) {
        Result<QString> separator = option("version_path_separator");
        if (!separator)
            return separator.error();
        const bool hasSeparator = vars.contains(QStringLiteral("version_path_separator"));
        Result<QStringList> split =
            splitVersionLocations(versions.value(), hasSeparator ? separator.value() : QString());
        if (!split)
            return split.error();
        location.versionLocations = split.value();
    }
    return location;
}

Result<ScriptDirectory> ScriptDirectory::fromConfig(const QString &iniPath, const QString &section)
{
    Result<Location> location = locationFromConfig(iniPath, section);
    if (!location)
        return location.error();
    return load(location.value());
}

}  // namespace stratum::migrate
