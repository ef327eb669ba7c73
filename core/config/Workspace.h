#pragma once

#include "core/config/Result.h"
#include "core/config/Url.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::config {

// Where a configuration value came from, so that the UI and the CLI can say
// "DATABASE_URL from /project/.env:3" instead of just showing a value.
struct ValueOrigin
{
    enum class Kind {
        None,         // not set
        File,         // path, line and column of a .env binding or an ini option
        Environment,  // a process environment variable named key
        Default,      // a built-in default (e.g. Alembic's file_template)
    };
    Kind kind = Kind::None;
    QString key;  // variable or option name
    QString path;
    int line = 0;
    int column = 0;

    static ValueOrigin file(const QString &path, const QString &key, int line, int column);
    static ValueOrigin environment(const QString &key);
    static ValueOrigin builtIn(const QString &key);

    // "/p/.env:3:1 (DATABASE_URL)", "environment variable DATABASE_URL", ...
    QString toString() const;
};

// A value and its origin. Values may hold secrets (a URL with its password):
// show them through Url::toString(true), never raw.
struct SourcedValue
{
    QString value;
    ValueOrigin origin;
};

// A project folder as Stratum understands it: its alembic.ini, migration
// scripts, nearest .env and the connection URL they propose, with the origin of
// every value. Produced by WorkspaceDiscovery; a plain value type.
//
// How the connection URL is chosen (first match wins):
//   1. DATABASE_URL
//   2. SQLALCHEMY_DATABASE_URL
//   3. sqlalchemy.url in the main section of alembic.ini (interpolated)
// A variable counts whether it is set in the process environment or in the
// nearest .env. Between those two, the environment wins, as it does after
// load_dotenv(find_dotenv()) (load_dotenv never overrides a variable that
// is already set); the .env values are interpolated the same way
// (override=False). Variables are tried before sqlalchemy.url because an
// env.py that reads them replaces sqlalchemy.url at run time. An empty value,
// a key without '=' and Alembic's template placeholder
// ("driver://user:pass@localhost/dbname") are skipped with a note.
struct Workspace
{
    QString folder;  // absolute, cleaned

    QString alembicIni;         // absolute path; empty when none was found
    QString alembicIniFoundBy;  // human-readable: "in the folder", "ALEMBIC_CONFIG", ...
    QString section;            // the main section read ("alembic")
    std::optional<SourcedValue> scriptLocation;  // interpolated, as written
    QString scriptDirectory;                     // absolute; empty when unknown
    QStringList versionDirectories;              // absolute
    std::optional<SourcedValue> versionLocations;
    std::optional<SourcedValue> fileTemplate;
    std::optional<SourcedValue> timezone;

    QString dotEnv;  // the nearest .env (find_dotenv from folder); empty when none

    std::optional<SourcedValue> urlText;  // the chosen URL as written (holds the password)
    std::optional<Url> url;               // urlText parsed; empty when it did not parse
    QList<ValueOrigin> otherUrls;         // lower-priority URL sources that were set

    QList<Error> errors;  // malformed input, each with file, line and column
    QStringList notes;    // things worth telling the user that are not errors

    bool ok() const { return errors.isEmpty(); }
};

}  // namespace stratum::config
