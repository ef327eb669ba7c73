#pragma once

#include "core/config/Result.h"
#include "core/session/ConcurrencyCheck.h"
#include "core/session/FlushStatement.h"
#include "core/session/ObjectData.h"
#include "core/session/SqlBuilder.h"

#include <vector>

namespace stratum::session {

// A statement parameter: a value known now, or (source set) the value that
// source's column gets from the database earlier in the same flush.
struct ParamValue
{
    QVariant value;
    ObjectData *source = nullptr;
    int column = -1;
};

enum class StepKind { Insert, FetchRowid, Update, PostUpdate, Delete };

// One statement of a flush plan and what its result means for the objects.
struct FlushStep
{
    StepKind kind = StepKind::Insert;
    int table = -1;
    QString sql;
    std::vector<ParamValue> params;
    std::vector<ObjectData *> objects;  // Insert: one per VALUES row; else one
    std::vector<int> columns;           // Insert: the inserted columns; Update: SET columns
    // Insert: one ParamValue per object and column, row-major (what the
    // objects hold after the flush); Update/PostUpdate: the SET values.
    std::vector<ParamValue> values;
    std::vector<int> returning;  // Insert (RETURNING) / FetchRowid: columns read back
    std::vector<int> expired;    // Insert: defaulted columns to reload on access
    qint64 expectedRows = -1;    // Update/Delete: checked for stale data
    QString description;
};

// An Error from the session layer (source "session").
Error sessionError(const QString &message, const QString &code = QStringLiteral("flush"));

struct FlushInput
{
    std::vector<ObjectData *> inserts;  // pending objects
    std::vector<ObjectData *> updates;  // persistent objects with changes
    std::vector<ObjectData *> deletes;  // persistent objects marked for deletion
};

struct TableSettings
{
    ConcurrencyCheck check = ConcurrencyCheck::None;
    int versionColumn = -1;
};

// Turns a session's pending work into the ordered statements of one flush:
// parents are inserted before children and children deleted before parents
// (a topological sort of the rows, ties broken by the tables' foreign-key
// order and then by the order objects joined the session); a cycle of rows is
// broken by inserting one row's nullable foreign key as NULL and setting it
// with a post-update, or reported with the rows and constraints that form it.
// Consecutive inserts into one table with the same columns become one
// multi-row INSERT. Pure logic: no I/O, nothing on the objects changes.
// Not thread-safe; use one planner per flush.
class FlushPlanner
{
public:
    struct Settings
    {
        schema::Dialect dialect = schema::Dialect::PostgreSQL;
        int maxRowsPerInsert = 1000;
        bool postUpdateCycles = true;
    };

    // tableRank: each table's position in the foreign-key creation order.
    FlushPlanner(const schema::MetaData &metadata, const std::vector<int> &tableRank,
                 const std::vector<TableSettings> &tables, Settings settings);

    Result<std::vector<FlushStep>> plan(const FlushInput &input);

    static std::vector<int> rankTables(const schema::MetaData &metadata);
    // "album(album_id=5)" or "album(new)".
    static QString describe(const ObjectData &object);
    // The public form of a step, for previewFlush().
    static FlushStatement toStatement(const FlushStep &step);

private:
    struct Edge
    {
        int from = -1;  // must run first
        int to = -1;
        int foreignKey = -1;  // on the child's table
        int child = -1;       // the node whose foreign key it is
        bool removed = false;
    };

    struct Node
    {
        enum Kind { Insert, Update, Delete };
        ObjectData *object = nullptr;
        Kind kind = Insert;
        std::vector<ParamValue> values;  // per table column
        std::vector<bool> provided;      // goes into the INSERT column list / SET clause
        std::vector<int> in;             // edge indexes
        std::vector<int> out;
        int indegree = 0;
        bool emitted = false;
        std::vector<int> broken;  // edges broken by a post-update (this node is the child)
        qint64 newVersion = 0;
    };

    Status buildWriteNodes(const FlushInput &input);
    Status addInsertNode(ObjectData *object);
    Status addUpdateNode(ObjectData *object);
    Result<ParamValue> referenceValue(const Reference &ref, int referredColumn);
    void addValueEdges();
    void addDeleteEdges();
    Result<std::vector<int>> sort(bool deletes);
    Error cycleError(const std::vector<int> &cycle, bool deletes) const;
    Status emitWrites(const std::vector<int> &order);
    void emitInsertBatch(const std::vector<int> &batch, bool pkGiven);
    std::vector<int> brokenColumns(const Node &node) const;
    void emitUpdate(Node &node);
    void emitPostUpdates(const std::vector<int> &order);
    void emitDeletes(const std::vector<int> &order);
    std::vector<ParamValue> whereIdentity(const ObjectData &object, QString *sql, int *next) const;

    const schema::MetaData &m_metadata;
    const std::vector<int> &m_rank;
    const std::vector<TableSettings> &m_tables;
    Settings m_settings;
    SqlBuilder m_sql;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<FlushStep> m_steps;
};

}  // namespace stratum::session
