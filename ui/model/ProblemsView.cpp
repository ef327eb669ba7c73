#include "ui/model/ProblemsView.h"

#include "ui/model/EditableModelDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stratum::ui {

using Severity = schema::ModelProblem::Severity;

ProblemsView::ProblemsView(EditableModelDocument *document, schema::Dialect dialect,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialect(dialect)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Table"), tr("Object"), tr("Message")});
    const int m = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_list->setColumnWidth(0, m * 7);
    m_list->setColumnWidth(1, m * 9);
    m_list->setColumnWidth(2, m * 20);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_summary->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = m_list->indexOfTopLevelItem(item);
        if (i >= 0 && std::size_t(i) < m_problems.size())
            emit problemActivated(m_problems[std::size_t(i)].table,
                                  m_problems[std::size_t(i)].object);
    });
    connect(document, &EditableModelDocument::changed, this, &ProblemsView::revalidate);
    revalidate();
}

bool ProblemsView::hasBlockingProblems() const
{
    return schema::hasBlockingProblems(m_problems);
}

void ProblemsView::setDialect(schema::Dialect dialect)
{
    m_dialect = dialect;
    revalidate();
}

void ProblemsView::revalidate()
{
    std::vector<schema::ModelProblem> problems =
        schema::validateModel(m_document->metadata(), m_dialect);
    // Errors first, then by table, keeping the validator's order within.
    std::stable_sort(problems.begin(), problems.end(), [](const auto &a, const auto &b) {
        if (a.severity != b.severity)
            return a.severity == Severity::Error;
        return a.table < b.table;
    });
    if (problems == m_problems && m_list->topLevelItemCount() == int(problems.size()) &&
        !m_summary->text().isEmpty())
        return;
    m_problems = std::move(problems);
    m_list->clear();
    int errors = 0, warnings = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    for (const schema::ModelProblem &p : m_problems) {
        const bool error = p.severity == Severity::Error;
        (error ? errors : warnings)++;
        auto *item = new QTreeWidgetItem(
            {error ? tr("Error") : tr("Warning"), p.table, p.object, p.message});
        item->setIcon(0, error ? errorIcon : warningIcon);
        item->setToolTip(3, p.message);
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (m_problems.empty())
        m_summary->setText(tr("No problems: the model can be generated."));
    else if (errors > 0)
        m_summary->setText(tr("%n error(s) block generation", nullptr, errors) +
                           (warnings ? tr(", %n warning(s)", nullptr, warnings) : QString()));
    else
        m_summary->setText(tr("%n warning(s); the model can be generated.", nullptr, warnings));
    emit problemsChanged();
}

}  // namespace stratum::ui
