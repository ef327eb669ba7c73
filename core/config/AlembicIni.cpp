#include "core/config/AlembicIni.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace stratum::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stratum::config::AlembicIni", text);
}

QString hereOf(const QString &path)
{
    // os.path.abspath(os.path.dirname(path)): absolute, normalised, symlinks kept.
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absolutePath());
}

// re.split(r", *|(?: +)", text): keeps empty pieces, as Python does.
QStringList legacySplit(const QString &text)
{
    QStringList out;
    QString piece;
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u',') {
            ++i;
            while (i < text.size() && text[i] == u' ')
                ++i;
        } else if (text[i] == u' ') {
            while (i < text.size() && text[i] == u' ')
                ++i;
        } else {
            piece += text[i++];
            continue;
        }
        out << piece;
        piece.clear();
    }
    out << piece;
    return out;
}

}  // namespace

Result<AlembicIni> AlembicIni::load(const QString &path, const QString &section)
{
    const QString here = hereOf(path);
    auto ini = IniFile::readFile(path, {{QStringLiteral("here"), here}});
    if (!ini.ok())
        return ini.error();
    AlembicIni out;
    out.m_ini = std::move(ini).value();
    out.m_section = section;
    out.m_here = here;
    return out;
}

AlembicIni AlembicIni::fromText(const QString &text, const QString &path, const QString &section)
{
    AlembicIni out;
    out.m_here = hereOf(path);
    out.m_ini = IniFile::parse(text, path, {{QStringLiteral("here"), out.m_here}});
    out.m_section = section;
    return out;
}

Error AlembicIni::errorAt(const QString &message, const IniOption *where) const
{
    Error e;
    e.message = message;
    e.source = m_ini.path();
    e.code = QStringLiteral("config");
    if (where) {
        e.line = where->line;
        e.column = where->column;
    }
    return e;
}

Result<std::optional<QString>> AlembicIni::mainOption(const QString &name) const
{
    if (!m_ini.hasSection(m_section))
        return errorAt(tr("the file has no [%1] section").arg(m_section), nullptr);
    return m_ini.value(m_section, name);
}

const IniOption *AlembicIni::mainOptionSource(const QString &name) const
{
    return m_ini.option(m_section, name);
}

Result<std::optional<QString>> AlembicIni::scriptLocation() const
{
    return mainOption(QStringLiteral("script_location"));
}

Result<std::optional<QString>> AlembicIni::sqlalchemyUrl() const
{
    return mainOption(QStringLiteral("sqlalchemy.url"));
}

Result<std::optional<QString>> AlembicIni::timezone() const
{
    return mainOption(QStringLiteral("timezone"));
}

Result<QString> AlembicIni::fileTemplate() const
{
    const auto v = mainOption(QStringLiteral("file_template"));
    if (!v.ok())
        return v.error();
    return v->value_or(QLatin1String(kDefaultFileTemplate));
}

Result<QStringList> AlembicIni::versionLocations() const
{
    const auto locations = mainOption(QStringLiteral("version_locations"));
    if (!locations.ok())
        return locations.error();
    // from_config() tests the string for truth: absent and empty are alike.
    if (!*locations || (*locations)->isEmpty())
        return QStringList();
    const auto separator = mainOption(QStringLiteral("version_path_separator"));
    if (!separator.ok())
        return separator.error();
    if (!*separator)
        return legacySplit(**locations);
    const QString &sep = **separator;
    QChar splitChar;
    if (sep == QStringLiteral("space"))
        splitChar = u' ';
    else if (sep == QStringLiteral("os"))
        splitChar = QDir::listSeparator();
    else if (sep == QStringLiteral(":") || sep == QStringLiteral(";"))
        splitChar = sep[0];
    else
        return errorAt(tr("version_path_separator must be 'space', 'os', ':' or ';'"),
                       mainOptionSource(QStringLiteral("version_path_separator")));
    return (*locations)->split(splitChar, Qt::SkipEmptyParts);
}

QString AlembicIni::absolute(const QString &location) const
{
    if (QDir::isAbsolutePath(location) || m_here.isEmpty())
        return QDir::cleanPath(location);
    return QDir::cleanPath(m_here + QLatin1Char('/') + location);
}

Result<QString> AlembicIni::scriptDirectory() const
{
    const auto location = scriptLocation();
    if (!location.ok())
        return location.error();
    if (!*location)
        return errorAt(tr("no script_location in [%1]; Alembic needs it").arg(m_section), nullptr);
    const QString &loc = **location;
    // coerce_resource_to_filename(): relative names with a colon are packages.
    if (!QDir::isAbsolutePath(loc) && loc.contains(QLatin1Char(':')))
        return errorAt(tr("script_location '%1' names a Python package resource; Stratum needs a "
                          "folder path (for example %(here)s/migrations)")
                           .arg(loc),
                       mainOptionSource(QStringLiteral("script_location")));
    return absolute(loc);
}

Result<QStringList> AlembicIni::versionDirectories() const
{
    const auto locations = versionLocations();
    if (!locations.ok())
        return locations.error();
    QStringList out;
    for (const QString &loc : *locations)
        out << absolute(loc);
    return out;
}

}  // namespace stratum::config
