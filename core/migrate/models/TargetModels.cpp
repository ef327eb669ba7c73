// findTargetModels: from env.py's target_metadata to the models module's file.
#include "core/config/AlembicIni.h"
#include "core/migrate/models/ModelsPyReader.h"
#include "core/pyread/Module.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using pyread::Stmt;
using pyread::StmtKind;

namespace {

Error notFound(const QString &message, const QString &file, int line, const QString &hint)
{
    Error e;
    e.message = message;
    e.source = file;
    e.line = line;
    e.code = QStringLiteral("models-not-found");
    e.hint = hint;
    return e;
}

const QString kHint = QStringLiteral("pass --models PATH (or set the models file in the "
                                     "workspace) to name the models.py explicitly");

// The sys.path-like folders Alembic's environment would import from.
QStringList searchRoots(const QString &scriptLocation, const QString &alembicIni)
{
    QStringList roots;
    auto add = [&roots](const QString &dir) {
        const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
        if (!roots.contains(clean))
            roots << clean;
    };
    QString ini = alembicIni;
    if (ini.isEmpty()) {
        const QString candidate =
            QDir(scriptLocation).absoluteFilePath(QStringLiteral("../alembic.ini"));
        if (QFileInfo::exists(candidate))
            ini = candidate;
    }
    if (!ini.isEmpty()) {
        Result<config::AlembicIni> loaded = config::AlembicIni::load(ini);
        if (loaded) {
            const QString here = loaded->here();
            Result<std::optional<QString>> prepend =
                loaded->mainOption(QStringLiteral("prepend_sys_path"));
            // Alembic 1.8 splits prepend_sys_path on commas, spaces and colons;
            // relative entries are relative to the working folder, which is
            // alembic.ini's folder when `alembic` runs there.
            if (prepend && prepend->has_value()) {
                static const QRegularExpression split(QStringLiteral(", *|(?: +)|\\:"));
                for (const QString &entry : (**prepend).split(split, Qt::SkipEmptyParts))
                    add(QDir::isAbsolutePath(entry) ? entry : QDir(here).absoluteFilePath(entry));
            }
            add(here);
        }
    }
    add(QDir(scriptLocation).absoluteFilePath(QStringLiteral("..")));
    add(scriptLocation);
    return roots;
}

QString moduleFile(const QString &root, const QString &module)
{
    const QString rel = QString(module).replace(u'.', u'/');
    const QString file = QDir(root).absoluteFilePath(rel + QStringLiteral(".py"));
    if (QFileInfo(file).isFile())
        return QDir::cleanPath(file);
    const QString init = QDir(root).absoluteFilePath(rel + QStringLiteral("/__init__.py"));
    if (QFileInfo(init).isFile())
        return QDir::cleanPath(init);
    return {};
}

// The module a name of env.py comes from: "from app.models import Base"
// gives "app.models" for Base; "import app.models as m" gives "app.models"
// for m; "from app import models" gives "app.models" for models (a
// submodule) and "app" as the fallback.
struct Origin
{
    QStringList candidates;  // module names to try, best first
    int line = 0;
    int level = 0;             // relative import: leading dots
    bool plainImport = false;  // "import a.b" binds "a"; the dotted use names the module
};

std::optional<Origin> originOf(const pyread::Module &env, const QString &name)
{
    std::optional<Origin> found;
    for (const Stmt &s : env.body) {
        if (s.kind == StmtKind::Import) {
            for (const pyread::ImportName &n : s.names) {
                if (!n.asName.isEmpty() && n.asName == name)
                    found = Origin{{n.name}, s.span.line, 0};
                else if (n.asName.isEmpty() && n.name.section(u'.', 0, 0) == name)
                    found = Origin{{n.name}, s.span.line, 0, true};
            }
        } else if (s.kind == StmtKind::ImportFrom) {
            for (const pyread::ImportName &n : s.names) {
                const QString bound = n.asName.isEmpty() ? n.name : n.asName;
                if (bound != name)
                    continue;
                const QString sub = s.name.isEmpty() ? n.name : s.name + u'.' + n.name;
                found = Origin{{sub, s.name}, s.span.line, s.level};
                if (s.name.isEmpty())
                    found->candidates.removeAll(QString());
            }
        }
    }
    return found;
}

}  // namespace

