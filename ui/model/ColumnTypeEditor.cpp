#include "ui/model/ColumnTypeEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace stratum::ui {

using schema::TypeKind;

namespace {

// The kinds offered, in the order a person looks for them.
std::vector<TypeKind> kindsFor(schema::Dialect dialect)
{
    std::vector<TypeKind> kinds = {
        TypeKind::Integer,     TypeKind::BigInteger, TypeKind::SmallInteger, TypeKind::Numeric,
        TypeKind::Float,       TypeKind::String,     TypeKind::Char,         TypeKind::Text,
        TypeKind::Boolean,     TypeKind::Date,       TypeKind::DateTime,     TypeKind::Time,
        TypeKind::Interval,    TypeKind::Uuid,       TypeKind::Json,         TypeKind::Jsonb,
        TypeKind::LargeBinary, TypeKind::Enum,       TypeKind::Verbatim};
    if (dialect == schema::Dialect::SQLite)
        std::erase_if(kinds,
                      [](TypeKind k) { return k == TypeKind::Interval || k == TypeKind::Jsonb; });
    return kinds;
}

}  // namespace

QString ColumnTypeEditor::kindLabel(TypeKind kind, schema::Dialect dialect)
{
    const bool pg = dialect == schema::Dialect::PostgreSQL;
    switch (kind) {
    case TypeKind::Integer:
        return pg ? QStringLiteral("integer") : QStringLiteral("INTEGER");
    case TypeKind::BigInteger:
        return pg ? QStringLiteral("bigint") : QStringLiteral("BIGINT");
    case TypeKind::SmallInteger:
        return pg ? QStringLiteral("smallint") : QStringLiteral("SMALLINT");
    case TypeKind::Numeric:
        return pg ? QStringLiteral("numeric") : QStringLiteral("NUMERIC");
    case TypeKind::Float:
        return pg ? QStringLiteral("float") : QStringLiteral("FLOAT");
    case TypeKind::String:
        return pg ? QStringLiteral("varchar") : QStringLiteral("VARCHAR");
    case TypeKind::Char:
        return pg ? QStringLiteral("char") : QStringLiteral("CHAR");
    case TypeKind::Text:
        return pg ? QStringLiteral("text") : QStringLiteral("TEXT");
    case TypeKind::Boolean:
        return pg ? QStringLiteral("boolean") : QStringLiteral("BOOLEAN");
    case TypeKind::Date:
        return pg ? QStringLiteral("date") : QStringLiteral("DATE");
    case TypeKind::DateTime:
        return pg ? QStringLiteral("timestamp") : QStringLiteral("DATETIME");
    case TypeKind::Time:
        return pg ? QStringLiteral("time") : QStringLiteral("TIME");
    case TypeKind::Interval:
        return QStringLiteral("interval");
    case TypeKind::Uuid:
        return pg ? QStringLiteral("uuid") : QStringLiteral("UUID");
    case TypeKind::Json:
        return pg ? QStringLiteral("json") : QStringLiteral("JSON");
    case TypeKind::Jsonb:
        return QStringLiteral("jsonb");
    case TypeKind::LargeBinary:
        return pg ? QStringLiteral("bytea") : QStringLiteral("BLOB");
    case TypeKind::Enum:
        return tr("enum");
    case TypeKind::Verbatim:
        return tr("other…");
    }
    return {};
}

