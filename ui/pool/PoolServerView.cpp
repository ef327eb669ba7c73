#include "ui/pool/PoolServerView.h"

#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "ui/common/WorkerTask.h"
#include "ui/pool/PoolMonitorModel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <mutex>

namespace stratum::ui {

namespace {

const QString kActivitySql =
    QStringLiteral("SELECT pid, coalesce(state, ''), "
                   "coalesce(wait_event_type || ': ' || wait_event, ''), "
                   "coalesce(to_char(query_start, 'HH24:MI:SS.MS'), ''), coalesce(query, ''), "
                   "coalesce(application_name, ''), "
                   "(SELECT setting::int FROM pg_settings WHERE name = 'max_connections'), "
                   "pg_backend_pid() "
                   "FROM pg_stat_activity WHERE backend_type = 'client backend' ORDER BY pid");

}  // namespace

// The server view's own connection; used by one worker at a time.
struct PoolServerView::Probe
{
    std::mutex mutex;
    std::shared_ptr<engine::Engine> engine;
    std::unique_ptr<engine::DriverConnection> connection;

    ServerActivity poll()
    {
        std::lock_guard lock(mutex);
        ServerActivity a;
        if (connection && connection->isBroken())
            connection.reset();
        if (!connection) {
            Result<std::unique_ptr<engine::DriverConnection>> made = engine->driver().connect();
            if (!made) {
                a.error = made.error().message;
                return a;
            }
            connection = std::move(made).value();
        }
        Result<std::unique_ptr<engine::ResultStream>> stream = connection->stream(kActivitySql);
        if (!stream) {
            a.error = stream.error().message;
            return a;
        }
        engine::RowBatch batch;
        for (;;) {
            Result<bool> more = stream.value()->next(batch, 500);
            if (!more) {
                a.error = more.error().message;
                return a;
            }
            for (int r = 0; r < batch.rowCount(); ++r) {
                ServerBackend b;
                b.pid = int(batch.toInt64(r, 0).value_or(0));
                b.state = batch.text(r, 1);
                b.waitEvent = batch.text(r, 2);
                b.queryStart = batch.text(r, 3);
                b.query = batch.text(r, 4).simplified();
                b.application = batch.text(r, 5);
                a.maxConnections = int(batch.toInt64(r, 6).value_or(0));
                a.monitorPid = int(batch.toInt64(r, 7).value_or(0));
                a.backends.push_back(std::move(b));
            }
            if (!more.value())
                break;
        }
        return a;
    }
};

PoolServerView::PoolServerView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_enabled = new QCheckBox(tr("Poll the server"), this);
    m_enabled->setObjectName(QStringLiteral("serverViewEnabled"));
    m_enabled->setToolTip(tr("Reads pg_stat_activity on a separate connection"));
    m_interval = new QDoubleSpinBox(this);
    m_interval->setObjectName(QStringLiteral("serverViewInterval"));
    m_interval->setRange(0.5, 60);
    m_interval->setValue(2);
    m_interval->setSuffix(tr(" s"));
    m_interval->setPrefix(tr("every "));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("serverSummary"));
    bar->addWidget(m_enabled);
    bar->addWidget(m_interval);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    const QStringList columns = {tr("PID"),        tr("Pool state"),  tr("Server state"),
                                 tr("Wait event"), tr("Query start"), tr("Query")};
    m_pool = new QTreeWidget(split);
    m_pool->setObjectName(QStringLiteral("serverPoolBackends"));
    m_pool->setHeaderLabels(columns);
    m_pool->setRootIsDecorated(false);
    m_others = new QTreeWidget(split);
    m_others->setObjectName(QStringLiteral("serverOtherBackends"));
    m_others->setHeaderLabels({tr("Other clients' PID"), tr("Application"), tr("State"),
                               tr("Wait event"), tr("Query start"), tr("Query")});
    m_others->setRootIsDecorated(false);
    for (QTreeWidget *t : {m_pool, m_others})
        t->header()->setStretchLastSection(true);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &PoolServerView::poll);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_timer->start(int(m_interval->value() * 1000));
            poll();
        } else {
            m_timer->stop();
        }
    });
    connect(m_interval, &QDoubleSpinBox::valueChanged, this,
            [this](double s) { m_timer->setInterval(int(s * 1000)); });
    m_summary->setText(tr("Off"));
}