Result<QString> findTargetModels(const QString &scriptLocation, const QString &alembicIni)
{
    const QString envPath = QDir(scriptLocation).absoluteFilePath(QStringLiteral("env.py"));
    if (!QFileInfo(envPath).isFile())
        return notFound(QStringLiteral("no env.py in the script location %1, so Stratum cannot "
                                       "find target_metadata")
                            .arg(QDir::toNativeSeparators(scriptLocation)),
                        envPath, 0, kHint);
    Result<pyread::Module> env = pyread::Module::parseFile(envPath);
    if (!env)
        return env.error();
    const Stmt *assignment = env->findAssignment(u"target_metadata");
    if (!assignment || !assignment->value)
        return notFound(QStringLiteral("%1 has no module-level `target_metadata = ...`; Stratum "
                                       "looks for it to find the models")
                            .arg(envPath),
                        envPath, 0, kHint);
    const int line = assignment->span.line;
    const Expr *value = &*assignment->value;
    if ((value->is(ExprKind::List) || value->is(ExprKind::Tuple)) && !value->children.empty())
        value = &value->children.front();  // several MetaData objects: the first one
    if (value->is(ExprKind::None))
        return notFound(QStringLiteral("%1 sets target_metadata = None: the project declares no "
                                       "models for autogenerate")
                            .arg(envPath),
                        envPath, line, kHint);
    const QString dotted = value->dottedName();
    if (dotted.isEmpty())
        return notFound(QStringLiteral("target_metadata in %1 is `%2`, which is not a name such "
                                       "as Base.metadata; Stratum cannot follow it without "
                                       "running Python")
                            .arg(envPath, env->sourceText(value->span)),
                        envPath, line, kHint);
    const QString head = dotted.section(u'.', 0, 0);
    // Declared in env.py itself (Base = declarative_base() ... in env.py).
    if (env->findClass(head) || (env->findAssignment(head) && !originOf(*env, head).has_value())) {
        return QDir::cleanPath(envPath);
    }
    const std::optional<Origin> origin = originOf(*env, head);
    if (!origin)
        return notFound(QStringLiteral("target_metadata = %1 in %2, but nothing in env.py "
                                       "imports or defines %3")
                            .arg(dotted, envPath, head),
                        envPath, line, kHint);
    QStringList candidates = origin->candidates;
    // "import app.models" with target_metadata = app.models.Base.metadata: the
    // longest dotted prefix that is a module wins.
    if (origin->plainImport) {
        const QStringList parts = dotted.split(u'.');
        QStringList longer;
        for (qsizetype n = parts.size() - 1; n >= 1; --n)
            longer << QStringList(parts.mid(0, n)).join(u'.');
        candidates = longer;
    } else if (!candidates.isEmpty() && dotted.count(u'.') >= 2) {
        // "from app import models" + models.Base.metadata: app.models first.
        const QString middle = dotted.section(u'.', 1, -3);
        if (!middle.isEmpty())
            candidates.prepend(candidates.front() + u'.' + middle);
    }
    QStringList roots;
    if (origin->level > 0) {
        QDir base(scriptLocation);
        for (int i = 1; i < origin->level; ++i)
            base.cdUp();
        roots << base.absolutePath();
    } else {
        roots = searchRoots(scriptLocation, alembicIni);
    }
    QStringList tried;
    QStringList files;
    for (const QString &module : std::as_const(candidates)) {
        if (module.isEmpty())
            continue;
        for (const QString &root : std::as_const(roots)) {
            const QString file = moduleFile(root, module);
            if (!file.isEmpty())
                return file;
        }
        tried << module;
        const QString rel = QString(module).replace(u'.', u'/');
        files << rel + QStringLiteral(".py") << rel + QStringLiteral("/__init__.py");
    }
    QStringList where;
    for (const QString &root : std::as_const(roots))
        where << QDir::toNativeSeparators(root);
    return notFound(QStringLiteral("target_metadata = %1 (env.py line %2) comes from module %3; "
                                   "Stratum looked for %4 under %5 and found none")
                        .arg(dotted)
                        .arg(line)
                        .arg(tried.join(QStringLiteral(" or ")), files.join(QStringLiteral(", ")),
                             where.join(QStringLiteral(", "))),
                    envPath, line, kHint);
}

}  // namespace stratum::migrate
