#include "ui/migrations/AutogenerateReviewDialog.h"

#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/ops/OperationSql.h"
#include "core/migrate/write/OperationRenderer.h"
#include "ui/console/SqlEditor.h"
#include "ui/migrations/MigrationHistory.h"
#include "ui/migrations/RevisionGraphDelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

using namespace stratum::migrate;

AutogenerateReviewDialog::AutogenerateReviewDialog(schema::Dialect dialect, RevisionGraph graph,
                                                   RevisionWriterConfig config, QWidget *parent)
    : QDialog(parent)
    , m_dialect(dialect)
    , m_graph(std::move(graph))
    , m_config(std::move(config))
{
    setWindowTitle(tr("Generate revision"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_message = new QLineEdit(this);
    m_message->setPlaceholderText(tr("What this revision does"));
    form->addRow(tr("Message:"), m_message);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Vertical, this);
    // Each pane gets a caption, so the three lists read as steps of the review.
    auto section = [split](const QString &caption, QWidget *content) {
        auto *pane = new QWidget(split);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 4, 0, 0);
        auto *label = new QLabel(caption, pane);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        paneLayout->addWidget(label);
        content->setParent(pane);
        paneLayout->addWidget(content, 1);
        return pane;
    };
    m_operations = new QTreeWidget;
    m_operations->setRootIsDecorated(false);
    m_operations->setHeaderLabels({tr("Operation"), tr("Lint"), tr("Why")});
    m_operations->setColumnWidth(0, 360);
    m_operations->setColumnWidth(1, 110);
    m_operations->header()->setStretchLastSection(true);
    section(tr("Operations (uncheck to leave one out)"), m_operations);
    m_renames = new QListWidget;
    m_renames->setToolTip(tr("Check a pair to treat it as a rename instead of a drop and an add"));
    m_renamePane = section(tr("Possible renames"), m_renames);
    m_sql = new SqlEditor;
    m_sql->setDialect(dialect);
    m_sql->setReadOnly(true);
    section(tr("SQL of the checked operations"), m_sql);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("Write revision"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, [this] {
        Result<Revision> r = write();
        if (!r)
            m_status->setText(r.error().toString());
    });
    connect(m_operations, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            updatePreview();
    });
    connect(m_renames, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit renamesChanged(acceptedRenames());
    });
    resize(900, 700);
}

void AutogenerateReviewDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void AutogenerateReviewDialog::setResult(const autogen::AutogenResult &result)
{
    const QStringList accepted = acceptedRenames();
    m_result = result;
    m_filling = true;
    m_operations->clear();
    const QList<LintFinding> findings = lintOperations(result.upgrade, m_dialect);
    for (int i = 0; i < result.upgrade.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_operations);
        item->setText(0, describeOperation(result.upgrade[i], m_dialect));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        for (const LintFinding &f : findings) {
            if (f.operationIndex != i)
                continue;
            item->setText(1, lintClassName(f.kind));
            item->setForeground(1, RevisionGraphDelegate::lintColour(lintBit(f.kind)));
            item->setText(2, f.explanation);
            item->setToolTip(2, f.saferAlternative);
            break;
        }
    }
    for (const QString &note : result.notes) {
        auto *item = new QTreeWidgetItem(m_operations);
        item->setText(0, note);
        item->setDisabled(true);
    }
    m_renames->clear();
    for (const autogen::RenameCandidate &c : result.renameCandidates) {
        auto *item =
            new QListWidgetItem(c.kind == autogen::RenameCandidate::Kind::Table
                                    ? tr("Rename table %1 → %2").arg(c.from, c.to)
                                    : tr("Rename column %1.%2 → %3").arg(c.table, c.from, c.to),
                                m_renames);
        item->setData(Qt::UserRole, c.spec());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(accepted.contains(c.spec()) ? Qt::Checked : Qt::Unchecked);
    }
    m_renamePane->setVisible(m_renames->count() > 0);
    m_filling = false;
    updatePreview();
}

QStringList AutogenerateReviewDialog::acceptedRenames() const
{
    QStringList specs;
    for (int i = 0; i < m_renames->count(); ++i) {
        if (m_renames->item(i)->checkState() == Qt::Checked)
            specs << m_renames->item(i)->data(Qt::UserRole).toString();
    }
    return specs;
}

QList<Operation> AutogenerateReviewDialog::selectedUpgrade() const
{
    QList<Operation> out;
    for (int i = 0; i < m_result.upgrade.size(); ++i) {
        if (m_operations->topLevelItem(i)->checkState(0) == Qt::Checked)
            out << m_result.upgrade[i];
    }
    return out;
}

QList<Operation> AutogenerateReviewDialog::selectedDowngrade() const
{
    // Autogenerate writes the downgrade as the upgrade reversed, one for one;
    // when that does not hold, leaving operations out would be a guess.
    const int n = int(m_result.upgrade.size());
    if (m_result.downgrade.size() != n)
        return selectedUpgrade().size() == n ? m_result.downgrade : QList<Operation>();
    QList<Operation> out;
    for (int i = 0; i < n; ++i) {
        if (m_operations->topLevelItem(n - 1 - i)->checkState(0) == Qt::Checked)
            out << m_result.downgrade[i];
    }
    return out;
}

QString AutogenerateReviewDialog::sqlPreview() const
{
    return m_sql->text();
}

void AutogenerateReviewDialog::updatePreview()
{
    RenderState state;
    RenderContext context;
    context.state = &state;
    Result<QStringList> sql = renderSql(selectedUpgrade(), m_dialect, context);
    m_sql->setText(sql ? sql->join(QStringLiteral(";\n\n")) +
                             (sql->isEmpty() ? QString() : QStringLiteral(";\n"))
                       : QStringLiteral("-- ") + sql.error().message);
    const bool partial = m_result.downgrade.size() != m_result.upgrade.size() &&
                         selectedUpgrade().size() != m_result.upgrade.size();
    m_status->setText(partial
                          ? tr("The downgrade cannot be split like the upgrade; it will be "
                               "empty. Check every operation to keep it.")
                          : tr("%n operation(s) selected", nullptr, int(selectedUpgrade().size())));
    m_write->setEnabled(!selectedUpgrade().isEmpty());
}

Result<Revision> AutogenerateReviewDialog::write()
{
    OperationRenderer renderer(m_dialect);
    RevisionRequest request;
    request.message = m_message->text();
    request.autogenerated = true;
    request.upgradeLines = renderer.render(selectedUpgrade());
    request.downgradeLines = renderer.render(selectedDowngrade());
    request.imports = renderer.imports();
    Result<Revision> written = RevisionWriter(m_graph, m_config).write(request);
    if (written) {
        emit this->written(written.value());
        accept();
    }
    return written;
}

}  // namespace stratum::ui
