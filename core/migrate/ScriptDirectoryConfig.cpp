// ScriptDirectory's reading of alembic.ini: the three keys from_config()
// uses, read through core/config's AlembicIni (ConfigParser's rules and
// interpolation, %(here)s = the file's folder); the splitting of
// version_locations keeps Alembic's own error text.
#include "core/config/AlembicIni.h"
#include "core/migrate/ScriptDirectory.h"

namespace stratum::migrate {

namespace {

Error configError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("config");
    return e;
}

}  // namespace

Result<ScriptDirectory::Location> ScriptDirectory::locationFromConfig(const QString &iniPath,
                                                                      const QString &section,
                                                                      const QString &baseDir)
{
    Result<config::AlembicIni> ini = config::AlembicIni::load(iniPath, section);
    if (!ini.ok() || !ini->ini().hasSection(section))
        return configError(QStringLiteral("No config file '%1' found, or file has no '[%2]' "
                                          "section")
                               .arg(iniPath, section));
    // ConfigParser raises on the first line it cannot parse.
    if (!ini->errors().isEmpty())
        return ini->errors().first();
    Location location;
    location.baseDir = baseDir;
    const Result<std::optional<QString>> scriptLocation = ini->scriptLocation();
    if (!scriptLocation)
        return scriptLocation.error();
    if (!*scriptLocation)
        return configError(QStringLiteral("No 'script_location' key found in configuration."));
    location.scriptLocation = **scriptLocation;
    const Result<std::optional<QString>> versions =
        ini->mainOption(QStringLiteral("version_locations"));
    if (!versions)
        return versions.error();
    if (*versions && !(*versions)->isEmpty()) {
        const Result<std::optional<QString>> separator =
            ini->mainOption(QStringLiteral("version_path_separator"));
        if (!separator)
            return separator.error();
        Result<QStringList> split =
            splitVersionLocations(**versions, separator->value_or(QString()));
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
