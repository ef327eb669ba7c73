#include "core/migrate/ops/DdlWriter.h"

#include <QRegularExpression>

namespace stratum::migrate {

using schema::ColumnType;
using schema::Dialect;
using schema::TypeKind;

namespace {

Error ddlError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("ddl");
    return e;
}

Status checkIdentifier(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return ddlError(QStringLiteral("%1 has an empty name").arg(what));
    if (name.contains(QChar(0)))
        return ddlError(QStringLiteral("%1 name contains a NUL character").arg(what));
    return Ok{};
}

// SQLite takes only literals bare after DEFAULT; other expressions must be in
// parentheses (SQLAlchemy 1.4 leaves sa.text() bare, which SQLite rejects for
// e.g. "now()"). A default that is already one parenthesised group stays.
QString sqliteDefault(const QString &sql)
{
    static const QRegularExpression literal(
        QStringLiteral("^\\s*('([^']|'')*'|[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|"
                       "[xX]'[0-9a-fA-F]*'|NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|"
                       "CURRENT_TIMESTAMP)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (literal.match(sql).hasMatch())
        return sql;
    const QString t = sql.trimmed();
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == u'\'')
                inString = !inString;
            else if (!inString && c == u'(')
                ++depth;
            else if (!inString && c == u')' && --depth == 0 && i != t.size() - 1)
                return u'(' + sql + u')';
        }
        return sql;
    }
    return u'(' + sql + u')';
}

bool isNumericKind(const ColumnType &t)
{
    return !t.isArray() && (t.isInteger() || t.kind == TypeKind::Numeric);
}

}  // namespace

DdlWriter::DdlWriter(Dialect dialect, const schema::NamingConvention &naming)
    : m_dialect(dialect)
    , m_naming(naming)
    , m_preparer(dialect)
    , m_types(dialect)
{}

Result<QString> DdlWriter::type(const TypeSpec &spec, const QString &context) const
{
    if (!spec.declared.isEmpty())
        return spec.declared;
    ColumnType t = spec.type;
    if (t.kind == TypeKind::Enum) {
        if (!isPostgres() || !spec.nativeEnum) {
            // A non-native Enum: VARCHAR as long as its longest label (SQLAlchemy 1.4).
            qsizetype longest = 0;
            for (const QString &l : spec.enumLabels)
                longest = qMax(longest, l.size());
            const int dims = t.arrayDimensions;
            t = ColumnType::string(t.length ? *t.length : int(longest));
            t.arrayDimensions = dims;
        } else if (t.enumName.isEmpty()) {
            return ddlError(
                QStringLiteral("%1: PostgreSQL ENUM type requires a name").arg(context));
        }
    }
    QStringList ignored;
    return m_types.compile(t, nullptr, context, &ignored);
}

QString DdlWriter::defaultSql(const ServerDefault &d) const
{
    switch (d.kind) {
    case ServerDefault::Kind::None:
        return {};
    case ServerDefault::Kind::Literal:
        return m_preparer.literal(d.value);
    case ServerDefault::Kind::Boolean:
        if (isPostgres())
            return d.value;
        return d.value == QLatin1String("true") ? QStringLiteral("1") : QStringLiteral("0");
    case ServerDefault::Kind::Sql:
        return isPostgres() ? d.value : sqliteDefault(d.value);
    }
    return {};
}

QStringList DdlWriter::primaryKeyColumns(const TableDef &table)
{
    for (const ConstraintDef &c : table.constraints) {
        if (c.kind == ConstraintDef::Kind::PrimaryKey)
            return c.columns;
    }
    QStringList out;
    for (const ColumnDef &c : table.columns) {
        if (c.primaryKey)
            out << c.name;
    }
    return out;
}

