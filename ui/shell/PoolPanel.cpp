#include "ui/shell/PoolPanel.h"

#include "core/engine/Engine.h"
#include "core/engine/PoolStatistics.h"
#include "ui/shell/EmptyState.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

// About 3 Hz: live enough to watch a load test, cheap enough to be invisible.
constexpr int kRefreshMs = 330;

QString duration(std::chrono::nanoseconds ns)
{
    const double ms = double(ns.count()) / 1e6;
    if (ns.count() == 0) {
        return QStringLiteral("0 ms");
    }
    if (ms < 1.0) {
        return QStringLiteral("%1 µs").arg(double(ns.count()) / 1e3, 0, 'f', 0);
    }
    if (ms < 1000.0) {
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 1 : 0);
    }
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QString age(std::chrono::system_clock::time_point since)
{
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now() - since)
            .count();
    if (seconds < 60) {
        return QStringLiteral("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return QStringLiteral("%1 min").arg(seconds / 60);
    }
    return QStringLiteral("%1 h").arg(seconds / 3600);
}

}  // namespace

PoolPanel::PoolPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("poolPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new EmptyState(
        QStringLiteral("pool"), tr("No engine is connected"),
        tr("Once a connection is open, this panel shows its pool live: size, idle, checked-out "
           "and overflow connections, waiters, and each connection."),
        m_stack);
    m_empty->setObjectName(QStringLiteral("poolEmptyState"));

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 6, 8, 6);
    pageLayout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(page);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_settings = new QLabel(page);
    m_settings->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_title);
    header->addWidget(m_settings, 1);
    pageLayout->addLayout(header);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    auto *figures = new QWidget(page);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(4);
    addFigure(figures, QStringLiteral("size"), tr("open"), 0, 0);
    addFigure(figures, QStringLiteral("idle"), tr("idle"), 0, 1);
    addFigure(figures, QStringLiteral("checkedOut"), tr("checked out"), 0, 2);
    addFigure(figures, QStringLiteral("overflow"), tr("overflow"), 0, 3);
    addFigure(figures, QStringLiteral("waiters"), tr("waiting"), 0, 4);
    addFigure(figures, QStringLiteral("checkouts"), tr("checkouts"), 2, 0);
    addFigure(figures, QStringLiteral("connects"), tr("connects"), 2, 1);
    addFigure(figures, QStringLiteral("timeouts"), tr("timeouts"), 2, 2);
    addFigure(figures, QStringLiteral("invalidations"), tr("invalidated"), 2, 3);
    addFigure(figures, QStringLiteral("recycles"), tr("recycled"), 2, 4);
    addFigure(figures, QStringLiteral("waitP95"), tr("wait p95"), 4, 0);
    addFigure(figures, QStringLiteral("holdP50"), tr("hold p50"), 4, 1);
    addFigure(figures, QStringLiteral("holdP95"), tr("hold p95"), 4, 2);
    addFigure(figures, QStringLiteral("connectFailures"), tr("failed connects"), 4, 3);
    addFigure(figures, QStringLiteral("leaks"), tr("leaks"), 4, 4);
    grid->setRowStretch(6, 1);
    body->addWidget(figures);

    m_connections = new QTreeWidget(page);
    m_connections->setObjectName(QStringLiteral("poolConnections"));
    m_connections->setHeaderLabels(
        {tr("Connection"), tr("State"), tr("Holder"), tr("Held for"), tr("Age"), tr("Backend")});
    m_connections->setRootIsDecorated(false);
    m_connections->setAlternatingRowColors(true);
    m_connections->setUniformRowHeights(true);
    m_connections->header()->setStretchLastSection(true);
    m_connections->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    body->addWidget(m_connections, 1);
    pageLayout->addLayout(body, 1);

    m_stack->addWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &PoolPanel::refresh);
}

