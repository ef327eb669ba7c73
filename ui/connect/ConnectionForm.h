#pragma once

#include "ui/connect/ConnectionProfile.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace stratum::ui {

// The fields of a connection: name and tag on top, then tabs for the
// connection itself, SSL and pool settings. It maps a ConnectionProfile (plus a
// password, held only in its echo-mode-password field) to widgets and back;
// the URL field lives in ConnectionDialog, which inserts it into
// headerLayout(). GUI thread only.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    // Sets every field; emits nothing.
    void setProfile(const ConnectionProfile &profile);

    std::optional<QString> password() const;  // nullopt when the field is empty
    void setPassword(const std::optional<QString> &password);
    // A line under the password field: where the password is kept.
    void setPasswordNote(const QString &note);

    QFormLayout *headerLayout() const { return m_header; }

Q_SIGNALS:
    // The user changed a field that the URL shows (not name, tag or pool).
    void urlFieldsEdited();
    // The user changed anything.
    void edited();

private:
    QWidget *buildConnectionTab();
    QWidget *buildSslTab();
    QWidget *buildPoolTab();
    QLineEdit *addFilePicker(QFormLayout *form, const QString &label, const QString &filter,
                             const char *objectName);
    void updateBackendState();
    void setColor(const QColor &color);
    void chooseColor();
    void browseDatabase();
    void emitUrlEdit();

    QFormLayout *m_header = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_environment = nullptr;
    QToolButton *m_colorButton = nullptr;
    QColor m_color;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_driver = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QToolButton *m_browseDatabase = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QLineEdit *m_applicationName = nullptr;

    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_sslCert = nullptr;
    QLineEdit *m_sslKey = nullptr;
    QLineEdit *m_sslRootCert = nullptr;

    QSpinBox *m_poolSize = nullptr;
    QSpinBox *m_poolOverflow = nullptr;
    QSpinBox *m_poolTimeout = nullptr;
    QSpinBox *m_poolRecycle = nullptr;
    QCheckBox *m_prePing = nullptr;

    // Parts of the profile without a field of their own, kept across edits.
    ConnectionProfile m_hidden;
    bool m_loading = false;
};

}  // namespace stratum::ui
