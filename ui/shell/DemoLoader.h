#pragma once

#include "core/migrate/demo/DemoWorkspace.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace stratum::ui {

// Creates or verifies the demo workspace (migrate::DemoWorkspace::ensure) on a
// worker thread and reports progress and the outcome on the GUI thread. The
// window is never blocked: start() returns at once. Destroying the loader
// cancels a run in progress, and its result is then dropped. GUI thread only.
class DemoLoader : public QObject
{
    Q_OBJECT

public:
    explicit DemoLoader(QObject *parent = nullptr);
    ~DemoLoader() override;

    // <user data folder>/demo, e.g. ~/.local/share/Stratum/Stratum/demo.
    static QString defaultFolder();

    // Starts ensuring the workspace in folder; ignored while a run is going.
    void start(const QString &folder = defaultFolder());
    void cancel();
    bool isRunning() const { return m_running; }
    QString folder() const { return m_folder; }

signals:
    void progress(int step, int steps, const QString &what);
    void ready(const stratum::migrate::DemoWorkspaceInfo &info);
    void failed(const QString &message);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_folder;
    bool m_running = false;
};

}  // namespace stratum::ui
