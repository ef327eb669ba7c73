// Event-loop latency: while the dialog tests a connection to an address that
// never answers (a listening socket nobody accepts on, connect_timeout=3),
// a 10 ms timer probe on the UI thread never waits more than 50 ms.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionDialog.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using stratum::ui::ConnectionDialog;
using stratum::ui::ConnectionTestResult;

class TestConnectLatency : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectLatency(stratum::test::IsolatedHome *) {}

private Q_SLOTS:
    void uiStaysResponsiveDuringAHangingConnect()
    {
        // Listens and never accepts: the startup packet goes unanswered.
        const stratum::test::Blackhole hole;
        const int port = hole.port();

        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        QVERIFY(url);
        url->setFocus();
        QTest::keyClicks(
            url,
            QStringLiteral("postgresql://app:pw@127.0.0.1:%1/app?connect_timeout=3").arg(port));
        QVERIFY(dialog.urlError().isEmpty());

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 maxGap = 0;
        qint64 maxGapAt = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (now - last > maxGap) {
                maxGap = now - last;
                maxGapAt = now;
            }
            last = now;
            ++ticks;
        });
        QEventLoop loop;
        connect(&dialog, &ConnectionDialog::testFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);

        clock.start();
        probe.start();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        loop.exec();
        probe.stop();
        const qint64 total = clock.elapsed();

        QVERIFY(dialog.lastTestResult().has_value());
        const ConnectionTestResult r = *dialog.lastTestResult();
        QVERIFY(!r.ok);
        QCOMPARE(r.title, QStringLiteral("Timed out"));
        QVERIFY2(total >= 2500, qPrintable(QString::number(total)));
        qInfo("connect timed out after %lld ms; %d probes, longest gap %lld ms (ending at %lld ms)",
              total, ticks, maxGap, maxGapAt);
        QVERIFY2(maxGap < 50,
                 qPrintable(QStringLiteral("UI thread stalled for %1 ms").arg(maxGap)));
        QVERIFY(ticks > total / 20);
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectLatency)
#include "test_connect_latency.moc"
