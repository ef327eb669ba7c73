#include "ui/console/CellEditDelegate.h"

#include "ui/console/ResultModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace stratum::ui {

CellEditDelegate::CellEditDelegate(ResultModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QWidget *CellEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const int c = index.column();
    if (c < 0 || c >= int(m_model->columns().size()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (m_model->columns()[size_t(c)].kind) {
    case engine::ValueKind::Bool: {
        auto *box = new QComboBox(parent);
        box->addItems({QStringLiteral("true"), QStringLiteral("false")});
        return box;
    }
    case engine::ValueKind::Int:
    case engine::ValueKind::Float:
    case engine::ValueKind::Numeric: {
        auto *edit = new QLineEdit(parent);
        const bool whole = m_model->columns()[size_t(c)].kind == engine::ValueKind::Int;
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(whole ? QStringLiteral("[+-]?\\d*")
                                     : QStringLiteral("[+-]?\\d*[.,]?\\d*([eE][+-]?\\d*)?")),
            edit));
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setFrame(false);
        return edit;
    }
    default: {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        return edit;
    }
    }
}

void CellEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(
            v.toString() == QLatin1String("false") || v.toString() == QLatin1String("f") ? 1 : 0);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(v.isNull() ? QString() : v.toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentIndex() == 0);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QString text = edit->text();
        // An emptied cell of a nullable non-text column means NULL.
        const engine::ValueKind kind = m_model->columns()[size_t(index.column())].kind;
        const bool textual = kind == engine::ValueKind::Text || kind == engine::ValueKind::Json ||
                             kind == engine::ValueKind::Other;
        if (text.isEmpty() && !textual && index.data(Qt::EditRole).isNull())
            return;  // unchanged NULL
        model->setData(index, text.isEmpty() && !textual ? QVariant() : QVariant(text));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace stratum::ui
