// SaReader: the sa.* and postgresql.* column types.
#include "core/migrate/ops/SaReader.h"

#include "core/pyread/Renderer.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using schema::ColumnType;
using schema::TypeKind;

namespace {

enum class Family {
    Fixed,      // no arguments that change the DDL
    Numeric,    // precision, scale
    Float,      // precision
    String,     // length, collation
    Timestamp,  // timezone (+ precision for postgresql.TIMESTAMP/TIME)
    Interval,
    Binary,  // length (ignored)
    Json,
    Uuid,
    Array,
    Enum,
    Boolean,
    Verbatim,  // fixed SQL name, optional length
};

struct TypeEntry
{
    QString name;  // canonical name
    Family family;
    ColumnType type;
    const char *sql = nullptr;  // Verbatim: the SQL spelling
};

const std::vector<TypeEntry> &typeTable()
{
    static const std::vector<TypeEntry> table = [] {
        std::vector<TypeEntry> t;
        auto add = [&t](const char *name, Family f, ColumnType type, const char *sql = nullptr) {
            t.push_back({QString::fromLatin1(name), f, type, sql});
        };
        for (const char *n : {"sa.Integer", "sa.INTEGER", "sa.INT", "pg.INTEGER"})
            add(n, Family::Fixed, ColumnType::integer());
        for (const char *n : {"sa.BigInteger", "sa.BIGINT", "pg.BIGINT"})
            add(n, Family::Fixed, ColumnType::bigInteger());
        for (const char *n : {"sa.SmallInteger", "sa.SMALLINT", "pg.SMALLINT"})
            add(n, Family::Fixed, ColumnType::smallInteger());
        for (const char *n : {"sa.Numeric", "sa.NUMERIC", "pg.NUMERIC"})
            add(n, Family::Numeric, ColumnType::numeric());
        add("sa.DECIMAL", Family::Numeric, ColumnType::verbatimType({}), "DECIMAL");
        for (const char *n : {"sa.Float", "sa.FLOAT", "pg.FLOAT"})
            add(n, Family::Float, ColumnType::floating());
        add("sa.REAL", Family::Fixed, ColumnType::verbatimType(QStringLiteral("REAL")));
        add("pg.REAL", Family::Fixed, ColumnType::verbatimType(QStringLiteral("REAL")));
        add("pg.DOUBLE_PRECISION", Family::Fixed,
            ColumnType::verbatimType(QStringLiteral("DOUBLE PRECISION")));
        for (const char *n : {"sa.String", "sa.VARCHAR", "sa.Unicode", "pg.VARCHAR"})
            add(n, Family::String, ColumnType::string());
        add("sa.NVARCHAR", Family::String, ColumnType::verbatimType({}), "NVARCHAR");
        for (const char *n : {"sa.CHAR", "pg.CHAR"})
            add(n, Family::String, ColumnType::fixedChar());
        add("sa.NCHAR", Family::String, ColumnType::verbatimType({}), "NCHAR");
        for (const char *n : {"sa.Text", "sa.TEXT", "sa.UnicodeText", "pg.TEXT"})
            add(n, Family::String, ColumnType::text());
        add("sa.CLOB", Family::String, ColumnType::verbatimType({}), "CLOB");
        for (const char *n : {"sa.Boolean", "sa.BOOLEAN", "pg.BOOLEAN"})
            add(n, Family::Boolean, ColumnType::boolean());
        for (const char *n : {"sa.Date", "sa.DATE", "pg.DATE"})
            add(n, Family::Fixed, ColumnType::date());
        for (const char *n : {"sa.DateTime", "sa.TIMESTAMP", "sa.DATETIME", "pg.TIMESTAMP"})
            add(n, Family::Timestamp, ColumnType::dateTime());
        for (const char *n : {"sa.Time", "sa.TIME", "pg.TIME"})
            add(n, Family::Timestamp, ColumnType::time());
        for (const char *n : {"sa.Interval", "pg.INTERVAL"})
            add(n, Family::Interval, ColumnType::interval());
        for (const char *n : {"sa.LargeBinary", "pg.BYTEA"})
            add(n, Family::Binary, ColumnType::largeBinary());
        add("sa.BLOB", Family::Binary, ColumnType::verbatimType(QStringLiteral("BLOB")));
        for (const char *n : {"sa.JSON", "pg.JSON"})
            add(n, Family::Json, ColumnType::json());
        add("pg.JSONB", Family::Json, ColumnType::jsonb());
        add("pg.UUID", Family::Uuid, ColumnType::uuid());
        for (const char *n : {"sa.ARRAY", "pg.ARRAY"})
            add(n, Family::Array, ColumnType::integer());
        for (const char *n : {"sa.Enum", "pg.ENUM"})
            add(n, Family::Enum, ColumnType::enumeration({}));
        for (const char *n : {"INET", "CIDR", "MACADDR", "MACADDR8", "MONEY", "OID", "REGCLASS",
                              "TSVECTOR", "HSTORE", "INT4RANGE", "INT8RANGE", "NUMRANGE",
                              "DATERANGE", "TSRANGE", "TSTZRANGE", "CITEXT"}) {
            t.push_back({QStringLiteral("pg.") + QString::fromLatin1(n), Family::Fixed,
                         ColumnType::verbatimType(QString::fromLatin1(n)), nullptr});
        }
        add("pg.BIT", Family::Verbatim, ColumnType::verbatimType({}), "BIT");
        return t;
    }();
    return table;
}

const TypeEntry *findType(const QString &name)
{
    for (const TypeEntry &e : typeTable()) {
        if (name == e.name)
            return &e;
    }
    return nullptr;
}

}  // namespace