QLabel *PoolPanel::addFigure(QWidget *box, const QString &key, const QString &caption, int row,
                             int column)
{
    auto *grid = static_cast<QGridLayout *>(box->layout());
    auto *value = new QLabel(QStringLiteral("0"), box);
    value->setObjectName(QStringLiteral("pool.") + key);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    value->setFont(font);
    auto *label = new QLabel(caption, box);
    label->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(value, row, column);
    grid->addWidget(label, row + 1, column);
    m_figures.insert(key, value);
    return value;
}

void PoolPanel::setEngine(std::shared_ptr<engine::Engine> engine, const QString &name)
{
    m_engine = std::move(engine);
    m_name = name;
    if (!m_engine) {
        m_stack->setCurrentWidget(m_empty);
        m_timer->stop();
        return;
    }
    m_stack->setCurrentIndex(0);
    refresh();
    if (isVisible()) {
        m_timer->start();
    }
}

void PoolPanel::refresh()
{
    if (m_engine) {
        show(m_engine->statistics());
    }
}

void PoolPanel::show(const engine::PoolStatistics &s)
{
    m_title->setText(m_name);
    m_settings->setText(tr("%1 · pool size %2, overflow %3, timeout %4 s")
                            .arg(s.kind)
                            .arg(s.poolSize)
                            .arg(s.maxOverflow)
                            .arg(double(s.timeout.count()) / 1000.0));
    auto set = [this](const QString &key, const QString &text) {
        m_figures.value(key)->setText(text);
    };
    auto num = [](quint64 n) { return QString::number(n); };
    set(QStringLiteral("size"), QString::number(s.size));
    set(QStringLiteral("idle"), QString::number(s.idle));
    set(QStringLiteral("checkedOut"), QString::number(s.checkedOut));
    set(QStringLiteral("overflow"), QString::number(s.overflow));
    set(QStringLiteral("waiters"),
        s.waiters == 0 ? QStringLiteral("0")
                       : tr("%1 (oldest %2)").arg(s.waiters).arg(duration(s.oldestWait)));
    set(QStringLiteral("checkouts"), num(s.checkouts));
    set(QStringLiteral("connects"), num(s.connects));
    set(QStringLiteral("timeouts"), num(s.timeouts));
    set(QStringLiteral("invalidations"), num(s.invalidations));
    set(QStringLiteral("recycles"), num(s.recycles));
    set(QStringLiteral("connectFailures"), num(s.connectFailures));
    set(QStringLiteral("leaks"), num(s.leaks));
    const bool waited = s.waitTime.count > 0;
    const bool held = s.holdTime.count > 0;
    set(QStringLiteral("waitP95"), waited ? duration(s.waitTime.p95) : QStringLiteral("–"));
    set(QStringLiteral("holdP50"), held ? duration(s.holdTime.p50) : QStringLiteral("–"));
    set(QStringLiteral("holdP95"), held ? duration(s.holdTime.p95) : QStringLiteral("–"));

    // Rows are updated in place so that a selection survives the refresh.
    const int rows = int(s.connections.size());
    while (m_connections->topLevelItemCount() > rows) {
        delete m_connections->takeTopLevelItem(m_connections->topLevelItemCount() - 1);
    }
    for (int i = 0; i < rows; ++i) {
        const engine::ConnectionRecord &c = s.connections[std::size_t(i)];
        QTreeWidgetItem *item = m_connections->topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem(m_connections);
        }
        item->setText(0, QStringLiteral("#%1").arg(c.id));
        item->setText(1, engine::connectionStateName(c.state));
        item->setText(2, c.holder.isEmpty() ? QStringLiteral("–") : c.holder);
        item->setText(3, c.state == engine::ConnectionState::Idle ? QStringLiteral("–")
                                                                  : duration(c.heldFor));
        item->setText(4, age(c.created));
        item->setText(5, c.backendPid > 0 ? tr("pid %1").arg(c.backendPid) : tr("embedded"));
    }
}

QString PoolPanel::figure(const QString &key) const
{
    QLabel *label = m_figures.value(key);
    return label ? label->text() : QString();
}

int PoolPanel::connectionRows() const
{
    return m_connections->topLevelItemCount();
}

void PoolPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_engine) {
        refresh();
        m_timer->start();
    }
}

void PoolPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

}  // namespace stratum::ui
