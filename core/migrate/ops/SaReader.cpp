#include "core/migrate/ops/SaReader.h"

#include "core/pyread/Literal.h"

#include <QRegularExpression>

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using pyread::Literal;
using schema::ColumnType;
using schema::TypeKind;

namespace {

// Module paths that mean the same namespace in SQLAlchemy 1.4 and Alembic.
const std::pair<const char *, const char *> kPrefixes[] = {
    {"sqlalchemy.dialects.postgresql.", "pg."},
    {"sqlalchemy.dialects.sqlite.", "sqlite."},
    {"sqlalchemy.dialects.mysql.", "mysql."},
    {"sqlalchemy.sql.sqltypes.", "sa."},
    {"sqlalchemy.sql.schema.", "sa."},
    {"sqlalchemy.sql.expression.", "sa."},
    {"sqlalchemy.sql.elements.", "sa."},
    {"sqlalchemy.sql.", "sa."},
    {"sqlalchemy.types.", "sa."},
    {"sqlalchemy.schema.", "sa."},
    {"sqlalchemy.", "sa."},
    {"alembic.op.", "op."},
};

// Submodules of the postgresql dialect that re-export the same names.
QString stripPgSubmodule(QString name)
{
    static const QRegularExpression sub(
        QStringLiteral("^pg\\.(base|json|array|types|named_types|ext|hstore|ranges)\\."));
    return name.replace(sub, QStringLiteral("pg."));
}

const QStringList kReferentialActions = {QStringLiteral("CASCADE"), QStringLiteral("RESTRICT"),
                                         QStringLiteral("SET NULL"), QStringLiteral("NO ACTION"),
                                         QStringLiteral("SET DEFAULT")};

}  // namespace

SaReader::SaReader(const pyread::Module &module, const QString &file)
    : m_module(module)
    , m_file(file)
{
    for (const pyread::Stmt &s : module.body)
        addImport(s);
}

void SaReader::addImport(const pyread::Stmt &stmt)
{
    if (stmt.kind == pyread::StmtKind::Import) {
        for (const pyread::ImportName &n : stmt.names) {
            if (!n.asName.isEmpty())
                m_aliases.insert(n.asName, n.name);
            else
                m_aliases.insert(n.name.section(u'.', 0, 0), n.name.section(u'.', 0, 0));
        }
    } else if (stmt.kind == pyread::StmtKind::ImportFrom && stmt.level == 0) {
        for (const pyread::ImportName &n : stmt.names)
            m_aliases.insert(n.asName.isEmpty() ? n.name : n.asName, stmt.name + u'.' + n.name);
    }
}

QString SaReader::canonical(const Expr &e) const
{
    QString dotted = e.dottedName();
    if (dotted.isEmpty())
        return dotted;
    const QString head = dotted.section(u'.', 0, 0);
    const auto it = m_aliases.constFind(head);
    if (it != m_aliases.constEnd())
        dotted = *it + dotted.mid(head.size());
    dotted += u'.';  // so that "alembic.op" itself matches "alembic.op."
    for (const auto &[from, to] : kPrefixes) {
        const QString f = QString::fromLatin1(from);
        if (dotted.startsWith(f)) {
            dotted = QString::fromLatin1(to) + dotted.mid(f.size());
            break;
        }
    }
    if (dotted == QLatin1String("alembic.op."))
        dotted = QStringLiteral("op.");
    dotted.chop(1);
    return stripPgSubmodule(dotted);
}

const Expr &SaReader::resolve(const Expr &e) const
{
    const Expr *cur = &e;
    // Module-level "mood = postgresql.ENUM(...)" reused in columns; a few hops at most.
    for (int hops = 0; hops < 8 && cur->is(ExprKind::Name); ++hops) {
        if (m_aliases.contains(cur->text))
            break;
        const Expr *v = m_module.assignedValue(cur->text);
        if (!v)
            break;
        cur = v;
    }
    return *cur;
}

Result<QString> SaReader::string(const Expr &e, const QString &what) const
{
    const Expr &r = resolve(e);
    if (std::optional<QString> s = Literal::string(r))
        return *s;
    return error(e, QStringLiteral("%1 must be a string literal").arg(what));
}

Result<QString> SaReader::optionalString(const Expr *e, const QString &what) const
{
    if (!e || resolve(*e).is(ExprKind::None))
        return QString();
    return string(*e, what);
}

