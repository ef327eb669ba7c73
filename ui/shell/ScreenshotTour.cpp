#include "ui/shell/ScreenshotTour.h"

#include "ui/shell/AboutDialog.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QTimer>

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
