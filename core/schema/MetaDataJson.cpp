#include "core/schema/MetaDataJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace stratum::schema {
namespace {

constexpr qint64 kMaxExactDouble = qint64(1) << 53;

constexpr std::array<std::pair<ReferentialAction, const char *>, 5> kActions{{
    {ReferentialAction::NoAction, "no_action"},
    {ReferentialAction::Restrict, "restrict"},
    {ReferentialAction::Cascade, "cascade"},
    {ReferentialAction::SetNull, "set_null"},
    {ReferentialAction::SetDefault, "set_default"},
}};

// ---- writing: default values are left out so that diffs show only content.

void putString(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}
void putBool(QJsonObject &o, const char *key, bool v)
{
    if (v)
        o.insert(QLatin1String(key), true);
}
void putList(QJsonObject &o, const char *key, const QStringList &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(v));
}
// Integers beyond 2^53 do not survive a JSON double; they are written as text.
void putInt(QJsonObject &o, const char *key, std::optional<qint64> v)
{
    if (!v)
        return;
    if (*v > -kMaxExactDouble && *v < kMaxExactDouble)
        o.insert(QLatin1String(key), double(*v));
    else
        o.insert(QLatin1String(key), QString::number(*v));
}
void putAction(QJsonObject &o, const char *key, ReferentialAction a)
{
    for (const auto &[action, name] : kActions) {
        if (action == a && a != ReferentialAction::NoAction)
            o.insert(QLatin1String(key), QLatin1String(name));
    }
}

QJsonObject writeType(const ColumnType &t)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), ColumnType::kindName(t.kind));
    putInt(o, "length", t.length);
    putInt(o, "precision", t.precision);
    putInt(o, "scale", t.scale);
    putBool(o, "timezone", t.timezone);
    putString(o, "enum_schema", t.enumSchema);
    putString(o, "enum_name", t.enumName);
    putString(o, "verbatim", t.verbatim);
    if (t.arrayDimensions > 0)
        o.insert(QLatin1String("array_dimensions"), t.arrayDimensions);
    return o;
}

QJsonObject writeColumn(const Column &c)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), c.name);
    o.insert(QLatin1String("type"), writeType(c.type));
    o.insert(QLatin1String("nullable"), c.nullable);
    putString(o, "server_default", c.serverDefault);
    putBool(o, "autoincrement", c.autoincrement);
    putString(o, "computed", c.computed);
    putString(o, "comment", c.comment);
    if (c.identity) {
        QJsonObject id;
        id.insert(QLatin1String("always"), c.identity->always);
        putInt(id, "start", c.identity->start);
        putInt(id, "increment", c.identity->increment);
        putInt(id, "min_value", c.identity->minValue);
        putInt(id, "max_value", c.identity->maxValue);
        putInt(id, "cache", c.identity->cache);
        putBool(id, "cycle", c.identity->cycle);
        o.insert(QLatin1String("identity"), id);
    }
    return o;
}

