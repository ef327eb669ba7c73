#pragma once

#include "ui/connect/ConnectionProfile.h"
#include "ui/connect/ConnectionTester.h"
#include "ui/connect/ProposedConnection.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace stratum::ui {

class ConnectionForm;

// Creates or edits one connection. The URL field and the form stay in sync
// both ways: typing or pasting a URL fills the fields, editing a field
// rewrites the URL with the password shown as ***. A URL that does not parse
// keeps its text and shows the error with its column under the field.
//
// Test runs on a worker (ConnectionTester), so the dialog never freezes; a
// second Test supersedes the first. "Open project folder…" runs workspace
// discovery on a worker too and lists where each proposed value came from.
// GUI thread only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile &profile);
    std::optional<QString> password() const;
    void setPassword(const std::optional<QString> &password);
    // Tells the user where the password will be kept (keychain or not at all).
    void setPasswordNote(const QString &note);

    QString urlText() const;         // as shown: the password is ***
    QString urlError() const;        // empty while the URL parses
    QString testResultText() const;  // the Test outcome as shown
    QString sourcesText() const;     // the Sources list as shown, one per line
    bool isTesting() const;
    const std::optional<ConnectionTestResult> &lastTestResult() const { return m_lastResult; }

public Q_SLOTS:
    // Starts a connection test with the current fields.
    void test();
    // Runs workspace discovery on folder (on a worker) and applies what it proposes.
    void openProjectFolder(const QString &folder);

Q_SIGNALS:
    void testFinished(const stratum::ui::ConnectionTestResult &result);
    void projectOpened(const QString &folder);

protected:
    void done(int result) override;

private:
    void chooseProjectFolder();
    void urlEdited(const QString &text);
    void urlEditingFinished();
    void refreshUrl();
    void showTestResult(const ConnectionTestResult &result);
    void applyProposal(const ProposedConnection &proposal);
    void updateButtons();

    ConnectionForm *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QLabel *m_sourcesTitle = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_projectButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ConnectionTester *m_tester = nullptr;
    std::optional<ConnectionTestResult> m_lastResult;
    QStringList m_sourcesPlain;
    quint64 m_projectGeneration = 0;
    bool m_syncing = false;
};

}  // namespace stratum::ui
