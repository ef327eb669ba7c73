#include "ui/shell/PoolPanel.h"

#include "ui/pool/PoolMonitor.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace stratum::ui {

PoolPanel::PoolPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("poolPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The dock is often short: below the monitor's useful height it scrolls
    // instead of squeezing the charts and lanes flat.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    m_monitor = new PoolMonitor;
    m_monitor->setMinimumSize(720, 760);
    scroll->setWidget(m_monitor);
    layout->addWidget(scroll);
}

void PoolPanel::setEngine(std::shared_ptr<engine::Engine> engine, const QString &name)
{
    m_monitor->setEngine(std::move(engine), name);
}

void PoolPanel::refresh()
{
    m_monitor->tick();
}

QString PoolPanel::figure(const QString &key) const
{
    return m_monitor->figure(key);
}

int PoolPanel::connectionRows() const
{
    int rows = 0;
    for (const Lane &lane : m_monitor->model().lanes())
        if (!lane.waiterLane && lane.closedNs < 0)
            ++rows;
    return rows;
}

}  // namespace stratum::ui
