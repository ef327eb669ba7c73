#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace stratum::ui {

class MainWindow;

// Renders each main view and dialog of a window to PNG files with
// QWidget::grab(), for the README and for reviewing the UI without a screen
// (scripts/screenshots.sh). Later features add their own shots here. GUI
// thread only; drives the event loop while it runs.
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(stratum::ui::ScreenshotTour)

public:
    ScreenshotTour(MainWindow &window, QString outputDir);

    // Writes every shot; returns the file names written, or an empty list
    // with error() set.
    QStringList run();
    QString error() const { return m_error; }

private:
    QStringList runShots();
    bool save(QWidget *widget, const QString &name);
    void settle();
    // Runs the event loop until done() or timeoutMs; false on timeout.
    static bool waitFor(const std::function<bool()> &done, int timeoutMs);
    // Opens the demo workspace and a console with a result, when the window
    // has a Workbench; false (with error()) when that fails.
    bool prepareDemo();
    bool saveConnectionDialog(const QString &name);

    MainWindow &m_window;
    QString m_dir;
    QStringList m_written;
    QString m_error;
};

}  // namespace stratum::ui
