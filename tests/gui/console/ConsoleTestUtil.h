#pragma once

// Shared helpers for the console's widget tests: engines on real databases,
// running through the keyboard, waiting without blocking, and a probe that
// measures how long the UI thread's event loop stalls.
#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/QueryRunner.h"
#include "ui/console/SqlEditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace stratum::test {

// Points the data directory (history files) at a temporary folder for the
// whole test run, so no test touches the user's files.
class IsolatedData
{
public:
    IsolatedData()
    {
        qputenv("XDG_DATA_HOME", m_dir.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("StratumTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StratumConsoleTest"));
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

inline std::shared_ptr<engine::Engine> makeEngine(const QString &urlText)
{
    Result<config::Url> url = config::Url::parse(urlText);
    if (!url)
        qFatal("bad URL: %s", qPrintable(url.error().message));
    Result<std::unique_ptr<engine::Engine>> e = engine::Engine::create(url.value());
    if (!e)
        qFatal("Engine::create failed: %s", qPrintable(e.error().message));
    return std::shared_ptr<engine::Engine>(std::move(e).value());
}

inline std::shared_ptr<engine::Engine> sqliteEngine(const QString &path)
{
    return makeEngine(QStringLiteral("sqlite:///") + path);
}

// One scalar through a separate pooled connection (not the console's).
inline QString scalar(engine::Engine &engine, const QString &sql)
{
    Result<engine::ConnectionHandle> h = engine.connect(QStringLiteral("test"));
    if (!h)
        return QStringLiteral("<connect failed: %1>").arg(h.error().message);
    auto s = h.value()->stream(sql);
    if (!s)
        return QStringLiteral("<error: %1>").arg(s.error().message);
    engine::RowBatch batch;
    Result<bool> more = s.value()->next(batch, 1);
    if (!more || !more.value())
        return QStringLiteral("<no row>");
    return batch.text(0, 0);
}

// Shows the console in an active window so its shortcuts fire.
inline bool showActive(QWidget &w)
{
    w.resize(1000, 700);
    w.show();
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    return QTest::qWaitForWindowActive(&w);
}

inline bool waitIdle(ui::ConsoleWidget &console, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return !console.isRunning(); }, timeoutMs);
}

// Types Ctrl+Return (or Ctrl+Shift+Return) into the editor and waits for the run.
inline bool runByKeyboard(ui::ConsoleWidget &console, bool script = false)
{
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return,
                    script ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    if (!console.isRunning())
        return false;
    return waitIdle(console);
}

// Records the longest gap between ticks of a 10 ms timer: how long the UI
// thread went without running its event loop.
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_maxGap = 0;
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_maxGap;
    }
    qint64 maxGap() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

}  // namespace stratum::test
