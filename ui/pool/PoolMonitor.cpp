#include "ui/pool/PoolMonitor.h"

#include "core/engine/Engine.h"
#include "ui/pool/LoadGeneratorPanel.h"
#include "ui/pool/PoolChart.h"
#include "ui/pool/PoolEventFeed.h"
#include "ui/pool/PoolEventLog.h"
#include "ui/pool/PoolGauges.h"
#include "ui/pool/PoolServerView.h"
#include "ui/pool/PoolSettingsEditor.h"
#include "ui/pool/PoolTimeline.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

const QColor kBusy(0x3b, 0x82, 0xc4);
const QColor kWait(0xe0, 0x8a, 0x00);
const QColor kP50(0x2e, 0x9e, 0x6a);
const QColor kP95(0xe0, 0x8a, 0x00);
const QColor kP99(0xd9, 0x48, 0x2b);

}  // namespace

PoolMonitor::PoolMonitor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("poolMonitor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(tr("No connection"), this);
    m_title->setObjectName(QStringLiteral("poolTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("poolCounters"));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("poolWindow"));
    m_window->addItem(tr("Last 60 s"), 60);
    m_window->addItem(tr("Last 10 min"), 600);
    header->addWidget(m_title);
    header->addWidget(m_counters, 1);
    header->addWidget(m_window);
    layout->addLayout(header);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("poolWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff1d6; color: #6b4100; border: 1px solid #e0a040; "
                       "border-radius: 3px; padding: 3px 6px; }"));
    m_warning->hide();
    layout->addWidget(m_warning);

    m_gauges = new PoolGauges(this);
    layout->addWidget(m_gauges);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *charts = new QWidget(split);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    auto *load = new PoolChart(tr("Checked out & waiters"), QString(), charts);
    load->addSeries(
        {tr("checked out"), kBusy, [](const PoolSample &s) { return double(s.checkedOut); }, true});
    load->addSeries(
        {tr("waiters"), kWait, [](const PoolSample &s) { return double(s.waiters); }, true});
    auto *rate = new PoolChart(tr("Checkouts"), tr("per s"), charts);
    rate->addSeries(
        {tr("checkouts/s"), kBusy, [](const PoolSample &s) { return s.checkoutsPerSecond; }});
    auto *wait = new PoolChart(tr("Wait"), tr("ms"), charts);
    wait->addSeries({tr("p50"), kP50, [](const PoolSample &s) { return s.waitP50; }});
    wait->addSeries({tr("p95"), kP95, [](const PoolSample &s) { return s.waitP95; }});
    wait->addSeries({tr("p99"), kP99, [](const PoolSample &s) { return s.waitP99; }});
    auto *hold = new PoolChart(tr("Hold"), tr("ms"), charts);
    hold->addSeries({tr("p50"), kP50, [](const PoolSample &s) { return s.holdP50; }});
    hold->addSeries({tr("p95"), kP95, [](const PoolSample &s) { return s.holdP95; }});
    hold->addSeries({tr("p99"), kP99, [](const PoolSample &s) { return s.holdP99; }});
    m_charts = {load, rate, wait, hold};
    for (int i = 0; i < 4; ++i) {
        m_charts[size_t(i)]->setModel(&m_model);
        grid->addWidget(m_charts[size_t(i)], i / 2, i % 2);
    }

    m_timeline = new PoolTimeline;
    m_timeline->setObjectName(QStringLiteral("poolTimeline"));
    m_timeline->setModel(&m_model);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("poolTabs"));
    m_load = new LoadGeneratorPanel(m_tabs);
    m_server = new PoolServerView(m_tabs);
    m_log = new PoolEventLog(m_tabs);
    m_log->setModel(&m_model);
    m_settings = new PoolSettingsEditor(m_tabs);
    m_tabs->addTab(m_load, tr("Load generator"));
    m_tabs->addTab(m_server, tr("Server"));
    m_tabs->addTab(m_log, tr("Events"));
    m_tabs->addTab(m_settings, tr("Settings"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({330, 330, 240});
    layout->addWidget(split, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);  // 10 Hz
    connect(m_timer, &QTimer::timeout, this, &PoolMonitor::tick);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_window->currentData().toInt()); });
    connect(m_settings, &PoolSettingsEditor::settingsChanged, this,
            [this](const QString &what) { addMarker(PoolMarker::Settings, what); });
    connect(m_load, &LoadGeneratorPanel::settingsChanged, this, [this](const QString &what) {
        addMarker(PoolMarker::Settings, what);
        m_settings->reload();
    });
}

