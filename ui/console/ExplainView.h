#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"

#include <QTreeWidget>

namespace stratum::ui {

class ResultModel;

// A query plan as a tree. PostgreSQL: the output of EXPLAIN (FORMAT JSON
// [, ANALYZE]) with node type, relation, estimated and actual rows, cost and
// time per node; the nodes with the largest own cost (or own time under
// ANALYZE) are tinted, and nodes whose row estimate is off by 10x or more are
// flagged. SQLite: EXPLAIN QUERY PLAN's id/parent/detail rows.
// GUI thread only.
class ExplainView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        NodeColumn,
        RelationColumn,
        EstRowsColumn,
        ActualRowsColumn,
        CostColumn,
        TimeColumn,
        ColumnCount
    };

    explicit ExplainView(QWidget *parent = nullptr);

    // The prefix that turns a statement into its plan query.
    static QString explainPrefix(schema::Dialect dialect, bool analyze);

    // Fills the tree from the plan query's result.
    Status setPlan(const ResultModel &result, schema::Dialect dialect);

    int highlightedCount() const { return m_highlighted; }
    int misestimatedCount() const { return m_misestimated; }

private:
    Status setPostgresPlan(const QString &json);
    void setSqlitePlan(const ResultModel &result);

    int m_highlighted = 0;
    int m_misestimated = 0;
};

}  // namespace stratum::ui
