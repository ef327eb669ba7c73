// SaReader: sa.Column, sa.ForeignKey, table-level constraints and sa.Index.
#include "core/migrate/ops/SaReader.h"

#include "core/pyread/Literal.h"

#include <QRegularExpression>

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;

namespace {

const QStringList kActions = {QStringLiteral("CASCADE"), QStringLiteral("RESTRICT"),
                              QStringLiteral("SET NULL"), QStringLiteral("NO ACTION"),
                              QStringLiteral("SET DEFAULT")};

}  // namespace

QStringList otherDialectPrefixes()
{
    return {QStringLiteral("postgresql_"), QStringLiteral("sqlite_"), QStringLiteral("mysql_"),
            QStringLiteral("mariadb_"),    QStringLiteral("mssql_"),  QStringLiteral("oracle_")};
}

namespace {

QStringList constraintKeywords()
{
    return {QStringLiteral("name"), QStringLiteral("deferrable"), QStringLiteral("initially"),
            QStringLiteral("info")};
}

}  // namespace

bool SaReader::isColumn(const Expr &e) const
{
    const Expr &r = resolve(e);
    return r.is(ExprKind::Call) && canonical(*r.callee()) == QLatin1String("sa.Column");
}

bool SaReader::isIndex(const Expr &e) const
{
    const Expr &r = resolve(e);
    return r.is(ExprKind::Call) && canonical(*r.callee()) == QLatin1String("sa.Index");
}

Status SaReader::constraintOptions(const BoundCall &b, ConstraintDef &c) const
{
    for (const auto &[key, target] :
         {std::pair{"ondelete", &c.onDelete}, std::pair{"onupdate", &c.onUpdate},
          std::pair{"initially", &c.initially}, std::pair{"match", &c.match}}) {
        Result<QString> v =
            optionalString(b.get(QString::fromLatin1(key)), QString::fromLatin1(key));
        if (!v)
            return v.error();
        *target = *v;
        const bool isAction = qstrcmp(key, "ondelete") == 0 || qstrcmp(key, "onupdate") == 0;
        // SQLAlchemy validates these phrases, so no SQL can ride in on them.
        if (isAction && !v->isEmpty() && !kActions.contains(v->toUpper()))
            return error(*b.get(QString::fromLatin1(key)),
                         QStringLiteral("%1 must be one of %2")
                             .arg(QString::fromLatin1(key), kActions.join(QStringLiteral(", "))));
        if (!isAction && !v->isEmpty() &&
            !QRegularExpression(QStringLiteral("^[A-Za-z ]+$")).match(*v).hasMatch())
            return error(*b.get(QString::fromLatin1(key)),
                         QStringLiteral("%1 must be a keyword such as DEFERRED or FULL")
                             .arg(QString::fromLatin1(key)));
    }
    if (const Expr *d = b.get(QStringLiteral("deferrable")); d && !resolve(*d).is(ExprKind::None)) {
        Result<bool> v = boolean(*d, QStringLiteral("deferrable"));
        if (!v)
            return v.error();
        c.deferrable = *v;
    }
    for (const char *unsupported : {"use_alter", "link_to_name"}) {
        if (const Expr *v = b.get(QString::fromLatin1(unsupported));
            v && !resolve(*v).is(ExprKind::False) && !resolve(*v).is(ExprKind::None))
            return error(
                *v,
                QStringLiteral("%1=True is not supported").arg(QString::fromLatin1(unsupported)));
    }
    return Ok{};
}

