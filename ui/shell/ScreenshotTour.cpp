#include "ui/shell/ScreenshotTour.h"

#include "ui/common/Appearance.h"
#include "ui/common/ThemedIcon.h"
#include "ui/connect/ConnectionDialog.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/ResultView.h"
#include "ui/console/RowEditTour.h"
#include "ui/console/SqlEditor.h"
#include "ui/migrations/MigrationTour.h"
#include "ui/migrations/MigrationView.h"
#include "ui/model/ModelEditorWidget.h"
#include "ui/model/ModelTour.h"
#include "ui/pool/PoolTour.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/ConsoleDocument.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MigrationTreeFiller.h"
#include "ui/shell/SchemaTreeFiller.h"
#include "ui/shell/Workbench.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTableView>

#include <QTabWidget>
#include <QTimer>
#include <vector>

#include <QTreeView>
#include <algorithm>

namespace stratum::ui {

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns about every window-manager call it ignores
// (raise, keyboard grabs for menus); those say nothing about the tour.
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.startsWith(QLatin1String("This plugin does not support"))) {
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, text);
    }
}

}  // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QString outputDir)
    : m_window(window)
    , m_dir(std::move(outputDir))
{}

void ScreenshotTour::settle()
{
    // Layouts, deferred deletes and queued triggers need a few event loop turns.
    for (int i = 0; i < 3; ++i) {
        QEventLoop loop;
        QTimer::singleShot(30, &loop, &QEventLoop::quit);
        loop.exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

bool ScreenshotTour::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

namespace {

// The demo's "books" table item, once the schema tree has it.
QModelIndex findTable(WorkspaceTree *tree, const QString &name)
{
    QStandardItemModel *model = tree->model();
    const QModelIndexList hits = model->match(model->index(0, 0), WorkspaceTree::KeyRole, name, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

}  // namespace

bool ScreenshotTour::prepareDemo()
{
    auto *bench = m_window.findChild<Workbench *>();
    if (!bench) {
        return true;  // a bare shell: the tour shows its empty states
    }
    bool schemaDone = false;
    bool migrationsDone = false;
    QString failure;
    QObject guard;
    QObject::connect(&bench->schemaTree(), &SchemaTreeFiller::loaded, &guard,
                     [&] { schemaDone = true; });
    QObject::connect(&bench->schemaTree(), &SchemaTreeFiller::failed, &guard,
                     [&](const QString &, const QString &m) { failure = m; });
    QObject::connect(&bench->migrationTree(), &MigrationTreeFiller::loaded, &guard,
                     [&] { migrationsDone = true; });
    QObject::connect(&bench->migrationTree(), &MigrationTreeFiller::failed, &guard,
                     [&](const QString &, const QString &m) { failure = m; });
    QObject::connect(bench, &Workbench::demoFailed, &guard, [&](const QString &m) { failure = m; });
    bench->openDemo();
    if (!waitFor([&] { return (schemaDone && migrationsDone) || !failure.isEmpty(); }, 120000) ||
        !failure.isEmpty()) {
        m_error = failure.isEmpty() ? tr("the demo workspace did not open within 2 minutes")
                                    : tr("the demo workspace did not open: %1").arg(failure);
        return false;
    }

    ConsoleDocument *doc = bench->consoles().newConsole();
    if (!doc) {
        m_error = tr("no console could be opened on the demo");
        return false;
    }
    ConsoleWidget *console = doc->console();
    bool finished = false;
    QObject::connect(console, &ConsoleWidget::runFinished, &guard, [&] { finished = true; });
    console->editor()->setText(
        QStringLiteral("-- Best-selling authors in the demo bookstore\n"
                       "SELECT a.name AS author, a.country, count(b.id) AS books,\n"
                       "       round(avg(b.price), 2) AS avg_price\n"
                       "FROM authors AS a\n"
                       "JOIN books AS b ON b.author_id = a.id\n"
                       "GROUP BY a.id\n"
                       "ORDER BY books DESC, author\n"
                       "LIMIT 25;\n"));
    console->runScript();
    if (!waitFor([&] { return finished; }, 60000) || console->resultCount() == 0) {
        m_error = tr("the demo query did not return a result");
        return false;
    }

    // Select a table so that Properties has something to show.
    WorkspaceTree *tree = m_window.workspace();
    const QModelIndex books = findTable(tree, QStringLiteral("books"));
    if (books.isValid()) {
        tree->view()->setCurrentIndex(books);
        tree->view()->scrollTo(books);
    }
    return true;
}

bool ScreenshotTour::saveConnectionDialog(const QString &name)
{
    ConnectionDialog dialog(&m_window);
    ConnectionProfile sample;
    sample.name = tr("Orders (staging)");
    sample.backend = config::Backend::PostgreSQL;
    sample.host = QStringLiteral("db.staging.example.com");
    sample.port = 5432;
    sample.database = QStringLiteral("orders");
    sample.user = QStringLiteral("app_reader");
    sample.sslMode = QStringLiteral("require");
    sample.connectTimeoutSeconds = 10;
    sample.applicationName = QStringLiteral("stratum");
    sample.environment = EnvironmentTag::Staging;
    dialog.setProfile(sample);
    dialog.show();
    dialog.adjustSize();
    // Wide enough for the whole URL, which is what the dialog is about.
    dialog.resize(std::max(dialog.width(), 720), dialog.height());
    const bool ok = save(&dialog, name);
    dialog.close();
    return ok;
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    const QPixmap shot = widget->grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        m_error = tr("Could not write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_written << path;
    return true;
}

QStringList ScreenshotTour::run()
{
    previousHandler = qInstallMessageHandler(quietOffscreenNoise);
    const QStringList written = runShots();
    qInstallMessageHandler(previousHandler);
    return written;
}

QStringList ScreenshotTour::runShots()
{
    if (!QDir().mkpath(m_dir)) {
        m_error = tr("Could not create the folder %1").arg(QDir::toNativeSeparators(m_dir));
        return {};
    }
    m_window.resize(1280, 800);
    m_window.show();
    if (!prepareDemo()) {
        return {};
    }
    if (!save(&m_window, QStringLiteral("01-main-window"))) {
        return {};
    }

    CommandPalette *palette = m_window.commandPalette();
    palette->open();
    if (!save(&m_window, QStringLiteral("02-command-palette"))) {
        return {};
    }
    palette->input()->setText(QStringLiteral("run"));
    if (!save(&m_window, QStringLiteral("03-command-palette-filtered"))) {
        return {};
    }
    palette->dismiss();

    m_window.showAbout();
    if (AboutDialog *about = m_window.aboutDialog()) {
        about->adjustSize();
        if (!save(about, QStringLiteral("04-about"))) {
            return {};
        }
        about->close();
    }

    int index = 5;
    for (QDockWidget *dock : m_window.docks()) {
        dock->show();
        dock->raise();
        const QString name = QStringLiteral("%1-panel-%2")
                                 .arg(index++, 2, 10, QLatin1Char('0'))
                                 .arg(dock->objectName().remove(QStringLiteral("Dock")));
        if (!save(dock, name)) {
            return {};
        }
    }

    if (!saveConnectionDialog(
            QStringLiteral("%1-connection-dialog").arg(index++, 2, 10, QLatin1Char('0')))) {
        return {};
    }

    for (const QString &id : {QStringLiteral("file"), QStringLiteral("query")}) {
        QMenu *menu = m_window.menu(id);
        menu->popup(m_window.mapToGlobal(QPoint(8, 8)));
        const QString name =
            QStringLiteral("%1-menu-%2").arg(index++, 2, 10, QLatin1Char('0')).arg(id);
        const bool ok = save(menu, name);
        menu->hide();
        if (!ok) {
            return {};
        }
    }

    // The migration history viewer on the demo: graph, review tabs, drift, confirmation.
    if (auto *bench = m_window.findChild<Workbench *>()) {
        QTabWidget *tabs = m_window.documents()->tabs();
        const int previousTab = tabs->currentIndex();
        MigrationView *view = bench->openMigrationHistory();
        if (!view || !waitFor([view] { return view->history() != nullptr; }, 120000)) {
            m_error = tr("the migration history did not open");
            return {};
        }
        QString error;
        if (!MigrationTour::run(
                view, &m_window, [this](QWidget *w, const QString &n) { return save(w, n); },
                &ScreenshotTour::waitFor, &index, &error)) {
            m_error = error.isEmpty() ? m_error : error;
            return {};
        }
        tabs->setCurrentIndex(previousTab);
    }

    // The model editor: Chinook and Pagila diagrams, the table editor, the review.
    // The docks step aside so that the diagram and the editor get the window.
    {
        QTabWidget *tabs = m_window.documents()->tabs();
        const int previousTab = tabs->currentIndex();
        QList<QDockWidget *> hidden;
        for (QDockWidget *dock : m_window.docks()) {
            if (dock->isVisible()) {
                dock->hide();
                hidden << dock;
            }
        }
        QString error;
        const auto show = [this, tabs](ModelEditorWidget *editor) {
            if (tabs->indexOf(editor) < 0)
                m_window.documents()->addDocument(editor, ThemedIcon::icon(QStringLiteral("model")),
                                                  editor->title());
            tabs->setCurrentWidget(editor);
            settle();
        };
        if (!ModelTour::run(
                &m_window, show, [this](QWidget *w, const QString &n) { return save(w, n); },
                &ScreenshotTour::waitFor, &index, &error)) {
            m_error = error.isEmpty() ? m_error : error;
            return {};
        }
        for (QDockWidget *dock : hidden)
            dock->show();
        settle();
        tabs->setCurrentIndex(previousTab);
    }

    // The pool monitor under the "10 connections, 11 requests" preset.
    {
        QString error;
        if (!PoolTour::run([this](QWidget *w, const QString &n) { return save(w, n); },
                           &ScreenshotTour::waitFor, &index, &error)) {
            m_error = error.isEmpty() ? m_error : error;
            return {};
        }
    }

    // Row editing: the demo's books table opened from the workspace tree, with
    // pending edits and the Review panel, in both palettes.
    if (auto *bench = m_window.findChild<Workbench *>()) {
        QTabWidget *tabs = m_window.documents()->tabs();
        const int previousTab = tabs->currentIndex();
        // The grid and the Review panel need the room of the bottom panel.
        std::vector<QDockWidget *> hidden;
        for (const QString &name : {QStringLiteral("poolDock"), QStringLiteral("messagesDock")}) {
            QDockWidget *dock = m_window.dock(name);
            if (dock && dock->isVisible()) {
                dock->hide();
                hidden.push_back(dock);
            }
        }
        const QModelIndex books = findTable(m_window.workspace(), QStringLiteral("books"));
        ConsoleDocument *doc =
            books.isValid() ? bench->consoles().openTable(ConnectionController::connectionOf(books),
                                                          QString(), QStringLiteral("books"))
                            : nullptr;
        bool ready = false;
        if (doc) {
            QObject guard;
            QObject::connect(doc->console(), &ConsoleWidget::editingReady, &guard,
                             [&] { ready = true; });
            waitFor([&] { return ready; }, 60000);
        }
        if (!ready || !RowEditTour::stage(doc->console())) {
            m_error = tr("the books table could not be edited for the tour");
            return {};
        }
        settle();
        doc->console()->resultView(0)->table()->scrollToBottom();
        if (!save(&m_window, QStringLiteral("%1-row-edit-review").arg(index++))) {
            return {};
        }
        const QPalette light = QApplication::palette();
        QApplication::setPalette(Appearance::darkPalette());
        const bool ok = save(&m_window, QStringLiteral("%1-row-edit-review-dark").arg(index++));
        QApplication::setPalette(light);
        if (!ok) {
            return {};
        }
        doc->console()->revertEdits(false);
        tabs->setCurrentIndex(previousTab);
        for (QDockWidget *dock : hidden) {
            dock->show();
        }
    }

    // The same window in a dark palette, as a dark desktop would give it.
    const QPalette previous = QApplication::palette();
    QApplication::setPalette(Appearance::darkPalette());
    m_window.dock(QStringLiteral("messagesDock"))->raise();
    const bool dark = save(&m_window, QStringLiteral("%1-main-window-dark").arg(index++));
    QApplication::setPalette(previous);
    if (!dark) {
        return {};
    }
    settle();
    return m_written;
}

}  // namespace stratum::ui
