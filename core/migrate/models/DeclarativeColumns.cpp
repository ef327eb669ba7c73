// DeclarativeScanner: column attributes (Column, mapped_column, class
// references in ForeignKey/Index, foreign-key-typed columns).
#include "core/migrate/models/DeclarativeScanner.h"

#include "core/migrate/models/DeclarativeSupport.h"

#include "core/pyread/Literal.h"
#include "core/pyread/Parser.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using schema::ColumnType;
using namespace declarative;

namespace {

// mapped_column() keywords that only concern the ORM or dataclasses.
const QStringList kOrmOnlyKeywords = {QStringLiteral("init"),
                                      QStringLiteral("repr"),
                                      QStringLiteral("default_factory"),
                                      QStringLiteral("compare"),
                                      QStringLiteral("kw_only"),
                                      QStringLiteral("deferred"),
                                      QStringLiteral("deferred_group"),
                                      QStringLiteral("deferred_raiseload"),
                                      QStringLiteral("use_existing_column"),
                                      QStringLiteral("active_history"),
                                      QStringLiteral("sort_order"),
                                      QStringLiteral("hash"),
                                      QStringLiteral("dataclass_metadata")};

bool spanContains(const pyread::Span &s, int line, int column)
{
    return s.contains(line, column);
}

}  // namespace

void DeclarativeScanner::rewriteExpression(Expr &e) const
{
    // ForeignKey(User.id) / Index("ix", User.email): class attributes become
    // the "table.column" or column-name strings that SaReader reads.
    if (e.is(ExprKind::Call)) {
        const QString callee = canonical(*e.callee());
        const bool fk = isSa(callee, u"ForeignKey");
        const bool columnsOnly = isSa(callee, u"Index") || isSa(callee, u"UniqueConstraint") ||
                                 isSa(callee, u"PrimaryKeyConstraint");
        for (size_t i = 1; i < e.children.size(); ++i) {
            Expr &arg = e.children[i];
            if (arg.is(ExprKind::Attribute) && arg.children.front().is(ExprKind::Name) &&
                (fk || columnsOnly)) {
                const ClassInfo *ci = classInfo(arg.children.front().text);
                if (ci) {
                    const auto cn = ci->columnNames.find(arg.text);
                    const QString column = cn == ci->columnNames.end() ? arg.text : cn->second;
                    QString table = ci->tableName;
                    if (!ci->singleTableOf.isEmpty() && classInfo(ci->singleTableOf))
                        table = classInfo(ci->singleTableOf)->tableName;
                    const QString text = fk ? table + u'.' + column : column;
                    arg = makeNode(ExprKind::String, text, arg.span);
                    continue;
                }
            }
            // Index("ix", func.lower(User.email)) -> sa.text("lower(email)")
            if (isSa(callee, u"Index") && arg.is(ExprKind::Call) &&
                canonical(*arg.callee()).startsWith(QLatin1String("sa.func."))) {
                QStringList sqlArgs;
                bool simple = !arg.hasStarArguments();
                for (size_t k = 1; k < arg.children.size() && simple; ++k) {
                    const Expr &a = arg.children[k];
                    if (a.is(ExprKind::Attribute) && a.children.front().is(ExprKind::Name) &&
                        classInfo(a.children.front().text)) {
                        const ClassInfo *ci = classInfo(a.children.front().text);
                        const auto cn = ci->columnNames.find(a.text);
                        sqlArgs << (cn == ci->columnNames.end() ? a.text : cn->second);
                    } else if (a.is(ExprKind::Attribute) &&
                               a.children.front().is(ExprKind::Attribute) &&
                               a.children.front().text == QLatin1String("c")) {
                        sqlArgs << a.text;
                    } else if (a.is(ExprKind::Number)) {
                        sqlArgs << a.text;
                    } else {
                        simple = false;
                    }
                }
                if (simple) {
                    const QString sql = canonical(*arg.callee()).mid(8) + u'(' +
                                        sqlArgs.join(QStringLiteral(", ")) + u')';
                    Expr text = makeNode(ExprKind::Call, {}, arg.span);
                    text.children.push_back(saName(QStringLiteral("text"), arg.span));
                    text.children.push_back(makeNode(ExprKind::String, sql, arg.span));
                    arg = std::move(text);
                    continue;
                }
            }
            // table.c.column
            if (arg.is(ExprKind::Attribute) && columnsOnly &&
                arg.children.front().is(ExprKind::Attribute) &&
                arg.children.front().text == QLatin1String("c")) {
                arg = makeNode(ExprKind::String, arg.text, arg.span);
                continue;
            }
            if (fk && arg.is(ExprKind::Attribute) && arg.children.front().is(ExprKind::Attribute) &&
                arg.children.front().text == QLatin1String("c") &&
                arg.children.front().children.front().is(ExprKind::Name)) {
                const auto it = m_tableVariables.find(arg.children.front().children.front().text);
                if (it != m_tableVariables.end()) {
                    arg = makeNode(ExprKind::String, tables[it->second].name + u'.' + arg.text,
                                   arg.span);
                    continue;
                }
            }
            rewriteExpression(arg);
        }
        return;
    }
    for (Expr &c : e.children)
        rewriteExpression(c);
}

