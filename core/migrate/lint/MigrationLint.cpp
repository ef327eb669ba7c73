#include "core/migrate/lint/MigrationLint.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class LintText
{
    Q_DECLARE_TR_FUNCTIONS(LintText)
};

namespace stratum::migrate {
namespace {

using schema::TypeKind;

QString ident(const QString &schema, const QString &name)
{
    return u'`' + (schema.isEmpty() ? name : schema + u'.' + name) + u'`';
}

// How a type change relates old to new values.
enum class TypeChange { Same, Widening, Narrowing, Converting };

int integerRank(TypeKind k)
{
    switch (k) {
    case TypeKind::SmallInteger:
        return 1;
    case TypeKind::Integer:
        return 2;
    case TypeKind::BigInteger:
        return 3;
    default:
        return 0;
    }
}

bool isText(TypeKind k)
{
    return k == TypeKind::String || k == TypeKind::Text || k == TypeKind::Char;
}

// Unbounded lengths/precisions (nullopt) are the widest.
bool wider(std::optional<int> a, std::optional<int> b)  // a >= b
{
    return !a || (b && *a >= *b);
}

TypeChange classify(const schema::ColumnType &from, const schema::ColumnType &to)
{
    if (from == to)
        return TypeChange::Same;
    if (from.arrayDimensions != to.arrayDimensions)
        return TypeChange::Converting;
    if (integerRank(from.kind) && integerRank(to.kind))
        return integerRank(to.kind) >= integerRank(from.kind) ? TypeChange::Widening
                                                              : TypeChange::Narrowing;
    if (integerRank(from.kind) && to.kind == TypeKind::Numeric)
        return !to.precision || (*to.precision - to.scale.value_or(0)) >= 19
                   ? TypeChange::Widening
                   : TypeChange::Narrowing;
    if (isText(from.kind) && isText(to.kind)) {
        const std::optional<int> toLength = to.kind == TypeKind::Text ? std::nullopt : to.length;
        const std::optional<int> fromLength =
            from.kind == TypeKind::Text ? std::nullopt : from.length;
        if (from.kind == TypeKind::Char && to.kind != TypeKind::Char)
            return wider(toLength, fromLength) ? TypeChange::Widening : TypeChange::Narrowing;
        return wider(toLength, fromLength) ? TypeChange::Widening : TypeChange::Narrowing;
    }
    if (from.kind == TypeKind::Numeric && to.kind == TypeKind::Numeric) {
        if (!to.precision)
            return TypeChange::Widening;
        if (!from.precision)
            return TypeChange::Narrowing;
        const int fromInt = *from.precision - from.scale.value_or(0);
        const int toInt = *to.precision - to.scale.value_or(0);
        return toInt >= fromInt && to.scale.value_or(0) >= from.scale.value_or(0)
                   ? TypeChange::Widening
                   : TypeChange::Narrowing;
    }
    if (from.kind == TypeKind::Float && to.kind == TypeKind::Float)
        return wider(to.precision, from.precision) || !to.precision ? TypeChange::Widening
                                                                    : TypeChange::Narrowing;
    if ((from.kind == TypeKind::DateTime || from.kind == TypeKind::Time) && from.kind == to.kind)
        return wider(to.precision, from.precision) ? TypeChange::Widening : TypeChange::Narrowing;
    if (isText(to.kind) && !to.length && to.kind != TypeKind::Char)
        return TypeChange::Widening;  // anything can be written as unbounded text
    if (from.kind == TypeKind::Json && to.kind == TypeKind::Jsonb)
        return TypeChange::Widening;  // loses key order and duplicate keys only
    return TypeChange::Converting;
}

// PostgreSQL changes these types in the catalog only (no rewrite, no scan):
// a longer or unbounded varchar, varchar to text, a wider numeric with the
// same scale, json-free binary-compatible casts.
bool pgRewrites(const schema::ColumnType &from, const schema::ColumnType &to)
{
    if (from == to)
        return false;
    if (from.arrayDimensions != to.arrayDimensions)
        return true;
    if ((from.kind == TypeKind::String || from.kind == TypeKind::Text) &&
        (to.kind == TypeKind::String || to.kind == TypeKind::Text)) {
        const std::optional<int> fromLength =
            from.kind == TypeKind::Text ? std::nullopt : from.length;
        const std::optional<int> toLength = to.kind == TypeKind::Text ? std::nullopt : to.length;
        return !wider(toLength, fromLength);
    }
    if (from.kind == TypeKind::Numeric && to.kind == TypeKind::Numeric)
        return !(!to.precision || (from.precision && *to.precision >= *from.precision &&
                                   to.scale.value_or(0) == from.scale.value_or(0)));
    if ((from.kind == TypeKind::DateTime || from.kind == TypeKind::Time) && from.kind == to.kind &&
        from.timezone == to.timezone)
        return false;  // only the fractional precision changes
    return true;
}

class Linter
{
public:
    Linter(schema::Dialect dialect, const LintContext &context)
        : m_dialect(dialect)
        , m_context(context)
    {}