Result<ConstraintDef> SaReader::foreignKey(const BoundCall &b, const Expr &at,
                                           bool columnLevel) const
{
    ConstraintDef fk;
    fk.kind = ConstraintDef::Kind::ForeignKey;
    fk.fromColumn = columnLevel;
    if (const Expr *n = b.get(QStringLiteral("name"))) {
        Result<ObjectName> name = this->name(*n, QStringLiteral("name"));
        if (!name)
            return name.error();
        fk.name = *name;
    }
    if (Status s = constraintOptions(b, fk); !s)
        return s.error();
    QStringList specs;
    if (columnLevel) {
        Result<QString> spec =
            string(*b.get(QStringLiteral("column")), QStringLiteral("sa.ForeignKey target"));
        if (!spec)
            return spec.error();
        specs << *spec;
    } else {
        Result<QStringList> cols =
            stringList(*b.get(QStringLiteral("columns")), QStringLiteral("columns"));
        Result<QStringList> refs =
            stringList(*b.get(QStringLiteral("refcolumns")), QStringLiteral("refcolumns"));
        if (!cols)
            return cols.error();
        if (!refs)
            return refs.error();
        if (cols->size() != refs->size() || cols->isEmpty())
            return error(at,
                         QStringLiteral("a foreign key needs as many referred columns as columns"));
        fk.columns = *cols;
        specs = *refs;
    }
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u'.');
        if (parts.size() < 2 || parts.size() > 3)
            return error(at, QStringLiteral("foreign key target '%1' must be \"table.column\" or "
                                            "\"schema.table.column\"")
                                 .arg(spec));
        const QString schema = parts.size() == 3 ? parts[0] : QString();
        const QString table = parts[parts.size() - 2];
        if (!fk.referredTable.isEmpty() &&
            (fk.referredTable != table || fk.referredSchema != schema))
            return error(at, QStringLiteral("a foreign key must refer to one table"));
        fk.referredSchema = schema;
        fk.referredTable = table;
        fk.referredColumns << parts.last();
    }
    return fk;
}

Result<ColumnDef> SaReader::columnArgument(ColumnDef &c, const Expr &arg) const
{
    const Expr &r = resolve(arg);
    const QString callee = r.is(ExprKind::Call) ? canonical(*r.callee()) : canonical(r);
    if (callee == QLatin1String("sa.ForeignKey")) {
        QStringList kw = {QStringLiteral("_constraint"), QStringLiteral("use_alter"),
                          QStringLiteral("name"),        QStringLiteral("onupdate"),
                          QStringLiteral("ondelete"),    QStringLiteral("deferrable"),
                          QStringLiteral("initially"),   QStringLiteral("link_to_name"),
                          QStringLiteral("match"),       QStringLiteral("info")};
        Result<BoundCall> b = bindCall(
            r, {callee, {QStringLiteral("column")}, kw, false, {}, {QStringLiteral("column")}},
            m_file);
        if (!b)
            return b.error();
        Result<ConstraintDef> fk = foreignKey(*b, r, true);
        if (!fk)
            return fk.error();
        fk.value().columns = QStringList{c.name};
        c.foreignKeys.push_back(*fk);
        return c;
    }
    if (callee == QLatin1String("sa.Identity")) {
        const QStringList kw = {
            QStringLiteral("always"),     QStringLiteral("on_null"),    QStringLiteral("start"),
            QStringLiteral("increment"),  QStringLiteral("minvalue"),   QStringLiteral("maxvalue"),
            QStringLiteral("nominvalue"), QStringLiteral("nomaxvalue"), QStringLiteral("cycle"),
            QStringLiteral("cache"),      QStringLiteral("order")};
        Result<BoundCall> b = bindCall(r, {callee, kw, {}, false, {}, {}}, m_file);
        if (!b)
            return b.error();
        IdentityDef id;
        for (const auto &[key, target] :
             {std::pair{"start", &id.start}, std::pair{"increment", &id.increment},
              std::pair{"minvalue", &id.minValue}, std::pair{"maxvalue", &id.maxValue},
              std::pair{"cache", &id.cache}}) {
            Result<std::optional<qint64>> v =
                integer(b->get(QString::fromLatin1(key)), QString::fromLatin1(key));
            if (!v)
                return v.error();
            *target = *v;
        }
        for (const auto &[key, target] :
             {std::pair{"cycle", &id.cycle}, std::pair{"order", &id.order}}) {
            if (const Expr *v = b->get(QString::fromLatin1(key));
                v && !resolve(*v).is(ExprKind::None)) {
                Result<bool> flag = boolean(*v, QString::fromLatin1(key));
                if (!flag)
                    return flag.error();
                *target = *flag;
            }
        }
        for (const auto &[key, target] :
             {std::pair{"always", &id.always}, std::pair{"nominvalue", &id.noMinValue},
              std::pair{"nomaxvalue", &id.noMaxValue}}) {
            if (const Expr *v = b->get(QString::fromLatin1(key))) {
                Result<bool> flag = boolean(*v, QString::fromLatin1(key));
                if (!flag)
                    return flag.error();
                *target = *flag;
            }
        }
        c.identity = id;
        return c;
    }
    if (callee == QLatin1String("sa.Computed")) {
        Result<BoundCall> b = bindCall(r,
                                       {callee,
                                        {QStringLiteral("sqltext"), QStringLiteral("persisted")},
                                        {},
                                        false,
                                        {},
                                        {QStringLiteral("sqltext")}},
                                       m_file);
        if (!b)
            return b.error();
        Result<QString> sql =
            sqlText(*b->get(QStringLiteral("sqltext")), QStringLiteral("sa.Computed"));
        if (!sql)
            return sql.error();
        Computed computed{*sql, {}};
        if (const Expr *p = b->get(QStringLiteral("persisted"));
            p && !resolve(*p).is(ExprKind::None)) {
            Result<bool> flag = boolean(*p, QStringLiteral("persisted"));
            if (!flag)
                return flag.error();
            computed.persisted = *flag;
        }
        c.computed = computed;
        return c;
    }
    return error(arg, QStringLiteral("unsupported sa.Column argument %1")
                          .arg(m_module.sourceText(arg.span).left(80)));
}

