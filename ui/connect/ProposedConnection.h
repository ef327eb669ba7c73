#pragma once

#include "core/config/Workspace.h"
#include "ui/connect/ConnectionProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::ui {

// Where one value of a proposed connection came from.
struct ValueSource
{
    QString what;     // "Host, port, database, user, password", "Migrations", ...
    QString path;     // absolute file path; empty for the environment
    int line = 0;     // 1-based; 0 when unknown
    QString key;      // DATABASE_URL, sqlalchemy.url, script_location, ...
    QString display;  // "alembic.ini, line 3 (sqlalchemy.url)", relative to the project folder
};

// The connection a project folder proposes: a profile filled from the
// workspace's URL, the password that URL carried (kept out of the profile),
// and the origin of every value for the dialog's Sources list.
struct ProposedConnection
{
    QString folder;
    bool hasUrl = false;  // a URL was found and parsed
    ConnectionProfile profile;
    std::optional<QString> password;
    QList<ValueSource> sources;
    QStringList problems;  // malformed files or URL, with file and line; never a password
    QStringList notes;

    // Turns a workspace (from config::WorkspaceDiscovery) into a proposal.
    // base supplies what the workspace cannot (colour, tag, pool settings).
    static ProposedConnection fromWorkspace(const config::Workspace &workspace,
                                            const ConnectionProfile &base = {});
    // Discovers folder and proposes; reads files, so call it off the UI thread.
    static ProposedConnection discover(const QString &folder, const ConnectionProfile &base = {});
};

}  // namespace stratum::ui
