#pragma once

#include "core/config/IniFile.h"
#include "core/config/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::config {

// alembic.ini as Alembic 1.8 reads it: Config.file_config is a ConfigParser
// whose defaults hold `here` (the absolute folder of the file), and
// ScriptDirectory.from_config() takes script_location, version_locations
// (split by version_path_separator), file_template and timezone from the
// main section ("alembic" unless `alembic -n NAME`). Getters return the
// interpolated value, nullopt when the option is absent, or an Error with the
// file, line and column. A value type: const methods are thread-safe.
class AlembicIni
{
public:
    static constexpr const char *kDefaultSection = "alembic";
    // ScriptDirectory's _default_file_template.
    static constexpr const char *kDefaultFileTemplate = "%(rev)s_%(slug)s";

    // Reads path; fails only when the file cannot be read (syntax problems are
    // in errors()).
    static Result<AlembicIni> load(const QString &path,
                                   const QString &section = QLatin1String(kDefaultSection));
    // The same for text that claims to live at path (here = its folder).
    static AlembicIni fromText(const QString &text, const QString &path,
                               const QString &section = QLatin1String(kDefaultSection));

    const IniFile &ini() const { return m_ini; }
    const QString &path() const { return m_ini.path(); }
    const QString &section() const { return m_section; }
    const QString &here() const { return m_here; }
    const QList<Error> &errors() const { return m_ini.errors(); }

    // Config.get_main_option(name): an Error when the main section is missing,
    // as Alembic's CommandError.
    Result<std::optional<QString>> mainOption(const QString &name) const;
    // The option behind mainOption(name), for its line and column; may be null.
    const IniOption *mainOptionSource(const QString &name) const;

    Result<std::optional<QString>> scriptLocation() const;
    Result<std::optional<QString>> sqlalchemyUrl() const;
    Result<std::optional<QString>> timezone() const;
    // file_template, or kDefaultFileTemplate when absent.
    Result<QString> fileTemplate() const;
    // version_locations split as from_config() does: with no
    // version_path_separator the legacy split on ", *" or " +" (which, like
    // Alembic, can yield empty entries for "a , b"); "space" splits on ' ',
    // "os" on ':' (os.pathsep on Linux), ":" and ";" on themselves, dropping
    // empty entries; anything else is an error. Empty when absent.
    Result<QStringList> versionLocations() const;

    // The migration scripts folder: script_location made absolute against
    // here(). (Alembic resolves a relative script_location against the
    // current directory; `alembic` is normally run from the ini's folder, so
    // both agree.) An error when script_location is missing or names a
    // Python package resource ("package:path"), which Stratum cannot import.
    Result<QString> scriptDirectory() const;
    // Each version location made absolute the same way.
    Result<QStringList> versionDirectories() const;

private:
    Error errorAt(const QString &message, const IniOption *where) const;
    QString absolute(const QString &location) const;

    IniFile m_ini;
    QString m_section;
    QString m_here;
};

}  // namespace stratum::config
