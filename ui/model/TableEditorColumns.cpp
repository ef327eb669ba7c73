// TableEditor's Columns tab: the grid of columns and its edits.
#include "core/schema/TypeCompiler.h"
#include "ui/model/ColumnTypeEditor.h"
#include "ui/model/NamingAssistant.h"
#include "ui/model/TableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

QToolButton *toolButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

}  // namespace

QWidget *TableEditor::buildColumnsTab()
{
    auto *page = new QWidget(this);
    m_columns = new QTableWidget(0, ColumnFieldCount, page);
    m_columns->setObjectName(QStringLiteral("columnsGrid"));
    m_columns->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Nullable"), tr("Default"), tr("PK"),
         m_dialect == schema::Dialect::PostgreSQL ? tr("Identity") : tr("Autoincrement"),
         tr("Unique"), tr("Comment")});
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->verticalHeader()->setVisible(false);
    m_columns->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_columns->setAlternatingRowColors(true);
    QHeaderView *h = m_columns->horizontalHeader();
    h->setSectionResizeMode(ColComment, QHeaderView::Stretch);
    for (int f : {ColNullable, ColPk, ColIdentity, ColUnique})
        h->setSectionResizeMode(f, QHeaderView::ResizeToContents);
    m_columns->setColumnWidth(ColName, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    m_columns->setColumnWidth(ColType, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 25);
    m_columns->setColumnWidth(ColDefault, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 8);

    auto *add = toolButton(tr("Add column"), QStringLiteral("addColumn"), page);
    auto *remove = toolButton(tr("Remove"), QStringLiteral("removeColumn"), page);
    auto *up = toolButton(tr("Move up"), QStringLiteral("moveColumnUp"), page);
    auto *down = toolButton(tr("Move down"), QStringLiteral("moveColumnDown"), page);
    connect(add, &QToolButton::clicked, this, &TableEditor::addColumn);
    connect(remove, &QToolButton::clicked, this, &TableEditor::removeColumn);
    connect(up, &QToolButton::clicked, this, [this] { moveColumn(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveColumn(1); });
    connect(m_columns, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            onColumnItemChanged(item->row(), item->column());
    });

    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_columns);
    return page;
}

void TableEditor::refreshColumns(const schema::Table &table)
{
    const int currentRow = m_selectRow >= 0 ? m_selectRow : m_columns->currentRow();
    m_selectRow = -1;
    const int currentColumn = m_columns->currentColumn();
    m_columns->setRowCount(int(table.columns.size()));
    const bool pg = m_dialect == schema::Dialect::PostgreSQL;
    const schema::MetaData &md = m_document->metadata();
    for (int r = 0; r < int(table.columns.size()); ++r) {
        const schema::Column &c = table.columns[std::size_t(r)];
        auto text = [&](int field, const QString &value, bool editable) {
            auto *item = new QTableWidgetItem(value);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_columns->setItem(r, field, item);
        };
        text(ColName, c.name, true);
        // The type cell's text serves accessibility and tooltips only: as
        // display text it would show through the gaps of the editor widget.
        {
            const QString typeText =
                schema::TypeCompiler(m_dialect).compile(c.type, &md, {}, nullptr);
            text(ColType, {}, false);
            m_columns->item(r, ColType)->setData(Qt::AccessibleTextRole, typeText);
            m_columns->item(r, ColType)->setToolTip(typeText);
        }
        text(ColDefault, c.serverDefault, true);
        text(ColComment, c.comment, true);
        for (int f : {ColNullable, ColPk, ColIdentity, ColUnique})
            text(f, {}, false);

        auto *type = new ColumnTypeEditor(m_dialect);
        type->setEnums(md.enums);
        type->setType(c.type);
        connect(type, &ColumnTypeEditor::typeEdited, this, [this, r, type] {
            const schema::Table *t = current();
            if (!t || r >= int(t->columns.size()))
                return;
            schema::Table copy = *t;
            copy.columns[std::size_t(r)].type = type->type();
            commit(copy, tr("Change type of %1 to %2")
                             .arg(columnLabel(t->columns[std::size_t(r)].name),
                                  schema::TypeCompiler(m_dialect).compile(
                                      type->type(), &m_document->metadata(), {}, nullptr)));
        });
        m_columns->setCellWidget(r, ColType, type);

        const bool inPk = table.primaryKey.columns.contains(c.name);
        bool unique = false;
        for (const schema::UniqueConstraint &uq : table.uniqueConstraints)
            unique = unique || uq.columns == QStringList{c.name};
        const bool generated = pg ? c.identity.has_value() : c.autoincrement;
        const auto toggle = [this, r](int field) {
            return [this, r, field](bool on) { onColumnCheck(r, field, on); };
        };
        m_columns->setCellWidget(r, ColNullable, checkCell(c.nullable, !inPk, toggle(ColNullable)));
        m_columns->setCellWidget(r, ColPk, checkCell(inPk, true, toggle(ColPk)));
        m_columns->setCellWidget(
            r, ColIdentity,
            checkCell(generated, generated || c.type.isInteger(), toggle(ColIdentity)));
        m_columns->setCellWidget(r, ColUnique, checkCell(unique, true, toggle(ColUnique)));
    }
    if (currentRow >= 0 && currentRow < m_columns->rowCount())
        m_columns->setCurrentCell(currentRow, std::max(currentColumn, 0));
}