// SQLAlchemy's PrimaryKeyConstraint._autoincrement_column.
QString DdlWriter::autoincrementColumn(const TableDef &table)
{
    const QStringList pk = primaryKeyColumns(table);
    if (pk.size() != 1)
        return {};
    const ColumnDef *c = table.column(pk.front());
    if (!c || !isNumericKind(c->type.type) || !c->type.declared.isEmpty())
        return {};
    if (c->autoincrement == std::optional<bool>(true))
        return c->name;
    if (c->autoincrement == std::optional<bool>(false) || c->pythonDefault ||
        !c->serverDefault.isNone() || !c->foreignKeys.empty())
        return {};
    for (const ConstraintDef &k : table.constraints) {
        if (k.kind == ConstraintDef::Kind::ForeignKey && k.columns.contains(c->name))
            return {};
    }
    return c->name;
}

bool DdlWriter::sqliteInlinePrimaryKey(const TableDef &table, const ColumnDef &c) const
{
    return !isPostgres() && table.sqliteAutoincrement &&
           primaryKeyColumns(table) == QStringList{c.name} && c.type.type.isInteger() &&
           !c.type.type.isArray() && c.foreignKeys.empty();
}

Result<QString> DdlWriter::columnSpec(const TableDef &table, const ColumnDef &c) const
{
    if (Status s = checkIdentifier(c.name, QStringLiteral("column of %1").arg(table.displayName()));
        !s)
        return s.error();
    const QString context = QStringLiteral("column %1.%2").arg(table.displayName(), c.name);
    const bool inPk = primaryKeyColumns(table).contains(c.name);
    const bool nullable = c.nullableGiven ? c.nullable : (c.nullable && !inPk);
    QString spec = quote(c.name);
    if (isPostgres()) {
        const bool hasIdentity = c.identity.has_value();
        if (inPk && autoincrementColumn(table) == c.name && !hasIdentity && !c.pythonDefault) {
            spec += c.type.type.kind == TypeKind::BigInteger     ? QStringLiteral(" BIGSERIAL")
                    : c.type.type.kind == TypeKind::SmallInteger ? QStringLiteral(" SMALLSERIAL")
                                                                 : QStringLiteral(" SERIAL");
        } else {
            Result<QString> t = type(c.type, context);
            if (!t)
                return t;
            spec += u' ' + *t;
            if (!c.serverDefault.isNone())
                spec += QStringLiteral(" DEFAULT ") + defaultSql(c.serverDefault);
        }
        if (c.computed) {
            if (c.computed->persisted == std::optional<bool>(false))
                return ddlError(QStringLiteral("%1: PostgreSQL computed columns do not support "
                                               "'virtual' persistence")
                                    .arg(context));
            spec += QStringLiteral(" GENERATED ALWAYS AS (") + c.computed->sqlText +
                    QStringLiteral(") STORED");
        }
        if (hasIdentity) {
            const IdentityDef &id = *c.identity;
            spec += id.always ? QStringLiteral(" GENERATED ALWAYS AS IDENTITY")
                              : QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
            QStringList o;
            if (id.increment)
                o << QStringLiteral("INCREMENT BY %1").arg(*id.increment);
            if (id.start)
                o << QStringLiteral("START WITH %1").arg(*id.start);
            if (id.minValue)
                o << QStringLiteral("MINVALUE %1").arg(*id.minValue);
            if (id.maxValue)
                o << QStringLiteral("MAXVALUE %1").arg(*id.maxValue);
            if (id.noMinValue)
                o << QStringLiteral("NO MINVALUE");
            if (id.noMaxValue)
                o << QStringLiteral("NO MAXVALUE");
            if (id.cache)
                o << QStringLiteral("CACHE %1").arg(*id.cache);
            if (id.order)
                o << (*id.order ? QStringLiteral("ORDER") : QStringLiteral("NO ORDER"));
            if (id.cycle)
                o << (*id.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
            if (!o.isEmpty())
                spec += QStringLiteral(" (") + o.join(u' ') + u')';
            if (nullable)
                spec += QStringLiteral(" NULL");
        } else if (!nullable) {
            spec += QStringLiteral(" NOT NULL");
        }
        return spec;
    }
    Result<QString> t = type(c.type, context);
    if (!t)
        return t;
    spec += u' ' + *t;
    if (!c.serverDefault.isNone())
        spec += QStringLiteral(" DEFAULT ") + defaultSql(c.serverDefault);
    if (!nullable)
        spec += QStringLiteral(" NOT NULL");
    if (sqliteInlinePrimaryKey(table, c))
        spec += QStringLiteral(" PRIMARY KEY AUTOINCREMENT");
    if (c.computed) {
        spec += QStringLiteral(" GENERATED ALWAYS AS (") + c.computed->sqlText + u')';
        if (c.computed->persisted)
            spec += *c.computed->persisted ? QStringLiteral(" STORED") : QStringLiteral(" VIRTUAL");
    }
    return spec;
}

Result<QString> DdlWriter::resolveName(const QString &key, const TableDef &table,
                                       const QStringList &columns, const ObjectName &name,
                                       const ConstraintDef *fk) const
{
    const int limit = schema::maxIdentifierLength(m_dialect);
    if (name.converted || !m_naming.applies(key, {table.schema, table.name, columns, name.value,
                                                  fk ? fk->referredTable : QString(),
                                                  fk ? fk->referredColumns : QStringList()})) {
        if (name.value.size() > limit)
            return ddlError(
                QStringLiteral("Identifier '%1' exceeds maximum length of %2 characters")
                    .arg(name.value)
                    .arg(limit));
        return name.value;
    }
    schema::NamingConvention::Subject subject{table.schema,
                                              table.name,
                                              columns,
                                              name.value,
                                              fk ? fk->referredTable : QString(),
                                              fk ? fk->referredColumns : QStringList()};
    Result<QString> rendered = m_naming.render(key, subject);
    if (!rendered)
        return rendered;
    return schema::NamingConvention::truncate(*rendered, limit);
}

QString DdlWriter::deferrability(const ConstraintDef &c) const
{
    QString out;
    if (c.deferrable)
        out += *c.deferrable ? QStringLiteral(" DEFERRABLE") : QStringLiteral(" NOT DEFERRABLE");
    if (!c.initially.isEmpty())
        out += QStringLiteral(" INITIALLY ") + c.initially;
    return out;
}

Result<QString> DdlWriter::constraintClause(const TableDef &table, const ConstraintDef &c) const
{
    static const char *keys[] = {"pk", "fk", "uq", "ck"};
    for (const QString &col : c.columns + c.referredColumns) {
        if (Status s = checkIdentifier(col, QStringLiteral("constraint column")); !s)
            return s.error();
    }
    Result<QString> name =
        resolveName(QString::fromLatin1(keys[int(c.kind)]), table, c.columns, c.name,
                    c.kind == ConstraintDef::Kind::ForeignKey ? &c : nullptr);
    if (!name)
        return name;
    QString out = name->isEmpty() ? QString() : QStringLiteral("CONSTRAINT ") + quote(*name) + u' ';
    auto list = [this](const QStringList &cols) {
        QStringList q;
        for (const QString &col : cols)
            q << quote(col);
        return q.join(QStringLiteral(", "));
    };
    switch (c.kind) {
    case ConstraintDef::Kind::PrimaryKey:
        if (table.sqliteAutoincrement && !isPostgres() && c.columns.size() == 1) {
            const ColumnDef *col = table.column(c.columns.front());
            if (col && sqliteInlinePrimaryKey(table, *col))
                return QString();
        }
        out += QStringLiteral("PRIMARY KEY (") + list(c.columns) + u')';
        break;
    case ConstraintDef::Kind::Unique:
        out += QStringLiteral("UNIQUE (") + list(c.columns) + u')';
        break;
    case ConstraintDef::Kind::Check:
        out += QStringLiteral("CHECK (") + c.sqlText + u')';
        break;
    case ConstraintDef::Kind::ForeignKey:
        if (Status s = checkIdentifier(c.referredTable, QStringLiteral("referred table")); !s)
            return s.error();
        // SQLite has no schema in REFERENCES (the referred table is in the
        // referring table's database): name only the table, and leave out a
        // foreign key into another schema, as SQLAlchemy does. No schema
        // means the table's own (batch mode writes it so).
        if (!isPostgres() && !c.referredSchema.isEmpty() && c.referredSchema != table.schema)
            return QString();
        out += QStringLiteral("FOREIGN KEY(") + list(c.columns) + QStringLiteral(") REFERENCES ") +
               (isPostgres() ? this->table(c.referredSchema, c.referredTable)
                             : quote(c.referredTable)) +
               QStringLiteral(" (") + list(c.referredColumns) + u')';
        if (!c.match.isEmpty())
            out += QStringLiteral(" MATCH ") + c.match;
        if (!c.onDelete.isEmpty())
            out += QStringLiteral(" ON DELETE ") + c.onDelete;
        if (!c.onUpdate.isEmpty())
            out += QStringLiteral(" ON UPDATE ") + c.onUpdate;
        break;
    }
    return out + deferrability(c);
}

std::vector<ConstraintDef> DdlWriter::effectiveConstraints(const TableDef &table) const
{
    std::vector<ConstraintDef> out;
    bool havePk = false;
    for (const ConstraintDef &c : table.constraints)
        havePk = havePk || c.kind == ConstraintDef::Kind::PrimaryKey;
    if (!havePk) {
        const QStringList pk = primaryKeyColumns(table);
        if (!pk.isEmpty()) {
            ConstraintDef c;
            c.kind = ConstraintDef::Kind::PrimaryKey;
            c.columns = pk;
            c.fromColumn = true;
            out.push_back(c);
        }
    }
    // SQLAlchemy renders the primary key first, then the rest in creation order.
    for (const ConstraintDef &c : table.constraints) {
        if (c.kind == ConstraintDef::Kind::PrimaryKey)
            out.insert(out.begin(), c);
        else
            out.push_back(c);
    }
    for (const ColumnDef &col : table.columns) {
        if (col.unique && !col.index) {
            ConstraintDef u;
            u.kind = ConstraintDef::Kind::Unique;
            u.columns = {col.name};
            u.fromColumn = true;
            out.push_back(u);
        }
        for (const ConstraintDef &fk : col.foreignKeys)
            out.push_back(fk);
        const bool boolCheck =
            col.type.type.kind == TypeKind::Boolean && col.type.createConstraint && !isPostgres();
        const bool enumCheck = col.type.createConstraint && !col.type.enumLabels.isEmpty() &&
                               (!isPostgres() || !col.type.nativeEnum);
        if (boolCheck || enumCheck) {
            ConstraintDef ck;
            ck.kind = ConstraintDef::Kind::Check;
            ck.name.value = col.type.type.enumName;
            QStringList values;
            if (boolCheck)
                values = {QStringLiteral("0"), QStringLiteral("1")};
            for (const QString &l : col.type.enumLabels)
                values << literal(l);
            ck.sqlText = quote(col.name) + QStringLiteral(" IN (") +
                         values.join(QStringLiteral(", ")) + u')';
            ck.fromColumn = true;
            out.push_back(ck);
        }
    }
    return out;
}

std::vector<IndexDef> DdlWriter::effectiveIndexes(const TableDef &table) const
{
    std::vector<IndexDef> out = table.indexes;
    for (const ColumnDef &col : table.columns) {
        if (!col.index)
            continue;
        IndexDef ix;
        ix.elements.push_back(schema::IndexElement::ofColumn(col.name));
        ix.unique = col.unique;
        out.push_back(ix);
    }
    return out;
}

Result<QString> DdlWriter::createTable(const TableDef &table) const
{
    if (Status s = checkIdentifier(table.name, QStringLiteral("table")); !s)
        return s.error();
    if (table.columns.empty())
        return ddlError(QStringLiteral("table %1 has no columns").arg(table.displayName()));
    QStringList parts;
    for (const ColumnDef &c : table.columns) {
        Result<QString> spec = columnSpec(table, c);
        if (!spec)
            return spec;
        parts << *spec;
    }
    for (const ConstraintDef &c : effectiveConstraints(table)) {
        Result<QString> clause = constraintClause(table, c);
        if (!clause)
            return clause;
        if (!clause->isEmpty())
            parts << *clause;
    }
    return QStringLiteral("CREATE TABLE ") + this->table(table.schema, table.name) +
           QStringLiteral(" (\n\t") + parts.join(QStringLiteral(", \n\t")) + QStringLiteral("\n)");
}

Result<QString> DdlWriter::indexName(const QString &schema, const QString &table,
                                     const IndexDef &index) const
{
    TableDef t;
    t.schema = schema;
    t.name = table;
    QStringList columns;
    for (const schema::IndexElement &e : index.elements) {
        if (!e.isExpression())
            columns << e.column;
    }
    if (index.name.isEmpty() && columns.isEmpty())
        return ddlError(
            QStringLiteral("an unnamed index on %1 has no column to name it after").arg(table));
    Result<QString> name = resolveName(QStringLiteral("ix"), t, columns, index.name);
    if (!name)
        return name;
    if (Status s = checkIdentifier(*name, QStringLiteral("index on %1").arg(table)); !s)
        return s.error();
    return name;
}

Result<QString> DdlWriter::createIndex(const QString &schema, const QString &table,
                                       const IndexDef &index) const
{
    if (Status s = checkIdentifier(table, QStringLiteral("table")); !s)
        return s.error();
    Result<QString> name = indexName(schema, table, index);
    if (!name)
        return name;
    QStringList keys;
    for (const schema::IndexElement &e : index.elements) {
        if (e.isExpression())
            keys << e.expression;
        else if (Status s = checkIdentifier(e.column, QStringLiteral("index column")); !s)
            return s.error();
        else
            keys << quote(e.column);
    }
    QString sql =
        index.unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    if (isPostgres()) {
        if (index.postgresqlConcurrently)
            sql += QStringLiteral("CONCURRENTLY ");
        sql += quote(*name) + QStringLiteral(" ON ") + this->table(schema, table) + u' ';
        if (!index.postgresqlUsing.isEmpty()) {
            static const QRegularExpression word(QStringLiteral("^\\w+$"));
            if (!word.match(index.postgresqlUsing).hasMatch())
                return ddlError(QStringLiteral("index method '%1' is not a plain word")
                                    .arg(index.postgresqlUsing));
            sql += QStringLiteral("USING ") + index.postgresqlUsing.toLower() + u' ';
        }
        sql += u'(' + keys.join(QStringLiteral(", ")) + u')';
        if (!index.postgresqlInclude.isEmpty()) {
            QStringList inc;
            for (const QString &c : index.postgresqlInclude)
                inc << quote(c);
            sql += QStringLiteral(" INCLUDE (") + inc.join(QStringLiteral(", ")) + u')';
        }
        if (!index.postgresqlWhere.isEmpty())
            sql += QStringLiteral(" WHERE ") + index.postgresqlWhere;
    } else {
        sql += this->table(schema, *name) + QStringLiteral(" ON ") + quote(table) +
               QStringLiteral(" (") + keys.join(QStringLiteral(", ")) + u')';
        if (!index.sqliteWhere.isEmpty())
            sql += QStringLiteral(" WHERE ") + index.sqliteWhere;
    }
    return sql;
}

Result<QString> DdlWriter::createEnum(const TypeSpec &type) const
{
    if (type.type.enumName.isEmpty())
        return ddlError(QStringLiteral("PostgreSQL ENUM type requires a name"));
    QStringList labels;
    for (const QString &l : type.enumLabels)
        labels << literal(l);
    return QStringLiteral("CREATE TYPE ") +
           m_preparer.typeName(type.type.enumSchema, type.type.enumName) +
           QStringLiteral(" AS ENUM (") + labels.join(QStringLiteral(", ")) + u')';
}

}  // namespace stratum::migrate
