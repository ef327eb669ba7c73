#include "ui/model/EnumEditorDialog.h"

#include "ui/model/EditableModelDocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stratum::ui {

namespace {

QString enumKey(const schema::EnumType &e)
{
    return e.schema.isEmpty() ? e.name : e.schema + u'.' + e.name;
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

}  // namespace

EnumEditorDialog::EnumEditorDialog(EditableModelDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_enums(document->metadata().enums)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_labels(new QListWidget(this))
{
    setWindowTitle(tr("Enum types"));
    m_list->setObjectName(QStringLiteral("enumList"));
    m_labels->setObjectName(QStringLiteral("enumLabels"));
    m_schema->setPlaceholderText(tr("default"));
    m_labels->setDragDropMode(QAbstractItemView::InternalMove);

    auto *addEnum = button(tr("Add"), this);
    auto *removeEnum = button(tr("Remove"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Enums:"), this));
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(addEnum);
    leftButtons->addWidget(removeEnum);
    left->addLayout(leftButtons);

    auto *addLabel = button(tr("Add label"), this);
    auto *removeLabel = button(tr("Remove"), this);
    auto *up = button(tr("Up"), this);
    auto *down = button(tr("Down"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Labels:"), m_labels);
    auto *labelButtons = new QHBoxLayout;
    for (QPushButton *b : {addLabel, removeLabel, up, down})
        labelButtons->addWidget(b);
    labelButtons->addStretch();
    form->addRow(QString(), labelButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(form, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const schema::EnumType &e : m_enums)
        m_list->addItem(enumKey(e));
    connect(m_list, &QListWidget::currentRowChanged, this, &EnumEditorDialog::showEnum);
    connect(addEnum, &QPushButton::clicked, this, &EnumEditorDialog::addEnum);
    connect(removeEnum, &QPushButton::clicked, this, [this] {
        const int row = currentEnum();
        if (row < 0)
            return;
        m_enums.erase(m_enums.begin() + row);
        delete m_list->takeItem(row);
        showEnum(m_list->currentRow());
    });
    auto rename = [this] {
        const int row = currentEnum();
        if (row < 0 || m_loading)
            return;
        m_enums[std::size_t(row)].name = m_name->text().trimmed();
        m_enums[std::size_t(row)].schema = m_schema->text().trimmed();
        m_list->item(row)->setText(enumKey(m_enums[std::size_t(row)]));
    };
    connect(m_name, &QLineEdit::textEdited, this, rename);
    connect(m_schema, &QLineEdit::textEdited, this, rename);
    connect(addLabel, &QPushButton::clicked, this, &EnumEditorDialog::addLabel);
    connect(removeLabel, &QPushButton::clicked, this, [this] {
        delete m_labels->takeItem(m_labels->currentRow());
        storeLabels();
    });
    auto move = [this](int delta) {
        const int row = m_labels->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= m_labels->count())
            return;
        QListWidgetItem *item = m_labels->takeItem(row);
        m_labels->insertItem(to, item);
        m_labels->setCurrentRow(to);
        storeLabels();
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_labels, &QListWidget::itemChanged, this, [this] { storeLabels(); });
    connect(m_labels->model(), &QAbstractItemModel::rowsMoved, this, [this] { storeLabels(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &EnumEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnumEditorDialog::reject);
    m_list->setCurrentRow(m_enums.empty() ? -1 : 0);
    showEnum(m_list->currentRow());
    resize(560, 360);
}

int EnumEditorDialog::currentEnum() const
{
    const int row = m_list->currentRow();
    return row >= 0 && std::size_t(row) < m_enums.size() ? row : -1;
}

void EnumEditorDialog::showEnum(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && std::size_t(row) < m_enums.size();
    m_name->setEnabled(valid);
    m_schema->setEnabled(valid);
    m_labels->setEnabled(valid);
    m_labels->clear();
    m_name->setText(valid ? m_enums[std::size_t(row)].name : QString());
    m_schema->setText(valid ? m_enums[std::size_t(row)].schema : QString());
    if (valid) {
        for (const QString &label : m_enums[std::size_t(row)].labels) {
            auto *item = new QListWidgetItem(label, m_labels);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_loading = false;
}

void EnumEditorDialog::storeLabels()
{
    const int row = currentEnum();
    if (row < 0 || m_loading)
        return;
    QStringList labels;
    for (int i = 0; i < m_labels->count(); ++i)
        labels << m_labels->item(i)->text();
    m_enums[std::size_t(row)].labels = labels;
}

void EnumEditorDialog::addEnum()
{
    schema::EnumType e;
    for (int n = int(m_enums.size()) + 1;; ++n) {
        e.name = QStringLiteral("enum_%1").arg(n);
        if (std::none_of(m_enums.begin(), m_enums.end(),
                         [&](const schema::EnumType &x) { return x.name == e.name; }))
            break;
    }
    m_enums.push_back(e);
    m_list->addItem(enumKey(e));
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void EnumEditorDialog::addLabel()
{
    if (currentEnum() < 0)
        return;
    auto *item =
        new QListWidgetItem(QStringLiteral("label_%1").arg(m_labels->count() + 1), m_labels);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    storeLabels();
    m_labels->setCurrentItem(item);
}

void EnumEditorDialog::accept()
{
    if (m_enums != m_document->metadata().enums)
        m_document->setEnums(m_enums, tr("Edit enum types"));
    QDialog::accept();
}

}  // namespace stratum::ui
