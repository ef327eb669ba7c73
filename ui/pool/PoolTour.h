#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace stratum::ui {

// The pool monitor's part of the screenshot tour: a monitor on its own engine
// (PostgreSQL when STRATUM_TOUR_PG_URL or STRATUM_TEST_PG_URL is set, with the
// server view on; otherwise a scratch SQLite file) running the "10
// connections, 11 requests" preset, shot with the load generator and with the
// server view in front. GUI thread only; drives the event loop.
class PoolTour
{
    Q_DECLARE_TR_FUNCTIONS(stratum::ui::PoolTour)

public:
    using SaveFn = std::function<bool(QWidget *widget, const QString &name)>;
    using WaitFn = std::function<bool(const std::function<bool()> &done, int timeoutMs)>;

    // Writes the shots as "<index>-pool-monitor..." and advances *index.
    static bool run(const SaveFn &save, const WaitFn &waitFor, int *index, QString *error);
};

}  // namespace stratum::ui
