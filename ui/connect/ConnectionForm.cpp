#include "ui/connect/ConnectionForm.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

constexpr int kSslTab = 1;
constexpr int kStandardSslModes = 7;  // default + the six libpq modes

QIcon swatch(const QColor &color, const QPalette &palette)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(palette.color(QPalette::Mid));
    if (color.isValid()) {
        p.setBrush(color);
    } else {
        p.setBrush(Qt::NoBrush);
    }
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    if (!color.isValid())
        p.drawLine(QPointF(3, 13), QPointF(13, 3));
    return QIcon(pm);
}

// A form label for a row whose field is a layout: QFormLayout only sets the
// buddy (and so the mnemonic) itself when the field is a widget.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

}  // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_header = newForm();
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Orders (staging)"));
    m_header->addRow(tr("&Name:"), m_name);

    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("None"), int(EnvironmentTag::None));
    m_environment->addItem(tr("Development"), int(EnvironmentTag::Dev));
    m_environment->addItem(tr("Staging"), int(EnvironmentTag::Staging));
    m_environment->addItem(tr("Production"), int(EnvironmentTag::Prod));
    m_environment->setToolTip(
        tr("Production connections ask for confirmation before statements that change "
           "data or schema, and show their colour on every tab."));
    m_colorButton = new QToolButton;
    m_colorButton->setObjectName(QStringLiteral("color"));
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colorButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *colorMenu = new QMenu(m_colorButton);
    colorMenu->addAction(tr("Choose…"), this, &ConnectionForm::chooseColor);
    colorMenu->addAction(tr("Use the environment's colour"), this, [this] {
        setColor(QColor());
        Q_EMIT edited();
    });
    m_colorButton->setMenu(colorMenu);
    connect(m_colorButton, &QToolButton::clicked, this, &ConnectionForm::chooseColor);
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(tr("none"));
    m_folder->setToolTip(tr("Folder in the saved connections; use / for subfolders."));
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_environment, 1);
    auto *colorLabel = new QLabel(tr("&Colour:"));
    colorLabel->setBuddy(m_colorButton);
    tagRow->addSpacing(12);
    tagRow->addWidget(colorLabel);
    tagRow->addWidget(m_colorButton);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    tagRow->addSpacing(12);
    tagRow->addWidget(folderLabel);
    tagRow->addWidget(m_folder, 1);
    auto *envLabel = new QLabel(tr("&Environment:"));
    envLabel->setBuddy(m_environment);
    m_header->addRow(envLabel, tagRow);
    outer->addLayout(m_header);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(buildConnectionTab(), tr("Connection"));
    m_tabs->addTab(buildSslTab(), tr("SSL"));
    m_tabs->addTab(buildPoolTab(), tr("Pool"));
    outer->addWidget(m_tabs, 1);

    for (QLineEdit *e : {m_name, m_folder})
        connect(e, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            setColor(m_color);  // the swatch shows the environment's colour when unset
            Q_EMIT edited();
        }
    });
    for (QLineEdit *e : {m_host, m_port, m_database, m_user, m_password, m_applicationName,
                         m_sslCert, m_sslKey, m_sslRootCert})
        connect(e, &QLineEdit::textEdited, this, &ConnectionForm::emitUrlEdit);
    for (QComboBox *c : {m_driver, m_sslMode}) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateBackendState();
            emitUrlEdit();
        });
    }
    connect(m_readOnly, &QCheckBox::toggled, this, &ConnectionForm::emitUrlEdit);
    connect(m_connectTimeout, &QSpinBox::valueChanged, this, &ConnectionForm::emitUrlEdit);
    for (QSpinBox *s : {m_poolSize, m_poolOverflow, m_poolTimeout, m_poolRecycle}) {
        connect(s, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    connect(m_prePing, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });

    setProfile(ConnectionProfile());
}

