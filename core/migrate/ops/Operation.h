#pragma once

#include "core/schema/Column.h"
#include "core/schema/ColumnType.h"
#include "core/schema/Index.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace stratum::migrate {

// The value types of the operations Alembic's autogenerate writes, as read
// from a revision script by interpretRevision() and rendered by renderSql().
// They mirror Alembic's and SQLAlchemy's arguments rather than Stratum's
// schema model, because the SQL must come out as SQLAlchemy 1.4 would write it
// (constraint order as written, ON DELETE text as written, op.f() names kept).
// All are plain values: safe to copy and to read from several threads.

// Where an operation was written: for errors that name the revision file.
struct SourceRef
{
    QString file;
    int line = 0;
    int column = 0;
    QString text;  // the statement's source text
};

// A server_default: sa.text("now()") (SQL rendered unchanged), a plain string
// (rendered as a quoted literal, as SQLAlchemy does), sa.true()/sa.false()
// (value "true"/"false", spelled per dialect), or None (drop/no default).
struct ServerDefault
{
    enum class Kind { None, Sql, Literal, Boolean };
    Kind kind = Kind::None;
    QString value;

    bool isNone() const { return kind == Kind::None; }
    static ServerDefault sql(const QString &text) { return {Kind::Sql, text}; }
    static ServerDefault literal(const QString &text) { return {Kind::Literal, text}; }
    bool operator==(const ServerDefault &) const = default;
};

// A column type as written: the schema type plus what SQLAlchemy's Enum
// carries (labels, create_type, native_enum). python is the source text.
struct TypeSpec
{
    schema::ColumnType type;
    QStringList enumLabels;
    bool createType = true;         // postgresql.ENUM(create_type=False) turns it off
    bool nativeEnum = true;         // sa.Enum(native_enum=False): VARCHAR everywhere
    bool createConstraint = false;  // sa.Enum/sa.Boolean(create_constraint=True)
    QString python;
    QString declared;  // a reflected type's SQL, rendered unchanged (batch on SQLite)

    bool isEnum() const { return type.kind == schema::TypeKind::Enum; }
    bool operator==(const TypeSpec &) const = default;
};

// sa.Computed(sqltext, persisted=None).
struct Computed
{
    QString sqlText;
    std::optional<bool> persisted;
    bool operator==(const Computed &) const = default;
};

// sa.Identity(...): the options as written (unset ones are not rendered).
struct IdentityDef
{
    bool always = false;
    std::optional<qint64> start;
    std::optional<qint64> increment;
    std::optional<qint64> minValue;
    std::optional<qint64> maxValue;
    bool noMinValue = false;
    bool noMaxValue = false;
    std::optional<qint64> cache;
    std::optional<bool> order;
    std::optional<bool> cycle;
    bool operator==(const IdentityDef &) const = default;
};

// An object name; converted is true for op.f("...") names, which a naming
// convention never rewrites.
struct ObjectName
{
    QString value;
    bool converted = false;

    bool isEmpty() const { return value.isEmpty(); }
    bool operator==(const ObjectName &) const = default;
};

// sa.PrimaryKeyConstraint / ForeignKeyConstraint / UniqueConstraint /
// CheckConstraint, and the constraints a Column makes (sa.ForeignKey,
// unique=True). FK actions and initially are kept as written (validated).
struct ConstraintDef
{
    enum class Kind { PrimaryKey, ForeignKey, Unique, Check };
    Kind kind = Kind::Unique;
    ObjectName name;
    QStringList columns;
    // foreign keys
    QString referredSchema;
    QString referredTable;
    QStringList referredColumns;
    QString onDelete;
    QString onUpdate;
    QString match;
    std::optional<bool> deferrable;
    QString initially;
    // checks
    QString sqlText;
    bool fromColumn = false;  // made by a Column argument rather than written as a constraint

    bool operator==(const ConstraintDef &) const = default;
};

// sa.Column(...), as in create_table and add_column.
struct ColumnDef
{
    QString name;
    TypeSpec type;
    bool nullable = true;
    bool nullableGiven =
        false;  // nullable= was written (a primary key makes it NOT NULL otherwise)
    ServerDefault serverDefault;
    std::optional<IdentityDef> identity;
    std::optional<Computed> computed;
    std::optional<bool> autoincrement;  // unset: SQLAlchemy's "auto"
    bool primaryKey = false;            // primary_key=True on the column
    bool unique = false;                // unique=True
    bool index = false;                 // index=True
    bool pythonDefault = false;         // default=...: no DDL, but no SERIAL either
    std::optional<QString> comment;
    std::vector<ConstraintDef> foreignKeys;  // sa.ForeignKey(...) arguments

    bool operator==(const ColumnDef &) const = default;
};

