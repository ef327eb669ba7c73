// TableEditor's Constraints tab: primary key, unique, check and foreign keys
// in one grid, one row per constraint.
#include "ui/model/NamingAssistant.h"
#include "ui/model/TableEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

using Kind = schema::ModelProblem::ObjectKind;
using schema::ReferentialAction;

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

const std::vector<std::pair<ReferentialAction, const char *>> &referentialActions()
{
    static const std::vector<std::pair<ReferentialAction, const char *>> list = {
        {ReferentialAction::NoAction, "NO ACTION"},
        {ReferentialAction::Restrict, "RESTRICT"},
        {ReferentialAction::Cascade, "CASCADE"},
        {ReferentialAction::SetNull, "SET NULL"},
        {ReferentialAction::SetDefault, "SET DEFAULT"}};
    return list;
}

}  // namespace

QWidget *TableEditor::buildConstraintsTab()
{
    auto *page = new QWidget(this);
    m_constraints = new QTableWidget(0, ConstraintFieldCount, page);
    m_constraints->setObjectName(QStringLiteral("constraintsGrid"));
    m_constraints->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Columns / check"), tr("References"), tr("Referenced columns"),
         tr("On delete"), tr("On update"), tr("Deferrable"), tr("Initially deferred")});
    m_constraints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_constraints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_constraints->verticalHeader()->setVisible(false);
    m_constraints->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_constraints->setAlternatingRowColors(true);
    QHeaderView *h = m_constraints->horizontalHeader();
    const int m = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_constraints->setColumnWidth(CnKind, m * 7);
    m_constraints->setColumnWidth(CnName, m * 14);
    m_constraints->setColumnWidth(CnColumns, m * 12);
    m_constraints->setColumnWidth(CnTable, m * 10);
    m_constraints->setColumnWidth(CnRefColumns, m * 12);
    m_constraints->setColumnWidth(CnOnDelete, m * 8);
    m_constraints->setColumnWidth(CnOnUpdate, m * 8);
    h->setSectionResizeMode(CnDeferrable, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(CnDeferred, QHeaderView::ResizeToContents);

    struct Add
    {
        QString text;
        QString name;
        void (TableEditor::*slot)();
    };
    auto *buttons = new QHBoxLayout;
    for (const Add &a :
         {Add{tr("Primary key"), QStringLiteral("addPrimaryKey"), &TableEditor::addPrimaryKey},
          Add{tr("Unique"), QStringLiteral("addUnique"), &TableEditor::addUniqueConstraint},
          Add{tr("Check"), QStringLiteral("addCheck"), &TableEditor::addCheckConstraint},
          Add{tr("Foreign key"), QStringLiteral("addForeignKey"), &TableEditor::addForeignKey},
          Add{tr("Remove"), QStringLiteral("removeConstraint"), &TableEditor::removeConstraint}}) {
        auto *b = new QToolButton(page);
        b->setText(a.text);
        b->setObjectName(a.name);
        connect(b, &QToolButton::clicked, this, a.slot);
        buttons->addWidget(b);
        if (a.slot == &TableEditor::addPrimaryKey)
            m_addPk = b;
        if (a.slot == &TableEditor::addForeignKey)
            buttons->addSpacing(m);
    }
    buttons->addStretch();
    connect(m_constraints, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            onConstraintItemChanged(item->row(), item->column());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_constraints);
    return page;
}

