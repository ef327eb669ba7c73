#include "ui/console/ParameterDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stratum::ui {

ParameterDialog::ParameterDialog(const QStringList &names, const QVariantMap &remembered,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Query parameters"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Values are sent as text; the server converts them to the "
                                    "parameter's type."),
                                 this));
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (const QString &name : names) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(row);
        auto *null = new QCheckBox(tr("NULL"), row);
        h->addWidget(edit, 1);
        h->addWidget(null);
        const auto it = remembered.constFind(name);
        if (it != remembered.constEnd()) {
            if (it->isNull())
                null->setChecked(true);
            else
                edit->setText(it->toString());
        }
        edit->setEnabled(!null->isChecked());
        connect(null, &QCheckBox::toggled, edit, [edit](bool on) { edit->setEnabled(!on); });
        form->addRow(name, row);
        m_rows.push_back({name, edit, null});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QVariantMap ParameterDialog::values() const
{
    QVariantMap out;
    for (const Row &r : m_rows)
        out.insert(r.name, r.null->isChecked() ? QVariant() : QVariant(r.edit->text()));
    return out;
}

std::optional<QVariantMap> ParameterDialog::ask(const QStringList &names,
                                                const QVariantMap &remembered, QWidget *parent)
{
    ParameterDialog dialog(names, remembered, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

}  // namespace stratum::ui