Result<ColumnDef> SaReader::column(const Expr &e) const
{
    if (!isColumn(e))
        return error(e, QStringLiteral("expected sa.Column(...)"));
    const Expr &r = resolve(e);
    const QStringList kw = {QStringLiteral("nullable"),      QStringLiteral("server_default"),
                            QStringLiteral("comment"),       QStringLiteral("primary_key"),
                            QStringLiteral("autoincrement"), QStringLiteral("unique"),
                            QStringLiteral("index"),         QStringLiteral("default"),
                            QStringLiteral("onupdate"),      QStringLiteral("server_onupdate"),
                            QStringLiteral("info"),          QStringLiteral("doc"),
                            QStringLiteral("key"),           QStringLiteral("quote"),
                            QStringLiteral("system"),        QStringLiteral("type_"),
                            QStringLiteral("name")};
    Result<BoundCall> bound =
        bindCall(r, {QStringLiteral("sa.Column"), {}, kw, true, {}, {}}, m_file);
    if (!bound)
        return bound.error();
    const BoundCall &b = *bound;
    std::vector<const Expr *> rest = b.rest;
    ColumnDef c;
    const Expr *nameExpr = b.get(QStringLiteral("name"));
    if (!nameExpr && !rest.empty() && pyread::Literal::string(resolve(*rest.front()))) {
        nameExpr = rest.front();
        rest.erase(rest.begin());
    }
    if (!nameExpr)
        return error(r, QStringLiteral("sa.Column needs a name"));
    Result<QString> name = string(*nameExpr, QStringLiteral("the column name"));
    if (!name)
        return name.error();
    c.name = *name;
    const Expr *typeExpr = b.get(QStringLiteral("type_"));
    if (!typeExpr && !rest.empty()) {
        const Expr &first = resolve(*rest.front());
        const QString callee =
            first.is(ExprKind::Call) ? canonical(*first.callee()) : canonical(first);
        if (callee != QLatin1String("sa.ForeignKey") && callee != QLatin1String("sa.Identity") &&
            callee != QLatin1String("sa.Computed")) {
            typeExpr = rest.front();
            rest.erase(rest.begin());
        }
    }
    if (!typeExpr)
        return error(r, QStringLiteral("sa.Column '%1' needs a type").arg(c.name));
    Result<TypeSpec> type = this->type(*typeExpr);
    if (!type)
        return type.error();
    c.type = *type;
    for (const Expr *arg : rest) {
        if (Result<ColumnDef> s = columnArgument(c, *arg); !s)
            return s.error();
    }
    for (const auto &[key, target] :
         {std::pair{"primary_key", &c.primaryKey}, std::pair{"unique", &c.unique},
          std::pair{"index", &c.index}}) {
        if (const Expr *v = b.get(QString::fromLatin1(key))) {
            Result<bool> flag = boolean(*v, QString::fromLatin1(key));
            if (!flag)
                return flag.error();
            *target = *flag;
        }
    }
    c.nullable = !c.primaryKey;
    if (const Expr *v = b.get(QStringLiteral("nullable")); v && !resolve(*v).is(ExprKind::None)) {
        Result<bool> flag = boolean(*v, QStringLiteral("nullable"));
        if (!flag)
            return flag.error();
        c.nullable = *flag;
        c.nullableGiven = true;
    }
    if (const Expr *v = b.get(QStringLiteral("server_default"))) {
        Result<ServerDefault> d = serverDefault(*v);
        if (!d)
            return d.error();
        c.serverDefault = *d;
    }
    if (const Expr *v = b.get(QStringLiteral("comment")); v && !resolve(*v).is(ExprKind::None)) {
        Result<QString> s = string(*v, QStringLiteral("comment"));
        if (!s)
            return s.error();
        c.comment = *s;
    }
    if (const Expr *v = b.get(QStringLiteral("autoincrement"))) {
        const Expr &a = resolve(*v);
        if (a.is(ExprKind::True) || a.is(ExprKind::False))
            c.autoincrement = a.is(ExprKind::True);
        else if (!(pyread::Literal::string(a) == QStringLiteral("auto")) &&
                 !(pyread::Literal::string(a) == QStringLiteral("ignore_fk")))
            return error(*v, QStringLiteral("autoincrement must be True, False, \"auto\" or "
                                            "\"ignore_fk\""));
    }
    c.pythonDefault = b.has(QStringLiteral("default"));
    for (const char *unsupported : {"quote", "system"}) {
        if (const Expr *v = b.get(QString::fromLatin1(unsupported));
            v && !resolve(*v).is(ExprKind::None) && !resolve(*v).is(ExprKind::False))
            return error(*v, QStringLiteral("sa.Column(%1=...) is not supported")
                                 .arg(QString::fromLatin1(unsupported)));
    }
    return c;
}

