#include "ui/console/ExplainView.h"

#include "ui/console/ResultModel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <map>

namespace stratum::ui {

namespace {

// How many of the most expensive nodes are tinted.
constexpr int kHottest = 3;
constexpr double kMisestimate = 10.0;

struct PgNode
{
    QTreeWidgetItem *item;
    double ownCost;
};

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

QString relationOf(const QJsonObject &o)
{
    QString rel = o.value(QLatin1String("Relation Name")).toString();
    if (rel.isEmpty())
        rel = o.value(QLatin1String("CTE Name")).toString();
    if (rel.isEmpty())
        rel = o.value(QLatin1String("Function Name")).toString();
    if (rel.isEmpty())
        rel = o.value(QLatin1String("Index Name")).toString();
    const QString alias = o.value(QLatin1String("Alias")).toString();
    if (!alias.isEmpty() && alias != rel)
        rel += QStringLiteral(" ") + alias;
    return rel;
}

void addPgNode(const QJsonObject &plan, QTreeWidgetItem *item, bool analyze,
               std::vector<PgNode> &nodes, int &misestimated)
{
    const QLocale locale;
    QString type = plan.value(QLatin1String("Node Type")).toString();
    const QString join = plan.value(QLatin1String("Join Type")).toString();
    if (!join.isEmpty() && !type.contains(join))
        type = join + QLatin1Char(' ') + type;
    const QString index = plan.value(QLatin1String("Index Name")).toString();
    if (!index.isEmpty())
        type += QObject::tr(" using %1").arg(index);
    item->setText(ExplainView::NodeColumn, type);
    item->setText(ExplainView::RelationColumn, relationOf(plan));
    const double estRows = num(plan, "Plan Rows");
    item->setText(ExplainView::EstRowsColumn, locale.toString(qint64(estRows)));
    const double totalCost = num(plan, "Total Cost");
    item->setText(ExplainView::CostColumn,
                  QStringLiteral("%1..%2").arg(locale.toString(num(plan, "Startup Cost"), 'f', 2),
                                               locale.toString(totalCost, 'f', 2)));
    const double loops = std::max(1.0, num(plan, "Actual Loops"));
    const double totalTime = num(plan, "Actual Total Time") * loops;
    if (analyze) {
        const double actualRows = num(plan, "Actual Rows");
        item->setText(ExplainView::ActualRowsColumn, locale.toString(qint64(actualRows)));
        item->setText(ExplainView::TimeColumn, locale.toString(totalTime, 'f', 3));
        const double hi = std::max(estRows, actualRows);
        const double lo = std::max(1.0, std::min(estRows, actualRows));
        if (hi / lo >= kMisestimate) {
            ++misestimated;
            item->setText(ExplainView::ActualRowsColumn,
                          QStringLiteral("\u26a0 ") + item->text(ExplainView::ActualRowsColumn));
            item->setForeground(ExplainView::ActualRowsColumn, QColor(0xc8, 0x5a, 0x04));
            item->setToolTip(
                ExplainView::ActualRowsColumn,
                QObject::tr("The planner estimated %1 rows but %2 came back "
                            "(off by %3\u00d7).")
                    .arg(locale.toString(qint64(estRows)), locale.toString(qint64(actualRows)))
                    .arg(qRound(hi / lo)));
        }
    }
    double childCost = 0;
    double childTime = 0;
    const QJsonArray children = plan.value(QLatin1String("Plans")).toArray();
    for (const QJsonValue &c : children) {
        const QJsonObject child = c.toObject();
        childCost += num(child, "Total Cost");
        childTime += num(child, "Actual Total Time") * std::max(1.0, num(child, "Actual Loops"));
        addPgNode(child, new QTreeWidgetItem(item), analyze, nodes, misestimated);
    }
    const double own = analyze ? totalTime - childTime : totalCost - childCost;
    nodes.push_back({item, std::max(0.0, own)});
}

}  // namespace

ExplainView::ExplainView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Node"), tr("Relation"), tr("Est. rows"), tr("Actual rows"), tr("Cost"),
                     tr("Time (ms)")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NodeColumn, QHeaderView::Stretch);
}