QJsonObject writeTable(const Table &t)
{
    QJsonObject o;
    putString(o, "schema", t.schema);
    o.insert(QLatin1String("name"), t.name);
    putString(o, "comment", t.comment);
    QJsonArray cols;
    for (const Column &c : t.columns)
        cols.append(writeColumn(c));
    o.insert(QLatin1String("columns"), cols);
    if (!t.primaryKey.columns.isEmpty()) {
        QJsonObject pk;
        putString(pk, "name", t.primaryKey.name);
        putList(pk, "columns", t.primaryKey.columns);
        o.insert(QLatin1String("primary_key"), pk);
    }
    QJsonArray fks;
    for (const ForeignKey &f : t.foreignKeys) {
        QJsonObject fk;
        putString(fk, "name", f.name);
        putList(fk, "columns", f.columns);
        putString(fk, "referred_schema", f.referredSchema);
        fk.insert(QLatin1String("referred_table"), f.referredTable);
        putList(fk, "referred_columns", f.referredColumns);
        putAction(fk, "on_update", f.onUpdate);
        putAction(fk, "on_delete", f.onDelete);
        putBool(fk, "deferrable", f.deferrable);
        putBool(fk, "initially_deferred", f.initiallyDeferred);
        fks.append(fk);
    }
    if (!fks.isEmpty())
        o.insert(QLatin1String("foreign_keys"), fks);
    QJsonArray uqs;
    for (const UniqueConstraint &u : t.uniqueConstraints) {
        QJsonObject uq;
        putString(uq, "name", u.name);
        putList(uq, "columns", u.columns);
        putBool(uq, "deferrable", u.deferrable);
        putBool(uq, "initially_deferred", u.initiallyDeferred);
        uqs.append(uq);
    }
    if (!uqs.isEmpty())
        o.insert(QLatin1String("unique_constraints"), uqs);
    QJsonArray cks;
    for (const CheckConstraint &c : t.checkConstraints) {
        QJsonObject ck;
        putString(ck, "name", c.name);
        ck.insert(QLatin1String("sql"), c.sqlText);
        cks.append(ck);
    }
    if (!cks.isEmpty())
        o.insert(QLatin1String("check_constraints"), cks);
    QJsonArray ixs;
    for (const Index &i : t.indexes) {
        QJsonObject ix;
        putString(ix, "name", i.name);
        QJsonArray elements;
        for (const IndexElement &e : i.elements) {
            QJsonObject el;
            putString(el, "column", e.column);
            putString(el, "expression", e.expression);
            elements.append(el);
        }
        ix.insert(QLatin1String("elements"), elements);
        putBool(ix, "unique", i.unique);
        putString(ix, "where", i.where);
        putString(ix, "method", i.method);
        putList(ix, "include", i.include);
        ixs.append(ix);
    }
    if (!ixs.isEmpty())
        o.insert(QLatin1String("indexes"), ixs);
    return o;
}

// ---- reading: the first problem wins and names its path.

class Reader
{
public:
    std::optional<Error> error;