void TableEditor::onColumnItemChanged(int row, int field)
{
    const schema::Table *t = current();
    if (!t || row < 0 || row >= int(t->columns.size()))
        return;
    const QString value = m_columns->item(row, field)->text();
    const schema::Column &c = t->columns[std::size_t(row)];
    schema::Table copy = *t;
    schema::Column &edit = copy.columns[std::size_t(row)];
    switch (field) {
    case ColName:
        if (value.trimmed().isEmpty() || value.trimmed() == c.name) {
            scheduleRefresh();  // put the old name back
            return;
        }
        renameColumn(row, value.trimmed());
        return;
    case ColDefault:
        edit.serverDefault = value.trimmed();
        commit(copy,
               edit.serverDefault.isEmpty()
                   ? tr("Remove default of %1").arg(columnLabel(c.name))
                   : tr("Set default of %1 to %2").arg(columnLabel(c.name), edit.serverDefault));
        return;
    case ColComment:
        edit.comment = value;
        commit(copy, tr("Set comment of %1").arg(columnLabel(c.name)));
        return;
    default:
        return;
    }
}

void TableEditor::renameColumn(int row, const QString &to)
{
    const schema::Table *t = current();
    if (!t)
        return;
    const QString from = t->columns[std::size_t(row)].name;
    const schema::MetaData &md = m_document->metadata();
    schema::Table copy = *t;
    NamingAssistant::renameColumnInTable(copy, from, to);
    NamingAssistant::followGeneratedNames(md, m_dialect, *t, copy);
    std::vector<std::pair<QString, schema::Table>> tables{{m_key, copy}};
    // Foreign keys elsewhere that refer to the column follow it in the same
    // undo step.
    for (const schema::Table &other : md.tables) {
        if (EditableModelDocument::keyOf(other) == m_key)
            continue;
        schema::Table changed = other;
        if (NamingAssistant::renameReferredColumn(changed, t->schema, t->name, from, to)) {
            NamingAssistant::followGeneratedNames(md, m_dialect, other, changed);
            tables.emplace_back(EditableModelDocument::keyOf(other), std::move(changed));
        }
    }
    const QString text = tr("Rename column %1 → %2").arg(columnLabel(from), to);
    if (tables.size() == 1)
        m_document->replaceTable(m_key, std::move(copy), text);
    else
        m_document->replaceTables(tables, text);
}

void TableEditor::onColumnCheck(int row, int field, bool on)
{
    const schema::Table *t = current();
    if (!t || row >= int(t->columns.size()))
        return;
    const schema::MetaData &md = m_document->metadata();
    schema::Table copy = *t;
    schema::Column &c = copy.columns[std::size_t(row)];
    const QString label = columnLabel(c.name);
    QString text;
    switch (field) {
    case ColNullable:
        c.nullable = on;
        text = on ? tr("Make %1 nullable").arg(label) : tr("Make %1 NOT NULL").arg(label);
        break;
    case ColPk: {
        QStringList &pk = copy.primaryKey.columns;
        const bool wasEmpty = pk.isEmpty();
        if (on) {
            // Keep the key's columns in table order, and make them NOT NULL
            // as the server would.
            pk << c.name;
            QStringList ordered;
            for (const schema::Column &col : copy.columns) {
                if (pk.contains(col.name))
                    ordered << col.name;
            }
            pk = ordered;
            c.nullable = false;
        } else {
            pk.removeAll(c.name);
        }
        if (pk.isEmpty())
            copy.primaryKey.name.clear();
        else if (wasEmpty && copy.primaryKey.name.isEmpty())
            copy.primaryKey.name =
                NamingAssistant::generatedName(md, m_dialect, QStringLiteral("pk"), copy, pk);
        text = on ? tr("Add %1 to the primary key").arg(label)
                  : tr("Remove %1 from the primary key").arg(label);
        break;
    }
    case ColIdentity:
        if (m_dialect == schema::Dialect::PostgreSQL) {
            c.identity = on ? std::optional<schema::Identity>(schema::Identity{}) : std::nullopt;
            if (on)
                c.autoincrement = false;
            text = on ? tr("Make %1 an identity column").arg(label)
                      : tr("Make %1 a plain column").arg(label);
        } else {
            c.autoincrement = on;
            text = on ? tr("Make %1 autoincrement").arg(label)
                      : tr("Make %1 a plain column").arg(label);
        }
        break;
    case ColUnique:
        if (on) {
            schema::UniqueConstraint uq;
            uq.columns = {c.name};
            uq.name = NamingAssistant::generatedName(md, m_dialect, QStringLiteral("uq"), copy,
                                                     uq.columns);
            copy.uniqueConstraints.push_back(uq);
            text = tr("Make %1 unique").arg(label);
        } else {
            std::erase_if(copy.uniqueConstraints, [&](const schema::UniqueConstraint &uq) {
                return uq.columns == QStringList{c.name};
            });
            text = tr("Drop the unique constraint on %1").arg(label);
        }
        break;
    default:
        return;
    }
    commit(copy, text);
}

