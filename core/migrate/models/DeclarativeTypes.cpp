// DeclarativeScanner: column types, from explicit SQLAlchemy types and from
// Mapped[...] annotations (SQLAlchemy 2.0's default type map, the Base's
// type_annotation_map, Annotated aliases, Python enum classes).
#include "core/migrate/models/DeclarativeScanner.h"

#include "core/migrate/models/DeclarativeSupport.h"
#include "core/pyread/Literal.h"
#include "core/pyread/Parser.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using schema::ColumnType;
using namespace declarative;

TypeSpec DeclarativeScanner::realize(TypeSpec spec) const
{
    // What the dialect actually creates, so that the model compares equal
    // with reflection: SQLite has no UUID or INTERVAL type.
    if (m_dialect == schema::Dialect::SQLite && !spec.type.isArray()) {
        if (spec.type.kind == schema::TypeKind::Uuid)
            spec.type = ColumnType::fixedChar(32);
        else if (spec.type.kind == schema::TypeKind::Interval)
            spec.type = ColumnType::dateTime();
    }
    return spec;
}

Result<TypeSpec> DeclarativeScanner::typeOf(const Expr &typeExpr)
{
    const Expr &r = m_sa.resolve(typeExpr);
    const bool isCall = r.is(ExprKind::Call);
    const QString name = canonical(isCall ? *r.callee() : r);
    TypeSpec spec;
    spec.python = m_module.sourceText(r.span);
    const bool pg = m_dialect == schema::Dialect::PostgreSQL;
    // SQLAlchemy 2.0 types that the revision-script reader (1.4's vocabulary) lacks.
    if (name == QLatin1String("sa.Uuid")) {
        const Expr *native = isCall ? r.keywordArgument(u"native_uuid") : nullptr;
        spec.type = native && m_sa.resolve(*native).is(ExprKind::False) ? ColumnType::fixedChar(32)
                                                                        : ColumnType::uuid();
        return realize(spec);
    }
    if (name == QLatin1String("sa.UUID")) {
        spec.type = pg ? ColumnType::uuid() : ColumnType::verbatimType(QStringLiteral("UUID"));
        return spec;
    }
    if (name == QLatin1String("sa.Double") || name == QLatin1String("sa.DOUBLE") ||
        name == QLatin1String("sa.DOUBLE_PRECISION")) {
        spec.type = ColumnType::verbatimType(pg || name == QLatin1String("sa.DOUBLE_PRECISION")
                                                 ? QStringLiteral("DOUBLE PRECISION")
                                                 : QStringLiteral("DOUBLE"));
        return spec;
    }
    // SqlType("year"): a local UserDefinedType subclass spelled with its SQL,
    // as ModelsPyWriter writes types SQLAlchemy has no class for.
    if (isCall && r.callee()->is(ExprKind::Name)) {
        const ClassInfo *ci = classInfo(r.callee()->text);
        const Expr *sql = r.positionalArgument(0);
        bool userDefined = false;
        if (ci) {
            for (const Expr &b : ci->stmt->bases)
                userDefined =
                    userDefined || canonical(b).endsWith(QLatin1String("UserDefinedType"));
        }
        if (userDefined && sql && r.children.size() == 2 && pyread::Literal::string(*sql)) {
            spec.type = ColumnType::verbatimType(*pyread::Literal::string(*sql));
            return spec;
        }
    }
    // sa.Enum(PythonEnumClass): the member names are the labels and the
    // lower-cased class name is the type's name, as SQLAlchemy does.
    if (isCall && (name == QLatin1String("sa.Enum") || name == QLatin1String("pg.ENUM"))) {
        const Expr *first = r.positionalArgument(0);
        if (first && first->is(ExprKind::Name) && m_enums.contains(first->text)) {
            Expr call = r;
            const QString enumClass = first->text;
            call.children.erase(call.children.begin() + 1);
            std::vector<Expr> labels;
            for (const QString &l : m_enums.value(enumClass))
                labels.push_back(makeNode(ExprKind::String, l, first->span));
            call.children.insert(call.children.begin() + 1, labels.begin(), labels.end());
            if (!call.keywordArgument(u"name")) {
                Expr kw = makeNode(ExprKind::Keyword, QStringLiteral("name"), first->span);
                kw.children.push_back(makeNode(ExprKind::String, enumClass.toLower(), first->span));
                call.children.push_back(std::move(kw));
            }
            Result<TypeSpec> t = m_sa.type(call);
            if (t)
                return realize(*t);
            return t;
        }
    }
    Result<TypeSpec> t = m_sa.type(r);
    if (!t)
        return t;
    return realize(*t);
}

