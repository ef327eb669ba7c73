#include "ui/connect/ConnectionDialog.h"

#include "ui/connect/BackgroundTask.h"
#include "ui/connect/ConnectionForm.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

constexpr char kHiddenPassword[] = "***";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

}  // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Connection"));
    setObjectName(QStringLiteral("ConnectionDialog"));

    m_form = new ConnectionForm;
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_url->setToolTip(tr("SQLAlchemy URL. Paste one from your .env or alembic.ini; the fields "
                         "below follow it, and it follows them. The password is shown as ***."));
    m_url->setClearButtonEnabled(true);
    m_urlError = new QLabel;
    m_urlError->setObjectName(QStringLiteral("urlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_urlError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_urlError->setPalette(errorPalette);
    m_urlError->hide();
    auto *urlBox = new QVBoxLayout;
    urlBox->setSpacing(2);
    urlBox->addWidget(m_url);
    urlBox->addWidget(m_urlError);
    auto *urlLabel = new QLabel(tr("U&RL:"));
    urlLabel->setBuddy(m_url);
    m_form->headerLayout()->insertRow(1, urlLabel, urlBox);

    m_sourcesTitle = new QLabel;
    m_sourcesTitle->setObjectName(QStringLiteral("sourcesTitle"));
    m_sourcesTitle->setWordWrap(true);
    m_sources = new QLabel;
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourcesTitle->hide();
    m_sources->hide();

    m_resultIcon = new QLabel;
    m_resultIcon->setFixedSize(16, 16);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(48, 12);
    m_busy->hide();
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 2);
    m_result->setForegroundRole(QPalette::PlaceholderText);
    m_result->setText(tr("Test checks the connection: server version, round trip and TLS."));
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    resultRow->addWidget(m_result, 1);

    m_projectButton = new QPushButton(tr("Open &Project Folder…"));
    m_projectButton->setObjectName(QStringLiteral("openProject"));
    m_projectButton->setToolTip(tr("Find alembic.ini and .env in a project and propose its "
                                   "connection"));
    m_testButton = new QPushButton(tr("&Test"));
    m_testButton->setObjectName(QStringLiteral("test"));
    m_testButton->setAutoDefault(false);
    m_projectButton->setAutoDefault(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_projectButton);
    buttonRow->addWidget(m_testButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_sourcesTitle);
    layout->addWidget(m_sources);
    layout->addLayout(resultRow);
    layout->addLayout(buttonRow);

    connect(m_url, &QLineEdit::textEdited, this, &ConnectionDialog::urlEdited);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectionDialog::urlEditingFinished);
    connect(m_form, &ConnectionForm::urlFieldsEdited, this, &ConnectionDialog::refreshUrl);
    connect(m_form, &ConnectionForm::edited, this, &ConnectionDialog::updateButtons);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(m_projectButton, &QPushButton::clicked, this, &ConnectionDialog::chooseProjectFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::showTestResult);

    refreshUrl();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(660, 0)));
}

ConnectionDialog::~ConnectionDialog()
{
    // ~QDialog hides the window, which takes the focus from the URL field and
    // would call urlEditingFinished() on a half-destroyed dialog.
    disconnect(m_url, nullptr, this, nullptr);
}

ConnectionProfile ConnectionDialog::profile() const
{
    return m_form->profile();
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_form->setProfile(profile);
    refreshUrl();
    updateButtons();
}

std::optional<QString> ConnectionDialog::password() const
{
    return m_form->password();
}

void ConnectionDialog::setPassword(const std::optional<QString> &password)
{
    m_form->setPassword(password);
    refreshUrl();
}

void ConnectionDialog::setPasswordNote(const QString &note)
{
    m_form->setPasswordNote(note);
}

QString ConnectionDialog::urlText() const
{
    return m_url->text();
}

QString ConnectionDialog::urlError() const
{
    return m_urlError->isHidden() ? QString() : m_urlError->text();
}

QString ConnectionDialog::testResultText() const
{
    if (m_tester->isRunning())
        return tr("Testing…");
    return m_lastResult ? m_lastResult->summary() : QString();
}

QString ConnectionDialog::sourcesText() const
{
    if (m_sources->isHidden())
        return {};
    return m_sourcesTitle->text() + QLatin1Char('\n') + m_sourcesPlain.join(QLatin1Char('\n'));
}

bool ConnectionDialog::isTesting() const
{
    return m_tester->isRunning();
}

void ConnectionDialog::test()
{
    m_lastResult.reset();
    m_tester->start(m_form->profile(), m_form->password());
    m_resultIcon->hide();
    m_busy->show();
    m_result->setForegroundRole(QPalette::WindowText);
    m_result->setText(escaped(tr("Connecting to %1…").arg(m_form->profile().summary())));
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result)
{
    m_lastResult = result;
    m_busy->hide();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(result.ok ? QStyle::SP_DialogApplyButton
                                                       : QStyle::SP_MessageBoxCritical);
    m_resultIcon->setPixmap(icon.pixmap(size, size));
    m_resultIcon->setFixedSize(size, size);
    m_resultIcon->show();
    if (result.ok) {
        m_result->setText(escaped(result.summary()));
    } else {
        QString html;
        if (!result.title.isEmpty())
            html += QLatin1String("<b>") + escaped(result.title) + QLatin1String("</b>: ");
        html += escaped(result.message);
        if (!result.hint.isEmpty())
            html += QLatin1String("<br>") + escaped(result.hint);
        m_result->setText(html);
    }
    Q_EMIT testFinished(result);
}