Result<TypeSpec> SaReader::type(const Expr &e) const
{
    const Expr &r = resolve(e);
    const bool isCall = r.is(ExprKind::Call);
    const Expr &callee = isCall ? *r.callee() : r;
    const QString name = canonical(callee);
    const TypeEntry *entry = findType(name);
    if (!entry)
        return error(
            e, QStringLiteral("unsupported column type %1").arg(pyread::Renderer::expression(r)));
    TypeSpec spec;
    spec.type = entry->type;
    spec.python = m_module.sourceText(r.span);
    if (entry->family == Family::Enum) {
        if (!isCall)
            return error(e, QStringLiteral("%1 needs its labels").arg(name));
        return enumType(r, name == QLatin1String("pg.ENUM"));
    }
    if (!isCall)
        return spec;  // sa.Integer without parentheses is sa.Integer()

    CallSignature sig;
    sig.what = name;
    switch (entry->family) {
    case Family::Fixed:
        break;
    case Family::Numeric:
        sig.positional = {QStringLiteral("precision"), QStringLiteral("scale"),
                          QStringLiteral("decimal_return_scale"), QStringLiteral("asdecimal")};
        break;
    case Family::Float:
        sig.positional = {QStringLiteral("precision"), QStringLiteral("asdecimal"),
                          QStringLiteral("decimal_return_scale")};
        break;
    case Family::String:
        sig.positional = {QStringLiteral("length"), QStringLiteral("collation")};
        break;
    case Family::Timestamp:
        sig.positional = {QStringLiteral("timezone")};
        if (name.startsWith(QLatin1String("pg.")))
            sig.positional << QStringLiteral("precision");
        break;
    case Family::Interval:
        if (name == QLatin1String("pg.INTERVAL"))
            sig.positional = {QStringLiteral("precision"), QStringLiteral("fields")};
        else
            sig.positional = {QStringLiteral("native"), QStringLiteral("second_precision"),
                              QStringLiteral("day_precision")};
        break;
    case Family::Binary:
        sig.positional = {QStringLiteral("length")};
        break;
    case Family::Json:
        sig.positional = {QStringLiteral("none_as_null"), QStringLiteral("astext_type")};
        break;
    case Family::Uuid:
        sig.positional = {QStringLiteral("as_uuid")};
        break;
    case Family::Array:
        sig.positional = {QStringLiteral("item_type"), QStringLiteral("as_tuple"),
                          QStringLiteral("dimensions"), QStringLiteral("zero_indexes")};
        sig.required = {QStringLiteral("item_type")};
        break;
    case Family::Boolean:
        sig.positional = {QStringLiteral("create_constraint"), QStringLiteral("name")};
        break;
    case Family::Verbatim:
        sig.positional = {QStringLiteral("length"), QStringLiteral("varying")};
        break;
    case Family::Enum:
        break;
    }
    Result<BoundCall> bound = bindCall(r, sig, m_file);
    if (!bound)
        return bound.error();
    const BoundCall &b = *bound;
    auto intArg = [&](const char *key) -> Result<std::optional<qint64>> {
        return integer(b.get(QString::fromLatin1(key)), name + u' ' + QString::fromLatin1(key));
    };
    auto boolArg = [&](const char *key) -> Result<bool> {
        const Expr *v = b.get(QString::fromLatin1(key));
        return v ? boolean(*v, name + u' ' + QString::fromLatin1(key)) : Result<bool>(false);
    };
    auto optInt = [](const std::optional<qint64> &v) {
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    };

    switch (entry->family) {
    case Family::Numeric: {
        auto p = intArg("precision");
        auto s = intArg("scale");
        if (!p)
            return p.error();
        if (!s)
            return s.error();
        if (spec.type.kind == TypeKind::Verbatim) {
            QString sql = QString::fromLatin1(entry->sql);
            if (p.value())
                sql +=
                    u'(' + QString::number(*p.value()) +
                    (s.value() ? QStringLiteral(", ") + QString::number(*s.value()) : QString()) +
                    u')';
            spec.type = ColumnType::verbatimType(sql);
        } else {
            spec.type = ColumnType::numeric(optInt(*p), optInt(*s));
        }
        break;
    }
    case Family::Float: {
        auto p = intArg("precision");
        if (!p)
            return p.error();
        spec.type = ColumnType::floating(optInt(*p));
        break;
    }
    case Family::String: {
        if (const Expr *c = b.get(QStringLiteral("collation"));
            c && !resolve(*c).is(ExprKind::None))
            return error(*c, QStringLiteral("column collations are not supported yet"));
        auto l = intArg("length");
        if (!l)
            return l.error();
        if (spec.type.kind == TypeKind::Verbatim) {
            spec.type = ColumnType::verbatimType(
                QString::fromLatin1(entry->sql) +
                (l.value() ? u'(' + QString::number(*l.value()) + u')' : QString()));
        } else if (spec.type.kind != TypeKind::Text) {
            spec.type.length = optInt(*l);
        }
        break;
    }
    case Family::Timestamp: {
        auto tz = boolArg("timezone");
        auto p = intArg("precision");
        if (!tz)
            return tz.error();
        if (!p)
            return p.error();
        spec.type.timezone = *tz;
        spec.type.precision = optInt(*p);
        break;
    }
    case Family::Interval: {
        const bool pg = name == QLatin1String("pg.INTERVAL");
        auto p = intArg(pg ? "precision" : "second_precision");
        if (!p)
            return p.error();
        QString fields;
        if (pg) {
            Result<QString> f = optionalString(b.get(QStringLiteral("fields")), "fields");
            if (!f)
                return f.error();
            fields = *f;
        }
        if (!fields.isEmpty())
            spec.type = ColumnType::verbatimType(
                QStringLiteral("INTERVAL ") + fields +
                (p.value() ? u'(' + QString::number(*p.value()) + u')' : QString()));
        else
            spec.type.precision = optInt(*p);
        break;
    }
    case Family::Json:
        if (const Expr *a = b.get(QStringLiteral("astext_type"))) {
            if (Result<TypeSpec> t = type(*a); !t)
                return t.error();
        }
        break;
    case Family::Array: {
        Result<TypeSpec> item = type(*b.get(QStringLiteral("item_type")));
        if (!item)
            return item.error();
        if (item->type.isArray())
            return error(*b.get(QStringLiteral("item_type")),
                         QStringLiteral("nested ARRAY types are not supported; use dimensions="));
        auto d = intArg("dimensions");
        if (!d)
            return d.error();
        spec = *item;
        spec.type = item->type.arrayOf(d.value() ? int(*d.value()) : 1);
        spec.python = m_module.sourceText(r.span);
        break;
    }
    case Family::Boolean: {
        auto cc = boolArg("create_constraint");
        if (!cc)
            return cc.error();
        spec.createConstraint = *cc;
        Result<QString> n = optionalString(b.get(QStringLiteral("name")), "name");
        if (!n)
            return n.error();
        spec.type.enumName = *n;  // the CHECK constraint's name, if any
        break;
    }
    case Family::Verbatim: {
        auto l = intArg("length");
        auto v = boolArg("varying");
        if (!l)
            return l.error();
        if (!v)
            return v.error();
        spec.type = ColumnType::verbatimType(
            QString::fromLatin1(entry->sql) + (*v ? QStringLiteral(" VARYING") : QString()) +
            (l.value() ? u'(' + QString::number(*l.value()) + u')' : QString()));
        break;
    }
    case Family::Fixed:
    case Family::Binary:
    case Family::Uuid:
    case Family::Enum:
        break;
    }
    return spec;
}