    void run(const std::vector<Operation> &ops)
    {
        for (int i = 0; i < int(ops.size()); ++i) {
            m_index = i;
            m_inner = -1;
            if (const BatchAlterTableOp *batch = ops[std::size_t(i)].as<BatchAlterTableOp>()) {
                for (int j = 0; j < int(batch->operations.size()); ++j) {
                    m_inner = j;
                    lint(batch->operations[std::size_t(j)]);
                }
            } else {
                lint(ops[std::size_t(i)]);
            }
        }
    }

    QList<LintFinding> findings;

private:
    bool pg() const { return m_dialect == schema::Dialect::PostgreSQL; }

    void add(LintClass kind, const QString &explanation, const QString &safer = QString(),
             bool confirmed = false)
    {
        findings.append({kind, m_index, explanation, safer, m_inner, confirmed});
    }

    static QString columnKey(const QString &schema, const QString &table, const QString &column)
    {
        return schema + u'\x1f' + table + u'\x1f' + column;
    }

    bool createdHere(const QString &schema, const QString &table) const
    {
        return m_created.contains(schema + u'\x1f' + table);
    }

    // Rows: 0 for a table created by these operations, the data source's
    // answer otherwise (nullopt: unknown).
    std::optional<qint64> rows(const QString &schema, const QString &table) const
    {
        if (createdHere(schema, table))
            return 0;
        if (!m_context.data)
            return std::nullopt;
        return m_context.data->rowCount(schema, table);
    }

    // Large: nullopt when unknown.
    std::optional<bool> large(const QString &schema, const QString &table) const
    {
        const std::optional<qint64> n = rows(schema, table);
        if (!n)
            return std::nullopt;
        return *n >= m_context.largeTableRows;
    }

    const schema::Column *beforeColumn(const QString &schema, const QString &table,
                                       const QString &column) const
    {
        if (!m_context.before)
            return nullptr;
        const schema::Table *t = m_context.before->table(schema, table);
        return t ? t->column(column) : nullptr;
    }

    void lint(const Operation &op)
    {
        if (const CreateTableOp *o = op.as<CreateTableOp>())
            m_created.insert(o->table.schema + u'\x1f' + o->table.name);
        else if (const DropTableOp *o = op.as<DropTableOp>())
            dropTable(*o);
        else if (const DropColumnOp *o = op.as<DropColumnOp>())
            dropColumn(*o);
        else if (const AddColumnOp *o = op.as<AddColumnOp>())
            addColumn(*o);
        else if (const AlterColumnOp *o = op.as<AlterColumnOp>())
            alterColumn(*o);
        else if (const CreateIndexOp *o = op.as<CreateIndexOp>())
            createIndex(*o);
        else if (const AddConstraintOp *o = op.as<AddConstraintOp>())
            addConstraint(*o);
        else if (const ExecuteOp *o = op.as<ExecuteOp>())
            execute(*o);
    }