Result<ConstraintDef> SaReader::constraint(const Expr &e) const
{
    const Expr &r = resolve(e);
    const QString callee = r.is(ExprKind::Call) ? canonical(*r.callee()) : QString();
    ConstraintDef c;
    Result<BoundCall> bound = Error{};
    if (callee == QLatin1String("sa.PrimaryKeyConstraint") ||
        callee == QLatin1String("sa.UniqueConstraint")) {
        c.kind = callee == QLatin1String("sa.PrimaryKeyConstraint")
                     ? ConstraintDef::Kind::PrimaryKey
                     : ConstraintDef::Kind::Unique;
        bound = bindCall(r, {callee, {}, constraintKeywords(), true, {}, {}}, m_file);
        if (!bound)
            return bound.error();
        for (const Expr *col : bound->rest) {
            Result<QString> s = string(*col, QStringLiteral("a constraint column"));
            if (!s)
                return s.error();
            c.columns << *s;
        }
    } else if (callee == QLatin1String("sa.CheckConstraint")) {
        c.kind = ConstraintDef::Kind::Check;
        bound = bindCall(r,
                         {callee,
                          {QStringLiteral("sqltext")},
                          constraintKeywords(),
                          false,
                          {},
                          {QStringLiteral("sqltext")}},
                         m_file);
        if (!bound)
            return bound.error();
        Result<QString> sql = sqlText(*bound->get(QStringLiteral("sqltext")), callee);
        if (!sql)
            return sql.error();
        c.sqlText = *sql;
    } else if (callee == QLatin1String("sa.ForeignKeyConstraint")) {
        QStringList kw = constraintKeywords();
        kw << QStringLiteral("onupdate") << QStringLiteral("ondelete")
           << QStringLiteral("use_alter") << QStringLiteral("link_to_name")
           << QStringLiteral("match");
        bound = bindCall(r,
                         {callee,
                          {QStringLiteral("columns"), QStringLiteral("refcolumns")},
                          kw,
                          false,
                          {},
                          {QStringLiteral("columns"), QStringLiteral("refcolumns")}},
                         m_file);
        if (!bound)
            return bound.error();
        Result<ConstraintDef> fk = foreignKey(*bound, r, false);
        if (!fk)
            return fk.error();
        return fk;
    } else {
        return error(e, QStringLiteral("unsupported table argument %1")
                            .arg(m_module.sourceText(e.span).left(80)));
    }
    if (const Expr *n = bound->get(QStringLiteral("name"))) {
        Result<ObjectName> name = this->name(*n, QStringLiteral("name"));
        if (!name)
            return name.error();
        c.name = *name;
    }
    if (Status s = constraintOptions(*bound, c); !s)
        return s.error();
    return c;
}

