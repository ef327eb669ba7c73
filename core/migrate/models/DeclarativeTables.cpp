// DeclarativeScanner: __table_args__, Table(...) objects, module-level
// Index(...) and Sequence(...), and column keys in constraints.
#include "core/migrate/models/DeclarativeScanner.h"

#include "core/migrate/models/DeclarativeSupport.h"
#include "core/pyread/Literal.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using pyread::Stmt;
using namespace declarative;

void DeclarativeScanner::tableArgs(TableDef &table, const Expr &argsExpr, const ClassInfo &)
{
    const Expr &args = m_sa.resolve(argsExpr);
    std::vector<const Expr *> items;
    const Expr *options = nullptr;
    if (args.is(ExprKind::Dict)) {
        options = &args;
    } else if (args.is(ExprKind::Tuple) || args.is(ExprKind::List)) {
        for (const Expr &c : args.children)
            items.push_back(&c);
        if (!items.empty() && m_sa.resolve(*items.back()).is(ExprKind::Dict)) {
            options = &m_sa.resolve(*items.back());
            items.pop_back();
        }
    } else {
        warn(args, QStringLiteral("__table_args__ must be a tuple or a dict; ignored"));
        return;
    }
    if (options) {
        for (int i = 0; i < options->dictSize(); ++i) {
            std::optional<QString> key = pyread::Literal::string(options->dictKey(i));
            if (!key)
                warn(options->dictKey(i), QStringLiteral("__table_args__ key is not a string"));
            else
                tableOption(table, *key, options->dictValue(i));
        }
    }
    for (const Expr *item : items) {
        Expr copy = m_sa.resolve(*item);
        rewriteExpression(copy);
        if (m_sa.isIndex(copy)) {
            Result<IndexDef> ix = m_sa.index(copy);
            if (ix)
                table.indexes.push_back(*ix);
            else
                warn(ix.error().line, ix.error().message + QStringLiteral("; index skipped"));
            continue;
        }
        Result<ConstraintDef> c = m_sa.constraint(copy);
        if (c)
            table.constraints.push_back(*c);
        else
            warn(c.error().line, c.error().message + QStringLiteral("; skipped"));
    }
}

void DeclarativeScanner::tableOption(TableDef &table, const QString &key, const Expr &valueExpr)
{
    const Expr &value = m_sa.resolve(valueExpr);
    if (key == QLatin1String("schema")) {
        if (std::optional<QString> s = pyread::Literal::string(value))
            table.schema = *s;
        else if (!value.is(ExprKind::None))
            warn(value, QStringLiteral("schema is not a string literal; ignored"));
    } else if (key == QLatin1String("comment")) {
        if (std::optional<QString> s = pyread::Literal::string(value))
            table.comment = *s;
        else if (!value.is(ExprKind::None))
            warn(value, QStringLiteral("comment is not a string literal; ignored"));
    } else if (key == QLatin1String("sqlite_autoincrement")) {
        table.sqliteAutoincrement = value.is(ExprKind::True);
    } else if (key == QLatin1String("extend_existing") || key == QLatin1String("keep_existing") ||
               key == QLatin1String("info") || key == QLatin1String("quote") ||
               key == QLatin1String("implicit_returning") ||
               key.startsWith(QLatin1String("mysql_")) ||
               key.startsWith(QLatin1String("mariadb_")) ||
               key.startsWith(QLatin1String("mssql_")) ||
               key.startsWith(QLatin1String("oracle_"))) {
        // no effect on PostgreSQL or SQLite DDL
    } else {
        warn(value, QStringLiteral("table option %1 is not supported; ignored").arg(key));
    }
}

void DeclarativeScanner::processTableCall(const Expr &call, const Stmt &at)
{
    const std::vector<const Expr *> positional = call.positionalArguments();
    std::optional<QString> name =
        positional.empty() ? std::nullopt : pyread::Literal::string(m_sa.resolve(*positional[0]));
    if (!name) {
        warn(call, QStringLiteral("Table(...) without a literal name; skipped"));
        return;
    }
    if (call.hasStarArguments()) {
        warn(call, QStringLiteral("Table(...) with *args or **kwargs needs Python; skipped"));
        return;
    }
    TableDef t;
    t.name = *name;
    t.schema = defaultSchema;
    for (size_t i = 1; i < call.children.size(); ++i) {
        const Expr &arg = call.children[i];
        if (arg.is(ExprKind::Keyword))
            tableOption(t, arg.text, arg.children.front());
    }
    const size_t index = addTable(std::move(t), at.span.line);
    for (size_t i = 2; i < positional.size(); ++i) {
        Expr copy = m_sa.resolve(*positional[i]);
        if (copy.is(ExprKind::Call) && (isSa(canonical(*copy.callee()), u"Column") ||
                                        isSa(canonical(*copy.callee()), u"mapped_column"))) {
            readCoreColumn(tables[index], index, copy, QString(), nullptr, false);
            continue;
        }
        rewriteExpression(copy);
        if (m_sa.isIndex(copy)) {
            Result<IndexDef> ix = m_sa.index(copy);
            if (ix)
                tables[index].indexes.push_back(*ix);
            else
                warn(ix.error().line, ix.error().message + QStringLiteral("; index skipped"));
            continue;
        }
        Result<ConstraintDef> c = m_sa.constraint(copy);
        if (c)
            tables[index].constraints.push_back(*c);
        else
            warn(c.error().line, c.error().message + QStringLiteral("; skipped"));
    }
}