DeclarativeScanner::AnnotationInfo DeclarativeScanner::annotationInfo(const Expr &annotation)
{
    AnnotationInfo info;
    Expr top = annotation;
    if (std::optional<QString> s = pyread::Literal::string(annotation)) {
        Result<Expr> parsed = pyread::Parser::parseExpression(*s, m_file);
        if (!parsed) {
            info.problem = QStringLiteral("unparsable annotation");
            return info;
        }
        top = *parsed;
        setSpan(top, annotation.span);
    }
    if (!top.is(ExprKind::Subscript)) {
        info.problem = QStringLiteral("the annotation is not Mapped[...]");
        return info;
    }
    const QString outer = canonical(top.children[0]);
    if (isSa(outer, u"WriteOnlyMapped") || isSa(outer, u"DynamicMapped")) {
        info.mapped = true;
        info.relationship = true;
        return info;
    }
    if (!isSa(outer, u"Mapped")) {
        info.problem = QStringLiteral("the annotation is not Mapped[...]");
        return info;
    }
    info.mapped = true;
    analyzeAnnotation(top.children[1], info, 0);
    return info;
}

void DeclarativeScanner::analyzeAnnotation(const Expr &e, AnnotationInfo &info, int depth)
{
    if (depth > 12) {
        info.problem = QStringLiteral("the annotation nests too deeply");
        return;
    }
    if (std::optional<QString> s = pyread::Literal::string(e)) {
        Result<Expr> parsed = pyread::Parser::parseExpression(*s, m_file);
        if (!parsed) {
            info.problem = QStringLiteral("unparsable annotation");
            return;
        }
        Expr inner = *parsed;
        setSpan(inner, e.span);
        analyzeAnnotation(inner, info, depth + 1);
        return;
    }
    if (e.is(ExprKind::None)) {
        info.nullable = true;
        return;
    }
    if (e.is(ExprKind::BinaryOp) && e.text == QLatin1String("|")) {
        int types = 0;
        for (const Expr &part : e.children) {
            if (part.is(ExprKind::None)) {
                info.nullable = true;
            } else {
                ++types;
                analyzeAnnotation(part, info, depth + 1);
            }
        }
        if (types > 1) {
            info.type.reset();
            info.problem = QStringLiteral("a union of several types");
        }
        return;
    }
    if (e.is(ExprKind::Subscript)) {
        const QString outer = canonical(e.children[0]);
        const Expr &index = e.children[1];
        const QString shortName = outer.section(u'.', -1);
        if (shortName == QLatin1String("Optional")) {
            info.nullable = true;
            analyzeAnnotation(index, info, depth + 1);
            return;
        }
        if (shortName == QLatin1String("Union")) {
            Expr parts = index;
            if (!parts.is(ExprKind::Tuple)) {
                analyzeAnnotation(parts, info, depth + 1);
                return;
            }
            Expr asOr = makeNode(ExprKind::BinaryOp, QStringLiteral("|"), e.span);
            asOr.children = parts.children;
            analyzeAnnotation(asOr, info, depth + 1);
            return;
        }
        if (shortName == QLatin1String("Annotated")) {
            const Expr *base = index.is(ExprKind::Tuple) && !index.children.empty()
                                   ? &index.children.front()
                                   : &index;
            if (index.is(ExprKind::Tuple)) {
                for (size_t i = 1; i < index.children.size(); ++i) {
                    const Expr &extra = m_sa.resolve(index.children[i]);
                    if (extra.is(ExprKind::Call) &&
                        isSa(canonical(*extra.callee()), u"mapped_column")) {
                        for (size_t k = 1; k < extra.children.size(); ++k)
                            info.extraArguments.push_back(extra.children[k]);
                    }
                }
            }
            analyzeAnnotation(*base, info, depth + 1);
            return;
        }
        if (QStringList{"List", "list", "Set", "set", "Dict", "dict", "Sequence", "Collection",
                        "FrozenSet", "Tuple", "tuple"}
                .contains(shortName)) {
            info.relationship = true;
            return;
        }
        if (shortName == QLatin1String("Literal")) {
            info.problem = QStringLiteral("Literal[...] types are not read yet");
            return;
        }
        info.problem = QStringLiteral("%1[...] is not in SQLAlchemy's type map").arg(shortName);
        return;
    }
    if (e.is(ExprKind::Name) || e.is(ExprKind::Attribute)) {
        const QString written = e.dottedName();
        const QString name = canonical(e);
        // type_annotation_map first, by the name as written and as resolved
        for (const auto &[key, value] : m_typeMap) {
            if (key == written || key == name) {
                Result<TypeSpec> t = typeOf(value);
                if (t)
                    info.type = *t;
                else
                    info.problem = t.error().message;
                return;
            }
        }
        // an alias: "intpk = Annotated[int, mapped_column(primary_key=True)]"
        if (e.is(ExprKind::Name)) {
            const Expr *alias = m_module.assignedValue(e.text);
            if (alias && alias->is(ExprKind::Subscript)) {
                analyzeAnnotation(*alias, info, depth + 1);
                return;
            }
        }
        info.type = mappedTypeFor(name, e, info);
        return;
    }
    info.problem = QStringLiteral("an annotation Stratum cannot read");
}