// An index: op.create_index(...) or an sa.Index inside create_table.
struct IndexDef
{
    ObjectName name;
    std::vector<schema::IndexElement> elements;
    bool unique = false;
    QString postgresqlWhere;
    QString sqliteWhere;
    QString postgresqlUsing;
    QStringList postgresqlInclude;
    bool postgresqlConcurrently = false;

    bool operator==(const IndexDef &) const = default;
};

// A whole table, as op.create_table writes it; also the model that batch
// mode alters (from reflection or from earlier operations).
struct TableDef
{
    QString schema;
    QString name;
    std::vector<ColumnDef> columns;
    std::vector<ConstraintDef> constraints;  // in the order written
    std::vector<IndexDef> indexes;
    std::optional<QString> comment;
    bool sqliteAutoincrement = false;

    const ColumnDef *column(const QString &columnName) const;
    ColumnDef *column(const QString &columnName);
    QString displayName() const { return schema.isEmpty() ? name : schema + u'.' + name; }
    bool operator==(const TableDef &) const = default;
};

struct Operation;

struct CreateTableOp
{
    TableDef table;
};
struct DropTableOp
{
    QString schema;
    QString table;
};
struct AddColumnOp
{
    QString schema;
    QString table;
    ColumnDef column;
    QString insertBefore;  // batch only
    QString insertAfter;
};
struct DropColumnOp
{
    QString schema;
    QString table;
    QString column;
    std::optional<TypeSpec> existingType;
};
struct AlterColumnOp
{
    QString schema;
    QString table;
    QString column;
    std::optional<bool> nullable;
    std::optional<TypeSpec> type;
    std::optional<ServerDefault> serverDefault;  // unset: unchanged; None kind: DROP DEFAULT
    std::optional<QString> newName;
    bool commentGiven = false;
    std::optional<QString> comment;  // with commentGiven: unset means "drop the comment"
    std::optional<TypeSpec> existingType;
    std::optional<bool> existingNullable;
    std::optional<ServerDefault> existingServerDefault;
    std::optional<QString> existingComment;
    QString postgresqlUsing;
};
struct CreateIndexOp
{
    QString schema;
    QString table;
    IndexDef index;
};
struct DropIndexOp
{
    QString schema;
    QString table;  // may be empty (PostgreSQL needs none)
    ObjectName name;
};
// create_unique_constraint, create_foreign_key, create_check_constraint and
// create_primary_key.
struct AddConstraintOp
{
    QString schema;
    QString table;
    ConstraintDef constraint;
};
struct DropConstraintOp
{
    QString schema;
    QString table;
    ObjectName name;
    QString type;  // type_: "foreignkey", "unique", "check", "primary" or empty
};
struct RenameTableOp
{
    QString schema;
    QString table;
    QString newName;
};
// create_table_comment (comment set) and drop_table_comment (comment unset).
struct TableCommentOp
{
    QString schema;
    QString table;
    std::optional<QString> comment;
    std::optional<QString> existingComment;
};
struct ExecuteOp
{
    QString sql;
};
// with op.batch_alter_table(...) as batch_op: the operations inside carry
// the batch's table and schema.
struct BatchAlterTableOp
{
    QString schema;
    QString table;
    QString recreate = QStringLiteral("auto");  // "auto", "always" or "never"
    std::vector<Operation> operations;
};

enum class OperationKind {
    CreateTable,
    DropTable,
    AddColumn,
    DropColumn,
    AlterColumn,
    CreateIndex,
    DropIndex,
    AddConstraint,
    DropConstraint,
    RenameTable,
    TableComment,
    Execute,
    BatchAlterTable,
};

// One operation of a revision's upgrade() or downgrade(), with where it was
// written. The alternatives of op follow OperationKind's order.
struct Operation
{
    using Variant =
        std::variant<CreateTableOp, DropTableOp, AddColumnOp, DropColumnOp, AlterColumnOp,
                     CreateIndexOp, DropIndexOp, AddConstraintOp, DropConstraintOp, RenameTableOp,
                     TableCommentOp, ExecuteOp, BatchAlterTableOp>;
    Variant op;
    SourceRef source;
    QString call;  // "op.create_table", "batch_op.drop_column", ...

    OperationKind kind() const { return OperationKind(op.index()); }
    template <typename T> const T *as() const { return std::get_if<T>(&op); }
    template <typename T> T *as() { return std::get_if<T>(&op); }
    // A one-line description for progress and the history viewer.
    QString describe() const;
};

// A statement of upgrade()/downgrade() that Stratum cannot run: a loop, an
// if, op.get_bind(), an unknown op or keyword... The migrator refuses to run
// a direction that has any, saying Alembic is needed.
struct Unsupported
{
    QString message;
    int line = 0;
    int column = 0;
    QString sourceText;
};

struct RevisionOperations
{
    QList<Operation> upgrade;
    QList<Operation> downgrade;
    QList<Unsupported> unsupportedUpgrade;
    QList<Unsupported> unsupportedDowngrade;
};

}  // namespace stratum::migrate