void TableEditor::refreshConstraints(const schema::Table &table)
{
    const int currentRow = m_constraints->currentRow();
    m_constraints->setRowCount(0);
    const schema::MetaData &md = m_document->metadata();
    auto row = [&](Kind kind, int index, const QString &label, const QString &name,
                   const QString &columns) {
        const int r = m_constraints->rowCount();
        m_constraints->insertRow(r);
        for (int f = 0; f < ConstraintFieldCount; ++f) {
            auto *item = new QTableWidgetItem;
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_constraints->setItem(r, f, item);
        }
        m_constraints->item(r, CnKind)->setText(label);
        m_constraints->item(r, CnKind)->setData(Qt::UserRole, int(kind));
        m_constraints->item(r, CnKind)->setData(Qt::UserRole + 1, index);
        for (int f : {CnName, CnColumns}) {
            QTableWidgetItem *item = m_constraints->item(r, f);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_constraints->item(r, CnName)->setText(name);
        m_constraints->item(r, CnColumns)->setText(columns);
        return r;
    };
    const QString sep = QStringLiteral(", ");
    if (!table.primaryKey.columns.isEmpty())
        row(Kind::PrimaryKey, 0, tr("Primary key"), table.primaryKey.name,
            table.primaryKey.columns.join(sep));
    for (int i = 0; i < int(table.uniqueConstraints.size()); ++i) {
        const schema::UniqueConstraint &uq = table.uniqueConstraints[std::size_t(i)];
        const int r = row(Kind::UniqueConstraint, i, tr("Unique"), uq.name, uq.columns.join(sep));
        m_constraints->setCellWidget(
            r, CnDeferrable, checkCell(uq.deferrable, true, [this, i](bool on) {
                schema::Table copy = *current();
                copy.uniqueConstraints[std::size_t(i)].deferrable = on;
                if (!on)
                    copy.uniqueConstraints[std::size_t(i)].initiallyDeferred = false;
                commit(copy, tr("Change deferrability of a unique constraint of %1").arg(m_key));
            }));
        m_constraints->setCellWidget(
            r, CnDeferred, checkCell(uq.initiallyDeferred, uq.deferrable, [this, i](bool on) {
                schema::Table copy = *current();
                copy.uniqueConstraints[std::size_t(i)].initiallyDeferred = on;
                commit(copy, tr("Change deferrability of a unique constraint of %1").arg(m_key));
            }));
    }
    for (int i = 0; i < int(table.checkConstraints.size()); ++i) {
        const schema::CheckConstraint &ck = table.checkConstraints[std::size_t(i)];
        row(Kind::CheckConstraint, i, tr("Check"), ck.name, ck.sqlText);
    }
    for (int i = 0; i < int(table.foreignKeys.size()); ++i) {
        const schema::ForeignKey &fk = table.foreignKeys[std::size_t(i)];
        const int r = row(Kind::ForeignKey, i, tr("Foreign key"), fk.name, fk.columns.join(sep));
        QTableWidgetItem *refColumns = m_constraints->item(r, CnRefColumns);
        refColumns->setFlags(refColumns->flags() | Qt::ItemIsEditable);
        refColumns->setText(fk.referredColumns.join(sep));
        const QString target = fk.referredSchema.isEmpty()
                                   ? fk.referredTable
                                   : fk.referredSchema + u'.' + fk.referredTable;
        m_constraints->item(r, CnTable)->setText(target);

        auto *tables = new QComboBox;
        for (const schema::Table &t : md.tables)
            tables->addItem(t.displayName());
        if (tables->findText(target) < 0)
            tables->addItem(target);  // missing: the validator reports it
        tables->setCurrentText(target);
        connect(tables, &QComboBox::activated, this, [this, i, tables] {
            const schema::Table *to = m_document->table(tables->currentText());
            if (!to || m_refreshing)
                return;
            schema::Table copy = *current();
            schema::ForeignKey &edit = copy.foreignKeys[std::size_t(i)];
            edit.referredSchema = to->schema;
            edit.referredTable = to->name;
            edit.referredColumns = to->primaryKey.columns;
            commit(copy, tr("Point a foreign key of %1 at %2").arg(m_key, to->displayName()));
        });
        m_constraints->setCellWidget(r, CnTable, tables);

        for (int field : {CnOnDelete, CnOnUpdate}) {
            auto *combo = new QComboBox;
            for (const auto &[action, text] : referentialActions())
                combo->addItem(QLatin1String(text), int(action));
            combo->setCurrentIndex(
                combo->findData(int(field == CnOnDelete ? fk.onDelete : fk.onUpdate)));
            connect(combo, &QComboBox::activated, this, [this, i, field, combo] {
                if (m_refreshing)
                    return;
                schema::Table copy = *current();
                schema::ForeignKey &edit = copy.foreignKeys[std::size_t(i)];
                const auto action = ReferentialAction(combo->currentData().toInt());
                (field == CnOnDelete ? edit.onDelete : edit.onUpdate) = action;
                commit(copy, (field == CnOnDelete ? tr("Set ON DELETE %1 on a foreign key of %2")
                                                  : tr("Set ON UPDATE %1 on a foreign key of %2"))
                                 .arg(combo->currentText(), m_key));
            });
            m_constraints->setCellWidget(r, field, combo);
        }
        m_constraints->setCellWidget(
            r, CnDeferrable, checkCell(fk.deferrable, true, [this, i](bool on) {
                schema::Table copy = *current();
                copy.foreignKeys[std::size_t(i)].deferrable = on;
                if (!on)
                    copy.foreignKeys[std::size_t(i)].initiallyDeferred = false;
                commit(copy, tr("Change deferrability of a foreign key of %1").arg(m_key));
            }));
        m_constraints->setCellWidget(
            r, CnDeferred, checkCell(fk.initiallyDeferred, fk.deferrable, [this, i](bool on) {
                schema::Table copy = *current();
                copy.foreignKeys[std::size_t(i)].initiallyDeferred = on;
                commit(copy, tr("Change deferrability of a foreign key of %1").arg(m_key));
            }));
    }
    if (m_addPk)
        m_addPk->setEnabled(table.primaryKey.columns.isEmpty());
    if (currentRow >= 0 && currentRow < m_constraints->rowCount())
        m_constraints->setCurrentCell(currentRow, CnName);
}

void TableEditor::onConstraintItemChanged(int row, int field)
{
    const schema::Table *t = current();
    if (!t)
        return;
    const QTableWidgetItem *head = m_constraints->item(row, CnKind);
    const auto kind = Kind(head->data(Qt::UserRole).toInt());
    const auto i = std::size_t(head->data(Qt::UserRole + 1).toInt());
    const QString value = m_constraints->item(row, field)->text().trimmed();
    schema::Table copy = *t;
    QString *name = nullptr;
    QStringList *columns = nullptr;
    QString what;
    switch (kind) {
    case Kind::PrimaryKey:
        name = &copy.primaryKey.name;
        columns = &copy.primaryKey.columns;
        what = tr("the primary key of %1").arg(m_key);
        break;
    case Kind::UniqueConstraint:
        name = &copy.uniqueConstraints[i].name;
        columns = &copy.uniqueConstraints[i].columns;
        what = tr("a unique constraint of %1").arg(m_key);
        break;
    case Kind::CheckConstraint:
        name = &copy.checkConstraints[i].name;
        what = tr("a check constraint of %1").arg(m_key);
        if (field == CnColumns) {
            copy.checkConstraints[i].sqlText = value;
            commit(copy, tr("Edit the expression of %1").arg(what));
            return;
        }
        break;
    case Kind::ForeignKey:
        name = &copy.foreignKeys[i].name;
        columns = &copy.foreignKeys[i].columns;
        what = tr("a foreign key of %1").arg(m_key);
        if (field == CnRefColumns) {
            copy.foreignKeys[i].referredColumns = splitList(value);
            commit(copy, tr("Change the referenced columns of %1").arg(what));
            return;
        }
        break;
    default:
        return;
    }
    if (field == CnName) {
        *name = value;
        commit(copy, value.isEmpty() ? tr("Remove the name of %1").arg(what)
                                     : tr("Rename %1 to %2").arg(what, value));
    } else if (field == CnColumns && columns) {
        *columns = splitList(value);
        commit(copy, tr("Change the columns of %1").arg(what));
    }
}

void TableEditor::addPrimaryKey()
{
    const schema::Table *t = current();
    if (!t || !t->primaryKey.columns.isEmpty() || t->columns.empty())
        return;
    schema::Table copy = *t;
    const int row = selectedRow(m_columns);
    schema::Column &c = copy.columns[std::size_t(std::max(row, 0))];
    copy.primaryKey.columns = {c.name};
    c.nullable = false;
    copy.primaryKey.name = NamingAssistant::generatedName(
        m_document->metadata(), m_dialect, QStringLiteral("pk"), copy, copy.primaryKey.columns);
    commit(copy, tr("Add a primary key to %1").arg(m_key));
}

void TableEditor::addUniqueConstraint()
{
    const schema::Table *t = current();
    if (!t || t->columns.empty())
        return;
    schema::Table copy = *t;
    const int row = selectedRow(m_columns);
    schema::UniqueConstraint uq;
    uq.columns = {t->columns[std::size_t(std::max(row, 0))].name};
    uq.name = NamingAssistant::generatedName(m_document->metadata(), m_dialect,
                                             QStringLiteral("uq"), copy, uq.columns);
    copy.uniqueConstraints.push_back(uq);
    commit(copy, tr("Add a unique constraint to %1").arg(m_key));
}

void TableEditor::addCheckConstraint()
{
    const schema::Table *t = current();
    if (!t)
        return;
    schema::Table copy = *t;
    schema::CheckConstraint ck;
    // A check template usually needs %(constraint_name)s: then the user names it.
    ck.name = NamingAssistant::generatedName(m_document->metadata(), m_dialect,
                                             QStringLiteral("ck"), copy, {});
    copy.checkConstraints.push_back(ck);
    commit(copy, tr("Add a check constraint to %1").arg(m_key));
}

void TableEditor::addForeignKey()
{
    const schema::Table *t = current();
    const schema::MetaData &md = m_document->metadata();
    if (!t || t->columns.empty() || md.tables.empty())
        return;
    schema::Table copy = *t;
    // Refer to the first other table with a primary key, from a column named
    // after it when there is one.
    const schema::Table *target = nullptr;
    for (const schema::Table &other : md.tables) {
        if (EditableModelDocument::keyOf(other) != m_key && !other.primaryKey.columns.isEmpty()) {
            target = &other;
            break;
        }
    }
    if (!target)
        target = t;
    schema::ForeignKey fk;
    fk.referredSchema = target->schema;
    fk.referredTable = target->name;
    fk.referredColumns = target->primaryKey.columns;
    const int row = selectedRow(m_columns);
    QString column = t->columns[std::size_t(std::max(row, 0))].name;
    for (const schema::Column &c : t->columns) {
        if (c.name.compare(target->name + QStringLiteral("_id"), Qt::CaseInsensitive) == 0 ||
            c.name.compare(target->name + QStringLiteral("id"), Qt::CaseInsensitive) == 0)
            column = c.name;
    }
    fk.columns = {column};
    fk.name =
        NamingAssistant::generatedName(md, m_dialect, QStringLiteral("fk"), copy, fk.columns, &fk);
    copy.foreignKeys.push_back(fk);
    commit(copy, tr("Add a foreign key from %1 to %2").arg(m_key, target->displayName()));
}

void TableEditor::removeConstraint()
{
    const schema::Table *t = current();
    const int row = selectedRow(m_constraints);
    if (!t || row < 0)
        return;
    const QTableWidgetItem *head = m_constraints->item(row, CnKind);
    const auto kind = Kind(head->data(Qt::UserRole).toInt());
    const auto i = head->data(Qt::UserRole + 1).toInt();
    schema::Table copy = *t;
    QString text;
    const auto named = [this](const QString &withName, const QString &without,
                              const QString &name) {
        return name.isEmpty() ? without.arg(m_key) : withName.arg(name, m_key);
    };
    switch (kind) {
    case Kind::PrimaryKey:
        copy.primaryKey = {};
        text = tr("Drop the primary key of %1").arg(m_key);
        break;
    case Kind::UniqueConstraint:
        text = named(tr("Drop unique constraint %1 of %2"), tr("Drop a unique constraint of %1"),
                     copy.uniqueConstraints[std::size_t(i)].name);
        copy.uniqueConstraints.erase(copy.uniqueConstraints.begin() + i);
        break;
    case Kind::CheckConstraint:
        text = named(tr("Drop check constraint %1 of %2"), tr("Drop a check constraint of %1"),
                     copy.checkConstraints[std::size_t(i)].name);
        copy.checkConstraints.erase(copy.checkConstraints.begin() + i);
        break;
    case Kind::ForeignKey:
        text = named(tr("Drop foreign key %1 of %2"), tr("Drop a foreign key of %1"),
                     copy.foreignKeys[std::size_t(i)].name);
        copy.foreignKeys.erase(copy.foreignKeys.begin() + i);
        break;
    default:
        return;
    }
    commit(copy, text);
}

}  // namespace stratum::ui