    void dropTable(const DropTableOp &o)
    {
        const QString t = ident(o.schema, o.table);
        const std::optional<qint64> n = rows(o.schema, o.table);
        add(LintClass::Destructive,
            n ? LintText::tr("drops table %1 and its %2 row(s)").arg(t).arg(*n)
              : LintText::tr("drops table %1 and every row in it").arg(t),
            LintText::tr(
                "rename the table instead, and drop it in a later release once nothing uses it "
                "and a backup exists"),
            n.has_value());
        add(LintClass::Irreversible,
            LintText::tr("the downgrade can recreate table %1 but not the rows it held").arg(t),
            LintText::tr("keep a backup or copy the rows to an archive table before dropping"));
    }

    void dropColumn(const DropColumnOp &o)
    {
        const QString t = ident(o.schema, o.table);
        const QString c = ident({}, o.column);
        add(LintClass::Destructive, LintText::tr("drops column %1 of %2 and its values").arg(c, t),
            LintText::tr(
                "stop reading and writing the column first, then drop it in a later revision"));
        add(LintClass::Irreversible,
            LintText::tr("the downgrade can add column %1 back to %2, but empty").arg(c, t),
            LintText::tr("copy the column's values to an archive table before dropping it"));
    }

    void addColumn(const AddColumnOp &o)
    {
        const ColumnDef &c = o.column;
        m_added.insert(columnKey(o.schema, o.table, c.name), !c.serverDefault.isNone());
        const bool nullable = c.nullableGiven ? c.nullable : !c.primaryKey;
        const bool filled = !c.serverDefault.isNone() || c.identity || c.computed;
        if (!nullable && !filled) {
            const std::optional<qint64> n = rows(o.schema, o.table);
            if (!n || *n > 0) {
                const QString what =
                    n ? LintText::tr("adding NOT NULL column %1 without a default fails: "
                                     "%2 has %3 row(s)")
                            .arg(ident({}, c.name), ident(o.schema, o.table))
                            .arg(*n)
                      : LintText::tr("adding NOT NULL column %1 without a default fails "
                                     "if %2 has any rows")
                            .arg(ident({}, c.name), ident(o.schema, o.table));
                add(LintClass::DataDependent, what,
                    LintText::tr(
                        "add the column nullable (or with a server_default), fill it, then "
                        "alter it to NOT NULL"),
                    n.has_value());
            }
        }
        if (pg() && !c.serverDefault.isNone() && c.serverDefault.kind == ServerDefault::Kind::Sql &&
            c.serverDefault.value.contains(QLatin1String("random"), Qt::CaseInsensitive) &&
            large(o.schema, o.table).value_or(true))
            add(LintClass::Locking,
                LintText::tr(
                    "a volatile default makes PostgreSQL rewrite %1 under an exclusive lock")
                    .arg(ident(o.schema, o.table)),
                LintText::tr("add the column without a default, then fill it in batches"));
    }