void DeclarativeScanner::warnRelationship(const Expr &call)
{
    for (size_t i = 1; i < call.children.size(); ++i) {
        const Expr &arg = call.children[i];
        const Expr &v = arg.is(ExprKind::Keyword) ? arg.children.front() : arg;
        const bool plain = v.isStringLiteral() || v.is(ExprKind::Name) || v.is(ExprKind::True) ||
                           v.is(ExprKind::False) || v.is(ExprKind::None) || v.is(ExprKind::Number);
        if (!plain) {
            warn(arg, QStringLiteral("relationship() argument %1 needs Python to evaluate; "
                                     "relationships create no DDL, so the schema is unaffected")
                          .arg(m_module.sourceText(arg.span).left(60)));
        }
    }
}

bool DeclarativeScanner::readColumn(TableDef &table, size_t tableIndex, const Attribute &a)
{
    if (!a.value) {
        if (!a.annotation)
            return false;
        // "name: Mapped[str]" alone is mapped_column() with everything inferred.
        const AnnotationInfo probe = annotationInfo(*a.annotation);
        if (!probe.mapped)
            return false;
        Expr call = makeNode(ExprKind::Call, {}, a.annotation->span);
        call.children.push_back(saName(QStringLiteral("mapped_column"), a.annotation->span));
        return readCoreColumn(table, tableIndex, call, a.key, a.annotation, true);
    }
    const Expr &v = *a.value;
    if (!v.is(ExprKind::Call))
        return false;
    const QString callee = canonical(*v.callee());
    if (isSa(callee, u"Column"))
        return readCoreColumn(table, tableIndex, v, a.key, a.annotation, false);
    if (isSa(callee, u"mapped_column"))
        return readCoreColumn(table, tableIndex, v, a.key, a.annotation, true);
    if (isSa(callee, u"relationship") || isSa(callee, u"backref") ||
        isSa(callee, u"dynamic_loader") || isSa(callee, u"association_proxy")) {
        warnRelationship(v);
        return false;
    }
    if (isSa(callee, u"deferred") || isSa(callee, u"column_property")) {
        const Expr *inner = v.positionalArgument(0);
        if (inner && inner->is(ExprKind::Call)) {
            const QString ic = canonical(*inner->callee());
            if (isSa(ic, u"Column") || isSa(ic, u"mapped_column"))
                return readCoreColumn(table, tableIndex, *inner, a.key, a.annotation,
                                      isSa(ic, u"mapped_column"));
        }
        return false;  // a SQL expression: no column in the table
    }
    static const QStringList noDdl = {
        QStringLiteral("synonym"),          QStringLiteral("composite"),
        QStringLiteral("query_expression"), QStringLiteral("hybrid_property"),
        QStringLiteral("object_session"),   QStringLiteral("validates")};
    if (noDdl.contains(callee.section(u'.', -1)))
        return false;
    warn(v, QStringLiteral("%1 = %2(...) is not a construct Stratum reads; not in the model")
                .arg(a.key, v.callee()->dottedName().isEmpty() ? QStringLiteral("call")
                                                               : v.callee()->dottedName()));
    return false;
}

