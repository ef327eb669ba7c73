#include "ui/pool/LoadGeneratorPanel.h"

#include "core/engine/Engine.h"
#include "ui/common/WorkerTask.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace stratum::ui {

LoadGeneratorPanel::LoadGeneratorPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("loadPreset"));
    m_presets->addItem(tr("Choose a preset…"));
    m_presets->addItem(tr("10 connections, 11 requests"));
    m_presets->addItem(tr("Short timeout (timeouts)"));
    m_workers = new QSpinBox(this);
    m_workers->setObjectName(QStringLiteral("loadWorkers"));
    m_workers->setRange(1, 256);
    m_workers->setValue(11);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("loadQuery"));
    m_query->setText(QStringLiteral("SELECT pg_sleep(0.2)"));
    m_duration = new QDoubleSpinBox(this);
    m_duration->setObjectName(QStringLiteral("loadDuration"));
    m_duration->setRange(0.5, 3600);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" s"));
    m_think = new QSpinBox(this);
    m_think->setObjectName(QStringLiteral("loadThink"));
    m_think->setRange(0, 60000);
    m_think->setSuffix(tr(" ms"));
    form->addRow(tr("Preset"), m_presets);
    form->addRow(tr("Workers"), m_workers);
    form->addRow(tr("Query"), m_query);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Think time"), m_think);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("loadStart"));
    m_fault = new QPushButton(tr("Terminate a backend"), this);
    m_fault->setObjectName(QStringLiteral("loadFault"));
    m_fault->setToolTip(tr("pg_terminate_backend() on a random pooled connection: watch "
                           "invalidation and pre-ping"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_fault);
    form->addRow(buttons);
    layout->addLayout(form, 2);

    auto *right = new QVBoxLayout;
    m_results = new QPlainTextEdit(this);
    m_results->setObjectName(QStringLiteral("loadResults"));
    m_results->setReadOnly(true);
    m_results->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_results->setPlaceholderText(tr("Throughput, wait percentiles and timeouts appear here."));
    auto *copy = new QPushButton(tr("Copy results"), this);
    copy->setObjectName(QStringLiteral("loadCopy"));
    right->addWidget(m_results, 1);
    right->addWidget(copy, 0, Qt::AlignRight);
    layout->addLayout(right, 3);

    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LoadGeneratorPanel::updateProgress);
    connect(m_start, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    connect(m_fault, &QPushButton::clicked, this, &LoadGeneratorPanel::injectFault);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(resultText()); });
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index == 1)
            applyPreset(Preset::TenConnectionsElevenRequests);
        else if (index == 2)
            applyPreset(Preset::ShortTimeout);
    });
}

LoadGeneratorPanel::~LoadGeneratorPanel()
{
    if (m_generator)
        m_generator->stop();  // the destructor of m_generator joins
}

void LoadGeneratorPanel::setEngine(std::shared_ptr<engine::Engine> engine)
{
    if (m_generator) {
        m_generator->stop();
        m_generator.reset();
        m_timer->stop();
    }
    m_engine = std::move(engine);
    const bool pg = m_engine && m_engine->dialectName() == QLatin1String("postgresql");
    m_fault->setEnabled(pg);
    m_start->setEnabled(bool(m_engine));
    m_start->setText(tr("Start"));
    m_query->setText(defaultQuery());
}

QString LoadGeneratorPanel::defaultQuery() const
{
    if (!m_engine || m_engine->dialectName() == QLatin1String("postgresql"))
        return QStringLiteral("SELECT pg_sleep(0.2)");
    // SQLite has no sleep: a short recursive count keeps a connection busy.
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                          "WHERE x < 300000) SELECT count(*) FROM c");
}

void LoadGeneratorPanel::applyPreset(Preset preset)
{
    if (!m_engine)
        return;
    engine::PoolOptions o = m_engine->pool().options();
    QString what;
    if (preset == Preset::TenConnectionsElevenRequests) {
        o.poolSize = 10;
        o.maxOverflow = 0;
        o.timeout = std::chrono::seconds(30);
        setWorkload(11, defaultQuery(), 20, 0);
        m_presets->setCurrentIndex(1);
        what = tr("preset: 10 connections, 11 requests");
    } else {
        o.poolSize = 2;
        o.maxOverflow = 0;
        o.timeout = std::chrono::milliseconds(100);
        setWorkload(6, defaultQuery(), 10, 0);
        m_presets->setCurrentIndex(2);
        what = tr("preset: short timeout (size 2, timeout 0.1 s)");
    }
    if (m_engine->pool().setOptions(o))
        emit settingsChanged(what);
}

void LoadGeneratorPanel::setWorkload(int workers, const QString &query, double seconds, int thinkMs)
{
    m_workers->setValue(workers);
    m_query->setText(query);
    m_duration->setValue(seconds);
    m_think->setValue(thinkMs);
}

void LoadGeneratorPanel::start()
{
    if (!m_engine || isRunning())
        return;
    engine::LoadSpec spec;
    spec.workers = m_workers->value();
    spec.query = m_query->text();
    spec.duration = std::chrono::milliseconds(qint64(m_duration->value() * 1000));
    spec.thinkTime = std::chrono::milliseconds(m_think->value());
    spec.holderPrefix = tr("load worker");
    if (m_generator)
        m_generator->stop();
    m_generator.reset();  // joins the previous run's threads (already finished)
    m_generator = std::make_unique<engine::LoadGenerator>(*m_engine, spec);
    m_generator->start();
    m_start->setText(tr("Stop"));
    m_timer->start();
    updateProgress();
    emit started();
}

void LoadGeneratorPanel::stop()
{
    if (m_generator)
        m_generator->stop();
}

bool LoadGeneratorPanel::isRunning() const
{
    return m_generator && !m_generator->isFinished();
}

engine::LoadReport LoadGeneratorPanel::report() const
{
    return m_generator ? m_generator->progress() : m_last;
}

QString LoadGeneratorPanel::resultText() const
{
    return m_results->toPlainText();
}

void LoadGeneratorPanel::updateProgress()
{
    if (!m_generator)
        return;
    m_last = m_generator->progress();
    const bool done = m_generator->isFinished();
    QString text = m_last.toText();
    if (!done)
        text.prepend(tr("running…\n"));
    m_results->setPlainText(text);
    if (done) {
        m_timer->stop();
        m_start->setText(tr("Start"));
        emit finished(text);
    }
}

void LoadGeneratorPanel::injectFault()
{
    if (!m_engine)
        return;
    const engine::PoolStatistics s = m_engine->statistics();
    std::vector<int> busy, any;
    for (const engine::ConnectionRecord &r : s.connections) {
        if (r.backendPid == 0)
            continue;
        any.push_back(r.backendPid);
        if (r.state != engine::ConnectionState::Idle)
            busy.push_back(r.backendPid);
    }
    const std::vector<int> &pool = busy.empty() ? any : busy;
    if (pool.empty()) {
        emit faultDone(0, tr("no pooled backend to terminate"));
        return;
    }
    const int pid = pool[size_t(QRandomGenerator::global()->bounded(int(pool.size())))];
    std::shared_ptr<engine::Engine> engine = m_engine;
    runOnWorker(
        this,
        [engine, pid]() -> QString {
            Result<std::unique_ptr<engine::DriverConnection>> c = engine->driver().connect();
            if (!c)
                return c.error().message;
            const Result<engine::ExecResult> r =
                c.value()->execute(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            c.value()->close();
            return r ? QString() : r.error().message;
        },
        [this, pid](const QString &error) { emit faultDone(pid, error); });
}

}  // namespace stratum::ui