    void fail(const QString &path, const QString &what)
    {
        if (error)
            return;
        Error e;
        e.message = path + QLatin1String(": ") + what;
        e.source = QStringLiteral("metadata");
        e.code = QStringLiteral("format");
        error = e;
    }
    QString str(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(path + u'.' + QLatin1String(key), QStringLiteral("missing"));
            return {};
        }
        if (!v.isString())
            fail(path + u'.' + QLatin1String(key), QStringLiteral("expected a string"));
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const char *key, const QString &path, bool def = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isBool())
            fail(path + u'.' + QLatin1String(key), QStringLiteral("expected true or false"));
        return v.toBool();
    }
    QStringList list(const QJsonObject &o, const char *key, const QString &path)
    {
        QStringList out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(path + u'.' + QLatin1String(key), QStringLiteral("expected a list of strings"));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fail(path + u'.' + QLatin1String(key),
                     QStringLiteral("expected a list of strings"));
            out << item.toString();
        }
        return out;
    }
    std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        bool ok = false;
        qint64 n = 0;
        if (v.isDouble()) {
            const double d = v.toDouble();
            n = qint64(d);
            ok = double(n) == d;
        } else if (v.isString()) {
            n = v.toString().toLongLong(&ok);
        }
        if (!ok)
            fail(path + u'.' + QLatin1String(key), QStringLiteral("expected an integer"));
        return n;
    }
    ReferentialAction action(const QJsonObject &o, const char *key, const QString &path)
    {
        const QString name = str(o, key, path);
        if (name.isEmpty())
            return ReferentialAction::NoAction;
        for (const auto &[action, n] : kActions) {
            if (name == QLatin1String(n))
                return action;
        }
        fail(path + u'.' + QLatin1String(key),
             QStringLiteral("unknown referential action \"%1\"").arg(name));
        return ReferentialAction::NoAction;
    }
    QJsonArray array(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(path + u'.' + QLatin1String(key), QStringLiteral("expected a list"));
        return v.toArray();
    }

    ColumnType type(const QJsonObject &o, const QString &path)
    {
        ColumnType t;
        const QString kind = str(o, "kind", path, true);
        const std::optional<TypeKind> k = ColumnType::kindFromName(kind);
        if (!k)
            fail(path + QLatin1String(".kind"), QStringLiteral("unknown type \"%1\"").arg(kind));
        t.kind = k.value_or(TypeKind::Text);
        auto small = [&](const char *key) -> std::optional<int> {
            const std::optional<qint64> v = integer(o, key, path);
            if (v)
                return int(*v);
            return std::nullopt;
        };
        t.length = small("length");
        t.precision = small("precision");
        t.scale = small("scale");
        t.timezone = boolean(o, "timezone", path);
        t.enumSchema = str(o, "enum_schema", path);
        t.enumName = str(o, "enum_name", path);
        t.verbatim = str(o, "verbatim", path);
        t.arrayDimensions = small("array_dimensions").value_or(0);
        return t;
    }

    Column column(const QJsonObject &o, const QString &path)
    {
        Column c;
        c.name = str(o, "name", path, true);
        c.type = type(o.value(QLatin1String("type")).toObject(), path + QLatin1String(".type"));
        c.nullable = boolean(o, "nullable", path, true);
        c.serverDefault = str(o, "server_default", path);
        c.autoincrement = boolean(o, "autoincrement", path);
        c.computed = str(o, "computed", path);
        c.comment = str(o, "comment", path);
        if (o.contains(QLatin1String("identity"))) {
            const QJsonObject id = o.value(QLatin1String("identity")).toObject();
            const QString p = path + QLatin1String(".identity");
            Identity identity;
            identity.always = boolean(id, "always", p);
            identity.start = integer(id, "start", p);
            identity.increment = integer(id, "increment", p);
            identity.minValue = integer(id, "min_value", p);
            identity.maxValue = integer(id, "max_value", p);
            identity.cache = integer(id, "cache", p);
            identity.cycle = boolean(id, "cycle", p);
            c.identity = identity;
        }
        return c;
    }

    Table table(const QJsonObject &o, const QString &path)
    {
        Table t;
        t.schema = str(o, "schema", path);
        t.name = str(o, "name", path, true);
        t.comment = str(o, "comment", path);
        const QJsonArray cols = array(o, "columns", path);
        for (qsizetype i = 0; i < cols.size(); ++i)
            t.columns.push_back(
                column(cols.at(i).toObject(), path + QStringLiteral(".columns[%1]").arg(i)));
        if (o.contains(QLatin1String("primary_key"))) {
            const QJsonObject pk = o.value(QLatin1String("primary_key")).toObject();
            t.primaryKey.name = str(pk, "name", path + QLatin1String(".primary_key"));
            t.primaryKey.columns = list(pk, "columns", path + QLatin1String(".primary_key"));
        }
        const QJsonArray fks = array(o, "foreign_keys", path);
        for (qsizetype i = 0; i < fks.size(); ++i) {
            const QJsonObject fk = fks.at(i).toObject();
            const QString p = path + QStringLiteral(".foreign_keys[%1]").arg(i);
            ForeignKey f;
            f.name = str(fk, "name", p);
            f.columns = list(fk, "columns", p);
            f.referredSchema = str(fk, "referred_schema", p);
            f.referredTable = str(fk, "referred_table", p, true);
            f.referredColumns = list(fk, "referred_columns", p);
            f.onUpdate = action(fk, "on_update", p);
            f.onDelete = action(fk, "on_delete", p);
            f.deferrable = boolean(fk, "deferrable", p);
            f.initiallyDeferred = boolean(fk, "initially_deferred", p);
            t.foreignKeys.push_back(f);
        }
        const QJsonArray uqs = array(o, "unique_constraints", path);
        for (qsizetype i = 0; i < uqs.size(); ++i) {
            const QJsonObject uq = uqs.at(i).toObject();
            const QString p = path + QStringLiteral(".unique_constraints[%1]").arg(i);
            UniqueConstraint u;
            u.name = str(uq, "name", p);
            u.columns = list(uq, "columns", p);
            u.deferrable = boolean(uq, "deferrable", p);
            u.initiallyDeferred = boolean(uq, "initially_deferred", p);
            t.uniqueConstraints.push_back(u);
        }
        const QJsonArray cks = array(o, "check_constraints", path);
        for (qsizetype i = 0; i < cks.size(); ++i) {
            const QJsonObject ck = cks.at(i).toObject();
            const QString p = path + QStringLiteral(".check_constraints[%1]").arg(i);
            t.checkConstraints.push_back({str(ck, "name", p), str(ck, "sql", p, true)});
        }
        const QJsonArray ixs = array(o, "indexes", path);
        for (qsizetype i = 0; i < ixs.size(); ++i) {
            const QJsonObject ix = ixs.at(i).toObject();
            const QString p = path + QStringLiteral(".indexes[%1]").arg(i);
            Index index;
            index.name = str(ix, "name", p);
            const QJsonArray elements = array(ix, "elements", p);
            for (qsizetype j = 0; j < elements.size(); ++j) {
                const QJsonObject el = elements.at(j).toObject();
                const QString ep = p + QStringLiteral(".elements[%1]").arg(j);
                index.elements.push_back({str(el, "column", ep), str(el, "expression", ep)});
            }
            index.unique = boolean(ix, "unique", p);
            index.where = str(ix, "where", p);
            index.method = str(ix, "method", p);
            index.include = list(ix, "include", p);
            t.indexes.push_back(index);
        }
        return t;
    }
};

}  // namespace