bool DeclarativeScanner::readCoreColumn(TableDef &table, size_t tableIndex, Expr call,
                                        const QString &fallbackName, const Expr *annotation,
                                        bool mappedColumn)
{
    const int line = call.span.line;
    rewriteExpression(call);
    if (call.hasStarArguments()) {
        warn(call, QStringLiteral("a column with *args or **kwargs needs Python; skipped"));
        return false;
    }
    AnnotationInfo ann;
    if (annotation && mappedColumn) {
        ann = annotationInfo(*annotation);
        if (ann.relationship) {
            warn(call, QStringLiteral("mapped_column() on a relationship annotation; skipped"));
            return false;
        }
        // Annotated[T, mapped_column(...)]: its arguments apply where the
        // attribute's own mapped_column() does not give them.
        for (const Expr &extra : ann.extraArguments) {
            if (extra.is(ExprKind::Keyword) && call.keywordArgument(extra.text))
                continue;
            if (!extra.is(ExprKind::Keyword) && !call.positionalArguments().empty())
                continue;
            call.children.push_back(extra);
        }
    }
    // Make it an sa.Column call SaReader can read: drop the ORM-only keywords.
    if (mappedColumn) {
        call.children.front() = saName(QStringLiteral("Column"), call.children.front().span);
        for (size_t i = call.children.size(); i-- > 1;) {
            Expr &arg = call.children[i];
            if (!arg.is(ExprKind::Keyword))
                continue;
            if (kOrmOnlyKeywords.contains(arg.text))
                call.children.erase(call.children.begin() + qsizetype(i));
            else if (arg.text == QLatin1String("insert_default"))
                arg.text = QStringLiteral("default");
        }
    }
    // The name: the first positional string, name=, or the attribute key.
    size_t firstArg = 1;
    while (firstArg < call.children.size() && call.children[firstArg].is(ExprKind::Keyword))
        ++firstArg;
    const bool named = call.keywordArgument(u"name") ||
                       (firstArg < call.children.size() &&
                        pyread::Literal::string(m_sa.resolve(call.children[firstArg])).has_value());
    if (!named) {
        if (fallbackName.isEmpty()) {
            warn(call, QStringLiteral("a Column without a name; skipped"));
            return false;
        }
        call.children.insert(call.children.begin() + 1,
                             makeNode(ExprKind::String, fallbackName, call.span));
    }
    // The type: type_= or the first positional argument after the name that
    // is not a ForeignKey/Identity/Computed/Sequence/CheckConstraint. It is
    // read here (SQLAlchemy 2.0 types, Python enum classes) and replaced by a
    // placeholder for SaReader.
    const bool namePositional = !call.keywordArgument(u"name");
    std::optional<TypeSpec> type;
    bool typeFromFk = false;
    bool hasSequence = false;
    std::vector<Expr> checks;
    int positionalSeen = 0;
    for (size_t i = 1; i < call.children.size(); ++i) {
        Expr &arg = call.children[i];
        const bool keyword = arg.is(ExprKind::Keyword);
        if (keyword && arg.text != QLatin1String("type_"))
            continue;
        if (!keyword && namePositional && positionalSeen++ == 0)
            continue;  // the name
        const Expr &r = m_sa.resolve(keyword ? arg.children.front() : arg);
        const QString c = canonical(r.is(ExprKind::Call) ? *r.callee() : r);
        if (isSa(c, u"Sequence")) {
            hasSequence = true;
            readSequence(r);
            call.children.erase(call.children.begin() + qsizetype(i--));
            continue;
        }
        if (isSa(c, u"CheckConstraint")) {
            checks.push_back(r);
            call.children.erase(call.children.begin() + qsizetype(i--));
            continue;
        }
        if (!keyword && (isSa(c, u"ForeignKey") || isSa(c, u"Identity") || isSa(c, u"Computed")))
            continue;
        if (type)
            continue;
        Result<TypeSpec> t = typeOf(r);
        if (!t) {
            warn(t.error().line ? t.error().line : line,
                 t.error().message + QStringLiteral("; column %1 is skipped").arg(fallbackName));
            return false;
        }
        type = *t;
        if (keyword)
            arg.children.front() = saName(QStringLiteral("Integer"), arg.span);
        else
            arg = saName(QStringLiteral("Integer"), arg.span);
    }
    if (!type && ann.type) {
        type = ann.type;
    }
    if (!type) {
        // mapped_column(ForeignKey("users.id")) without a type takes the
        // referred column's type once every table is read.
        for (size_t i = 1; i < call.children.size() && !typeFromFk; ++i) {
            const Expr &arg = call.children[i];
            typeFromFk = arg.is(ExprKind::Call) && isSa(canonical(*arg.callee()), u"ForeignKey");
        }
        if (!typeFromFk) {
            warn(annotation ? annotation->span.line : line,
                 QStringLiteral("column %1 has no type Stratum can tell%2; skipped")
                     .arg(fallbackName, ann.problem.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (") + ann.problem + u')'));
            return false;
        }
    }
    if (!call.keywordArgument(u"type_")) {
        bool placed = false;
        for (size_t i = 1, p = namePositional ? 0 : 1; i < call.children.size() && !placed; ++i) {
            if (call.children[i].is(ExprKind::Keyword) || p++ == 0)
                continue;
            placed = true;  // a type was already positional (replaced above)
            const Expr &r = m_sa.resolve(call.children[i]);
            const QString c = canonical(r.is(ExprKind::Call) ? *r.callee() : r);
            if (isSa(c, u"ForeignKey") || isSa(c, u"Identity") || isSa(c, u"Computed"))
                placed = false;
            break;
        }
        if (!placed) {
            Expr kw = makeNode(ExprKind::Keyword, QStringLiteral("type_"), call.span);
            kw.children.push_back(saName(QStringLiteral("Integer"), call.span));
            call.children.push_back(std::move(kw));
        }
    }
    // Read it; an argument SaReader refuses is dropped with a warning.
    Result<ColumnDef> column = Error{};
    for (int attempt = 0; attempt < 12; ++attempt) {
        column = m_sa.column(call);
        if (column)
            break;
        const Error &err = column.error();
        bool dropped = false;
        for (size_t i = 2; i < call.children.size(); ++i) {
            if (spanContains(call.children[i].span, err.line, err.column)) {
                warn(err.line ? err.line : line,
                     err.message + QStringLiteral("; argument ignored"));
                call.children.erase(call.children.begin() + qsizetype(i));
                dropped = true;
                break;
            }
        }
        if (!dropped) {
            warn(err.line ? err.line : line,
                 err.message + QStringLiteral("; column %1 is skipped").arg(fallbackName));
            return false;
        }
    }
    if (!column)
        return false;
    ColumnDef c = *column;
    if (type)
        c.type = *type;
    // SQLAlchemy's SQLite compiler spells func.now() CURRENT_TIMESTAMP and
    // wraps every function default in parentheses.
    if (const Expr *d = call.keywordArgument(u"server_default");
        d && m_dialect == schema::Dialect::SQLite && m_sa.resolve(*d).is(ExprKind::Call) &&
        canonical(*m_sa.resolve(*d).callee()).startsWith(QLatin1String("sa.func.")) &&
        c.serverDefault.kind == ServerDefault::Kind::Sql) {
        const QString fn = c.serverDefault.value;
        c.serverDefault.value =
            u'(' + (fn == QLatin1String("now()") ? QStringLiteral("CURRENT_TIMESTAMP") : fn) + u')';
    }
    if (hasSequence)
        c.pythonDefault = true;  // the sequence supplies the values: no SERIAL
    // SQLAlchemy 2.0: Mapped[T] makes NOT NULL, Mapped[Optional[T]] NULL,
    // unless nullable= says otherwise; a primary key is never NULL.
    if (mappedColumn && annotation && ann.mapped && !c.nullableGiven)
        c.nullable = ann.nullable && !c.primaryKey;
    if (table.column(c.name)) {
        warn(line, QStringLiteral("column %1 of %2 is declared twice; the second is skipped")
                       .arg(c.name, table.displayName()));
        return false;
    }
    for (const Expr &ck : checks) {
        Result<ConstraintDef> k = m_sa.constraint(ck);
        if (k)
            table.constraints.push_back(*k);
        else
            warn(k.error().line, k.error().message + QStringLiteral("; skipped"));
    }
    if (typeFromFk && !c.foreignKeys.empty())
        m_pendingFkTypes.push_back({tableIndex, c.name, c.foreignKeys.front(), line});
    if (!fallbackName.isEmpty())
        m_keys[tableIndex][fallbackName] = c.name;
    table.columns.push_back(std::move(c));
    return true;
}

void DeclarativeScanner::resolveForeignKeyTypes()
{
    for (const PendingFkType &p : m_pendingFkTypes) {
        const ConstraintDef &fk = p.fk;
        const QString schemaName = fk.referredSchema.isEmpty() ? defaultSchema : fk.referredSchema;
        const auto it = m_tableIndex.find(schemaName + u'.' + fk.referredTable);
        const ColumnDef *target = nullptr;
        if (it != m_tableIndex.end() && !fk.referredColumns.isEmpty())
            target = tables[it->second].column(fk.referredColumns.front());
        ColumnDef *c = tables[p.table].column(p.column);
        if (!c)
            continue;
        if (target) {
            c->type = target->type;
            c->type.enumLabels = target->type.enumLabels;
        } else {
            warn(p.line, QStringLiteral("column %1 takes its type from %2.%3, which is not in "
                                        "this file; INTEGER assumed")
                             .arg(p.column, fk.referredTable, fk.referredColumns.value(0)));
            c->type = TypeSpec{};
            c->type.type = ColumnType::integer();
        }
    }
}

}  // namespace stratum::migrate
