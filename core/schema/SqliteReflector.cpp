#include "core/schema/SqliteReflector.h"

#include "core/schema/IdentifierPreparer.h"
#include "core/schema/SqliteSqlParser.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace stratum::schema {

ColumnType SqliteReflector::mapType(const QString &declared)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*([A-Za-z_][A-Za-z_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*$"));
    const QRegularExpressionMatch m = re.match(declared);
    if (!m.hasMatch())
        return ColumnType::verbatimType(declared);
    const QString name = m.captured(1).toUpper();
    const std::optional<int> a =
        m.captured(2).isEmpty() ? std::nullopt : std::optional<int>(m.captured(2).toInt());
    const std::optional<int> b =
        m.captured(3).isEmpty() ? std::nullopt : std::optional<int>(m.captured(3).toInt());
    if (name == QLatin1String("INTEGER") || name == QLatin1String("INT"))
        return ColumnType::integer();
    if (name == QLatin1String("BIGINT"))
        return ColumnType::bigInteger();
    if (name == QLatin1String("SMALLINT"))
        return ColumnType::smallInteger();
    if (name == QLatin1String("NUMERIC") || name == QLatin1String("DECIMAL"))
        return ColumnType::numeric(a, b);
    if (name == QLatin1String("FLOAT") || name == QLatin1String("REAL") ||
        name == QLatin1String("DOUBLE") || name == QLatin1String("DOUBLE PRECISION"))
        return ColumnType::floating(a);
    if (name == QLatin1String("VARCHAR") || name == QLatin1String("NVARCHAR") ||
        name == QLatin1String("CHARACTER VARYING") || name == QLatin1String("VARYING CHARACTER"))
        return ColumnType::string(a);
    if (name == QLatin1String("CHAR") || name == QLatin1String("NCHAR") ||
        name == QLatin1String("CHARACTER"))
        return ColumnType::fixedChar(a);
    if (name == QLatin1String("TEXT") || name == QLatin1String("CLOB"))
        return ColumnType::text();
    if (name == QLatin1String("BOOLEAN"))
        return ColumnType::boolean();
    if (name == QLatin1String("DATE"))
        return ColumnType::date();
    if (name == QLatin1String("DATETIME") || name == QLatin1String("TIMESTAMP"))
        return ColumnType::dateTime();
    if (name == QLatin1String("TIME"))
        return ColumnType::time();
    if (name == QLatin1String("BLOB"))
        return ColumnType::largeBinary();
    if (name == QLatin1String("JSON"))
        return ColumnType::json();
    return ColumnType::verbatimType(declared.trimmed());
}

Status SqliteReflector::reflectSchema(const QString &requested, Reflection &out)
{
    const IdentifierPreparer sqlite(Dialect::SQLite);
    const QString schemaName = requested.isEmpty() ? QStringLiteral("main") : requested;
    const QString master = sqlite.quoteAlways(schemaName) + QLatin1String(".sqlite_schema");
    const QString lit = sqlite.literal(schemaName);
    const QString userTables =
        QStringLiteral(" WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                       " AND m.sql NOT LIKE 'CREATE VIRTUAL%'");

    auto objects = m_query.run(QStringLiteral("objects"),
                               QStringLiteral("SELECT m.type, m.name, m.tbl_name, m.sql FROM %1 m "
                                              "WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                              "ORDER BY m.name")
                                   .arg(master));
    if (!objects)
        return objects.error();
    MetaData &m = out.metadata;
    if (!requested.isEmpty() && !m.schemas.contains(requested))
        m.schemas << requested;
    const QString where = requested.isEmpty() ? QString() : requested + u'.';
    QHash<QString, size_t> tableByName;
    QHash<QString, SqliteSqlParser::ParsedTable> parsed;
    QHash<QString, QString> indexSql;
    for (const QStringList &r : *objects) {
        const QString &type = r[0];
        const QString &name = r[1];
        if (type == QLatin1String("table")) {
            if (r[3].startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive)) {
                out.skipped << QStringLiteral("virtual table %1%2: not modelled").arg(where, name);
                continue;
            }
            Table t;
            t.schema = requested;
            t.name = name;
            tableByName.insert(name, m.tables.size());
            parsed.insert(name, SqliteSqlParser::parseTable(r[3]));
            m.tables.push_back(t);
        } else if (type == QLatin1String("view")) {
            m.views.push_back({requested, name, SqliteSqlParser::viewDefinition(r[3]), false, {}});
        } else if (type == QLatin1String("index")) {
            indexSql.insert(name, r[3]);
        } else if (type == QLatin1String("trigger")) {
            out.skipped
                << QStringLiteral("trigger %1%2 on %3: not modelled").arg(where, name, r[2]);
        }
    }

    auto columns = m_query.run(
        QStringLiteral("columns"),
        QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
                       "FROM %1 m JOIN pragma_table_xinfo(m.name, %2) p%3 ORDER BY m.name, p.cid")
            .arg(master, lit, userTables));
    if (!columns)
        return columns.error();
    QHash<QString, QMap<int, QString>> primaryKeys;
    for (const QStringList &r : *columns) {
        const auto it = tableByName.constFind(r[0]);
        if (it == tableByName.constEnd())
            continue;
        Table &t = m.tables[*it];
        const SqliteSqlParser::ParsedTable &p = parsed[r[0]];
        Column c;
        c.name = r[1];
        c.type = mapType(r[2]);
        c.nullable = r[3] != QLatin1String("1");
        c.serverDefault = r[4];
        if (r[6] == QLatin1String("2") || r[6] == QLatin1String("3")) {
            c.computed = p.generated.value(c.name);
            if (r[6] == QLatin1String("2"))
                out.skipped << QStringLiteral("VIRTUAL generation of %1%2.%3: reflected as STORED")
                                   .arg(where, t.name, c.name);
        }
        c.autoincrement = p.autoincrement.contains(c.name);
        if (r[5].toInt() > 0)
            primaryKeys[r[0]].insert(r[5].toInt(), c.name);
        t.columns.push_back(c);
    }
    for (auto it = tableByName.constBegin(); it != tableByName.constEnd(); ++it) {
        Table &t = m.tables[*it];
        t.primaryKey.columns = primaryKeys.value(it.key()).values();
        if (!t.primaryKey.columns.isEmpty())
            t.primaryKey.name = parsed[it.key()].primaryKeyName;
        for (const CheckConstraint &ck : parsed[it.key()].checks)
            t.checkConstraints.push_back(ck);
    }

    auto fks = m_query.run(
        QStringLiteral("foreign keys"),
        QStringLiteral("SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, "
                       "f.on_delete FROM %1 m JOIN pragma_foreign_key_list(m.name, %2) f%3 "
                       "ORDER BY m.name, f.id DESC, f.seq")
            .arg(master, lit, userTables));
    if (!fks)
        return fks.error();
    QHash<QString, int> fkIdOf;  // "table\0id" -> position in foreignKeys
    for (const QStringList &r : *fks) {
        const auto it = tableByName.constFind(r[0]);
        if (it == tableByName.constEnd())
            continue;
        Table &t = m.tables[*it];
        const QString key = r[0] + QChar(0) + r[1];
        if (!fkIdOf.contains(key)) {
            ForeignKey fk;
            fk.referredSchema = requested;
            fk.referredTable = r[2];
            fk.onUpdate = referentialActionFromText(r[5]);
            fk.onDelete = referentialActionFromText(r[6]);
            fkIdOf.insert(key, int(t.foreignKeys.size()));
            t.foreignKeys.push_back(fk);
        }
        ForeignKey &fk = t.foreignKeys[fkIdOf.value(key)];
        fk.columns << r[3];
        if (!r[4].isEmpty())
            fk.referredColumns << r[4];
    }
    // Names and DEFERRABLE come from the CREATE text, matched by local columns
    // (pragma ids run in reverse declaration order, hence "id DESC" above).
    for (auto it = tableByName.constBegin(); it != tableByName.constEnd(); ++it) {
        Table &t = m.tables[*it];
        std::vector<SqliteSqlParser::NamedColumns> declared = parsed[it.key()].foreignKeys;
        for (ForeignKey &fk : t.foreignKeys) {
            for (auto d = declared.begin(); d != declared.end(); ++d) {
                if (d->columns.join(QChar(0)).compare(fk.columns.join(QChar(0)),
                                                      Qt::CaseInsensitive) == 0) {
                    fk.name = d->name;
                    fk.deferrable = d->deferrable;
                    fk.initiallyDeferred = d->initiallyDeferred;
                    declared.erase(d);
                    break;
                }
            }
        }
    }

    auto indexes = m_query.run(
        QStringLiteral("indexes"),
        QStringLiteral("SELECT m.name, il.name, il.\"unique\", il.origin, ii.seqno, ii.cid, "
                       "ii.name FROM %1 m JOIN pragma_index_list(m.name, %2) il "
                       "JOIN pragma_index_xinfo(il.name, %2) ii%3 AND ii.key = 1 "
                       "ORDER BY m.name, il.name, ii.seqno")
            .arg(master, lit, userTables));
    if (!indexes)
        return indexes.error();
    struct Found
    {
        QString table, name, origin;
        bool unique = false;
        QStringList columns;  // null entries for expressions
    };
    std::vector<Found> found;
    for (const QStringList &r : *indexes) {
        if (found.empty() || found.back().table != r[0] || found.back().name != r[1])
            found.push_back({r[0], r[1], r[3], r[2] == QLatin1String("1"), {}});
        found.back().columns << r[6];
    }
    for (const Found &f : found) {
        const auto it = tableByName.constFind(f.table);
        if (it == tableByName.constEnd() || f.origin == QLatin1String("pk"))
            continue;
        Table &t = m.tables[*it];
        if (f.origin == QLatin1String("u")) {
            UniqueConstraint u{{}, f.columns, false, false};
            for (const SqliteSqlParser::NamedColumns &d : parsed[f.table].uniques) {
                if (d.columns == f.columns)
                    u.name = d.name;
            }
            t.uniqueConstraints.push_back(u);
            continue;
        }
        const SqliteSqlParser::ParsedIndex p = SqliteSqlParser::parseIndex(indexSql.value(f.name));
        Index ix;
        ix.name = f.name;
        ix.unique = f.unique;
        ix.where = p.where;
        for (qsizetype k = 0; k < f.columns.size(); ++k) {
            if (!f.columns[k].isNull())
                ix.elements.push_back(IndexElement::ofColumn(f.columns[k]));
            else
                ix.elements.push_back(IndexElement::ofExpression(p.keys.value(k)));
        }
        t.indexes.push_back(ix);
    }
    return Ok{};
}

}  // namespace stratum::schema
