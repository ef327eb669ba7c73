#include "core/migrate/write/ProjectInit.h"

#include "core/migrate/write/InitTemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace stratum::migrate {

namespace {

Error initError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("init");
    return e;
}

// The template text without the raw string's leading newline.
QByteArray templateText(const char *text)
{
    QByteArray bytes(text);
    if (bytes.startsWith('\n'))
        bytes.remove(0, 1);
    return bytes;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return initError(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

}  // namespace

Result<ProjectInit::Result_> ProjectInit::run(const QString &directory, const QString &iniPath,
                                              const QString &baseDir, bool package)
{
    const QDir base(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
    const QString dir = QDir::cleanPath(base.absoluteFilePath(directory));
    const QString ini = QDir::cleanPath(base.absoluteFilePath(iniPath));
    Result_ out;
    out.iniPath = ini;

    if (QFileInfo::exists(dir) &&
        !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return initError(
            QStringLiteral("Directory %1 already exists and is not empty").arg(directory));
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return initError(QStringLiteral("Cannot create directory %1").arg(dir));
        out.messages << QStringLiteral("Creating directory %1 ...  done").arg(dir);
    }
    const QString versions = dir + QLatin1String("/versions");
    if (!QDir().mkpath(versions))
        return initError(QStringLiteral("Cannot create directory %1").arg(versions));
    out.messages << QStringLiteral("Creating directory %1 ...  done").arg(versions);

    const struct
    {
        const char *name;
        const char *text;
    } files[] = {
        {"script.py.mako", templates::kScriptPyMako},
        {"README", templates::kReadme},
        {"env.py", templates::kEnvPy},
    };
    for (const auto &f : files) {
        const QString path = dir + u'/' + QLatin1String(f.name);
        if (Status s = writeFile(path, templateText(f.text)); !s)
            return s.error();
        out.messages << QStringLiteral("Generating %1 ...  done").arg(path);
    }
    if (QFileInfo::exists(ini)) {
        out.messages << QStringLiteral("File %1 already exists, skipping").arg(ini);
    } else {
        QByteArray text = templateText(templates::kAlembicIni);
        text.replace("${script_location}", directory.toUtf8());
        if (Status s = writeFile(ini, text); !s)
            return s.error();
        out.messages << QStringLiteral("Generating %1 ...  done").arg(ini);
    }
    if (package) {
        for (const QString &p :
             {dir + QLatin1String("/__init__.py"), versions + QLatin1String("/__init__.py")}) {
            if (Status s = writeFile(p, {}); !s)
                return s.error();
            out.messages << QStringLiteral("Adding %1 ...  done").arg(p);
        }
    }
    out.messages << QStringLiteral("Please edit configuration/connection/logging settings in "
                                   "'%1' before proceeding.")
                        .arg(ini);
    return out;
}

}  // namespace stratum::migrate
