#include "core/config/WorkspaceDiscovery.h"

#include "core/config/AlembicIni.h"
#include "core/config/DotEnv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class WorkspaceDiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDiscoveryText)
};

namespace stratum::config {
namespace {

const QString kAlembicIni = QStringLiteral("alembic.ini");
// What `alembic init` writes into sqlalchemy.url.
const QString kAlembicPlaceholderUrl = QStringLiteral("driver://user:pass@localhost/dbname");

QString parentOf(const QString &dir)
{
    const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || dir == QStringLiteral("/"))
        return {};
    return slash == 0 ? QStringLiteral("/") : dir.left(slash);
}

Error errorFrom(const ValueOrigin &origin, const QString &message, const QString &code)
{
    Error e;
    e.message = message;
    e.code = code;
    if (origin.kind == ValueOrigin::Kind::File) {
        e.source = origin.path;
        e.line = origin.line;
        e.column = origin.column;
    } else {
        e.source = origin.toString();
    }
    return e;
}

// A URL candidate: the value, its origin (pointing at the value's first
// character) and whether columns inside the value map 1:1 onto the file.
struct Candidate
{
    SourcedValue value;
    bool verbatim = false;
};

// Reads alembic.ini into ws; sqlalchemy.url comes back as a URL candidate
// because discover() ranks it after the variables.
void readAlembicIni(Workspace &ws, std::optional<Candidate> &urlCandidate)
{
    auto loaded = AlembicIni::load(ws.alembicIni);
    if (!loaded.ok()) {
        ws.errors << loaded.error();
        return;
    }
    const AlembicIni &ini = *loaded;
    ws.section = ini.section();
    ws.errors << ini.errors();
    if (!ini.ini().hasSection(ini.section())) {
        Error e;
        e.message =
            WorkspaceDiscoveryText::tr("no [%1] section; Alembic reads its settings from there")
                .arg(ws.section);
        e.source = ws.alembicIni;
        e.code = QStringLiteral("config");
        ws.errors << e;
        return;
    }
    auto origin = [&](const QString &name) {
        const IniOption *o = ini.mainOptionSource(name);
        return o ? ValueOrigin::file(ws.alembicIni, name, o->line, o->column)
                 : ValueOrigin::builtIn(name);
    };
    auto read = [&](const QString &name) -> std::optional<SourcedValue> {
        const auto v = ini.mainOption(name);
        if (!v.ok()) {
            ws.errors << v.error();
            return std::nullopt;
        }
        if (!*v)
            return std::nullopt;
        return SourcedValue{**v, origin(name)};
    };

    ws.scriptLocation = read(QStringLiteral("script_location"));
    if (const auto dir = ini.scriptDirectory(); dir.ok()) {
        ws.scriptDirectory = *dir;
        if (!QFileInfo(ws.scriptDirectory).isDir())
            ws.notes << WorkspaceDiscoveryText::tr(
                            "the script_location folder %1 does not exist yet")
                            .arg(ws.scriptDirectory);
    } else if (ini.mainOption(QStringLiteral("script_location")).ok()) {
        ws.errors << dir.error();  // missing key or a package resource; else already reported
    }
    ws.versionLocations = read(QStringLiteral("version_locations"));
    if (const auto dirs = ini.versionDirectories(); dirs.ok())
        ws.versionDirectories = *dirs;
    else
        ws.errors << dirs.error();
    ws.timezone = read(QStringLiteral("timezone"));
    ws.fileTemplate = read(QStringLiteral("file_template"));
    if (!ws.fileTemplate)
        ws.fileTemplate = SourcedValue{QLatin1String(AlembicIni::kDefaultFileTemplate),
                                       ValueOrigin::builtIn(QStringLiteral("file_template"))};
    if (auto url = read(QStringLiteral("sqlalchemy.url"))) {
        // Point at the value, and map columns only when interpolation changed nothing.
        const IniOption *o = ini.mainOptionSource(QStringLiteral("sqlalchemy.url"));
        bool verbatim = false;
        if (o && !o->segments.isEmpty()) {
            url->origin = ValueOrigin::file(ws.alembicIni, url->origin.key,
                                            o->segments.first().line, o->segments.first().column);
            verbatim = o->rawValue == url->value && !url->value.contains(QLatin1Char('\n'));
        }
        urlCandidate = Candidate{*url, verbatim};
    }
}

}  // namespace

WorkspaceDiscovery::WorkspaceDiscovery(QProcessEnvironment environment)
    : m_env(std::move(environment))
{}

QString WorkspaceDiscovery::findAlembicIni(const QString &folder, QString *foundBy) const
{
    const QString dir = QDir::cleanPath(QDir(folder).absolutePath());
    const QString fromEnv = m_env.value(QStringLiteral("ALEMBIC_CONFIG"));
    if (!fromEnv.isEmpty()) {
        if (foundBy)
            *foundBy = WorkspaceDiscoveryText::tr("ALEMBIC_CONFIG environment variable");
        return QDir::cleanPath(QDir(dir).absoluteFilePath(fromEnv));
    }
    // The search stops at the Git work tree's root; outside one, at the folder.
    QString stop = dir;
    for (QString d = dir; !d.isEmpty(); d = parentOf(d)) {
        if (QFileInfo::exists(d + QStringLiteral("/.git"))) {
            stop = d;
            break;
        }
    }
    for (QString d = dir; !d.isEmpty(); d = parentOf(d)) {
        const QString candidate = QDir(d).filePath(kAlembicIni);
        if (QFileInfo(candidate).isFile()) {
            if (foundBy)
                *foundBy = d == dir ? WorkspaceDiscoveryText::tr("in the folder")
                                    : WorkspaceDiscoveryText::tr(
                                          "in a parent folder (inside the same Git work tree)");
            return QDir::cleanPath(candidate);
        }
        if (d == stop)
            break;
    }
    return {};
}

