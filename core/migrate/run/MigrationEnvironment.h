#pragma once

#include "core/config/AlembicIni.h"
#include "core/config/Result.h"
#include "core/config/Url.h"
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/write/RevisionWriter.h"
#include "core/schema/Dialect.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>
#include <optional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// What a migration command works on, as Alembic's Config + ScriptDirectory +
// env.py provide it: alembic.ini (section "alembic" or -n), the script
// directory and its graph, the database URL, and the migrator's options.
//
// The URL comes from, in order: the explicit url (--url); DATABASE_URL or
// SQLALCHEMY_DATABASE_URL from the environment or the nearest .env (the
// variables a typical env.py reads, see config::Workspace); sqlalchemy.url
// in the ini's main section (Alembic's template placeholder does not count).
//
// Stratum-only options are read from the main section too, where Alembic
// ignores them: version_table, version_table_schema,
// transaction_per_migration (true/false) and stratum.lock_timeout (seconds).
// They stand for what an env.py passes to context.configure(); Stratum does
// not run env.py. A value type; not thread-safe for mutation.
class MigrationEnvironment
{
public:
    struct Options
    {
        QString iniPath = QStringLiteral("alembic.ini");  // relative to the working directory
        QString section = QStringLiteral("alembic");
        QString url;  // overrides every other source
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    // Reads the ini and loads the scripts; a broken script or graph is an error
    // here (file, line and column).
    static Result<MigrationEnvironment> open(const Options &options);

    const config::AlembicIni &ini() const { return m_ini; }
    const ScriptDirectory &scripts() const { return m_scripts; }
    const RevisionGraph &graph() const { return m_graph; }

    // The URL to connect to, and where it came from ("--url",
    // "DATABASE_URL from /p/.env", "sqlalchemy.url in /p/alembic.ini").
    Result<config::Url> url() const;
    QString urlOrigin() const { return m_urlOrigin; }
    // The dialect of url(), for offline mode without connecting.
    Result<schema::Dialect> dialect() const;
    // A new connection of its own (not pooled). SQLite paths resolve against
    // the working directory, as SQLAlchemy's do.
    Result<std::unique_ptr<engine::DriverConnection>> connect() const;

    Result<MigratorOptions> migratorOptions() const;
    Result<RevisionWriterConfig> writerConfig() const;

private:
    config::AlembicIni m_ini;
    ScriptDirectory m_scripts;
    RevisionGraph m_graph;
    QString m_urlText;  // holds the password: never shown
    QString m_urlOrigin;
};

}  // namespace stratum::migrate