void DeclarativeScanner::processModuleIndex(const Expr &call)
{
    // Index("ix_name", User.email) or Index("ix_name", users.c.email): the
    // table is the one the first column reference belongs to.
    std::optional<size_t> table;
    std::vector<const Expr *> refs;
    for (const Expr *arg : call.positionalArguments()) {
        if (arg->is(ExprKind::Call)) {  // func.lower(User.email)
            for (const Expr *inner : arg->positionalArguments())
                refs.push_back(inner);
        } else {
            refs.push_back(arg);
        }
    }
    for (const Expr *arg : refs) {
        if (!arg->is(ExprKind::Attribute))
            continue;
        const Expr &object = arg->children.front();
        if (object.is(ExprKind::Name)) {
            const ClassInfo *ci = classInfo(object.text);
            if (ci && ci->mapped) {
                const QString owner = ci->singleTableOf.isEmpty() ? object.text : ci->singleTableOf;
                const ClassInfo *oi = classInfo(owner);
                const auto it = m_tableIndex.find(tableKey(defaultSchema, oi->tableName));
                if (it != m_tableIndex.end())
                    table = it->second;
            }
        } else if (object.is(ExprKind::Attribute) && object.text == QLatin1String("c") &&
                   object.children.front().is(ExprKind::Name)) {
            const auto it = m_tableVariables.find(object.children.front().text);
            if (it != m_tableVariables.end())
                table = it->second;
        }
        if (table)
            break;
    }
    if (!table) {
        warn(call, QStringLiteral("Index(...) outside a table whose table Stratum cannot tell; "
                                  "skipped"));
        return;
    }
    Expr copy = call;
    rewriteExpression(copy);
    Result<IndexDef> ix = m_sa.index(copy);
    if (ix)
        tables[*table].indexes.push_back(*ix);
    else
        warn(ix.error().line, ix.error().message + QStringLiteral("; index skipped"));
}

void DeclarativeScanner::readSequence(const Expr &call)
{
    // create_all() creates a Sequence bound to the MetaData or to a column;
    // SQLite has none (SQLAlchemy skips them there).
    if (m_dialect != schema::Dialect::PostgreSQL)
        return;
    const Expr *nameExpr = call.positionalArgument(0);
    if (!nameExpr)
        nameExpr = call.keywordArgument(u"name");
    std::optional<QString> name =
        nameExpr ? pyread::Literal::string(m_sa.resolve(*nameExpr)) : std::nullopt;
    if (!name) {
        warn(call, QStringLiteral("Sequence(...) without a literal name; skipped"));
        return;
    }
    schema::Sequence seq;
    seq.name = *name;
    seq.schema = defaultSchema;
    for (size_t i = 1; i < call.children.size(); ++i) {
        const Expr &arg = call.children[i];
        if (!arg.is(ExprKind::Keyword))
            continue;
        const QString &key = arg.text;
        const Expr &v = m_sa.resolve(arg.children.front());
        if (v.is(ExprKind::None))
            continue;
        std::optional<qint64> *target = key == QLatin1String("start")       ? &seq.start
                                        : key == QLatin1String("increment") ? &seq.increment
                                        : key == QLatin1String("minvalue")  ? &seq.minValue
                                        : key == QLatin1String("maxvalue")  ? &seq.maxValue
                                        : key == QLatin1String("cache")     ? &seq.cache
                                                                            : nullptr;
        if (target) {
            Result<std::optional<qint64>> n = m_sa.integer(&v, key);
            if (n)
                *target = *n;
            else
                warn(arg, n.error().message + QStringLiteral("; ignored"));
        } else if (key == QLatin1String("cycle")) {
            seq.cycle = v.is(ExprKind::True);
        } else if (key == QLatin1String("schema")) {
            if (std::optional<QString> sc = pyread::Literal::string(v))
                seq.schema = *sc;
        } else if (key == QLatin1String("data_type")) {
            Result<TypeSpec> t = m_sa.type(v);
            if (t && t->type.isInteger())
                seq.dataType = t->type.kind;
            else
                warn(arg, QStringLiteral("Sequence data_type must be an integer type; ignored"));
        } else if (key != QLatin1String("metadata") && key != QLatin1String("optional") &&
                   key != QLatin1String("order") && key != QLatin1String("quote") &&
                   key != QLatin1String("for_update")) {
            warn(arg, QStringLiteral("Sequence(%1=...) is not supported; ignored").arg(key));
        }
    }
    for (const schema::Sequence &existing : sequences) {
        if (existing.schema == seq.schema && existing.name == seq.name)
            return;
    }
    sequences.push_back(seq);
}

void DeclarativeScanner::applyKeys(size_t tableIndex)
{
    const auto it = m_keys.find(tableIndex);
    if (it == m_keys.end())
        return;
    const std::map<QString, QString> &keys = it->second;
    auto map = [&keys](QString &column) {
        const auto k = keys.find(column);
        if (k != keys.end())
            column = k->second;
    };
    TableDef &t = tables[tableIndex];
    for (ConstraintDef &c : t.constraints) {
        for (QString &col : c.columns)
            map(col);
    }
    for (IndexDef &ix : t.indexes) {
        for (schema::IndexElement &e : ix.elements) {
            if (!e.isExpression())
                map(e.column);
        }
    }
}

}  // namespace stratum::migrate
