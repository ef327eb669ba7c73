#pragma once

#include "core/config/Workspace.h"

#include <QProcessEnvironment>
#include <QString>

namespace stratum::config {

// Finds a Workspace in a folder: alembic.ini, its script location, the
// nearest .env and the connection URL (priority documented on Workspace).
//
// Where alembic.ini is looked for:
//   1. ALEMBIC_CONFIG from the environment, as the alembic command honours it
//      (relative to the folder); an error when it names no file;
//   2. the folder itself;
//   3. its parent folders up to the root of the Git work tree that holds the
//      folder (the nearest ancestor with a .git entry), so that opening a
//      subfolder of a project finds the project's configuration. Outside a
//      Git work tree only the folder itself is searched: an unrelated
//      alembic.ini in, say, the home folder must not be picked up.
// The .env is found like find_dotenv(): the nearest `.env` from the folder up
// to the filesystem root.
//
// Reads files only; never connects and never changes the process
// environment. Const and reentrant: one instance may serve several threads.
class WorkspaceDiscovery
{
public:
    explicit WorkspaceDiscovery(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    Workspace discover(const QString &folder) const;

    // Step 1-3 above without reading anything: the alembic.ini path or empty.
    // foundBy receives the human-readable reason.
    QString findAlembicIni(const QString &folder, QString *foundBy = nullptr) const;

private:
    QProcessEnvironment m_env;
};

}  // namespace stratum::config