std::optional<TypeSpec> DeclarativeScanner::mappedTypeFor(const QString &name, const Expr &,
                                                          AnnotationInfo &info)
{
    // SQLAlchemy 2.0's default type_annotation_map (sqlalchemy.sql.sqltypes._type_map).
    TypeSpec spec;
    if (name == QLatin1String("int"))
        spec.type = ColumnType::integer();
    else if (name == QLatin1String("str"))
        spec.type = ColumnType::string();
    else if (name == QLatin1String("bool"))
        spec.type = ColumnType::boolean();
    else if (name == QLatin1String("float"))
        spec.type = ColumnType::floating();
    else if (name == QLatin1String("bytes"))
        spec.type = ColumnType::largeBinary();
    else if (name == QLatin1String("decimal.Decimal"))
        spec.type = ColumnType::numeric();
    else if (name == QLatin1String("datetime.datetime"))
        spec.type = ColumnType::dateTime();
    else if (name == QLatin1String("datetime.date"))
        spec.type = ColumnType::date();
    else if (name == QLatin1String("datetime.time"))
        spec.type = ColumnType::time();
    else if (name == QLatin1String("datetime.timedelta"))
        spec.type = ColumnType::interval();
    else if (name == QLatin1String("uuid.UUID"))
        spec.type = ColumnType::uuid();
    else if (m_enums.contains(name)) {
        // Enum(PythonEnum): labels are the member names, the type's name the
        // lower-cased class name; native on PostgreSQL, VARCHAR on SQLite.
        spec.enumLabels = m_enums.value(name);
        spec.type = ColumnType::enumeration(name.toLower());
    } else if (m_classes.count(name) || m_rootNames.contains(name)) {
        info.relationship = true;
        return std::nullopt;
    } else {
        info.problem = QStringLiteral("%1 is not in SQLAlchemy's default type map").arg(name);
        return std::nullopt;
    }
    return realize(spec);
}

}  // namespace stratum::migrate
