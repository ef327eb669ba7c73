#pragma once

#include <QDialog>
#include <QVariantMap>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace stratum::ui {

// Asks once per run for the values of the statement parameters (:name, $1),
// prefilled with the values remembered from the previous run. Each value may
// be set to NULL. GUI thread only.
class ParameterDialog : public QDialog
{
    Q_OBJECT

public:
    ParameterDialog(const QStringList &names, const QVariantMap &remembered,
                    QWidget *parent = nullptr);

    // Values by name; a null QVariant stands for SQL NULL.
    QVariantMap values() const;

    // Shows the dialog modally; nullopt when the user cancels.
    static std::optional<QVariantMap> ask(const QStringList &names, const QVariantMap &remembered,
                                          QWidget *parent);

private:
    struct Row
    {
        QString name;
        QLineEdit *edit;
        QCheckBox *null;
    };
    std::vector<Row> m_rows;
};

}  // namespace stratum::ui
