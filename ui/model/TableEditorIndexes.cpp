// TableEditor's Indexes tab: one row per index with its columns (or
// expressions), uniqueness, access method and partial WHERE.
#include "ui/model/NamingAssistant.h"
#include "ui/model/TableEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

// "a, lower(b), c" -> elements; commas inside parentheses or quotes belong to
// the expression. A plain name of one of the table's columns is a column.
std::vector<schema::IndexElement> parseElements(const QString &text, const schema::Table &table)
{
    std::vector<schema::IndexElement> out;
    QString part;
    int depth = 0;
    QChar quote;
    auto flush = [&] {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            out.push_back(table.column(p) ? schema::IndexElement::ofColumn(p)
                                          : schema::IndexElement::ofExpression(p));
        part.clear();
    };
    for (const QChar ch : text) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'\'' || ch == u'"') {
            quote = ch;
        } else if (ch == u'(') {
            ++depth;
        } else if (ch == u')') {
            --depth;
        } else if (ch == u',' && depth == 0) {
            flush();
            continue;
        }
        part += ch;
    }
    flush();
    return out;
}

QString elementsText(const schema::Index &ix)
{
    QStringList parts;
    for (const schema::IndexElement &e : ix.elements)
        parts << (e.isExpression() ? e.expression : e.column);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

QWidget *TableEditor::buildIndexesTab()
{
    auto *page = new QWidget(this);
    m_indexes = new QTableWidget(0, IndexFieldCount, page);
    m_indexes->setObjectName(QStringLiteral("indexesGrid"));
    m_indexes->setHorizontalHeaderLabels(
        {tr("Name"), tr("Columns / expressions"), tr("Unique"), tr("Method"), tr("Where")});
    m_indexes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indexes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_indexes->verticalHeader()->setVisible(false);
    m_indexes->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_indexes->setAlternatingRowColors(true);
    const int m = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_indexes->setColumnWidth(IxName, m * 16);
    m_indexes->setColumnWidth(IxColumns, m * 16);
    m_indexes->setColumnWidth(IxMethod, m * 7);
    m_indexes->horizontalHeader()->setSectionResizeMode(IxUnique, QHeaderView::ResizeToContents);
    m_indexes->horizontalHeader()->setSectionResizeMode(IxWhere, QHeaderView::Stretch);

    auto *add = new QToolButton(page);
    add->setText(tr("Add index"));
    add->setObjectName(QStringLiteral("addIndex"));
    auto *remove = new QToolButton(page);
    remove->setText(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeIndex"));
    connect(add, &QToolButton::clicked, this, &TableEditor::addIndex);
    connect(remove, &QToolButton::clicked, this, &TableEditor::removeIndex);
    connect(m_indexes, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            onIndexItemChanged(item->row(), item->column());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_indexes);
    return page;
}

void TableEditor::refreshIndexes(const schema::Table &table)
{
    const int currentRow = m_indexes->currentRow();
    m_indexes->setRowCount(int(table.indexes.size()));
    const bool pg = m_dialect == schema::Dialect::PostgreSQL;
    for (int r = 0; r < int(table.indexes.size()); ++r) {
        const schema::Index &ix = table.indexes[std::size_t(r)];
        auto text = [&](int field, const QString &value, bool editable) {
            auto *item = new QTableWidgetItem(value);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_indexes->setItem(r, field, item);
        };
        text(IxName, ix.name, true);
        text(IxColumns, elementsText(ix), true);
        text(IxUnique, {}, false);
        text(IxMethod, ix.method, false);
        text(IxWhere, ix.where, true);
        m_indexes->setCellWidget(r, IxUnique, checkCell(ix.unique, true, [this, r](bool on) {
                                     schema::Table copy = *current();
                                     copy.indexes[std::size_t(r)].unique = on;
                                     const QString name = copy.indexes[std::size_t(r)].name;
                                     commit(copy, on ? tr("Make index %1 unique").arg(name)
                                                     : tr("Make index %1 non-unique").arg(name));
                                 }));
        auto *method = new QComboBox;
        method->addItem(tr("default"), QString());
        for (const char *m : {"btree", "hash", "gin", "gist", "brin", "spgist"})
            method->addItem(QLatin1String(m), QLatin1String(m));
        if (method->findData(ix.method) < 0)
            method->addItem(ix.method, ix.method);
        method->setCurrentIndex(method->findData(ix.method));
        method->setEnabled(pg || !ix.method.isEmpty());
        method->setToolTip(pg ? tr("The PostgreSQL access method")
                              : tr("SQLite has no index methods"));
        connect(method, &QComboBox::activated, this, [this, r, method] {
            if (m_refreshing)
                return;
            schema::Table copy = *current();
            schema::Index &edit = copy.indexes[std::size_t(r)];
            edit.method = method->currentData().toString();
            commit(copy, tr("Use method %1 for index %2").arg(method->currentText(), edit.name));
        });
        m_indexes->setCellWidget(r, IxMethod, method);
    }
    if (currentRow >= 0 && currentRow < m_indexes->rowCount())
        m_indexes->setCurrentCell(currentRow, IxName);
}

void TableEditor::onIndexItemChanged(int row, int field)
{
    const schema::Table *t = current();
    if (!t || row < 0 || row >= int(t->indexes.size()))
        return;
    const QString value = m_indexes->item(row, field)->text().trimmed();
    schema::Table copy = *t;
    schema::Index &ix = copy.indexes[std::size_t(row)];
    const QString label =
        ix.name.isEmpty() ? tr("an index of %1").arg(m_key) : tr("index %1").arg(ix.name);
    switch (field) {
    case IxName:
        ix.name = value;
        commit(copy, tr("Rename %1 to %2").arg(label, value));
        return;
    case IxColumns:
        ix.elements = parseElements(value, *t);
        commit(copy, tr("Change the columns of %1").arg(label));
        return;
    case IxWhere:
        ix.where = value;
        commit(copy, value.isEmpty() ? tr("Make %1 a full index").arg(label)
                                     : tr("Make %1 partial").arg(label));
        return;
    default:
        return;
    }
}

void TableEditor::addIndex()
{
    const schema::Table *t = current();
    if (!t || t->columns.empty())
        return;
    schema::Table copy = *t;
    const int row = selectedRow(m_columns);
    schema::Index ix;
    ix.elements = {schema::IndexElement::ofColumn(t->columns[std::size_t(std::max(row, 0))].name)};
    ix.name = NamingAssistant::generatedName(m_document->metadata(), m_dialect,
                                             QStringLiteral("ix"), copy, ix.columnNames());
    copy.indexes.push_back(ix);
    commit(copy, ix.name.isEmpty() ? tr("Add an index to %1").arg(m_key)
                                   : tr("Add index %1 to %2").arg(ix.name, m_key));
}

void TableEditor::removeIndex()
{
    const schema::Table *t = current();
    const int row = selectedRow(m_indexes);
    if (!t || row < 0 || row >= int(t->indexes.size()))
        return;
    schema::Table copy = *t;
    const QString name = copy.indexes[std::size_t(row)].name;
    copy.indexes.erase(copy.indexes.begin() + row);
    commit(copy, name.isEmpty() ? tr("Drop an index of %1").arg(m_key)
                                : tr("Drop index %1 of %2").arg(name, m_key));
}

}  // namespace stratum::ui