Status SaReader::indexOptions(IndexDef &ix,
                              const std::vector<std::pair<QString, const Expr *>> &kw) const
{
    for (const auto &[key, value] : kw) {
        if (resolve(*value).is(ExprKind::None))
            continue;
        if (key == QLatin1String("postgresql_where") || key == QLatin1String("sqlite_where")) {
            Result<QString> sql = sqlText(*value, key);
            if (!sql)
                return sql.error();
            (key == QLatin1String("sqlite_where") ? ix.sqliteWhere : ix.postgresqlWhere) = *sql;
        } else if (key == QLatin1String("postgresql_using")) {
            Result<QString> method = string(*value, key);
            if (!method)
                return method.error();
            ix.postgresqlUsing = *method;
        } else if (key == QLatin1String("postgresql_include")) {
            Result<QStringList> cols = stringList(*value, key);
            if (!cols)
                return cols.error();
            ix.postgresqlInclude = *cols;
        } else if (key == QLatin1String("postgresql_concurrently")) {
            Result<bool> flag = boolean(*value, key);
            if (!flag)
                return flag.error();
            ix.postgresqlConcurrently = *flag;
        } else if (key.startsWith(QLatin1String("postgresql_")) ||
                   key.startsWith(QLatin1String("sqlite_"))) {
            return error(*value, QStringLiteral("index option %1 is not supported").arg(key));
        }
    }
    return Ok{};
}

Result<IndexDef> SaReader::index(const Expr &e) const
{
    const Expr &r = resolve(e);
    Result<BoundCall> b =
        bindCall(r,
                 {QStringLiteral("sa.Index"),
                  {QStringLiteral("name")},
                  {QStringLiteral("unique"), QStringLiteral("info"), QStringLiteral("quote")},
                  true,
                  otherDialectPrefixes(),
                  {QStringLiteral("name")}},
                 m_file);
    if (!b)
        return b.error();
    IndexDef ix;
    Result<ObjectName> name =
        this->name(*b->get(QStringLiteral("name")), QStringLiteral("index name"));
    if (!name)
        return name.error();
    ix.name = *name;
    for (const Expr *key : b->rest) {
        Result<std::vector<schema::IndexElement>> els = indexElements(*key);
        if (!els)
            return els.error();
        ix.elements.insert(ix.elements.end(), els->begin(), els->end());
    }
    if (const Expr *u = b->get(QStringLiteral("unique"))) {
        Result<bool> flag = boolean(*u, QStringLiteral("unique"));
        if (!flag)
            return flag.error();
        ix.unique = *flag;
    }
    if (ix.elements.empty())
        return error(r, QStringLiteral("sa.Index needs columns"));
    if (Status s = indexOptions(ix, b->dialectKeywords); !s)
        return s.error();
    return ix;
}

}  // namespace stratum::migrate
