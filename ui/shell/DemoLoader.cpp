#include "ui/shell/DemoLoader.h"

#include "ui/common/WorkerTask.h"

#include <QDir>
#include <QStandardPaths>

namespace stratum::ui {

DemoLoader::DemoLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<stratum::migrate::DemoWorkspaceInfo>();
}

DemoLoader::~DemoLoader()
{
    cancel();
}

QString DemoLoader::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo"));
}

void DemoLoader::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void DemoLoader::start(const QString &folder)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_folder = folder;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    runOnWorker(
        this,
        [folder, cancel](const WorkerProgress &report) {
            return migrate::DemoWorkspace::ensure(folder, report, cancel.get());
        },
        [this](Result<migrate::DemoWorkspaceInfo> result) {
            m_running = false;
            if (result) {
                emit ready(result.value());
            } else {
                emit failed(result.error().toString());
            }
        },
        [this](int step, int steps, const QString &what) { emit progress(step, steps, what); });
}

}  // namespace stratum::ui