void TableEditor::addColumn()
{
    const schema::Table *t = current();
    if (!t)
        return;
    schema::Table copy = *t;
    QString name;
    for (int n = int(copy.columns.size()) + 1;; ++n) {
        name = QStringLiteral("column_%1").arg(n);
        if (!copy.column(name))
            break;
    }
    schema::Column c;
    c.name = name;
    c.type = schema::ColumnType::text();
    const int row = selectedRow(m_columns);
    const auto at = row >= 0 ? copy.columns.begin() + row + 1 : copy.columns.end();
    const int newRow = int(at - copy.columns.begin());
    copy.columns.insert(at, c);
    m_selectRow = newRow;
    commit(copy, tr("Add column %1").arg(columnLabel(name)));
}

void TableEditor::removeColumn()
{
    const schema::Table *t = current();
    const int row = selectedRow(m_columns);
    if (!t || row < 0 || row >= int(t->columns.size()))
        return;
    const QString name = t->columns[std::size_t(row)].name;
    schema::Table copy = *t;
    copy.columns.erase(copy.columns.begin() + row);
    copy.primaryKey.columns.removeAll(name);
    if (copy.primaryKey.columns.isEmpty())
        copy.primaryKey.name.clear();
    // Constraints and indexes on the column go with it, as DROP COLUMN does.
    std::erase_if(copy.foreignKeys, [&](const schema::ForeignKey &fk) {
        return fk.columns.contains(name) ||
               (fk.referredTable == t->name && fk.referredSchema == t->schema &&
                fk.referredColumns.contains(name));
    });
    std::erase_if(copy.uniqueConstraints,
                  [&](const schema::UniqueConstraint &uq) { return uq.columns.contains(name); });
    std::erase_if(copy.indexes, [&](const schema::Index &ix) {
        return ix.columnNames().contains(name) || ix.include.contains(name);
    });
    std::vector<std::pair<QString, schema::Table>> tables{{m_key, copy}};
    for (const schema::Table &other : m_document->metadata().tables) {
        if (EditableModelDocument::keyOf(other) == m_key)
            continue;
        schema::Table changed = other;
        if (std::erase_if(changed.foreignKeys, [&](const schema::ForeignKey &fk) {
                return fk.referredTable == t->name && fk.referredSchema == t->schema &&
                       fk.referredColumns.contains(name);
            }) > 0)
            tables.emplace_back(EditableModelDocument::keyOf(other), std::move(changed));
    }
    const QString text = tr("Remove column %1").arg(columnLabel(name));
    if (tables.size() == 1)
        commit(copy, text);
    else
        m_document->replaceTables(tables, text);
}

void TableEditor::moveColumn(int delta)
{
    const schema::Table *t = current();
    const int row = selectedRow(m_columns);
    const int to = row + delta;
    if (!t || row < 0 || to < 0 || to >= int(t->columns.size()))
        return;
    schema::Table copy = *t;
    std::swap(copy.columns[std::size_t(row)], copy.columns[std::size_t(to)]);
    const QString name = t->columns[std::size_t(row)].name;
    m_selectRow = to;
    commit(copy, delta < 0 ? tr("Move column %1 up").arg(columnLabel(name))
                           : tr("Move column %1 down").arg(columnLabel(name)));
}

}  // namespace stratum::ui