Result<QStringList> SaReader::stringList(const Expr &e, const QString &what) const
{
    const Expr &r = resolve(e);
    if (!r.is(ExprKind::List) && !r.is(ExprKind::Tuple))
        return error(e, QStringLiteral("%1 must be a list of strings").arg(what));
    QStringList out;
    for (const Expr &item : r.children) {
        Result<QString> s = string(item, what);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

Result<bool> SaReader::boolean(const Expr &e, const QString &what) const
{
    const Expr &r = resolve(e);
    if (r.is(ExprKind::True) || r.is(ExprKind::False))
        return r.is(ExprKind::True);
    if (r.is(ExprKind::None))
        return false;
    return error(e, QStringLiteral("%1 must be True or False").arg(what));
}

Result<std::optional<qint64>> SaReader::integer(const Expr *e, const QString &what) const
{
    if (!e || resolve(*e).is(ExprKind::None))
        return std::optional<qint64>();
    Result<QVariant> v = Literal::evaluate(resolve(*e), m_file);
    if (!v || v->typeId() != QMetaType::LongLong)
        return error(*e, QStringLiteral("%1 must be an integer literal").arg(what));
    return std::optional<qint64>(v->toLongLong());
}

Result<QString> SaReader::sqlText(const Expr &e, const QString &what) const
{
    const Expr &r = resolve(e);
    if (std::optional<QString> s = Literal::string(r))
        return *s;
    if (r.is(ExprKind::Call) && canonical(*r.callee()) == QLatin1String("sa.text")) {
        Result<BoundCall> b = bindCall(r,
                                       {QStringLiteral("sa.text"),
                                        {QStringLiteral("text")},
                                        {},
                                        false,
                                        {},
                                        {QStringLiteral("text")}},
                                       m_file);
        if (!b)
            return b.error();
        return string(*b->get(QStringLiteral("text")), QStringLiteral("sa.text()"));
    }
    return error(e, QStringLiteral("%1 must be a string or sa.text(\"...\")").arg(what));
}

Result<ObjectName> SaReader::name(const Expr &e, const QString &what) const
{
    const Expr &r = resolve(e);
    if (r.is(ExprKind::None))
        return ObjectName{};
    if (std::optional<QString> s = Literal::string(r))
        return ObjectName{*s, false};
    if (r.is(ExprKind::Call)) {
        const QString callee = canonical(*r.callee());
        if (callee == QLatin1String("op.f") || callee == QLatin1String("batch_op.f") ||
            callee == QLatin1String("sa.conv")) {
            Result<BoundCall> b = bindCall(
                r, {callee, {QStringLiteral("name")}, {}, false, {}, {QStringLiteral("name")}},
                m_file);
            if (!b)
                return b.error();
            Result<QString> s =
                string(*b->get(QStringLiteral("name")), callee + QStringLiteral("()"));
            if (!s)
                return s.error();
            return ObjectName{*s, true};
        }
    }
    return error(e, QStringLiteral("%1 must be a string, None or op.f(\"...\")").arg(what));
}

Result<ServerDefault> SaReader::serverDefault(const Expr &e) const
{
    const Expr &r = resolve(e);
    if (r.is(ExprKind::None))
        return ServerDefault{};
    if (std::optional<QString> s = Literal::string(r))
        return ServerDefault::literal(*s);
    if (r.is(ExprKind::Call)) {
        const QString callee = canonical(*r.callee());
        if (callee == QLatin1String("sa.text") || callee == QLatin1String("sa.literal_column")) {
            Result<BoundCall> b = bindCall(
                r, {callee, {QStringLiteral("text")}, {}, false, {}, {QStringLiteral("text")}},
                m_file);
            if (!b)
                return b.error();
            Result<QString> s =
                string(*b->get(QStringLiteral("text")), callee + QStringLiteral("()"));
            if (!s)
                return s.error();
            return ServerDefault::sql(*s);
        }
        // sa.true()/sa.false() depend on the dialect: the renderer picks the spelling.
        if (callee == QLatin1String("sa.true") || callee == QLatin1String("sa.false")) {
            if (r.children.size() > 1)
                return error(r, callee + QStringLiteral("() takes no arguments"));
            return ServerDefault{ServerDefault::Kind::Boolean, callee == QLatin1String("sa.true")
                                                                   ? QStringLiteral("true")
                                                                   : QStringLiteral("false")};
        }
        // sa.func.now() and other functions without arguments, as SQLAlchemy renders them.
        if (callee.startsWith(QLatin1String("sa.func.")) && r.children.size() == 1) {
            const QString fn = callee.mid(8);
            static const QStringList ansi = {
                QStringLiteral("current_timestamp"), QStringLiteral("current_date"),
                QStringLiteral("current_time"),      QStringLiteral("localtimestamp"),
                QStringLiteral("localtime"),         QStringLiteral("current_user"),
                QStringLiteral("session_user"),      QStringLiteral("user")};
            if (ansi.contains(fn.toLower()))
                return ServerDefault::sql(fn.toUpper());
            return ServerDefault::sql(fn + QStringLiteral("()"));
        }
    }
    return error(e, QStringLiteral("server_default must be a string, sa.text(\"...\"), "
                                   "sa.func.name() or None"));
}

Result<std::vector<schema::IndexElement>> SaReader::indexElements(const Expr &e) const
{
    const Expr &r = resolve(e);
    std::vector<const Expr *> items;
    if (r.is(ExprKind::List) || r.is(ExprKind::Tuple)) {
        for (const Expr &c : r.children)
            items.push_back(&c);
    } else {
        items.push_back(&r);  // a single column name is allowed
    }
    std::vector<schema::IndexElement> out;
    for (const Expr *item : items) {
        const Expr &i = resolve(*item);
        if (std::optional<QString> s = Literal::string(i)) {
            out.push_back(schema::IndexElement::ofColumn(*s));
            continue;
        }
        if (i.is(ExprKind::Call) &&
            (canonical(*i.callee()) == QLatin1String("sa.text") ||
             canonical(*i.callee()) == QLatin1String("sa.literal_column"))) {
            Result<QString> sql = sqlText(i, QStringLiteral("index expression"));
            if (!sql)
                return sql.error();
            out.push_back(schema::IndexElement::ofExpression(*sql));
            continue;
        }
        return error(*item, QStringLiteral("index keys must be column names or sa.text(\"...\") "
                                           "expressions"));
    }
    if (out.empty())
        return error(e, QStringLiteral("an index needs at least one column or expression"));
    return out;
}

}  // namespace stratum::migrate
