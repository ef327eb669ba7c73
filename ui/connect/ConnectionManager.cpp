#include "ui/connect/ConnectionManager.h"

#include "ui/common/ThemedIcon.h"
#include "ui/connect/ConnectionDialog.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/connect/PasswordVault.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kFolderRole = Qt::UserRole + 1;

QIcon connectionIcon(const ConnectionProfile &p, const QPalette &palette)
{
    const QColor color = p.effectiveColor();
    if (!color.isValid())
        return ThemedIcon::icon(QStringLiteral("database"));
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pm);
}

QString tooltipFor(const ConnectionProfile &p)
{
    QString tip = p.displayName() + QLatin1Char('\n') + ConnectionProfile::backendLabel(p.backend) +
                  QLatin1String(": ") + p.summary();
    if (p.environment != EnvironmentTag::None)
        tip += QLatin1Char('\n') + ConnectionManager::tr("Environment: %1")
                                       .arg(ConnectionProfile::environmentName(p.environment));
    if (p.readOnly)
        tip += QLatin1Char('\n') + ConnectionManager::tr("Read-only");
    return tip;
}

}  // namespace

ConnectionManager::ConnectionManager(ConnectionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("ConnectionManager"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("connections"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setUniformRowHeights(true);

    auto action = [this](const QString &icon, const QString &text, auto slot) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : ThemedIcon::icon(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_connect =
        action(QStringLiteral("run"), tr("&Connect"), [this] { requestConnect(currentId()); });
    m_new = action(QStringLiteral("connection-new"), tr("&New Connection…"),
                   [this] { newConnection(); });
    m_edit =
        action(QStringLiteral("properties"), tr("&Edit…"), [this] { editConnection(currentId()); });
    m_duplicate =
        action(QStringLiteral("copy"), tr("D&uplicate"), &ConnectionManager::duplicateCurrent);
    m_rename = action(QString(), tr("&Rename"), &ConnectionManager::renameCurrent);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = action(QStringLiteral("close"), tr("&Delete…"), &ConnectionManager::deleteCurrent);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newFolder =
        action(QStringLiteral("folder-open"), tr("New &Folder…"), &ConnectionManager::newFolder);
    m_import = action(QString(), tr("&Import…"), &ConnectionManager::importConnections);
    m_export = action(QString(), tr("E&xport…"), &ConnectionManager::exportConnections);
    addActions({m_rename, m_delete});

    auto *toolbar = new QToolBar;
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_new);
    toolbar->addAction(m_newFolder);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_duplicate);
    toolbar->addAction(m_delete);
    auto *more = new QToolButton;
    more->setText(tr("More"));
    more->setToolTip(tr("Import and export"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(m_import);
    moreMenu->addAction(m_export);
    more->setMenu(moreMenu);
    toolbar->addWidget(more);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::customContextMenuRequested, this,
            &ConnectionManager::showContextMenu);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ConnectionManager::itemRenamed);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConnectionManager::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kIdRole).toString().isEmpty())
            requestConnect(item->data(0, kIdRole).toString());
    });
    connect(m_store, &ConnectionStore::changed, this, &ConnectionManager::rebuild);
    connect(m_store, &ConnectionStore::passwordStored, this, [this](const QString &, bool ok) {
        if (!ok)
            Q_EMIT message(m_store->vault()->statusText());
    });
    rebuild();
}

QString ConnectionManager::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QString ConnectionManager::currentFolder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (!item->data(0, kIdRole).toString().isEmpty())
        return item->parent() ? item->parent()->data(0, kFolderRole).toString() : QString();
    return item->data(0, kFolderRole).toString();
}

void ConnectionManager::selectConnection(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QTreeWidgetItem *ConnectionManager::folderItem(const QString &folder)
{
    if (folder.isEmpty())
        return m_tree->invisibleRootItem();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString().isEmpty() &&
            (*it)->data(0, kFolderRole).toString() == folder)
            return *it;
    }
    const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'));
    QTreeWidgetItem *parent = folderItem(slash < 0 ? QString() : folder.left(slash));
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, folder.mid(slash + 1));
    item->setIcon(0, ThemedIcon::icon(QStringLiteral("folder-open")));
    item->setData(0, kFolderRole, folder);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setExpanded(true);
    return item;
}