    void alterColumn(const AlterColumnOp &o)
    {
        const QString t = ident(o.schema, o.table);
        const QString c = ident({}, o.column);
        const schema::Column *old = beforeColumn(o.schema, o.table, o.column);
        if (o.type) {
            std::optional<schema::ColumnType> from;
            if (o.existingType)
                from = o.existingType->type;
            else if (old)
                from = old->type;
            const schema::ColumnType &to = o.type->type;
            const TypeChange change = from ? classify(*from, to) : TypeChange::Converting;
            if (change == TypeChange::Narrowing || change == TypeChange::Converting) {
                add(LintClass::Destructive,
                    change == TypeChange::Narrowing
                        ? LintText::tr(
                              "narrows the type of %1 in %2: values that do not fit fail the "
                              "upgrade or lose precision")
                              .arg(c, t)
                        : LintText::tr(
                              "changes the type of %1 in %2: values are converted and may not "
                              "survive the conversion")
                              .arg(c, t),
                    LintText::tr(
                        "add a column of the new type, copy and check the values, then switch "
                        "over"));
                add(LintClass::Irreversible,
                    LintText::tr("the downgrade restores the old type of %1, not the values the "
                                 "conversion changed")
                        .arg(c));
            }
            if (pg() && !createdHere(o.schema, o.table) && (!from || pgRewrites(*from, to))) {
                const std::optional<bool> big = large(o.schema, o.table);
                if (big.value_or(true))
                    add(LintClass::Locking,
                        big ? LintText::tr(
                                  "the type change rewrites %1 (a large table) under an ACCESS "
                                  "EXCLUSIVE lock")
                                  .arg(t)
                            : LintText::tr(
                                  "the type change rewrites %1 under an ACCESS EXCLUSIVE lock; "
                                  "on a large table reads and writes wait")
                                  .arg(t),
                        LintText::tr(
                            "add a new column, backfill it in batches, switch the application "
                            "to it, then drop the old column"),
                        big.has_value());
            }
        }
        if (o.nullable && !*o.nullable && !(o.existingNullable && !*o.existingNullable) &&
            !createdHere(o.schema, o.table)) {
            std::optional<bool> nulls;
            if (m_context.data)
                nulls = m_context.data->hasNulls(o.schema, o.table, o.column);
            if (!nulls || *nulls)
                add(LintClass::DataDependent,
                    nulls ? LintText::tr("setting %1 NOT NULL fails: %2 has rows where it is NULL")
                                .arg(c, t)
                          : LintText::tr(
                                "setting %1 NOT NULL fails if any row of %2 holds NULL there")
                                .arg(c, t),
                    LintText::tr("fill the NULLs first (an UPDATE in the same revision or before)"),
                    nulls.has_value());
            if (pg() && large(o.schema, o.table).value_or(true))
                add(LintClass::Locking,
                    LintText::tr("SET NOT NULL scans all of %1 under an ACCESS EXCLUSIVE lock")
                        .arg(t),
                    LintText::tr(
                        "add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL "
                        "(PostgreSQL 12+ skips the scan)")
                        .arg(o.column));
        }
    }

    void createIndex(const CreateIndexOp &o)
    {
        const QString t = ident(o.schema, o.table);
        if (o.index.unique)
            uniqueOver(o.schema, o.table, o.index.elements);
        if (!pg() || o.index.postgresqlConcurrently || createdHere(o.schema, o.table))
            return;
        const std::optional<bool> big = large(o.schema, o.table);
        if (big && !*big)
            return;
        add(LintClass::Locking,
            big ? LintText::tr(
                      "CREATE INDEX without CONCURRENTLY blocks writes to %1 (a large table) "
                      "while the index builds")
                      .arg(t)
                : LintText::tr(
                      "CREATE INDEX without CONCURRENTLY blocks writes to %1 while the index "
                      "builds; long on a large table")
                      .arg(t),
            LintText::tr("create it with postgresql_concurrently=True inside "
                         "op.get_context().autocommit_block()"),
            big.has_value());
    }

    void uniqueOver(const QString &schema, const QString &table,
                    const std::vector<schema::IndexElement> &elements)
    {
        QStringList columns;
        for (const schema::IndexElement &e : elements) {
            if (e.isExpression())
                return;  // cannot check an expression's duplicates by columns
            columns << e.column;
        }
        uniqueOver(schema, table, columns);
    }

