#include "core/schema/PgReflector.h"

#include "core/schema/PgCatalogSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace stratum::schema {
namespace {

bool isTrue(const QString &v)
{
    return v == QLatin1String("t") || v == QLatin1String("true");
}

std::optional<qint64> integer(const QString &v)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<int> smallInt(const QString &v)
{
    if (v.isEmpty())
        return std::nullopt;
    return v.toInt();
}

TypeKind integerKind(const QString &formatted)
{
    if (formatted == QLatin1String("integer"))
        return TypeKind::Integer;
    if (formatted == QLatin1String("smallint"))
        return TypeKind::SmallInteger;
    return TypeKind::BigInteger;
}

qint64 integerMax(TypeKind kind)
{
    if (kind == TypeKind::Integer)
        return std::numeric_limits<qint32>::max();
    if (kind == TypeKind::SmallInteger)
        return std::numeric_limits<qint16>::max();
    return std::numeric_limits<qint64>::max();
}

// Sequence options as the model keeps them: only the ones a plain CREATE
// SEQUENCE (or IDENTITY) of that type would not give anyway.
struct SequenceOptions
{
    std::optional<qint64> start, increment, minValue, maxValue, cache;
    bool cycle = false;
};

SequenceOptions sequenceOptions(const QStringList &row, int first, TypeKind type)
{
    SequenceOptions o;
    const qint64 start = integer(row[first]).value_or(1);
    const qint64 increment = integer(row[first + 1]).value_or(1);
    const qint64 min = integer(row[first + 2]).value_or(1);
    const qint64 max = integer(row[first + 3]).value_or(integerMax(type));
    const qint64 cache = integer(row[first + 4]).value_or(1);
    const bool ascending = increment > 0;
    const qint64 defaultMin = ascending ? 1 : -integerMax(type) - 1;
    const qint64 defaultMax = ascending ? integerMax(type) : -1;
    if (increment != 1)
        o.increment = increment;
    if (min != defaultMin)
        o.minValue = min;
    if (max != defaultMax)
        o.maxValue = max;
    if (start != (ascending ? min : max))
        o.start = start;
    if (cache != 1)
        o.cache = cache;
    o.cycle = isTrue(row[first + 5]);
    return o;
}

// "CHECK ((a > 0)) NOT VALID" -> "(a > 0)", as SQLAlchemy's get_check_constraints.
QString checkText(const QString &definition)
{
    static const QRegularExpression re(
        QStringLiteral("^CHECK *\\((.+)\\)( NO INHERIT)?( NOT VALID)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(definition);
    return m.hasMatch() ? m.captured(1) : definition;
}

ReferentialAction action(const QString &code)
{
    if (code == QLatin1String("r"))
        return ReferentialAction::Restrict;
    if (code == QLatin1String("c"))
        return ReferentialAction::Cascade;
    if (code == QLatin1String("n"))
        return ReferentialAction::SetNull;
    if (code == QLatin1String("d"))
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

// "{1,3}" (an int2[] as text) -> the names of those attribute numbers.
QStringList attributeNames(const QHash<int, QString> &names, const QString &attnums)
{
    QStringList out;
    const QStringList numbers = attnums.mid(1, attnums.size() - 2).split(u',', Qt::SkipEmptyParts);
    for (const QString &n : numbers)
        out << names.value(n.toInt());
    return out;
}

}  // namespace

ColumnType PgReflector::mapType(const QString &formattedIn, bool isArray, int dimensions,
                                const QString &elementTypType, const QString &elementName,
                                const QString &enumSchemaForModel)
{
    QString formatted = formattedIn;
    while (isArray && formatted.endsWith(QLatin1String("[]")))
        formatted.chop(2);
    ColumnType t;
    static const QHash<QString, TypeKind> simple = {
        {QStringLiteral("integer"), TypeKind::Integer},
        {QStringLiteral("bigint"), TypeKind::BigInteger},
        {QStringLiteral("smallint"), TypeKind::SmallInteger},
        {QStringLiteral("text"), TypeKind::Text},
        {QStringLiteral("boolean"), TypeKind::Boolean},
        {QStringLiteral("date"), TypeKind::Date},
        {QStringLiteral("uuid"), TypeKind::Uuid},
        {QStringLiteral("json"), TypeKind::Json},
        {QStringLiteral("jsonb"), TypeKind::Jsonb},
        {QStringLiteral("bytea"), TypeKind::LargeBinary},
    };
    static const QRegularExpression numeric(QStringLiteral("^numeric(?:\\((\\d+),(\\d+)\\))?$"));
    static const QRegularExpression varchar(QStringLiteral("^character varying(?:\\((\\d+)\\))?$"));
    static const QRegularExpression fixedChar(
        QStringLiteral("^(?:character|bpchar)(?:\\((\\d+)\\))?$"));
    static const QRegularExpression timestamp(
        QStringLiteral("^(timestamp|time)(?:\\((\\d+)\\))? (with|without) time zone$"));
    static const QRegularExpression interval(QStringLiteral("^interval(?:\\((\\d+)\\))?$"));
    QRegularExpressionMatch m;
    if (elementTypType == QLatin1String("e")) {
        t = ColumnType::enumeration(elementName, enumSchemaForModel);
    } else if (simple.contains(formatted)) {
        t = ColumnType::ofKind(simple.value(formatted));
    } else if ((m = numeric.match(formatted)).hasMatch()) {
        t = ColumnType::numeric(smallInt(m.captured(1)), smallInt(m.captured(2)));
    } else if (formatted == QLatin1String("double precision")) {
        t = ColumnType::floating(53);
    } else if (formatted == QLatin1String("real")) {
        t = ColumnType::floating(24);
    } else if ((m = varchar.match(formatted)).hasMatch()) {
        t = ColumnType::string(smallInt(m.captured(1)));
    } else if ((m = fixedChar.match(formatted)).hasMatch()) {
        t = ColumnType::fixedChar(smallInt(m.captured(1)));
    } else if ((m = timestamp.match(formatted)).hasMatch()) {
        const bool tz = m.captured(3) == QLatin1String("with");
        t = m.captured(1) == QLatin1String("time") ? ColumnType::time(tz)
                                                   : ColumnType::dateTime(tz);
        t.precision = smallInt(m.captured(2));
    } else if ((m = interval.match(formatted)).hasMatch()) {
        t = ColumnType::interval();
        t.precision = smallInt(m.captured(1));
    } else {
        t = ColumnType::verbatimType(formatted);
    }
    if (isArray)
        t.arrayDimensions = qMax(dimensions, 1);
    return t;
}

Status PgReflector::reflectSchema(const QString &requested, Reflection &out)
{
    auto ns = m_query.run(QStringLiteral("schema"), QLatin1String(pgsql::kNamespace), {requested});
    if (!ns)
        return ns.error();
    if (ns->empty()) {
        Error e;
        e.message = QStringLiteral("schema \"%1\" does not exist").arg(requested);
        e.code = QStringLiteral("not_found");
        return e;
    }
    const QString oid = ns->front()[0];
    const QString nspname = ns->front()[1];
    const QString currentSchema = ns->front()[2];
    const engine::Params params{oid};
    // How the model names a schema it refers to from this one.
    auto modelSchema = [&](const QString &name) {
        if (name == nspname)
            return requested;
        return name == currentSchema ? QString() : name;
    };
    const QString where = requested.isEmpty() ? QString() : requested + u'.';

    auto relations =
        m_query.run(QStringLiteral("tables"), QLatin1String(pgsql::kRelations), params);
    if (!relations)
        return relations.error();
    MetaData &m = out.metadata;
    if (!requested.isEmpty() && !m.schemas.contains(requested))
        m.schemas << requested;
    QHash<QString, size_t> tableByOid;
    QHash<QString, size_t> tableByName;  // of this schema's tables
    for (const QStringList &r : *relations) {
        const QString &name = r[1];
        const QString kind = r[2];
        if (isTrue(r[8])) {
            out.skipped
                << QStringLiteral("relation %1%2: belongs to an extension").arg(where, name);
            continue;
        }
        if (isTrue(r[3])) {
            out.skipped << QStringLiteral("partition %1%2 of %3: partitions are not modelled")
                               .arg(where, name, r[7]);
            continue;
        }
        if (kind == QLatin1String("f")) {
            out.skipped << QStringLiteral("foreign table %1%2").arg(where, name);
            continue;
        }
        if (kind == QLatin1String("v") || kind == QLatin1String("m")) {
            m.views.push_back({requested, name, r[5].trimmed(), kind == QLatin1String("m"), r[4]});
            continue;
        }
        if (kind == QLatin1String("p"))
            out.skipped << QStringLiteral("partitioning of table %1%2 (PARTITION BY %3): "
                                          "reflected as a plain table")
                               .arg(where, name, r[6]);
        if (!r[7].isEmpty())
            out.skipped << QStringLiteral("inheritance of table %1%2 from %3: not modelled")
                               .arg(where, name, r[7]);
        Table t;
        t.schema = requested;
        t.name = name;
        t.comment = r[4];
        tableByOid.insert(r[0], m.tables.size());
        tableByName.insert(name, m.tables.size());
        m.tables.push_back(t);
    }

    auto columns = m_query.run(QStringLiteral("columns"), QLatin1String(pgsql::kColumns), params);
    if (!columns)
        return columns.error();
    QHash<QString, QHash<int, QString>> columnNamesByOid;  // table oid -> attnum -> name
    for (const QStringList &r : *columns) {
        columnNamesByOid[r[0]].insert(r[20].toInt(), r[1]);
        const auto it = tableByOid.constFind(r[0]);
        if (it == tableByOid.constEnd())
            continue;
        Table &t = m.tables[*it];
        Column c;
        c.name = r[1];
        const bool isArray = r[8] == QLatin1String("A");
        c.type = mapType(r[2], isArray, r[9].toInt(), r[10], r[12], modelSchema(r[11]));
        c.nullable = !isTrue(r[3]);
        c.comment = r[7];
        if (r[6] == QLatin1String("s"))
            c.computed = r[4];
        else
            c.serverDefault = r[4];
        if (!r[5].isEmpty()) {
            Identity id;
            id.always = r[5] == QLatin1String("a");
            const SequenceOptions o = sequenceOptions(r, 13, integerKind(r[19]));
            id.start = o.start;
            id.increment = o.increment;
            id.minValue = o.minValue;
            id.maxValue = o.maxValue;
            id.cache = o.cache;
            id.cycle = o.cycle;
            if (integerKind(r[19]) != TypeKind::BigInteger && !c.type.isInteger())
                out.skipped << QStringLiteral("identity of %1%2.%3: sequence type %4 not modelled")
                                   .arg(where, t.name, c.name, r[19]);
            c.identity = id;
        }
        t.columns.push_back(c);
    }

    auto constraints =
        m_query.run(QStringLiteral("constraints"), QLatin1String(pgsql::kConstraints), params);
    if (!constraints)
        return constraints.error();
    for (const QStringList &r : *constraints) {
        const auto it = tableByOid.constFind(r[0]);
        if (it == tableByOid.constEnd())
            continue;
        Table &t = m.tables[*it];
        const QString type = r[2];
        const QStringList cols = attributeNames(columnNamesByOid.value(r[0]), r[3]);
        if (!isTrue(r[12]))
            out.skipped << QStringLiteral("NOT VALID state of constraint %1 on %2%3")
                               .arg(r[1], where, t.name);
        if (type == QLatin1String("p")) {
            t.primaryKey = {r[1], cols};
        } else if (type == QLatin1String("u")) {
            t.uniqueConstraints.push_back({r[1], cols, isTrue(r[9]), isTrue(r[10])});
        } else if (type == QLatin1String("c")) {
            t.checkConstraints.push_back({r[1], checkText(r[11])});
        } else if (type == QLatin1String("f")) {
            ForeignKey fk;
            fk.name = r[1];
            fk.columns = cols;
            fk.referredSchema = modelSchema(r[4]);
            fk.referredTable = r[5];
            fk.referredColumns = r[6].isNull()
                                     ? attributeNames(columnNamesByOid.value(r[15]), r[14])
                                     : CatalogQuery::jsonStrings(r[6]);
            fk.onUpdate = action(r[7]);
            fk.onDelete = action(r[8]);
            fk.deferrable = isTrue(r[9]);
            fk.initiallyDeferred = isTrue(r[10]);
            if (r[13] == QLatin1String("f"))
                out.skipped << QStringLiteral("MATCH FULL of foreign key %1 on %2%3")
                                   .arg(r[1], where, t.name);
            t.foreignKeys.push_back(fk);
        } else {
            out.skipped << QStringLiteral("exclusion constraint %1 on %2%3: %4")
                               .arg(r[1], where, t.name, r[11]);
        }
    }

    auto indexes = m_query.run(QStringLiteral("indexes"), QLatin1String(pgsql::kIndexes), params);
    if (!indexes)
        return indexes.error();
    for (const QStringList &r : *indexes) {
        const auto it = tableByOid.constFind(r[0]);
        if (it == tableByOid.constEnd())
            continue;
        Table &t = m.tables[*it];
        Index ix;
        ix.name = r[1];
        ix.unique = isTrue(r[2]);
        ix.method = r[3] == QLatin1String("btree") ? QString() : r[3];
        ix.where = r[4];
        const int keyCount = r[5].toInt();
        const QStringList attnums = r[6].split(u' ', Qt::SkipEmptyParts);
        const QJsonArray expressions = QJsonDocument::fromJson(r[7].toUtf8()).array();
        const QHash<int, QString> names = columnNamesByOid.value(r[0]);
        for (qsizetype k = 0; k < attnums.size(); ++k) {
            const int attnum = attnums[k].toInt();
            if (k >= keyCount)
                ix.include << names.value(attnum);
            else if (attnum == 0)
                ix.elements.push_back(IndexElement::ofExpression(expressions.at(k).toString()));
            else
                ix.elements.push_back(IndexElement::ofColumn(names.value(attnum)));
        }
        if (isTrue(r[8]))
            out.skipped << QStringLiteral("ordering or operator class options of index %1 on %2%3: "
                                          "not modelled")
                               .arg(ix.name, where, t.name);
        t.indexes.push_back(ix);
    }

    auto enums = m_query.run(QStringLiteral("enums"), QLatin1String(pgsql::kEnums), params);
    if (!enums)
        return enums.error();
    for (const QStringList &r : *enums)
        m.enums.push_back({requested, r[0], CatalogQuery::jsonStrings(r[1])});

    auto sequences =
        m_query.run(QStringLiteral("sequences"), QLatin1String(pgsql::kSequences), params);
    if (!sequences)
        return sequences.error();
    for (const QStringList &r : *sequences) {
        Sequence s;
        s.schema = requested;
        s.name = r[0];
        s.dataType = integerKind(r[1]);
        const SequenceOptions o = sequenceOptions(r, 2, s.dataType);
        s.start = o.start;
        s.increment = o.increment;
        s.minValue = o.minValue;
        s.maxValue = o.maxValue;
        s.cache = o.cache;
        s.cycle = o.cycle;
        s.ownedByTable = r[8];
        s.ownedByColumn = r[9];
        m.sequences.push_back(s);
        // serial detection: the owner column draws its default from this sequence
        const auto owner = tableByName.constFind(s.ownedByTable);
        if (!s.ownedByTable.isEmpty() && owner != tableByName.constEnd()) {
            if (Column *c = m.tables[*owner].column(s.ownedByColumn)) {
                c->autoincrement =
                    c->serverDefault.startsWith(QLatin1String("nextval(")) && c->type.isInteger();
            }
        }
    }

    auto other =
        m_query.run(QStringLiteral("other objects"), QLatin1String(pgsql::kUnmodelled), params);
    if (!other)
        return other.error();
    for (const QStringList &r : *other)
        out.skipped << QStringLiteral("%1 %2%3: not modelled").arg(r[0], where, r[1]);
    return Ok{};
}

}  // namespace stratum::schema