ColumnTypeEditor::ColumnTypeEditor(schema::Dialect dialect, QWidget *parent)
    : QWidget(parent)
    , m_dialect(dialect)
    , m_kind(new QComboBox(this))
    , m_length(new QSpinBox(this))
    , m_scale(new QSpinBox(this))
    , m_timezone(new QCheckBox(tr("tz"), this))
    , m_enum(new QComboBox(this))
    , m_verbatim(new QLineEdit(this))
    , m_array(new QCheckBox(tr("array"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(4);
    for (TypeKind k : kindsFor(dialect))
        m_kind->addItem(kindLabel(k, dialect), int(k));
    m_kind->setObjectName(QStringLiteral("typeKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_length->setObjectName(QStringLiteral("typeLength"));
    m_length->setRange(0, 10485760);
    m_length->setSpecialValueText(QStringLiteral("–"));
    m_scale->setRange(0, 1000);
    m_scale->setSpecialValueText(QStringLiteral("–"));
    m_scale->setToolTip(tr("Scale: digits after the decimal point"));
    m_timezone->setToolTip(tr("With time zone"));
    m_array->setToolTip(tr("An array of this type"));
    m_verbatim->setPlaceholderText(tr("SQL type"));
    for (QCheckBox *box : {m_timezone, m_array}) {
        // Filled with Base, the rows' colour: lift it so it shows in dark palettes.
        QPalette palette = box->palette();
        palette.setColor(QPalette::Base, palette.color(QPalette::Button));
        box->setPalette(palette);
    }
    m_enum->setMinimumContentsLength(8);
    for (QSpinBox *spin : {m_length, m_scale}) {
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        spin->setAlignment(Qt::AlignRight);
        spin->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    }
    layout->addWidget(m_kind);
    layout->addWidget(m_length);
    layout->addWidget(m_scale);
    layout->addWidget(m_timezone);
    layout->addWidget(m_enum);
    layout->addWidget(m_verbatim, 1);
    layout->addStretch();
    layout->addWidget(m_array);

    connect(m_kind, &QComboBox::activated, this, [this] {
        updateVisibility();
        emitEdited();
    });
    connect(m_length, &QSpinBox::editingFinished, this, &ColumnTypeEditor::emitEdited);
    connect(m_scale, &QSpinBox::editingFinished, this, &ColumnTypeEditor::emitEdited);
    connect(m_timezone, &QCheckBox::clicked, this, &ColumnTypeEditor::emitEdited);
    connect(m_array, &QCheckBox::clicked, this, &ColumnTypeEditor::emitEdited);
    connect(m_enum, &QComboBox::activated, this, &ColumnTypeEditor::emitEdited);
    connect(m_verbatim, &QLineEdit::editingFinished, this, &ColumnTypeEditor::emitEdited);
    updateVisibility();
}

void ColumnTypeEditor::setEnums(const std::vector<schema::EnumType> &enums)
{
    m_setting = true;
    m_enum->clear();
    for (const schema::EnumType &e : enums)
        m_enum->addItem(e.schema.isEmpty() ? e.name : e.schema + u'.' + e.name,
                        QStringList{e.schema, e.name});
    m_setting = false;
}

void ColumnTypeEditor::selectKind(TypeKind kind)
{
    int at = m_kind->findData(int(kind));
    if (at < 0) {  // a kind the dialect lacks, kept as the model has it
        m_kind->addItem(kindLabel(kind, m_dialect), int(kind));
        at = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(at);
}

void ColumnTypeEditor::setType(const schema::ColumnType &type)
{
    m_setting = true;
    m_type = type;
    selectKind(type.kind);
    const bool numeric = type.kind == TypeKind::Numeric;
    m_length->setValue(numeric ? type.precision.value_or(0) : type.length.value_or(0));
    m_scale->setValue(type.scale.value_or(0));
    m_timezone->setChecked(type.timezone);
    m_array->setChecked(type.isArray());
    m_verbatim->setText(type.verbatim);
    const QStringList key{type.enumSchema, type.enumName};
    int at = m_enum->findData(key);
    if (at < 0 && type.kind == TypeKind::Enum) {
        m_enum->addItem(type.enumName, key);  // missing from the model: the validator says so
        at = m_enum->count() - 1;
    }
    m_enum->setCurrentIndex(at);
    updateVisibility();
    m_setting = false;
}

schema::ColumnType ColumnTypeEditor::type() const
{
    schema::ColumnType t = m_type;
    const auto kind = TypeKind(m_kind->currentData().toInt());
    if (kind != t.kind) {
        t = schema::ColumnType::ofKind(kind);
        t.arrayDimensions = m_type.arrayDimensions;
    }
    const auto optional = [](int v) { return v > 0 ? std::optional<int>(v) : std::nullopt; };
    if (kind == TypeKind::String || kind == TypeKind::Char)
        t.length = optional(m_length->value());
    if (kind == TypeKind::Numeric) {
        t.precision = optional(m_length->value());
        t.scale = t.precision ? optional(m_scale->value()) : std::nullopt;
    }
    if (kind == TypeKind::DateTime || kind == TypeKind::Time)
        t.timezone = m_timezone->isChecked();
    if (kind == TypeKind::Enum && m_enum->count() > 0) {
        const QStringList key =
            m_enum->itemData(std::max(m_enum->currentIndex(), 0)).toStringList();
        t.enumSchema = key.value(0);
        t.enumName = key.value(1);
    }
    if (kind == TypeKind::Verbatim)
        t.verbatim = m_verbatim->text().trimmed();
    if (!m_array->isChecked())
        t.arrayDimensions = 0;
    else if (t.arrayDimensions == 0)
        t.arrayDimensions = 1;
    return t;
}

void ColumnTypeEditor::updateVisibility()
{
    const auto kind = TypeKind(m_kind->currentData().toInt());
    const bool text = kind == TypeKind::String || kind == TypeKind::Char;
    const bool numeric = kind == TypeKind::Numeric;
    m_length->setVisible(text || numeric);
    m_length->setToolTip(numeric ? tr("Precision: total digits") : tr("Length in characters"));
    m_scale->setVisible(numeric);
    m_timezone->setVisible(kind == TypeKind::DateTime || kind == TypeKind::Time);
    m_enum->setVisible(kind == TypeKind::Enum);
    if (kind == TypeKind::Enum && m_enum->currentIndex() < 0 && m_enum->count() > 0)
        m_enum->setCurrentIndex(0);
    m_verbatim->setVisible(kind == TypeKind::Verbatim);
    m_array->setVisible(m_dialect == schema::Dialect::PostgreSQL || m_array->isChecked());
}

void ColumnTypeEditor::emitEdited()
{
    if (!m_setting && type() != m_type) {
        m_type = type();
        emit typeEdited();
    }
}

}  // namespace stratum::ui
