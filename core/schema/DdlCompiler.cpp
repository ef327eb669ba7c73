#include "core/schema/DdlCompiler.h"

#include "core/schema/Keywords.h"

#include <QRegularExpression>

namespace stratum::schema {
namespace {

Error ddlError(const QString &message, const QString &code = QStringLiteral("ddl"))
{
    Error e;
    e.message = message;
    e.source = QStringLiteral("DDL");
    e.code = code;
    return e;
}

// No server can hold an empty identifier, and one containing NUL would be cut
// short by the C client libraries: reject both rather than emit a statement
// that means something else.
Status checkIdentifier(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return ddlError(QStringLiteral("%1 has an empty name").arg(what));
    if (name.contains(QChar(0)))
        return ddlError(QStringLiteral("%1 name contains a NUL character").arg(what));
    return Ok{};
}

Status checkNames(const QStringList &names, const QString &what)
{
    for (const QString &n : names) {
        if (Status s = checkIdentifier(n, what); !s)
            return s;
    }
    return Ok{};
}

Status checkTable(const Table &t)
{
    if (!t.schema.isEmpty()) {
        if (Status s = checkIdentifier(t.schema, QStringLiteral("schema")); !s)
            return s;
    }
    if (Status s = checkIdentifier(t.name, QStringLiteral("table")); !s)
        return s;
    if (t.columns.empty())
        return ddlError(QStringLiteral("table %1 has no columns").arg(t.displayName()));
    for (const Column &c : t.columns) {
        if (Status s = checkIdentifier(c.name, QStringLiteral("column of %1").arg(t.displayName()));
            !s)
            return s;
    }
    return Ok{};
}

QString actionSql(ReferentialAction a)
{
    switch (a) {
    case ReferentialAction::NoAction:
        return QStringLiteral("NO ACTION");
    case ReferentialAction::Restrict:
        return QStringLiteral("RESTRICT");
    case ReferentialAction::Cascade:
        return QStringLiteral("CASCADE");
    case ReferentialAction::SetNull:
        return QStringLiteral("SET NULL");
    case ReferentialAction::SetDefault:
        return QStringLiteral("SET DEFAULT");
    }
    return QStringLiteral("NO ACTION");
}

QString deferrableSql(bool deferrable, bool initiallyDeferred)
{
    QString out;
    if (deferrable)
        out += QLatin1String(" DEFERRABLE");
    if (initiallyDeferred)
        out += QLatin1String(" INITIALLY DEFERRED");
    return out;
}

// The position of the parenthesis that closes the one at open, or -1.
// Parentheses inside string literals and quoted identifiers do not count.
qsizetype closingParenthesis(const QString &sql, qsizetype open)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// True when sql is one parenthesised group: "(a + b)" but not "(a) + (b)".
bool isOneParenthesizedGroup(const QString &sql)
{
    const QString trimmed = sql.trimmed();
    return trimmed.startsWith(u'(') && closingParenthesis(trimmed, 0) == trimmed.size() - 1;
}

// True when sql is one function call, "lower(name)" or "s.f(a, b)", whose name
// is not a reserved word (CAST, NOT, ...): what PostgreSQL and SQLAlchemy
// write bare among index keys.
bool isFunctionCall(const QString &sql, Dialect dialect)
{
    static const QRegularExpression call(
        QStringLiteral("^(?:(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")\\s*\\.\\s*)?"
                       "([A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")\\s*\\("));
    const QString trimmed = sql.trimmed();
    const QRegularExpressionMatch m = call.match(trimmed);
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(1);
    if (!name.startsWith(u'"') && Keywords::isReserved(dialect, name.toLower()))
        return false;
    return closingParenthesis(trimmed, m.capturedEnd() - 1) == trimmed.size() - 1;
}

// Wraps an expression in parentheses exactly once: SQLite needs them around a
// non-literal DEFAULT, both dialects around an index expression that is not a
// function call, and reflected text such as PostgreSQL's "((a + b))" already
// has them.
QString parenthesized(const QString &sql)
{
    return isOneParenthesizedGroup(sql) ? sql : u'(' + sql + u')';
}

// SQLite takes only literals bare after DEFAULT; anything else must be in
// parentheses.
QString sqliteDefault(const QString &sql)
{
    static const QRegularExpression literal(
        QStringLiteral(
            "^\\s*('([^']|'')*'|[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|[xX]'[0-9a-fA-F]*'"
            "|NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(sql).hasMatch() ? sql : parenthesized(sql);
}

// SQLite resolves the table a foreign key refers to in the database of the
// referring table, and its grammar has no schema in REFERENCES. An empty
// schema is the main database for a table, and "the referring table's
// database" for a foreign key (as the SQLite reflector and the migration
// operations write it).
bool sqliteSameDatabase(const QString &tableSchema, const QString &referredSchema)
{
    if (referredSchema.isEmpty())
        return true;
    const auto normal = [](const QString &s) { return s.isEmpty() ? QStringLiteral("main") : s; };
    return normal(tableSchema) == normal(referredSchema);
}

DdlScript single(const QString &statement)
{
    DdlScript s;
    s.statements << statement;
    return s;
}

}  // namespace

QString DdlCompiler::columnList(const QStringList &columns) const
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << m_preparer.quote(c);
    return quoted.join(QLatin1String(", "));
}

Result<QString> DdlCompiler::resolveName(const QString &key, const Table &table,
                                         const QStringList &columns, const QString &explicitName,
                                         const MetaData &metadata, const ForeignKey *fk) const
{
    NamingConvention::Subject subject{table.schema, table.name, columns, explicitName, {}, {}};
    if (fk) {
        subject.referredTable = fk->referredTable;
        subject.referredColumns = fk->referredColumns;
    }
    if (!metadata.naming.applies(key, subject))
        return explicitName;
    Result<QString> name = metadata.naming.render(key, subject);
    if (!name)
        return name;
    return NamingConvention::truncate(name.value(), maxIdentifierLength(m_dialect));
}

bool DdlCompiler::isSqliteAutoincrement(const Table &table, const Column &column) const
{
    return m_dialect == Dialect::SQLite && column.autoincrement &&
           table.primaryKey.columns == QStringList{column.name} &&
           column.type.kind == TypeKind::Integer && !column.type.isArray();
}

QString DdlCompiler::columnSpecification(const Table &table, const Column &c,
                                         const MetaData &metadata, QStringList *warnings) const
{
    const QString context = QStringLiteral("column %1.%2").arg(table.displayName(), c.name);
    const bool pg = m_dialect == Dialect::PostgreSQL;
    QString type = m_types.compile(c.type, &metadata, context, warnings);
    const bool serial = pg && c.autoincrement && c.serverDefault.isEmpty() && !c.identity &&
                        c.type.isInteger() && !c.type.isArray();
    if (serial) {
        type = c.type.kind == TypeKind::BigInteger     ? QStringLiteral("BIGSERIAL")
               : c.type.kind == TypeKind::SmallInteger ? QStringLiteral("SMALLSERIAL")
                                                       : QStringLiteral("SERIAL");
    }
    QString spec = m_preparer.quote(c.name) + u' ' + type;
    if (!c.serverDefault.isEmpty())
        spec +=
            QLatin1String(" DEFAULT ") + (pg ? c.serverDefault : sqliteDefault(c.serverDefault));
    if (!c.computed.isEmpty())
        spec += QLatin1String(" GENERATED ALWAYS AS (") + c.computed + QLatin1String(") STORED");
    if (c.identity && pg) {
        const Identity &id = *c.identity;
        spec += id.always ? QLatin1String(" GENERATED ALWAYS AS IDENTITY")
                          : QLatin1String(" GENERATED BY DEFAULT AS IDENTITY");
        QStringList options;
        if (id.start)
            options << QStringLiteral("START WITH %1").arg(*id.start);
        if (id.increment)
            options << QStringLiteral("INCREMENT BY %1").arg(*id.increment);
        if (id.minValue)
            options << QStringLiteral("MINVALUE %1").arg(*id.minValue);
        if (id.maxValue)
            options << QStringLiteral("MAXVALUE %1").arg(*id.maxValue);
        if (id.cache)
            options << QStringLiteral("CACHE %1").arg(*id.cache);
        if (id.cycle)
            options << QStringLiteral("CYCLE");
        if (!options.isEmpty())
            spec += QLatin1String(" (") + options.join(u' ') + u')';
    } else if (c.identity && warnings) {
        warnings->append(
            QStringLiteral("%1: SQLite has no identity columns; %2")
                .arg(context, table.primaryKey.columns == QStringList{c.name} &&
                                      c.type.kind == TypeKind::Integer
                                  ? QStringLiteral("an INTEGER PRIMARY KEY is the rowid and "
                                                   "numbers itself, but the options are lost")
                                  : QStringLiteral("the column is created without one")));
    }
    if (!c.nullable)
        spec += QLatin1String(" NOT NULL");
    if (isSqliteAutoincrement(table, c))
        spec += QLatin1String(" PRIMARY KEY AUTOINCREMENT");
    return spec;
}

Result<QString> DdlCompiler::primaryKeyClause(const Table &table, const MetaData &metadata) const
{
    const PrimaryKey &pk = table.primaryKey;
    if (Status s = checkNames(pk.columns, QStringLiteral("primary key column")); !s)
        return s.error();
    const Result<QString> name =
        resolveName(QStringLiteral("pk"), table, pk.columns, pk.name, metadata);
    if (!name)
        return name;
    QString clause =
        name->isEmpty() ? QString() : QLatin1String("CONSTRAINT ") + m_preparer.quote(*name) + u' ';
    return clause + QLatin1String("PRIMARY KEY (") + columnList(pk.columns) + u')';
}

Result<QString> DdlCompiler::foreignKeyClause(const Table &table, const ForeignKey &fk,
                                              const MetaData &metadata) const
{
    if (Status s =
            checkNames(fk.columns + fk.referredColumns, QStringLiteral("foreign key column"));
        !s)
        return s.error();
    if (Status s = checkIdentifier(fk.referredTable, QStringLiteral("referred table")); !s)
        return s.error();
    if (fk.columns.isEmpty() ||
        (!fk.referredColumns.isEmpty() && fk.referredColumns.size() != fk.columns.size()))
        return ddlError(QStringLiteral("foreign key on %1 (%2) refers to %3 columns of %4")
                            .arg(table.displayName(), fk.columns.join(QLatin1String(", ")))
                            .arg(fk.referredColumns.size())
                            .arg(fk.referredTable));
    const bool sqlite = m_dialect == Dialect::SQLite;
    if (sqlite && !sqliteSameDatabase(table.schema, fk.referredSchema))
        return ddlError(QStringLiteral("foreign key on %1 (%2) refers to %3.%4: SQLite foreign "
                                       "keys can only refer to tables in the same database")
                            .arg(table.displayName(), fk.columns.join(QLatin1String(", ")),
                                 fk.referredSchema, fk.referredTable),
                        QStringLiteral("unsupported"));
    const Result<QString> name =
        resolveName(QStringLiteral("fk"), table, fk.columns, fk.name, metadata, &fk);
    if (!name)
        return name;
    QString clause =
        name->isEmpty() ? QString() : QLatin1String("CONSTRAINT ") + m_preparer.quote(*name) + u' ';
    clause += QLatin1String("FOREIGN KEY(") + columnList(fk.columns) +
              QLatin1String(") REFERENCES ") +
              (sqlite ? m_preparer.quote(fk.referredTable)
                      : m_preparer.qualified(fk.referredSchema, fk.referredTable));
    if (!fk.referredColumns.isEmpty())
        clause += QLatin1String(" (") + columnList(fk.referredColumns) + u')';
    if (fk.onDelete != ReferentialAction::NoAction)
        clause += QLatin1String(" ON DELETE ") + actionSql(fk.onDelete);
    if (fk.onUpdate != ReferentialAction::NoAction)
        clause += QLatin1String(" ON UPDATE ") + actionSql(fk.onUpdate);
    return clause + deferrableSql(fk.deferrable, fk.initiallyDeferred);
}

Result<QString> DdlCompiler::uniqueClause(const Table &table, const UniqueConstraint &uq,
                                          const MetaData &metadata, QStringList *warnings) const
{
    if (Status s = checkNames(uq.columns, QStringLiteral("unique constraint column")); !s)
        return s.error();
    const Result<QString> name =
        resolveName(QStringLiteral("uq"), table, uq.columns, uq.name, metadata);
    if (!name)
        return name;
    QString clause =
        name->isEmpty() ? QString() : QLatin1String("CONSTRAINT ") + m_preparer.quote(*name) + u' ';
    clause += QLatin1String("UNIQUE (") + columnList(uq.columns) + u')';
    if (m_dialect == Dialect::PostgreSQL)
        clause += deferrableSql(uq.deferrable, uq.initiallyDeferred);
    else if ((uq.deferrable || uq.initiallyDeferred) && warnings)
        warnings->append(QStringLiteral("unique constraint on %1 (%2): SQLite cannot defer it")
                             .arg(table.displayName(), uq.columns.join(QLatin1String(", "))));
    return clause;
}

Result<QString> DdlCompiler::checkClause(const Table &table, const CheckConstraint &ck,
                                         const MetaData &metadata) const
{
    const Result<QString> name = resolveName(QStringLiteral("ck"), table, {}, ck.name, metadata);
    if (!name)
        return name;
    QString clause =
        name->isEmpty() ? QString() : QLatin1String("CONSTRAINT ") + m_preparer.quote(*name) + u' ';
    return clause + QLatin1String("CHECK (") + ck.sqlText + u')';
}

Result<DdlScript> DdlCompiler::createTable(const Table &table, const MetaData &metadata,
                                           const std::vector<int> &omitForeignKeys) const
{
    if (Status s = checkTable(table); !s)
        return s.error();
    DdlScript script;
    QStringList parts;
    bool inlinePrimaryKey = false;
    for (const Column &c : table.columns) {
        parts << columnSpecification(table, c, metadata, &script.warnings);
        inlinePrimaryKey = inlinePrimaryKey || isSqliteAutoincrement(table, c);
    }
    if (!table.primaryKey.columns.isEmpty() && !inlinePrimaryKey) {
        const Result<QString> pk = primaryKeyClause(table, metadata);
        if (!pk)
            return pk.error();
        parts << *pk;
    }
    for (int i = 0; i < int(table.foreignKeys.size()); ++i) {
        if (std::find(omitForeignKeys.begin(), omitForeignKeys.end(), i) != omitForeignKeys.end())
            continue;
        const Result<QString> fk = foreignKeyClause(table, table.foreignKeys[i], metadata);
        if (!fk)
            return fk.error();
        parts << *fk;
    }
    for (const UniqueConstraint &uq : table.uniqueConstraints) {
        const Result<QString> clause = uniqueClause(table, uq, metadata, &script.warnings);
        if (!clause)
            return clause.error();
        parts << *clause;
    }
    for (const CheckConstraint &ck : table.checkConstraints) {
        const Result<QString> clause = checkClause(table, ck, metadata);
        if (!clause)
            return clause.error();
        parts << *clause;
    }
    if (m_dialect == Dialect::SQLite) {
        // Without native enums, an enum column gets the CHECK that SQLAlchemy's
        // non-native Enum(create_constraint=True) would give it.
        for (const Column &c : table.columns) {
            if (c.type.kind != TypeKind::Enum || c.type.isArray())
                continue;
            const EnumType *e = metadata.enumType(c.type.enumSchema, c.type.enumName);
            if (!e)
                continue;
            QStringList labels;
            for (const QString &l : e->labels)
                labels << m_preparer.literal(l);
            parts << QLatin1String("CHECK (") + m_preparer.quote(c.name) + QLatin1String(" IN (") +
                         labels.join(QLatin1String(", ")) + QLatin1String("))");
            script.warnings << QStringLiteral("column %1.%2: SQLite has no enum types; enum %3 is "
                                              "created as VARCHAR with a CHECK constraint")
                                   .arg(table.displayName(), c.name, e->name);
        }
    }
    script.statements << QLatin1String("CREATE TABLE ") + tableName(table) +
                             QLatin1String(" (\n\t") + parts.join(QLatin1String(",\n\t")) +
                             QLatin1String("\n)");
    return script;
}

Result<DdlScript> DdlCompiler::dropTable(const Table &table, bool ifExists) const
{
    if (Status s = checkIdentifier(table.name, QStringLiteral("table")); !s)
        return s.error();
    return single(QLatin1String(ifExists ? "DROP TABLE IF EXISTS " : "DROP TABLE ") +
                  tableName(table));
}

Result<DdlScript> DdlCompiler::tableComments(const Table &table) const
{
    DdlScript script;
    if (!table.comment.isEmpty()) {
        const Result<DdlScript> s = setTableComment(table, table.comment);
        if (!s)
            return s;
        script.append(*s);
    }
    for (const Column &c : table.columns) {
        if (c.comment.isEmpty())
            continue;
        const Result<DdlScript> s = setColumnComment(table, c.name, c.comment);
        if (!s)
            return s;
        script.append(*s);
    }
    return script;
}

Result<DdlScript> DdlCompiler::setTableComment(const Table &table, const QString &comment) const
{
    if (Status s = checkIdentifier(table.name, QStringLiteral("table")); !s)
        return s.error();
    DdlScript script;
    if (m_dialect == Dialect::SQLite) {
        script.warnings << QStringLiteral("table %1: SQLite has no comments; the table comment is "
                                          "not stored")
                               .arg(table.displayName());
        return script;
    }
    script.statements << QLatin1String("COMMENT ON TABLE ") + tableName(table) +
                             QLatin1String(" IS ") +
                             (comment.isEmpty() ? QStringLiteral("NULL")
                                                : m_preparer.literal(comment));
    return script;
}

Result<DdlScript> DdlCompiler::setColumnComment(const Table &table, const QString &column,
                                                const QString &comment) const
{
    if (Status s = checkIdentifier(column, QStringLiteral("column")); !s)
        return s.error();
    DdlScript script;
    if (m_dialect == Dialect::SQLite) {
        script.warnings << QStringLiteral("column %1.%2: SQLite has no comments; the column "
                                          "comment is not stored")
                               .arg(table.displayName(), column);
        return script;
    }
    script.statements << QLatin1String("COMMENT ON COLUMN ") + tableName(table) + u'.' +
                             m_preparer.quote(column) + QLatin1String(" IS ") +
                             (comment.isEmpty() ? QStringLiteral("NULL")
                                                : m_preparer.literal(comment));
    return script;
}

Result<DdlScript> DdlCompiler::createIndex(const Table &table, const Index &index,
                                           const MetaData &metadata) const
{
    if (Status s = checkTable(table); !s)
        return s.error();
    if (index.elements.empty())
        return ddlError(
            QStringLiteral("index on %1 has no columns or expressions").arg(table.displayName()));
    const Result<QString> name =
        resolveName(QStringLiteral("ix"), table, index.columnNames(), index.name, metadata);
    if (!name)
        return name.error();
    const bool pg = m_dialect == Dialect::PostgreSQL;
    if (name->isEmpty() && !pg)
        return ddlError(QStringLiteral("index on %1 needs a name: SQLite has no unnamed indexes")
                            .arg(table.displayName()));
    DdlScript script;
    QStringList keys;
    for (const IndexElement &e : index.elements) {
        if (e.isExpression()) {
            keys << (isFunctionCall(e.expression, m_dialect) ? e.expression
                                                             : parenthesized(e.expression));
        } else {
            if (Status s = checkIdentifier(e.column, QStringLiteral("index column")); !s)
                return s.error();
            keys << m_preparer.quote(e.column);
        }
    }
    QString sql = QLatin1String(index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
    if (pg) {
        if (!name->isEmpty())
            sql += m_preparer.quote(*name) + u' ';
        sql += QLatin1String("ON ") + tableName(table);
        if (!index.method.isEmpty())
            sql += QLatin1String(" USING ") + m_preparer.quote(index.method);
        sql += QLatin1String(" (") + keys.join(QLatin1String(", ")) + u')';
        if (!index.include.isEmpty())
            sql += QLatin1String(" INCLUDE (") + columnList(index.include) + u')';
    } else {
        // SQLite qualifies the index, and the table must be in the same schema.
        sql += m_preparer.qualified(table.schema, *name) + QLatin1String(" ON ") +
               m_preparer.quote(table.name) + QLatin1String(" (") + keys.join(QLatin1String(", ")) +
               u')';
        if (!index.method.isEmpty() && index.method != QLatin1String("btree"))
            script.warnings << QStringLiteral("index %1: SQLite has no index method \"%2\"; "
                                              "created as a plain index")
                                   .arg(*name, index.method);
        if (!index.include.isEmpty())
            script.warnings << QStringLiteral("index %1: SQLite has no INCLUDE columns; "
                                              "they are left out")
                                   .arg(*name);
    }
    if (!index.where.isEmpty())
        sql += QLatin1String(" WHERE ") + index.where;
    script.statements << sql;
    return script;
}

Result<DdlScript> DdlCompiler::dropIndex(const Table &table, const Index &index,
                                         const MetaData &metadata, bool ifExists) const
{
    const Result<QString> name =
        resolveName(QStringLiteral("ix"), table, index.columnNames(), index.name, metadata);
    if (!name)
        return name.error();
    if (Status s = checkIdentifier(*name, QStringLiteral("index")); !s)
        return s.error();
    return single(QLatin1String(ifExists ? "DROP INDEX IF EXISTS " : "DROP INDEX ") +
                  m_preparer.qualified(table.schema, *name));
}

Result<DdlScript> DdlCompiler::addConstraint(const Table &table,
                                             const Result<QString> &clause) const
{
    if (!clause)
        return clause.error();
    if (m_dialect == Dialect::SQLite)
        return ddlError(QStringLiteral("SQLite cannot add a constraint to the existing table %1 "
                                       "(%2); recreate the table (batch mode) instead")
                            .arg(table.displayName(), *clause),
                        QStringLiteral("unsupported"));
    return single(QLatin1String("ALTER TABLE ") + tableName(table) + QLatin1String(" ADD ") +
                  *clause);
}

Result<DdlScript> DdlCompiler::addPrimaryKey(const Table &table, const MetaData &metadata) const
{
    return addConstraint(table, primaryKeyClause(table, metadata));
}

Result<DdlScript> DdlCompiler::addForeignKey(const Table &table, const ForeignKey &fk,
                                             const MetaData &metadata) const
{
    return addConstraint(table, foreignKeyClause(table, fk, metadata));
}

Result<DdlScript> DdlCompiler::addUniqueConstraint(const Table &table, const UniqueConstraint &uq,
                                                   const MetaData &metadata) const
{
    QStringList warnings;
    Result<DdlScript> script = addConstraint(table, uniqueClause(table, uq, metadata, &warnings));
    if (script)
        script.value().warnings += warnings;
    return script;
}

Result<DdlScript> DdlCompiler::addCheckConstraint(const Table &table, const CheckConstraint &ck,
                                                  const MetaData &metadata) const
{
    return addConstraint(table, checkClause(table, ck, metadata));
}

Result<DdlScript> DdlCompiler::dropConstraint(const Table &table, const QString &name,
                                              bool ifExists) const
{
    if (Status s = checkIdentifier(name, QStringLiteral("constraint")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return ddlError(QStringLiteral("SQLite cannot drop the constraint %1 of the existing "
                                       "table %2; recreate the table (batch mode) instead")
                            .arg(name, table.displayName()),
                        QStringLiteral("unsupported"));
    return single(QLatin1String("ALTER TABLE ") + tableName(table) +
                  QLatin1String(ifExists ? " DROP CONSTRAINT IF EXISTS " : " DROP CONSTRAINT ") +
                  m_preparer.quote(name));
}

}  // namespace stratum::schema
