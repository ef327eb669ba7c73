#include "ui/connect/ProposedConnection.h"

#include "core/config/WorkspaceDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class ProposedConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ProposedConnectionText)
};

namespace stratum::ui {

namespace {

// "alembic.ini, line 3 (sqlalchemy.url)" or "environment variable DATABASE_URL".
ValueSource sourceFor(const QString &what, const config::ValueOrigin &origin, const QDir &project)
{
    ValueSource s;
    s.what = what;
    s.key = origin.key;
    switch (origin.kind) {
    case config::ValueOrigin::Kind::File: {
        s.path = origin.path;
        s.line = origin.line;
        QString file = project.relativeFilePath(origin.path);
        if (file.startsWith(QLatin1String("../../..")))
            file = QDir::toNativeSeparators(origin.path);
        s.display =
            s.line > 0 ? ProposedConnectionText::tr("%1, line %2").arg(file).arg(s.line) : file;
        if (!origin.key.isEmpty())
            s.display += QLatin1String(" (") + origin.key + QLatin1Char(')');
        break;
    }
    case config::ValueOrigin::Kind::Environment:
        s.display = ProposedConnectionText::tr("environment variable %1").arg(origin.key);
        break;
    case config::ValueOrigin::Kind::Default:
        s.display = ProposedConnectionText::tr("Alembic's default for %1").arg(origin.key);
        break;
    case config::ValueOrigin::Kind::None:
        s.display = ProposedConnectionText::tr("not set");
        break;
    }
    return s;
}

// The form fields a URL filled, in words.
QString urlFields(const ConnectionProfile &p, bool hasPassword)
{
    QStringList f;
    if (p.backend == config::Backend::SQLite) {
        f << ProposedConnectionText::tr("Driver") << ProposedConnectionText::tr("database file");
    } else {
        f << ProposedConnectionText::tr("Driver");
        if (!p.host.isEmpty())
            f << ProposedConnectionText::tr("host");
        if (p.port)
            f << ProposedConnectionText::tr("port");
        if (!p.database.isEmpty())
            f << ProposedConnectionText::tr("database");
        if (!p.user.isEmpty())
            f << ProposedConnectionText::tr("user");
        if (hasPassword)
            f << ProposedConnectionText::tr("password");
        if (!p.sslMode.isEmpty())
            f << ProposedConnectionText::tr("SSL mode");
        if (p.connectTimeoutSeconds > 0)
            f << ProposedConnectionText::tr("connect timeout");
        if (p.readOnly)
            f << ProposedConnectionText::tr("read-only");
    }
    return f.join(QLatin1String(", "));
}

}  // namespace

ProposedConnection ProposedConnection::fromWorkspace(const config::Workspace &ws,
                                                     const ConnectionProfile &base)
{
    ProposedConnection out;
    out.folder = ws.folder;
    const QDir project(ws.folder);
    for (const Error &e : ws.errors)
        out.problems << e.toString();
    out.notes = ws.notes;

    ConnectionProfile profile = base;
    if (ws.url) {
        profile = ConnectionProfile::fromUrl(*ws.url, base, &out.password);
        out.hasUrl = true;
    }
    profile.projectFolder = ws.folder;
    if (profile.name.trimmed().isEmpty())
        profile.name = QFileInfo(ws.folder).fileName();
    out.profile = profile;

    if (ws.urlText) {
        out.sources << sourceFor(
            out.hasUrl ? urlFields(profile, out.password.has_value())
                       : ProposedConnectionText::tr("Connection URL (does not parse)"),
            ws.urlText->origin, project);
    }
    for (const config::ValueOrigin &other : ws.otherUrls) {
        ValueSource s = sourceFor(ProposedConnectionText::tr("Also set, not used"), other, project);
        out.sources << s;
    }
    if (ws.scriptLocation) {
        ValueSource s =
            sourceFor(ProposedConnectionText::tr("Migrations"), ws.scriptLocation->origin, project);
        s.what = ProposedConnectionText::tr("Migrations (%1)").arg(ws.scriptLocation->value);
        out.sources << s;
    }
    if (!ws.alembicIni.isEmpty() && !ws.scriptLocation) {
        ValueSource s;
        s.what = ProposedConnectionText::tr("Alembic configuration");
        s.path = ws.alembicIni;
        s.display = project.relativeFilePath(ws.alembicIni);
        out.sources << s;
    }
    if (!ws.dotEnv.isEmpty() && !(ws.urlText && ws.urlText->origin.path == ws.dotEnv)) {
        ValueSource s;
        s.what = ProposedConnectionText::tr("Environment file (read, no connection values)");
        s.path = ws.dotEnv;
        s.display = project.relativeFilePath(ws.dotEnv);
        out.sources << s;
    }
    return out;
}

ProposedConnection ProposedConnection::discover(const QString &folder,
                                                const ConnectionProfile &base)
{
    const config::WorkspaceDiscovery discovery;
    return fromWorkspace(discovery.discover(folder), base);
}

}  // namespace stratum::ui
