#include "ui/model/TableEditor.h"

#include "core/schema/DdlCompiler.h"
#include "ui/console/SqlEditor.h"
#include "ui/model/NamingAssistant.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

namespace stratum::ui {

using Kind = schema::ModelProblem::ObjectKind;

TableEditor::TableEditor(EditableModelDocument *document, schema::Dialect dialect, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialect(dialect)
    , m_name(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
{
    m_name->setObjectName(QStringLiteral("tableName"));
    m_schema->setObjectName(QStringLiteral("tableSchema"));
    m_comment->setObjectName(QStringLiteral("tableComment"));
    m_schema->setPlaceholderText(dialect == schema::Dialect::PostgreSQL ? tr("default (public)")
                                                                        : tr("main"));
    m_comment->setPlaceholderText(tr("What the table holds"));

    auto *header = new QHBoxLayout;
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_name);
    auto *schemaForm = new QFormLayout;
    schemaForm->addRow(tr("&Schema:"), m_schema);
    header->addLayout(nameForm, 3);
    header->addLayout(schemaForm, 2);
    auto *commentForm = new QFormLayout;
    commentForm->addRow(tr("Co&mment:"), m_comment);

    m_ddl = new SqlEditor(this);
    m_ddl->setDialect(dialect);
    m_ddl->setReadOnly(true);
    m_ddl->setObjectName(QStringLiteral("ddlPreview"));

    m_tabs->addTab(buildColumnsTab(), tr("Columns"));
    m_tabs->addTab(buildConstraintsTab(), tr("Constraints"));
    m_tabs->addTab(buildIndexesTab(), tr("Indexes"));
    m_tabs->addTab(m_ddl, tr("DDL"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(commentForm);
    layout->addWidget(m_tabs, 1);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_name->setModified(false);
        const schema::Table *t = current();
        const QString name = m_name->text().trimmed();
        if (!t || name == t->name || name.isEmpty()) {
            if (t)
                m_name->setText(t->name);
            return;
        }
        schema::Table copy = *t;
        copy.name = name;
        commit(copy, tr("Rename table %1 → %2").arg(t->name, name));
    });
    connect(m_schema, &QLineEdit::editingFinished, this, [this] {
        m_schema->setModified(false);
        const schema::Table *t = current();
        const QString schema = m_schema->text().trimmed();
        if (!t || schema == t->schema)
            return;
        schema::Table copy = *t;
        copy.schema = schema;
        commit(copy, tr("Move table %1 to schema %2")
                         .arg(t->displayName(), schema.isEmpty() ? tr("(default)") : schema));
    });
    connect(m_comment, &QLineEdit::editingFinished, this, [this] {
        m_comment->setModified(false);
        const schema::Table *t = current();
        if (!t || m_comment->text() == t->comment)
            return;
        schema::Table copy = *t;
        copy.comment = m_comment->text();
        commit(copy, tr("Set comment of %1").arg(t->displayName()));
    });
    connect(document, &EditableModelDocument::changed, this, &TableEditor::onDocumentChanged);
    setEnabled(false);
}

const schema::Table *TableEditor::current() const
{
    return m_key.isEmpty() ? nullptr : m_document->table(m_key);
}

void TableEditor::setTable(const QString &key)
{
    m_key = key;
    refresh();
}

void TableEditor::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString TableEditor::ddlText() const
{
    return m_ddl->text();
}

void TableEditor::onDocumentChanged(const ModelChange &change)
{
    if (m_key.isEmpty())
        return;
    // A rename made elsewhere (the diagram, undo of our own rename): follow
    // the table when exactly one table replaced ours.
    if (change.tablesRemoved.contains(m_key) && change.tablesAdded.size() == 1)
        m_key = change.tablesAdded.first();
    // Foreign keys and enum types refer across tables: any change can move
    // this table's problems or its DDL.
    scheduleRefresh();
}

// Refreshes run after the event that caused them has returned: an edit
// commits from inside an item's or a check box's signal, and rebuilding the
// grids there would delete the sender under its own feet.
void TableEditor::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void TableEditor::refresh()
{
    const schema::Table *t = current();
    setEnabled(t != nullptr);
    m_refreshing = true;
    if (!t) {
        m_name->clear();
        m_schema->clear();
        m_comment->clear();
        m_columns->setRowCount(0);
        m_constraints->setRowCount(0);
        m_indexes->setRowCount(0);
        m_ddl->setText({});
        m_refreshing = false;
        return;
    }
    refreshHeader();
    refreshColumns(*t);
    refreshConstraints(*t);
    refreshIndexes(*t);
    refreshDdl(*t);
    m_problems.clear();
    for (schema::ModelProblem &p : schema::validateModel(m_document->metadata(), m_dialect)) {
        if (p.table == m_key)
            m_problems.push_back(std::move(p));
    }
    applyProblems();
    m_refreshing = false;
}

void TableEditor::refreshHeader()
{
    const schema::Table *t = current();
    // Keep what the user is typing; the field commits on editingFinished
    // (which clears the modified flag).
    if (!m_name->isModified())
        m_name->setText(t->name);
    if (!m_schema->isModified())
        m_schema->setText(t->schema);
    if (!m_comment->isModified())
        m_comment->setText(t->comment);
}

void TableEditor::refreshDdl(const schema::Table &table)
{
    const schema::DdlCompiler ddl(m_dialect);
    const schema::MetaData &md = m_document->metadata();
    schema::DdlScript script;
    QStringList errors;
    auto take = [&](const Result<schema::DdlScript> &r) {
        if (r)
            script.append(*r);
        else
            errors << r.error().message;
    };
    take(ddl.createTable(table, md));
    for (const schema::Index &ix : table.indexes)
        take(ddl.createIndex(table, ix, md));
    if (m_dialect == schema::Dialect::PostgreSQL)
        take(ddl.tableComments(table));
    QString text;
    for (const QString &e : std::as_const(errors))
        text += QStringLiteral("-- ") + tr("Cannot render: %1").arg(e) + u'\n';
    for (const QString &w : std::as_const(script.warnings))
        text += QStringLiteral("-- ") + tr("Note: %1").arg(w) + u'\n';
    if (!text.isEmpty())
        text += u'\n';
    text += script.statements.join(QStringLiteral(";\n\n"));
    if (!script.statements.isEmpty())
        text += QStringLiteral(";\n");
    if (text != m_ddl->text())
        m_ddl->setText(text);
}

void TableEditor::applyProblems()
{
    const QColor error(220, 40, 40, 70);
    const QColor warning(240, 160, 0, 80);
    std::map<std::pair<QTableWidget *, int>, std::pair<QStringList, bool>>
        rows;  // -> (msgs, error)
    QStringList tableMessages;
    bool tableError = false;
    auto constraintRow = [this](Kind kind, int index) {
        for (int r = 0; r < m_constraints->rowCount(); ++r) {
            const QTableWidgetItem *it = m_constraints->item(r, CnKind);
            if (it && it->data(Qt::UserRole).toInt() == int(kind) &&
                it->data(Qt::UserRole + 1).toInt() == index)
                return r;
        }
        return -1;
    };
    for (const schema::ModelProblem &p : m_problems) {
        const bool isError = p.severity == schema::ModelProblem::Severity::Error;
        QTableWidget *grid = nullptr;
        int row = p.index;
        switch (p.kind) {
        case Kind::Column:
            grid = m_columns;
            break;
        case Kind::Index:
            grid = m_indexes;
            break;
        case Kind::PrimaryKey:
        case Kind::ForeignKey:
        case Kind::UniqueConstraint:
        case Kind::CheckConstraint:
            grid = m_constraints;
            row = constraintRow(p.kind, p.index);
            break;
        default:
            break;
        }
        if (!grid || row < 0) {
            tableMessages << p.message;
            tableError = tableError || isError;
            continue;
        }
        auto &entry = rows[{grid, row}];
        entry.first << p.message;
        entry.second = entry.second || isError;
    }
    for (QTableWidget *grid : {m_columns, m_constraints, m_indexes}) {
        bool gridError = false, gridWarning = false;
        for (int r = 0; r < grid->rowCount(); ++r) {
            const auto it = rows.find({grid, r});
            const bool bad = it != rows.end();
            if (bad)
                (it->second.second ? gridError : gridWarning) = true;
            for (int c = 0; c < grid->columnCount(); ++c) {
                QTableWidgetItem *item = grid->item(r, c);
                if (!item)
                    continue;
                item->setBackground(bad ? (it->second.second ? error : warning) : QBrush());
                item->setToolTip(bad ? it->second.first.join(u'\n') : QString());
            }
        }
        const int tab = m_tabs->indexOf(grid->parentWidget());
        m_tabs->setTabIcon(tab, gridError     ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                : gridWarning ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                              : QIcon());
    }
    m_name->setToolTip(tableMessages.join(u'\n'));
    QPalette palette = this->palette();
    if (!tableMessages.isEmpty()) {
        const QColor base = palette.color(QPalette::Base);
        const QColor tint = tableError ? error : warning;
        const double a = tint.alphaF();
        palette.setColor(QPalette::Base,
                         QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                          base.greenF() * (1 - a) + tint.greenF() * a,
                                          base.blueF() * (1 - a) + tint.blueF() * a));
    }
    m_name->setPalette(palette);
}

void TableEditor::commit(schema::Table table, const QString &text)
{
    const schema::Table *before = current();
    if (!before || *before == table)
        return;
    NamingAssistant::followGeneratedNames(m_document->metadata(), m_dialect, *before, table);
    const QString key = m_key;
    m_key = EditableModelDocument::keyOf(table);
    m_document->replaceTable(key, std::move(table), text);
}

QString TableEditor::columnLabel(const QString &column) const
{
    return m_key + u'.' + column;
}

int TableEditor::selectedRow(QTableWidget *grid) const
{
    const int row = grid->currentRow();
    return row >= 0 && row < grid->rowCount() ? row : -1;
}

QWidget *TableEditor::checkCell(bool checked, bool enabled,
                                const std::function<void(bool)> &onToggle)
{
    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QCheckBox(cell);
    box->setChecked(checked);
    box->setEnabled(enabled);
    // The indicator is filled with Base, which is also the row's colour: in a
    // dark palette the box would vanish on every other row.
    QPalette palette = box->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Button));
    box->setPalette(palette);
    layout->addWidget(box, 0, Qt::AlignCenter);
    connect(box, &QCheckBox::clicked, this, [this, onToggle](bool on) {
        if (!m_refreshing)
            onToggle(on);
    });
    return cell;
}

}  // namespace stratum::ui