void ConnectionManager::rebuild()
{
    m_rebuilding = true;
    const QString selectedId = currentId();
    const QString selectedFolder = currentFolder();
    m_tree->clear();
    for (const QString &folder : m_store->folders())
        folderItem(folder);
    for (const ConnectionProfile &p : m_store->connections()) {
        auto *item = new QTreeWidgetItem(folderItem(p.folder));
        item->setText(0, p.displayName());
        item->setIcon(0, connectionIcon(p, palette()));
        item->setToolTip(0, tooltipFor(p));
        item->setData(0, kIdRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (p.isProduction()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    m_tree->expandAll();
    m_rebuilding = false;
    if (!selectedId.isEmpty())
        selectConnection(selectedId);
    else if (QTreeWidgetItem *f = selectedFolder.isEmpty() ? nullptr : folderItem(selectedFolder))
        m_tree->setCurrentItem(f);
    updateActions();
}

void ConnectionManager::updateActions()
{
    const bool connection = !currentId().isEmpty();
    const bool folder = !connection && m_tree->currentItem();
    m_connect->setEnabled(connection);
    m_edit->setEnabled(connection);
    m_duplicate->setEnabled(connection);
    m_rename->setEnabled(connection || folder);
    m_delete->setEnabled(connection || folder);
    m_export->setEnabled(m_tree->topLevelItemCount() > 0);
}

void ConnectionManager::showContextMenu(const QPoint &pos)
{
    m_tree->setCurrentItem(m_tree->itemAt(pos));
    updateActions();
    QMenu menu(this);
    if (!currentId().isEmpty()) {
        menu.addAction(m_connect);
        menu.setDefaultAction(m_connect);
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
    }
    if (m_tree->currentItem()) {
        menu.addAction(m_rename);
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_new);
    menu.addAction(m_newFolder);
    menu.addSeparator();
    menu.addAction(m_import);
    menu.addAction(m_export);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void ConnectionManager::itemRenamed(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding || column != 0)
        return;
    const QString id = item->data(0, kIdRole).toString();
    const QString text = item->text(0).trimmed();
    if (!id.isEmpty()) {
        if (!m_store->rename(id, text))
            rebuild();
        return;
    }
    const QString from = item->data(0, kFolderRole).toString();
    const qsizetype slash = from.lastIndexOf(QLatin1Char('/'));
    const QString to =
        (slash < 0 ? QString() : from.left(slash + 1)) + QString(text).remove(QLatin1Char('/'));
    if (!m_store->renameFolder(from, to))
        rebuild();
}

ConnectionDialog *ConnectionManager::openDialog(const ConnectionProfile &profile,
                                                const std::optional<QString> &password)
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile);
    dialog->setPassword(password);
    dialog->setPasswordNote(m_store->vault()->statusText());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile saved = saveConnection(dialog->profile(), dialog->password());
        selectConnection(saved.id);
    });
    dialog->open();
    return dialog;
}

ConnectionDialog *ConnectionManager::newConnection()
{
    ConnectionProfile p;
    p.folder = currentFolder();
    ConnectionDialog *dialog = openDialog(p, std::nullopt);
    dialog->setWindowTitle(tr("New Connection"));
    return dialog;
}

ConnectionDialog *ConnectionManager::editConnection(const QString &id)
{
    const std::optional<ConnectionProfile> p = m_store->connection(id);
    if (!p)
        return nullptr;
    ConnectionDialog *dialog = openDialog(*p, std::nullopt);
    dialog->setWindowTitle(tr("Edit Connection – %1").arg(p->displayName()));
    // The keychain answers asynchronously; fill the field unless the user typed first.
    const QPointer<ConnectionDialog> guard(dialog);
    m_store->fetchPassword(id, dialog, [this, guard](const std::optional<QString> &password) {
        if (!guard)
            return;
        guard->setPasswordNote(m_store->vault()->statusText());
        if (password && !guard->password())
            guard->setPassword(password);
    });
    return dialog;
}