PoolServerView::~PoolServerView() = default;

void PoolServerView::setEngine(std::shared_ptr<engine::Engine> engine,
                               const PoolMonitorModel *model)
{
    m_engine = std::move(engine);
    m_model = model;
    m_probe.reset();
    m_activity = {};
    const bool pg = m_engine && m_engine->dialectName() == QLatin1String("postgresql");
    m_enabled->setEnabled(pg);
    m_interval->setEnabled(pg);
    if (!pg) {
        m_enabled->setChecked(false);
        m_summary->setText(m_engine ? tr("The server view needs PostgreSQL") : QString());
        m_pool->clear();
        m_others->clear();
        return;
    }
    m_probe = std::make_shared<Probe>();
    m_probe->engine = m_engine;
}

void PoolServerView::setEnabled(bool on)
{
    m_enabled->setChecked(on);
}

void PoolServerView::setInterval(double seconds)
{
    m_interval->setValue(seconds);
}

void PoolServerView::poll()
{
    if (m_busy || !m_probe)
        return;
    m_busy = true;
    std::shared_ptr<Probe> probe = m_probe;
    runOnWorker(
        this, [probe] { return probe->poll(); },
        [this, probe](ServerActivity activity) {
            m_busy = false;
            if (probe != m_probe)
                return;  // the engine changed meanwhile
            m_activity = std::move(activity);
            ++m_polls;
            showActivity();
            emit polled();
        });
}

QString PoolServerView::poolBackendState(int pid) const
{
    for (const ServerBackend &b : m_activity.backends)
        if (b.pid == pid)
            return b.state;
    return {};
}

void PoolServerView::showActivity()
{
    if (!m_activity.error.isEmpty()) {
        m_summary->setText(tr("Server view failed: %1").arg(m_activity.error));
        return;
    }
    std::map<int, const engine::ConnectionRecord *> ours;
    if (m_model)
        for (const engine::ConnectionRecord &r : m_model->latest().connections)
            ours[r.backendPid] = &r;
    m_pool->clear();
    m_others->clear();
    int held = 0;
    for (const ServerBackend &b : m_activity.backends) {
        if (b.pid == m_activity.monitorPid)
            continue;
        const auto it = ours.find(b.pid);
        if (it != ours.end()) {
            ++held;
            const engine::ConnectionRecord &r = *it->second;
            QString poolState = engine::connectionStateName(r.state);
            if (!r.holder.isEmpty())
                poolState += QStringLiteral(" (%1)").arg(r.holder);
            auto *item = new QTreeWidgetItem(m_pool, {QString::number(b.pid), poolState, b.state,
                                                      b.waitEvent, b.queryStart, b.query});
            item->setToolTip(5, b.query);
        } else {
            auto *item =
                new QTreeWidgetItem(m_others, {QString::number(b.pid), b.application, b.state,
                                               b.waitEvent, b.queryStart, b.query});
            item->setToolTip(5, b.query);
        }
    }
    for (QTreeWidget *t : {m_pool, m_others})
        for (int c = 0; c < 5; ++c)
            t->resizeColumnToContents(c);
    // Stratum holds the pool's connections plus this view's own.
    m_summary->setText(tr("max_connections %1 · Stratum holds %2 (pool %3 + server view 1) · "
                          "other clients %4")
                           .arg(m_activity.maxConnections)
                           .arg(held + 1)
                           .arg(held)
                           .arg(m_others->topLevelItemCount()));
}

}  // namespace stratum::ui
