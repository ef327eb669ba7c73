#include "ui/model/SequenceEditorDialog.h"

#include "ui/model/EditableModelDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace stratum::ui {

namespace {

QString sequenceKey(const schema::Sequence &s)
{
    return s.schema.isEmpty() ? s.name : s.schema + u'.' + s.name;
}

std::optional<qint64> number(const QLineEdit *edit)
{
    bool ok = false;
    const qint64 v = edit->text().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QString text(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

}  // namespace

SequenceEditorDialog::SequenceEditorDialog(EditableModelDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_sequences(document->metadata().sequences)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(new QLineEdit(this))
    , m_increment(new QLineEdit(this))
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_cache(new QLineEdit(this))
    , m_cycle(new QCheckBox(tr("Wrap around at the bound (CYCLE)"), this))
{
    setWindowTitle(tr("Sequences"));
    m_list->setObjectName(QStringLiteral("sequenceList"));
    m_type->addItem(QStringLiteral("bigint"), int(schema::TypeKind::BigInteger));
    m_type->addItem(QStringLiteral("integer"), int(schema::TypeKind::Integer));
    m_type->addItem(QStringLiteral("smallint"), int(schema::TypeKind::SmallInteger));
    m_schema->setPlaceholderText(tr("default"));
    auto *integer =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{0,19}")), this);
    const std::pair<QLineEdit *, const char *> numbers[] = {{m_start, "start"},
                                                            {m_increment, "increment"},
                                                            {m_min, "min"},
                                                            {m_max, "max"},
                                                            {m_cache, "cache"}};
    for (const auto &[edit, name] : numbers) {
        edit->setValidator(integer);
        edit->setPlaceholderText(tr("server default"));
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textEdited, this, &SequenceEditorDialog::store);
    }
    m_name->setObjectName(QStringLiteral("name"));
    m_schema->setObjectName(QStringLiteral("schema"));

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Sequences:"), this));
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(remove);
    left->addLayout(leftButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&Increment:"), m_increment);
    form->addRow(tr("Mi&nimum:"), m_min);
    form->addRow(tr("Ma&ximum:"), m_max);
    form->addRow(tr("&Cache:"), m_cache);
    form->addRow(QString(), m_cycle);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(form, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const schema::Sequence &s : m_sequences)
        m_list->addItem(sequenceKey(s));
    connect(m_list, &QListWidget::currentRowChanged, this, &SequenceEditorDialog::showSequence);
    connect(add, &QPushButton::clicked, this, &SequenceEditorDialog::addSequence);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentSequence();
        if (row < 0)
            return;
        m_sequences.erase(m_sequences.begin() + row);
        delete m_list->takeItem(row);
        showSequence(m_list->currentRow());
    });
    connect(m_name, &QLineEdit::textEdited, this, &SequenceEditorDialog::store);
    connect(m_schema, &QLineEdit::textEdited, this, &SequenceEditorDialog::store);
    connect(m_type, &QComboBox::activated, this, &SequenceEditorDialog::store);
    connect(m_cycle, &QCheckBox::clicked, this, &SequenceEditorDialog::store);
    connect(buttons, &QDialogButtonBox::accepted, this, &SequenceEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SequenceEditorDialog::reject);
    m_list->setCurrentRow(m_sequences.empty() ? -1 : 0);
    showSequence(m_list->currentRow());
    resize(560, 380);
}

QLineEdit *SequenceEditorDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

int SequenceEditorDialog::currentSequence() const
{
    const int row = m_list->currentRow();
    return row >= 0 && std::size_t(row) < m_sequences.size() ? row : -1;
}

void SequenceEditorDialog::showSequence(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && std::size_t(row) < m_sequences.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_schema, m_type, m_start,
                                                       m_increment, m_min, m_max, m_cache, m_cycle})
        w->setEnabled(valid);
    const schema::Sequence s = valid ? m_sequences[std::size_t(row)] : schema::Sequence{};
    m_name->setText(s.name);
    m_schema->setText(s.schema);
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(s.dataType))));
    m_start->setText(text(s.start));
    m_increment->setText(text(s.increment));
    m_min->setText(text(s.minValue));
    m_max->setText(text(s.maxValue));
    m_cache->setText(text(s.cache));
    m_cycle->setChecked(s.cycle);
    m_loading = false;
}

void SequenceEditorDialog::store()
{
    const int row = currentSequence();
    if (row < 0 || m_loading)
        return;
    schema::Sequence &s = m_sequences[std::size_t(row)];
    s.name = m_name->text().trimmed();
    s.schema = m_schema->text().trimmed();
    s.dataType = schema::TypeKind(m_type->currentData().toInt());
    s.start = number(m_start);
    s.increment = number(m_increment);
    s.minValue = number(m_min);
    s.maxValue = number(m_max);
    s.cache = number(m_cache);
    s.cycle = m_cycle->isChecked();
    m_list->item(row)->setText(sequenceKey(s));
}

void SequenceEditorDialog::addSequence()
{
    schema::Sequence s;
    for (int n = int(m_sequences.size()) + 1;; ++n) {
        s.name = QStringLiteral("sequence_%1").arg(n);
        if (std::none_of(m_sequences.begin(), m_sequences.end(),
                         [&](const schema::Sequence &x) { return x.name == s.name; }))
            break;
    }
    m_sequences.push_back(s);
    m_list->addItem(sequenceKey(s));
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SequenceEditorDialog::accept()
{
    if (m_sequences != m_document->metadata().sequences)
        m_document->setSequences(m_sequences, tr("Edit sequences"));
    QDialog::accept();
}

}  // namespace stratum::ui