Result<TypeSpec> SaReader::enumType(const Expr &call, bool postgresql) const
{
    const QString what = postgresql ? QStringLiteral("postgresql.ENUM") : QStringLiteral("sa.Enum");
    CallSignature sig{what,
                      {},
                      {QStringLiteral("name"), QStringLiteral("schema"),
                       QStringLiteral("native_enum"), QStringLiteral("create_constraint"),
                       QStringLiteral("length"), QStringLiteral("inherit_schema"),
                       QStringLiteral("validate_strings"), QStringLiteral("create_type"),
                       QStringLiteral("values_callable"), QStringLiteral("metadata"),
                       QStringLiteral("quote"), QStringLiteral("omit_aliases")},
                      true,
                      {},
                      {}};
    Result<BoundCall> bound = bindCall(call, sig, m_file);
    if (!bound)
        return bound.error();
    const BoundCall &b = *bound;
    for (const char *unsupported : {"values_callable", "metadata", "inherit_schema", "quote"}) {
        if (const Expr *v = b.get(QString::fromLatin1(unsupported));
            v && !resolve(*v).is(ExprKind::None))
            return error(*v, QStringLiteral("%1(%2=...) is not supported")
                                 .arg(what, QString::fromLatin1(unsupported)));
    }
    TypeSpec spec;
    spec.python = m_module.sourceText(call.span);
    for (const Expr *label : b.rest) {
        Result<QString> s = string(*label, what + QStringLiteral(" label"));
        if (!s)
            return error(*label, QStringLiteral("%1 labels must be string literals (a Python "
                                                "enum class needs Python to read)")
                                     .arg(what));
        spec.enumLabels << *s;
    }
    if (spec.enumLabels.isEmpty())
        return error(call, QStringLiteral("%1 without labels is not supported").arg(what));
    Result<QString> name = optionalString(b.get(QStringLiteral("name")), "name");
    Result<QString> schemaName = optionalString(b.get(QStringLiteral("schema")), "schema");
    if (!name)
        return name.error();
    if (!schemaName)
        return schemaName.error();
    spec.type = ColumnType::enumeration(*name, *schemaName);
    for (const auto &[key, target] : {std::pair{"native_enum", &spec.nativeEnum},
                                      std::pair{"create_constraint", &spec.createConstraint},
                                      std::pair{"create_type", &spec.createType}}) {
        if (const Expr *v = b.get(QString::fromLatin1(key))) {
            Result<bool> flag = boolean(*v, QString::fromLatin1(key));
            if (!flag)
                return flag.error();
            *target = *flag;
        }
    }
    Result<std::optional<qint64>> length =
        integer(b.get(QStringLiteral("length")), QStringLiteral("length"));
    if (!length)
        return length.error();
    if (!spec.nativeEnum) {
        // A non-native Enum is VARCHAR on every dialect, as long as its longest label.
        qsizetype longest = 0;
        for (const QString &l : spec.enumLabels)
            longest = qMax(longest, l.size());
        const QString checkName = spec.type.enumName;
        spec.type = ColumnType::string(length.value() ? int(*length.value()) : int(longest));
        spec.type.enumName = checkName;
    } else if (length.value()) {
        spec.type.length = int(*length.value());
    }
    return spec;
}

}  // namespace stratum::migrate