QString ExplainView::explainPrefix(schema::Dialect dialect, bool analyze)
{
    if (dialect == schema::Dialect::SQLite)
        return QStringLiteral("EXPLAIN QUERY PLAN ");
    return analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
                   : QStringLiteral("EXPLAIN (FORMAT JSON) ");
}

Status ExplainView::setPlan(const ResultModel &result, schema::Dialect dialect)
{
    clear();
    m_highlighted = 0;
    m_misestimated = 0;
    if (dialect == schema::Dialect::SQLite) {
        setSqlitePlan(result);
        return Ok{};
    }
    QString json;
    for (int r = 0; r < result.rowCount(); ++r)
        json += result.cellText(r, 0);
    return setPostgresPlan(json);
}

Status ExplainView::setPostgresPlan(const QString &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    const QJsonObject top = doc.array().at(0).toObject();
    const QJsonObject plan = top.value(QLatin1String("Plan")).toObject();
    if (err.error != QJsonParseError::NoError || plan.isEmpty()) {
        Error e;
        e.message = tr("The server's plan could not be read: %1").arg(err.errorString());
        return e;
    }
    const bool analyze = plan.contains(QLatin1String("Actual Rows"));
    setColumnHidden(ActualRowsColumn, !analyze);
    setColumnHidden(TimeColumn, !analyze);
    std::vector<PgNode> nodes;
    auto *root = new QTreeWidgetItem(this);
    addPgNode(plan, root, analyze, nodes, m_misestimated);
    std::sort(nodes.begin(), nodes.end(),
              [](const PgNode &a, const PgNode &b) { return a.ownCost > b.ownCost; });
    const QColor hot = palette().color(QPalette::Base).lightness() < 128 ? QColor(0x5a, 0x2a, 0x1a)
                                                                         : QColor(0xff, 0xe4, 0xd6);
    for (std::size_t i = 0; i < nodes.size() && int(i) < kHottest && nodes.size() > 1; ++i) {
        if (nodes[i].ownCost <= 0)
            break;
        for (int c = 0; c < ColumnCount; ++c)
            nodes[i].item->setBackground(c, hot);
        nodes[i].item->setToolTip(NodeColumn, analyze
                                                  ? tr("Among the nodes with the most own time")
                                                  : tr("Among the nodes with the most own cost"));
        ++m_highlighted;
    }
    if (top.contains(QLatin1String("Execution Time"))) {
        auto *timing = new QTreeWidgetItem(this);
        timing->setText(NodeColumn,
                        tr("Planning %1 ms, execution %2 ms")
                            .arg(top.value(QLatin1String("Planning Time")).toDouble())
                            .arg(top.value(QLatin1String("Execution Time")).toDouble()));
        timing->setForeground(NodeColumn, palette().color(QPalette::PlaceholderText));
    }
    expandAll();
    for (int c = 1; c < ColumnCount; ++c)
        resizeColumnToContents(c);
    return Ok{};
}

void ExplainView::setSqlitePlan(const ResultModel &result)
{
    setColumnHidden(RelationColumn, true);
    setColumnHidden(EstRowsColumn, true);
    setColumnHidden(ActualRowsColumn, true);
    setColumnHidden(CostColumn, true);
    setColumnHidden(TimeColumn, true);
    std::map<qint64, QTreeWidgetItem *> byId;
    for (int r = 0; r < result.rowCount(); ++r) {
        const qint64 id = result.cellText(r, 0).toLongLong();
        const qint64 parent = result.cellText(r, 1).toLongLong();
        const auto it = byId.find(parent);
        auto *item = it == byId.end() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(it->second);
        const QString detail = result.cellText(r, 3);
        item->setText(NodeColumn, detail);
        if (detail.startsWith(QLatin1String("SCAN ")) && !detail.contains(QLatin1String("INDEX"))) {
            // A full scan is SQLite's expensive case.
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, QColor(0xc8, 0x5a, 0x04));
            ++m_highlighted;
        }
        byId[id] = item;
    }
    expandAll();
}

}  // namespace stratum::ui