Workspace WorkspaceDiscovery::discover(const QString &folder) const
{
    Workspace ws;
    ws.folder = QDir::cleanPath(QDir(folder).absolutePath());
    if (!QFileInfo(ws.folder).isDir()) {
        Error e;
        e.message = WorkspaceDiscoveryText::tr("not a folder");
        e.source = ws.folder;
        e.code = QStringLiteral("io");
        ws.errors << e;
        return ws;
    }

    ws.alembicIni = findAlembicIni(ws.folder, &ws.alembicIniFoundBy);
    std::optional<Candidate> iniUrl;
    if (!ws.alembicIni.isEmpty() && !QFileInfo(ws.alembicIni).isFile()) {
        ws.errors << errorFrom(
            ValueOrigin::environment(QStringLiteral("ALEMBIC_CONFIG")),
            WorkspaceDiscoveryText::tr("names %1, which is not a file").arg(ws.alembicIni),
            QStringLiteral("config"));
    } else if (ws.alembicIni.isEmpty()) {
        ws.notes << WorkspaceDiscoveryText::tr(
                        "no alembic.ini in %1 (nor above it inside its Git work tree)")
                        .arg(ws.folder);
    } else {
        readAlembicIni(ws, iniUrl);
    }

    // The .env, read as load_dotenv() would apply it: the environment wins.
    ws.dotEnv = DotEnv::find(ws.folder);
    std::optional<DotEnv> dotEnv;
    DotEnvValues dotValues;
    if (!ws.dotEnv.isEmpty()) {
        auto parsed = DotEnv::readFile(ws.dotEnv);
        if (!parsed.ok()) {
            ws.errors << parsed.error();
        } else {
            ws.errors << parsed->errors();
            dotValues = parsed->values(m_env, true, false);
            dotEnv = std::move(parsed).value();
        }
    }

    QList<Candidate> candidates;
    for (const QString &name :
         {QStringLiteral("DATABASE_URL"), QStringLiteral("SQLALCHEMY_DATABASE_URL")}) {
        if (m_env.contains(name)) {
            candidates.append({{m_env.value(name), ValueOrigin::environment(name)}, true});
            if (dotValues.contains(name))
                ws.notes << WorkspaceDiscoveryText::tr(
                                "%1 in %2 is ignored: the environment variable is already set")
                                .arg(name, ws.dotEnv);
            continue;
        }
        const DotEnvEntry *entry = dotValues.find(name);
        if (!entry)
            continue;
        if (!entry->value) {
            ws.notes << WorkspaceDiscoveryText::tr("%1 in %2:%3 has no value ('=' missing)")
                            .arg(name, ws.dotEnv)
                            .arg(entry->line);
            continue;
        }
        // Columns map onto the file only when interpolation changed nothing.
        bool verbatim = !entry->value->contains(QLatin1Char('\n'));
        for (const DotEnvBinding &b : dotEnv->bindings()) {
            if (b.key == name && b.line == entry->line)
                verbatim = verbatim && b.value == entry->value;
        }
        candidates.append({{*entry->value, ValueOrigin::file(ws.dotEnv, name, entry->valueLine,
                                                             entry->valueColumn)},
                           verbatim});
    }
    if (iniUrl)
        candidates.append(*iniUrl);

    // The first usable candidate wins; later ones are listed as overridden.
    for (const Candidate &c : candidates) {
        const QString text = c.value.value;
        const QString key = c.value.origin.key;
        const bool placeholder = text.trimmed() == kAlembicPlaceholderUrl;
        if (ws.urlText) {
            if (!text.trimmed().isEmpty() && !placeholder)
                ws.otherUrls << c.value.origin;
            continue;
        }
        if (text.trimmed().isEmpty()) {
            ws.notes << WorkspaceDiscoveryText::tr("%1 is empty (%2)")
                            .arg(key, c.value.origin.toString());
            continue;
        }
        if (placeholder) {
            ws.notes << WorkspaceDiscoveryText::tr(
                            "%1 is still Alembic's placeholder (%2); set DATABASE_URL or edit it")
                            .arg(key, c.value.origin.toString());
            continue;
        }
        ws.urlText = c.value;
        auto url = Url::parse(text);
        if (url.ok()) {
            ws.url = url.value();
            continue;
        }
        // Url's errors never echo the password; point into the file when we can.
        Error e = errorFrom(c.value.origin,
                            WorkspaceDiscoveryText::tr("%1: %2").arg(key, url.error().message),
                            url.error().code);
        if (c.value.origin.kind == ValueOrigin::Kind::Environment)
            e.column = url.error().column;
        else if (c.verbatim && url.error().column > 0)
            e.column = c.value.origin.column + url.error().column - 1;
        e.hint = url.error().hint;
        ws.errors << e;
    }
    if (!ws.urlText)
        ws.notes << WorkspaceDiscoveryText::tr(
            "no connection URL: set DATABASE_URL (environment or .env) or "
            "sqlalchemy.url in alembic.ini");
    return ws;
}

}  // namespace stratum::config