    void uniqueOver(const QString &schema, const QString &table, const QStringList &columns)
    {
        if (createdHere(schema, table))
            return;
        std::optional<bool> dup;
        bool addedWithoutDefault = false;
        bool addedWithDefault = false;
        for (const QString &c : columns) {
            auto it = m_added.constFind(columnKey(schema, table, c));
            if (it != m_added.constEnd())
                (*it ? addedWithDefault : addedWithoutDefault) = true;
        }
        if (addedWithoutDefault)
            return;  // a column added here is NULL in every row, and NULLs never clash
        if (addedWithDefault) {
            // every existing row got the same default: two rows are a duplicate
            if (const std::optional<qint64> n = rows(schema, table))
                dup = *n > 1;
        } else if (m_context.data) {
            dup = m_context.data->hasDuplicates(schema, table, columns);
        }
        if (dup && !*dup)
            return;
        const QString cols = columns.join(QStringLiteral(", "));
        add(LintClass::DataDependent,
            dup ? LintText::tr("the new unique key (%1) fails: %2 already has duplicate values")
                      .arg(cols, ident(schema, table))
                : LintText::tr("the new unique key (%1) fails if %2 holds duplicate values")
                      .arg(cols, ident(schema, table)),
            LintText::tr("find and resolve the duplicates first (GROUP BY %1 HAVING count(*) > 1)")
                .arg(cols),
            dup.has_value());
    }

    void addConstraint(const AddConstraintOp &o)
    {
        const ConstraintDef &c = o.constraint;
        const QString t = ident(o.schema, o.table);
        if (c.kind == ConstraintDef::Kind::Unique || c.kind == ConstraintDef::Kind::PrimaryKey)
            uniqueOver(o.schema, o.table, c.columns);
        if (!pg() || createdHere(o.schema, o.table) || !large(o.schema, o.table).value_or(true))
            return;
        switch (c.kind) {
        case ConstraintDef::Kind::Unique:
        case ConstraintDef::Kind::PrimaryKey:
            add(LintClass::Locking,
                LintText::tr("building the index of the new key locks %1 against writes").arg(t),
                LintText::tr(
                    "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... USING "
                    "INDEX"));
            break;
        case ConstraintDef::Kind::ForeignKey:
            add(LintClass::Locking,
                LintText::tr("adding the foreign key scans %1 while holding a lock on it and on %2")
                    .arg(t, ident(c.referredSchema, c.referredTable)),
                LintText::tr("add it NOT VALID, then VALIDATE CONSTRAINT in a later step"));
            break;
        case ConstraintDef::Kind::Check:
            add(LintClass::Locking,
                LintText::tr("adding the check constraint scans %1 under an ACCESS EXCLUSIVE lock")
                    .arg(t),
                LintText::tr("add it NOT VALID, then VALIDATE CONSTRAINT in a later step"));
            break;
        }
    }

    void execute(const ExecuteOp &o)
    {
        static const QRegularExpression destructive(QStringLiteral("\\b(DROP|DELETE|TRUNCATE)\\b"),
                                                    QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression update(QStringLiteral("\\bUPDATE\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (destructive.match(o.sql).hasMatch())
            add(LintClass::Destructive, LintText::tr("the SQL drops or deletes data"),
                LintText::tr("review the statement; back up what it removes"));
        if (destructive.match(o.sql).hasMatch() || update.match(o.sql).hasMatch())
            add(LintClass::Irreversible,
                LintText::tr("the downgrade cannot restore rows the SQL removed or changed"));
    }

    schema::Dialect m_dialect;
    const LintContext &m_context;
    QSet<QString> m_created;
    QHash<QString, bool> m_added;  // columns added by these operations -> has a server default
    int m_index = 0;
    int m_inner = -1;
};

}  // namespace

QList<LintFinding> lintOperations(const std::vector<Operation> &operations, schema::Dialect dialect,
                                  const LintContext &context)
{
    Linter linter(dialect, context);
    linter.run(operations);
    return linter.findings;
}

QList<LintFinding> lintOperations(const QList<Operation> &operations, schema::Dialect dialect,
                                  const LintContext &context)
{
    return lintOperations(std::vector<Operation>(operations.begin(), operations.end()), dialect,
                          context);
}

}  // namespace stratum::migrate
