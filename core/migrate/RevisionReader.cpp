#include "core/migrate/RevisionReader.h"

#include "core/pyread/Literal.h"
#include "core/pyread/Module.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace stratum::migrate {

namespace {

using pyread::Expr;
using pyread::Literal;
using pyread::Module;

SourcePosition positionOf(const Expr &e)
{
    return {e.span.line, e.span.column};
}

Error errorAt(const QString &path, const Expr *at, const QString &message,
              const QString &code = QStringLiteral("header"))
{
    Error e;
    e.message = message;
    e.source = path;
    e.code = code;
    if (at) {
        e.line = at->span.line;
        e.column = at->span.column;
    }
    return e;
}

// "Revision ID: ...", "Revises: ..." and "Create Date: ..." in Alembic's
// script.py.mako layout.
QString docField(const QString &doc, const QString &key)
{
    const QString prefix = key + QLatin1Char(':');
    for (const QString &line : doc.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(prefix))
            return t.mid(prefix.size()).trimmed();
    }
    return QString();
}

// An optional list header (branch_labels, depends_on): absent or None is empty.
Status readList(const Module &module, const QString &path, const char *name, QStringList &out,
                SourcePosition &pos)
{
    const Expr *value = module.assignedValue(QString::fromLatin1(name));
    if (!value)
        return Ok{};
    pos = positionOf(*value);
    Result<QStringList> list = Literal::stringList(*value, path);
    if (!list)
        return errorAt(path, value,
                       QStringLiteral("'%1' must be None, a string or a tuple of strings: %2")
                           .arg(QString::fromLatin1(name), list.error().message));
    out = list.value();
    return Ok{};
}

}  // namespace

Result<Revision> RevisionReader::readFile(const QString &path)
{
    Result<Module> module = Module::parseFile(path);
    if (!module)
        return module.error();
    return fromModule(module.value(), path);
}

Result<Revision> RevisionReader::readSource(const QString &source, const QString &path)
{
    Result<Module> module = Module::parse(source, path);
    if (!module)
        return module.error();
    return fromModule(module.value(), path);
}

Result<Revision> RevisionReader::fromModule(const Module &module, const QString &path)
{
    Revision rev;
    rev.path = path;
    rev.docstring = module.docstring.value_or(QString()).trimmed();
    rev.docRevisionId = docField(rev.docstring, QStringLiteral("Revision ID"));
    rev.docRevises = docField(rev.docstring, QStringLiteral("Revises"));
    rev.createDate = docField(rev.docstring, QStringLiteral("Create Date"));

    if (const Expr *value = module.assignedValue(u"revision")) {
        const std::optional<QString> id = Literal::string(*value);
        if (!id)
            return errorAt(path, value, QStringLiteral("'revision' must be a string literal"));
        rev.id = *id;
        rev.idPosition = positionOf(*value);
    } else {
        // Alembic 0.1 scripts: the id is the file name.
        static const QRegularExpression legacy(QStringLiteral("^([a-f0-9]+)\\.py$"));
        const QString fileName = QFileInfo(path).fileName();
        const QRegularExpressionMatch m = legacy.match(fileName);
        if (!m.hasMatch())
            return errorAt(path, nullptr,
                           QStringLiteral("Could not determine revision id from filename %1. Be "
                                          "sure the 'revision' variable is declared inside the "
                                          "script (please see 'Upgrading from Alembic 0.1 to "
                                          "0.2' in the documentation).")
                               .arg(fileName));
        rev.id = m.captured(1);
    }

    const Expr *down = module.assignedValue(u"down_revision");
    if (!down)
        return errorAt(path, nullptr,
                       QStringLiteral("Revision script has no 'down_revision' assignment"));
    Result<QStringList> downs = Literal::stringList(*down, path);
    if (!downs)
        return errorAt(path, down,
                       QStringLiteral("'down_revision' must be None, a string or a tuple of "
                                      "strings: %1")
                           .arg(downs.error().message));
    rev.downRevisions = downs.value();
    rev.downRevisionPosition = positionOf(*down);

    if (Status s =
            readList(module, path, "branch_labels", rev.branchLabels, rev.branchLabelsPosition);
        !s)
        return s.error();
    if (Status s = readList(module, path, "depends_on", rev.dependsOn, rev.dependsOnPosition); !s)
        return s.error();
    return rev;
}

}  // namespace stratum::migrate