PoolMonitor::~PoolMonitor() = default;

void PoolMonitor::addMarker(int kind, const QString &text)
{
    m_model.addMarker(PoolMarker::Kind(kind), steadyNowNs(), text);
}

void PoolMonitor::setEngine(std::shared_ptr<engine::Engine> engine, const QString &name)
{
    if (engine == m_engine)
        return;
    m_timer->stop();
    m_feed.reset();
    m_load->setEngine(nullptr);  // stops a run on the old engine first
    m_engine = std::move(engine);
    m_model = PoolMonitorModel();
    m_log->setModel(&m_model);
    if (m_engine) {
        m_feed = std::make_unique<PoolEventFeed>(m_engine->pool().shared_from_this());
        m_title->setText(tr("%1 · %2").arg(name.isEmpty() ? m_engine->dialectName() : name,
                                           m_engine->statistics().kind));
        m_timer->start();
    } else {
        m_title->setText(tr("No connection"));
    }
    m_load->setEngine(m_engine);
    m_server->setEngine(m_engine, &m_model);
    m_settings->setEngine(m_engine);
    tick();
}

void PoolMonitor::setWindowSeconds(int seconds)
{
    const qint64 ns = qint64(seconds) * 1000000000LL;
    for (PoolChart *c : m_charts)
        c->setWindow(ns);
    m_timeline->setWindow(ns);
    const int index = m_window->findData(seconds);
    if (index >= 0 && index != m_window->currentIndex())
        m_window->setCurrentIndex(index);
    update();
}

void PoolMonitor::tick()
{
    if (!m_engine) {
        m_gauges->show(engine::PoolStatistics{}, 0, 0);
        return;
    }
    m_batch.clear();
    m_feed->drain(m_batch);
    m_model.ingest(m_batch);
    const engine::PoolStatistics stats = m_engine->statistics();
    m_model.sample(stats, steadyNowNs());

    m_gauges->show(stats, m_model.peakCheckedOut(), m_model.peakWaiters());
    const double limit = stats.maxOverflow < 0 ? -1 : double(stats.poolSize + stats.maxOverflow);
    m_charts[0]->setReference(limit, tr("limit %1").arg(limit));
    m_counters->setText(
        tr("checkouts %1 · connects %2 · timeouts %3 · invalidations %4 · "
           "recycles %5 · leaks %6")
            .arg(stats.checkouts)
            .arg(stats.connects)
            .arg(stats.timeouts)
            .arg(stats.invalidations)
            .arg(stats.recycles)
            .arg(stats.leaks) +
        (m_feed->dropped() > 0
             ? tr(" · %1 events not shown (the monitor fell behind)").arg(m_feed->dropped())
             : QString()));
    const QStringList &warnings = m_model.warnings();
    if (!warnings.isEmpty()) {
        m_warning->setText(QStringLiteral("Warning: ") +
                           warnings.mid(std::max<qsizetype>(0, warnings.size() - 3))
                               .join(QStringLiteral("\nWarning: ")));
        m_warning->show();
    }
    for (PoolChart *c : m_charts)
        c->update();
    m_timeline->modelChanged();
    m_log->refresh();
}

QString PoolMonitor::warningText() const
{
    return m_warning->isVisible() || !m_model.warnings().isEmpty() ? m_warning->text() : QString();
}

QString PoolMonitor::figure(const QString &key) const
{
    const engine::PoolStatistics &s = m_model.latest();
    if (key == QLatin1String("checkouts"))
        return QString::number(s.checkouts);
    if (key == QLatin1String("connects"))
        return QString::number(s.connects);
    if (key == QLatin1String("timeouts"))
        return QString::number(s.timeouts);
    if (key == QLatin1String("invalidations"))
        return QString::number(s.invalidations);
    if (key == QLatin1String("recycles"))
        return QString::number(s.recycles);
    if (key == QLatin1String("leaks"))
        return QString::number(s.leaks);
    return m_gauges->figure(key);
}

}  // namespace stratum::ui