ConnectionProfile ConnectionManager::saveConnection(const ConnectionProfile &profile,
                                                    const std::optional<QString> &password)
{
    const ConnectionProfile saved = m_store->save(profile);
    if (password && saved.backend != config::Backend::SQLite)
        m_store->storePassword(saved.id, *password);
    return saved;
}

void ConnectionManager::requestConnect(const QString &id)
{
    const std::optional<ConnectionProfile> p = m_store->connection(id);
    if (!p)
        return;
    if (p->backend == config::Backend::SQLite) {
        Q_EMIT connectRequested(*p, std::nullopt);
        return;
    }
    const ConnectionProfile profile = *p;
    m_store->fetchPassword(id, this, [this, profile](const std::optional<QString> &password) {
        if (password) {
            Q_EMIT connectRequested(profile, password);
        } else if (m_store->vault()->state() == PasswordVault::State::Unavailable) {
            askForPassword(profile, m_store->vault()->statusText());
        } else {
            // No saved password: libpq may still find one (~/.pgpass, PGPASSWORD).
            Q_EMIT connectRequested(profile, std::nullopt);
        }
    });
}

void ConnectionManager::askForPassword(const ConnectionProfile &profile, const QString &reason)
{
    if (m_prompt)
        m_prompt->close();
    auto *prompt = new QInputDialog(this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setObjectName(QStringLiteral("passwordPrompt"));
    prompt->setWindowTitle(tr("Password for %1").arg(profile.displayName()));
    prompt->setLabelText(
        tr("%1\n\nPassword for %2 (leave empty to use ~/.pgpass):").arg(reason, profile.summary()));
    prompt->setTextEchoMode(QLineEdit::Password);
    connect(prompt, &QInputDialog::textValueSelected, this, [this, profile](const QString &text) {
        Q_EMIT connectRequested(profile,
                                text.isEmpty() ? std::nullopt : std::optional<QString>(text));
    });
    m_prompt = prompt;
    prompt->open();
}

void ConnectionManager::duplicateCurrent()
{
    if (const std::optional<ConnectionProfile> copy = m_store->duplicate(currentId()))
        selectConnection(copy->id);
}

void ConnectionManager::renameCurrent()
{
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->editItem(item, 0);
}

void ConnectionManager::deleteCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    const QString folder = item->data(0, kFolderRole).toString();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete"),
        id.isEmpty() ? tr("Delete the folder “%1” and every connection in it?").arg(item->text(0))
                     : tr("Delete the connection “%1” and its saved "
                          "password?")
                           .arg(item->text(0)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id, folder](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (!id.isEmpty())
            m_store->remove(id);
        else
            m_store->removeFolder(folder);
    });
    box->open();
}

void ConnectionManager::newFolder()
{
    auto *prompt = new QInputDialog(this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("New Folder"));
    prompt->setLabelText(tr("Folder name (use / for subfolders):"));
    const QString parent = currentFolder();
    connect(prompt, &QInputDialog::textValueSelected, this, [this, parent](const QString &name) {
        const QString folder = parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
        m_store->addFolder(folder);
    });
    prompt->open();
}

void ConnectionManager::importConnections()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Connections"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Stratum connections (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QList<ConnectionProfile>> r = m_store->importFromFile(path);
    if (!r)
        Q_EMIT message(r.error().toString());
    else
        Q_EMIT message(tr("Imported %n connection(s). Passwords are not part of the file; enter "
                          "them at the first connect.",
                          nullptr, int(r->size())));
}

void ConnectionManager::exportConnections()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Connections"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/connections.json"),
        tr("Stratum connections (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = m_store->exportToFile(path);
    Q_EMIT message(s ? tr("Exported to %1 (without passwords).").arg(path) : s.error().toString());
}

}  // namespace stratum::ui