QByteArray MetaDataJson::serialize(const MetaData &input)
{
    const MetaData m = input.canonical();
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String("stratum-metadata"));
    root.insert(QLatin1String("version"), kFormatVersion);
    QJsonObject naming;
    for (const auto &[key, templ] : m.naming.templates())
        naming.insert(key, templ);
    root.insert(QLatin1String("naming_convention"), naming);
    root.insert(QLatin1String("schemas"), QJsonArray::fromStringList(m.schemas));
    QJsonArray tables;
    for (const Table &t : m.tables)
        tables.append(writeTable(t));
    root.insert(QLatin1String("tables"), tables);
    QJsonArray enums;
    for (const EnumType &e : m.enums) {
        QJsonObject o;
        putString(o, "schema", e.schema);
        o.insert(QLatin1String("name"), e.name);
        o.insert(QLatin1String("labels"), QJsonArray::fromStringList(e.labels));
        enums.append(o);
    }
    root.insert(QLatin1String("enums"), enums);
    QJsonArray sequences;
    for (const Sequence &s : m.sequences) {
        QJsonObject o;
        putString(o, "schema", s.schema);
        o.insert(QLatin1String("name"), s.name);
        o.insert(QLatin1String("data_type"), ColumnType::kindName(s.dataType));
        putInt(o, "start", s.start);
        putInt(o, "increment", s.increment);
        putInt(o, "min_value", s.minValue);
        putInt(o, "max_value", s.maxValue);
        putInt(o, "cache", s.cache);
        putBool(o, "cycle", s.cycle);
        putString(o, "owned_by_table", s.ownedByTable);
        putString(o, "owned_by_column", s.ownedByColumn);
        sequences.append(o);
    }
    root.insert(QLatin1String("sequences"), sequences);
    QJsonArray views;
    for (const View &v : m.views) {
        QJsonObject o;
        putString(o, "schema", v.schema);
        o.insert(QLatin1String("name"), v.name);
        o.insert(QLatin1String("definition"), v.definition);
        putBool(o, "materialized", v.materialized);
        putString(o, "comment", v.comment);
        views.append(o);
    }
    root.insert(QLatin1String("views"), views);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<MetaData> MetaDataJson::parse(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        Error e;
        e.message = doc.isNull() ? parseError.errorString()
                                 : QStringLiteral("expected a JSON object at the top level");
        e.source = QStringLiteral("metadata");
        e.code = QStringLiteral("format");
        e.position = doc.isNull() ? parseError.offset + 1 : 0;
        return e;
    }
    const QJsonObject root = doc.object();
    Reader r;
    if (root.value(QLatin1String("format")).toString() != QLatin1String("stratum-metadata"))
        r.fail(QStringLiteral("format"), QStringLiteral("not a Stratum metadata document"));
    const std::optional<qint64> version = r.integer(root, "version", QStringLiteral("$"));
    if (!version || *version < 1 || *version > kFormatVersion)
        r.fail(QStringLiteral("version"),
               QStringLiteral("unsupported format version (this build reads 1 to %1)")
                   .arg(kFormatVersion));
    if (r.error)
        return *r.error;

    MetaData m;
    m.naming = NamingConvention::none();
    const QJsonObject naming = root.value(QLatin1String("naming_convention")).toObject();
    for (auto it = naming.begin(); it != naming.end(); ++it)
        m.naming.set(it.key(), it.value().toString());
    m.schemas = r.list(root, "schemas", QStringLiteral("$"));
    const QJsonArray tables = r.array(root, "tables", QStringLiteral("$"));
    for (qsizetype i = 0; i < tables.size(); ++i)
        m.tables.push_back(r.table(tables.at(i).toObject(), QStringLiteral("tables[%1]").arg(i)));
    const QJsonArray enums = r.array(root, "enums", QStringLiteral("$"));
    for (qsizetype i = 0; i < enums.size(); ++i) {
        const QJsonObject o = enums.at(i).toObject();
        const QString p = QStringLiteral("enums[%1]").arg(i);
        m.enums.push_back(
            {r.str(o, "schema", p), r.str(o, "name", p, true), r.list(o, "labels", p)});
    }
    const QJsonArray sequences = r.array(root, "sequences", QStringLiteral("$"));
    for (qsizetype i = 0; i < sequences.size(); ++i) {
        const QJsonObject o = sequences.at(i).toObject();
        const QString p = QStringLiteral("sequences[%1]").arg(i);
        Sequence s;
        s.schema = r.str(o, "schema", p);
        s.name = r.str(o, "name", p, true);
        const std::optional<TypeKind> kind = ColumnType::kindFromName(r.str(o, "data_type", p));
        if (!kind || !ColumnType::ofKind(*kind).isInteger())
            r.fail(p + QLatin1String(".data_type"), QStringLiteral("expected an integer type"));
        s.dataType = kind.value_or(TypeKind::BigInteger);
        s.start = r.integer(o, "start", p);
        s.increment = r.integer(o, "increment", p);
        s.minValue = r.integer(o, "min_value", p);
        s.maxValue = r.integer(o, "max_value", p);
        s.cache = r.integer(o, "cache", p);
        s.cycle = r.boolean(o, "cycle", p);
        s.ownedByTable = r.str(o, "owned_by_table", p);
        s.ownedByColumn = r.str(o, "owned_by_column", p);
        m.sequences.push_back(s);
    }
    const QJsonArray views = r.array(root, "views", QStringLiteral("$"));
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QJsonObject o = views.at(i).toObject();
        const QString p = QStringLiteral("views[%1]").arg(i);
        m.views.push_back({r.str(o, "schema", p), r.str(o, "name", p, true),
                           r.str(o, "definition", p), r.boolean(o, "materialized", p),
                           r.str(o, "comment", p)});
    }
    if (r.error)
        return *r.error;
    m.canonicalize();
    return m;
}

}  // namespace stratum::schema
