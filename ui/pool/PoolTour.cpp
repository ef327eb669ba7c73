#include "ui/pool/PoolTour.h"

#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "ui/pool/LoadGeneratorPanel.h"
#include "ui/pool/PoolMonitor.h"
#include "ui/pool/PoolServerView.h"

#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>

namespace stratum::ui {

bool PoolTour::run(const SaveFn &save, const WaitFn &waitFor, int *index, QString *error)
{
    QString urlText = qEnvironmentVariable("STRATUM_TOUR_PG_URL");
    if (urlText.isEmpty())
        urlText = qEnvironmentVariable("STRATUM_TEST_PG_URL");
    QTemporaryDir scratch;
    bool pg = !urlText.isEmpty();
    if (!pg)
        urlText = QStringLiteral("sqlite:///") + scratch.filePath(QStringLiteral("pool-tour.db"));
    const Result<config::Url> url = config::Url::parse(urlText);
    if (!url) {
        *error = url.error().message;
        return false;
    }
    Result<std::unique_ptr<engine::Engine>> made = engine::Engine::create(url.value());
    if (!made) {
        *error = made.error().message;
        return false;
    }
    std::shared_ptr<engine::Engine> engine(std::move(made).value());

    PoolMonitor monitor;
    monitor.resize(1400, 980);
    monitor.show();
    monitor.setEngine(engine, pg ? tr("PostgreSQL") : tr("SQLite scratch"));
    LoadGeneratorPanel *load = monitor.loadGenerator();
    load->applyPreset(LoadGeneratorPanel::Preset::TenConnectionsElevenRequests);
    if (pg) {
        monitor.serverView()->setInterval(1);
        monitor.serverView()->setEnabled(true);
    }
    load->start();
    // Let the charts fill a good part of the window and catch a waiter.
    waitFor([] { return false; }, 9000);
    waitFor([&] { return monitor.model().latest().waiters > 0; }, 3000);
    monitor.tick();
    bool ok =
        save(&monitor, QStringLiteral("%1-pool-monitor").arg((*index)++, 2, 10, QLatin1Char('0')));
    if (ok && pg) {
        monitor.tabs()->setCurrentWidget(monitor.serverView());
        // Room for every pooled backend's row: the tabs take from the lanes.
        if (auto *split = monitor.findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly))
            split->setSizes({290, 170, 400});
        waitFor([&] { return monitor.serverView()->pollCount() >= 2; }, 5000);
        ok =
            save(&monitor,
                 QStringLiteral("%1-pool-monitor-server").arg((*index)++, 2, 10, QLatin1Char('0')));
    }
    load->stop();
    monitor.serverView()->setEnabled(false);
    waitFor([&] { return !load->isRunning(); }, 30000);
    if (!ok)
        *error = tr("could not save the pool monitor shots");
    return ok;
}

}  // namespace stratum::ui