QWidget *ConnectionForm::buildConnectionTab()
{
    auto *page = new QWidget;
    QFormLayout *form = newForm();
    page->setLayout(form);

    m_driver = new QComboBox;
    m_driver->setObjectName(QStringLiteral("driver"));
    m_driver->addItem(QStringLiteral("PostgreSQL"), int(config::Backend::PostgreSQL));
    m_driver->addItem(QStringLiteral("SQLite"), int(config::Backend::SQLite));
    m_driver->addItem(tr("MySQL / MariaDB (not yet available)"), int(config::Backend::MySQL));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_driver->model()))
        model->item(2)->setEnabled(false);
    form->addRow(tr("&Driver:"), m_driver);

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port = new QLineEdit;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 24);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    m_portLabel = new QLabel(tr("&Port:"));
    m_portLabel->setBuddy(m_port);
    hostRow->addSpacing(12);
    hostRow->addWidget(m_portLabel);
    hostRow->addWidget(m_port);
    form->addRow(buddyLabel(tr("&Host:"), m_host), hostRow);

    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("database"));
    m_browseDatabase = new QToolButton;
    m_browseDatabase->setText(tr("Browse…"));
    m_browseDatabase->setToolTip(tr("Choose the SQLite database file"));
    connect(m_browseDatabase, &QToolButton::clicked, this, &ConnectionForm::browseDatabase);
    auto *dbRow = new QHBoxLayout;
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(m_browseDatabase);
    form->addRow(buddyLabel(tr("Data&base:"), m_database), dbRow);

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User:"), m_user);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass or PGPASSWORD when empty"));
    form->addRow(tr("Pass&word:"), m_password);
    m_passwordNote = new QLabel;
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    m_passwordNote->hide();
    form->addRow(QString(), m_passwordNote);

    m_readOnly = new QCheckBox(tr("&Read-only: refuse statements that change data"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_readOnly->setToolTip(tr("PostgreSQL: default_transaction_read_only=on for every "
                              "session. SQLite: PRAGMA query_only=ON."));
    form->addRow(QString(), m_readOnly);

    m_connectTimeout = new QSpinBox;
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeout"));
    m_connectTimeout->setRange(0, 3600);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setSpecialValueText(tr("default"));
    form->addRow(tr("Connect &timeout:"), m_connectTimeout);

    m_applicationName = new QLineEdit;
    m_applicationName->setObjectName(QStringLiteral("applicationName"));
    m_applicationName->setPlaceholderText(QStringLiteral("stratum"));
    form->addRow(tr("&Application name:"), m_applicationName);
    return page;
}

QLineEdit *ConnectionForm::addFilePicker(QFormLayout *form, const QString &label,
                                         const QString &filter, const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    auto *button = new QToolButton;
    button->setText(tr("Browse…"));
    connect(button, &QToolButton::clicked, this, [this, edit, label, filter] {
        const QString file = QFileDialog::getOpenFileName(
            this, label.chopped(1).remove(QLatin1Char('&')), edit->text(), filter);
        if (!file.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(file));
            emitUrlEdit();
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    form->addRow(buddyLabel(label, edit), row);
    return edit;
}

QWidget *ConnectionForm::buildSslTab()
{
    auto *page = new QWidget;
    QFormLayout *form = newForm();
    page->setLayout(form);
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    form->addRow(tr("SSL &mode:"), m_sslMode);
    const QString certs = tr("Certificates (*.crt *.pem *.cer);;All files (*)");
    m_sslCert = addFilePicker(form, tr("Client &certificate:"), certs, "sslCert");
    m_sslKey =
        addFilePicker(form, tr("Client &key:"), tr("Keys (*.key *.pem);;All files (*)"), "sslKey");
    m_sslRootCert = addFilePicker(form, tr("&Root certificate:"), certs, "sslRootCert");
    auto *note = new QLabel(tr("verify-full checks the server's certificate against the root "
                               "certificate and its host name; require only encrypts."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    return page;
}

QWidget *ConnectionForm::buildPoolTab()
{
    auto *page = new QWidget;
    QFormLayout *form = newForm();
    page->setLayout(form);
    auto spin = [](const char *name, int min, int max, const QString &suffix) {
        auto *s = new QSpinBox;
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };
    m_poolSize = spin("poolSize", 0, 1000, QString());
    m_poolSize->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Pool &size:"), m_poolSize);
    m_poolOverflow = spin("poolOverflow", -1, 1000, QString());
    m_poolOverflow->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Max &overflow:"), m_poolOverflow);
    m_poolTimeout = spin("poolTimeout", 0, 3600, tr(" s"));
    form->addRow(tr("Checkout &timeout:"), m_poolTimeout);
    m_poolRecycle = spin("poolRecycle", -1, 86400, tr(" s"));
    m_poolRecycle->setSpecialValueText(tr("never"));
    form->addRow(tr("&Recycle after:"), m_poolRecycle);
    m_prePing = new QCheckBox(tr("&Pre-ping: test each connection before handing it out"));
    m_prePing->setObjectName(QStringLiteral("prePing"));
    form->addRow(QString(), m_prePing);
    auto *note = new QLabel(tr("Defaults are SQLAlchemy's QueuePool: size 5, overflow 10, "
                               "timeout 30 s, no recycling, no pre-ping."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    return page;
}

ConnectionProfile ConnectionForm::profile() const
{
    ConnectionProfile p = m_hidden;
    p.name = m_name->text().trimmed();
    p.folder = m_folder->text().trimmed();
    p.environment = EnvironmentTag(m_environment->currentData().toInt());
    p.color = m_color;
    p.backend = config::Backend(m_driver->currentData().toInt());
    if (p.backend != m_hidden.backend)
        p.driverName.clear();  // "+psycopg2" means nothing for SQLite
    p.host = m_host->text().trimmed();
    bool ok = false;
    const int port = m_port->text().toInt(&ok);
    p.port = ok ? std::optional<int>(port) : std::nullopt;
    p.database = m_database->text().trimmed();
    p.user = m_user->text();
    p.readOnly = m_readOnly->isChecked();
    p.connectTimeoutSeconds = m_connectTimeout->value();
    p.applicationName = m_applicationName->text();
    p.sslMode = m_sslMode->currentData().toString();
    p.sslCert = m_sslCert->text().trimmed();
    p.sslKey = m_sslKey->text().trimmed();
    p.sslRootCert = m_sslRootCert->text().trimmed();
    p.pool.size = m_poolSize->value();
    p.pool.overflow = m_poolOverflow->value();
    p.pool.timeoutSeconds = m_poolTimeout->value();
    p.pool.recycleSeconds = m_poolRecycle->value();
    p.pool.prePing = m_prePing->isChecked();
    return p;
}

void ConnectionForm::setProfile(const ConnectionProfile &p)
{
    m_loading = true;
    m_hidden = p;
    m_name->setText(p.name);
    m_folder->setText(p.folder);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(int(p.environment))));
    m_driver->setCurrentIndex(qMax(0, m_driver->findData(int(p.backend))));
    m_host->setText(p.host);
    m_port->setText(p.port ? QString::number(*p.port) : QString());
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_readOnly->setChecked(p.readOnly);
    m_connectTimeout->setValue(p.connectTimeoutSeconds);
    m_applicationName->setText(p.applicationName);
    // One slot after the standard modes holds a mode libpq may know and we do not.
    while (m_sslMode->count() > kStandardSslModes)
        m_sslMode->removeItem(m_sslMode->count() - 1);
    int ssl = m_sslMode->findData(p.sslMode);
    if (ssl < 0) {
        m_sslMode->addItem(p.sslMode, p.sslMode);  // an unknown mode is kept, libpq will judge it
        ssl = m_sslMode->count() - 1;
    }
    m_sslMode->setCurrentIndex(ssl);
    m_sslCert->setText(p.sslCert);
    m_sslKey->setText(p.sslKey);
    m_sslRootCert->setText(p.sslRootCert);
    m_poolSize->setValue(p.pool.size);
    m_poolOverflow->setValue(p.pool.overflow);
    m_poolTimeout->setValue(p.pool.timeoutSeconds);
    m_poolRecycle->setValue(p.pool.recycleSeconds);
    m_prePing->setChecked(p.pool.prePing);
    setColor(p.color);
    updateBackendState();
    m_loading = false;
}

std::optional<QString> ConnectionForm::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

void ConnectionForm::setPassword(const std::optional<QString> &password)
{
    m_password->setText(password.value_or(QString()));
}

void ConnectionForm::setPasswordNote(const QString &note)
{
    m_passwordNote->setText(note);
    m_passwordNote->setVisible(!note.isEmpty());
}

void ConnectionForm::updateBackendState()
{
    const auto backend = config::Backend(m_driver->currentData().toInt());
    const bool server = backend != config::Backend::SQLite;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_host, m_port, m_portLabel, m_user, m_password, m_connectTimeout, m_applicationName})
        w->setEnabled(server);
    m_browseDatabase->setVisible(!server);
    m_database->setPlaceholderText(server ? tr("defaults to the user name")
                                          : tr("path to the database file, or :memory:"));
    m_tabs->setTabEnabled(kSslTab, server);
}

void ConnectionForm::setColor(const QColor &color)
{
    m_color = color;
    ConnectionProfile p;
    p.color = color;
    p.environment = EnvironmentTag(m_environment->currentData().toInt());
    const QColor shown = p.effectiveColor();
    m_colorButton->setIcon(swatch(shown, palette()));
    m_colorButton->setText(color.isValid() ? color.name() : tr("Automatic"));
}

void ConnectionForm::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(m_color.isValid() ? m_color : Qt::white, this,
                                                 tr("Connection colour"));
    if (!chosen.isValid())
        return;
    setColor(chosen);
    Q_EMIT edited();
}

void ConnectionForm::browseDatabase()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("SQLite database"), m_database->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_database->setText(QDir::toNativeSeparators(file));
    emitUrlEdit();
}

void ConnectionForm::emitUrlEdit()
{
    if (m_loading)
        return;
    Q_EMIT urlFieldsEdited();
    Q_EMIT edited();
}

}  // namespace stratum::ui