void ConnectionDialog::chooseProjectFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"),
                                                             m_form->profile().projectFolder);
    if (!folder.isEmpty())
        openProjectFolder(folder);
}

void ConnectionDialog::openProjectFolder(const QString &folder)
{
    const quint64 generation = ++m_projectGeneration;
    m_sourcesTitle->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
    m_sourcesTitle->show();
    m_sources->hide();
    const ConnectionProfile base = m_form->profile();
    runInBackground(
        this, [folder, base] { return ProposedConnection::discover(folder, base); },
        [this, generation](const ProposedConnection &proposal) {
            if (generation == m_projectGeneration)
                applyProposal(proposal);
        });
}

void ConnectionDialog::applyProposal(const ProposedConnection &proposal)
{
    m_form->setProfile(proposal.profile);
    if (proposal.hasUrl)
        m_form->setPassword(proposal.password);
    refreshUrl();
    updateButtons();

    const QString folder = QDir::toNativeSeparators(proposal.folder);
    m_sourcesTitle->setText(proposal.hasUrl
                                ? tr("Proposed from %1. Sources:").arg(folder)
                                : tr("No connection URL found in %1. Sources:").arg(folder));
    QStringList lines;
    m_sourcesPlain.clear();
    for (const ValueSource &s : proposal.sources) {
        m_sourcesPlain << QStringLiteral("• %1 — %2").arg(s.what, s.display);
        lines << m_sourcesPlain.last().toHtmlEscaped();
    }
    for (const QString &p : proposal.problems) {
        m_sourcesPlain << QStringLiteral("• ") + p;
        lines << QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                     .arg(m_sourcesPlain.last().toHtmlEscaped());
    }
    for (const QString &n : proposal.notes) {
        m_sourcesPlain << QStringLiteral("• ") + n;
        lines << QStringLiteral("<i>%1</i>").arg(m_sourcesPlain.last().toHtmlEscaped());
    }
    if (lines.isEmpty()) {
        m_sourcesPlain << tr("• nothing: no alembic.ini or .env was found");
        lines << m_sourcesPlain.last().toHtmlEscaped();
    }
    m_sources->setText(lines.join(QLatin1String("<br>")));
    m_sources->show();
    Q_EMIT projectOpened(proposal.folder);
}

void ConnectionDialog::urlEdited(const QString &text)
{
    if (m_syncing)
        return;
    if (text.trimmed().isEmpty()) {
        m_urlError->hide();
        return;
    }
    const Result<config::Url> parsed = config::Url::parse(text);
    if (!parsed) {
        const Error &e = parsed.error();
        m_urlError->setText(e.column > 0 ? tr("Column %1: %2").arg(e.column).arg(e.message)
                                         : e.message);
        m_urlError->show();
        updateButtons();
        return;
    }
    m_urlError->hide();
    m_syncing = true;
    std::optional<QString> password;
    const ConnectionProfile p =
        ConnectionProfile::fromUrl(parsed.value(), m_form->profile(), &password);
    m_form->setProfile(p);
    // "***" is the hidden password this dialog wrote itself: keep the real one.
    if (password != QString::fromLatin1(kHiddenPassword))
        m_form->setPassword(password);
    m_syncing = false;
    updateButtons();
}

void ConnectionDialog::urlEditingFinished()
{
    // Once the user is done typing, show the URL as the fields see it, which
    // hides a pasted password.
    if (m_urlError->isHidden() && !m_url->text().trimmed().isEmpty())
        refreshUrl();
}

void ConnectionDialog::refreshUrl()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const ConnectionProfile profile = m_form->profile();
    const config::Url url = profile.toUrl(m_form->password());
    const QString text = url.toString(true);
    // A blank server connection has no URL worth showing; leave room to paste one.
    const bool blank = profile.backend != config::Backend::SQLite &&
                       text == url.drivername() + QLatin1String("://");
    m_url->setText(blank ? QString() : text);
    if (!m_url->hasFocus())
        m_url->setCursorPosition(0);  // the scheme and host matter more than the query
    m_urlError->hide();
    m_syncing = false;
    updateButtons();
}

void ConnectionDialog::updateButtons()
{
    const ConnectionProfile p = m_form->profile();
    const bool urlOk = m_urlError->isHidden();
    const bool hasTarget = p.backend != config::Backend::SQLite || !p.database.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(urlOk && hasTarget);
    m_testButton->setEnabled(urlOk && hasTarget);
}

void ConnectionDialog::done(int result)
{
    // Late results must not arrive after the dialog is gone (they would be
    // dropped anyway; this also forgets the test in progress).
    m_tester->cancel();
    ++m_projectGeneration;
    m_busy->hide();
    QDialog::done(result);
}

}  // namespace stratum::ui
