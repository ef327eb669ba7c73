// The size guard: by default a result pauses at 1,000,000 rows or 1 GiB; the
// byte limit pauses with a clear note; and "Export the rest" writes one
// million rows to CSV straight from the database, with the console holding
// only the rows it had and memory bounded.
#include "ConsoleTestUtil.h"

#include "ui/console/MessagesView.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"

#include <QFile>
#include <QLabel>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

namespace {

QString counting(qint64 n)
{
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x "
                          "< %1) SELECT x, x * 2 AS doubled, 'row ' || x AS label FROM c")
        .arg(n);
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM).
qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts peak-RSS (VmHWM) tracking afresh from the current RSS.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

}  // namespace

class TestConsoleSizeGuard : public QObject
{
    Q_OBJECT

    IsolatedData m_data;
    QTemporaryDir m_dir;
    std::shared_ptr<engine::Engine> m_engine;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_engine = sqliteEngine(m_dir.filePath(QStringLiteral("guard.db")));
    }

    void defaultsAreAMillionRowsOrOneGiB()
    {
        ConsoleWidget console(m_engine);
        QCOMPARE(console.runner()->rowLimit(), qint64(1000000));
        QCOMPARE(console.runner()->byteLimit(), qint64(1) << 30);
    }

    void byteLimitPausesWithANote()
    {
        ConsoleWidget console(m_engine);
        console.setRowLimit(0);
        console.setByteLimit(256 * 1024);
        QVERIFY(showActive(console));
        console.editor()->setText(counting(200000));
        console.runCurrent();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return console.resultCount() == 1 && console.resultView(0)->isLimitBarVisible();
            },
            20000));
        const qint64 held = console.resultModel(0)->rowCount();
        QVERIFY2(held > 1000 && held < 200000, qPrintable(QString::number(held)));
        QString note;
        for (QLabel *l : console.resultView(0)->findChildren<QLabel *>())
            note += l->text();
        QVERIFY2(note.contains(QLatin1String("paused")) && note.contains(QLatin1String("KiB")),
                 qPrintable(note));
        console.runner()->stopFetching();
        QVERIFY(waitIdle(console, 10000));
        QCOMPARE(console.resultModel(0)->rowCount(), held);
        QVERIFY(console.resultModel(0)->moreAvailable());
    }

    void exportMillionRowsToCsvWithBoundedMemory()
    {
        ConsoleWidget console(m_engine);
        console.setRowLimit(10000);
        QVERIFY(showActive(console));
        console.editor()->setText(counting(1000000));
        console.runCurrent();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return console.resultCount() == 1 && console.resultView(0)->isLimitBarVisible();
            },
            20000));
        QCOMPARE(console.resultModel(0)->rowCount(), 10000);

        const QString path = m_dir.filePath(QStringLiteral("million.csv"));
        QSignalSpy done(&console, &ConsoleWidget::restExported);
        const qint64 rssBefore = statusKiB("VmRSS:");
        QVERIFY(resetPeak());
        QVERIFY(console.exportRest(0, path));
        QVERIFY(done.wait(240000));
        QVERIFY(waitIdle(console, 20000));
        const qint64 peak = statusKiB("VmHWM:");
        QCOMPARE(done.at(0).at(2).toString(), QString());
        QCOMPARE(done.at(0).at(0).toLongLong(), qint64(1000000));
        // The grid keeps what it had; nothing more came to the UI.
        QCOMPARE(console.resultModel(0)->rowCount(), 10000);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine(), QByteArray("x,doubled,label\r\n"));
        qint64 lines = 0;
        QByteArray last;
        QByteArray line;
        while (!(line = f.readLine()).isEmpty()) {
            ++lines;
            last = line;
        }
        QCOMPARE(lines, qint64(1000000));
        QCOMPARE(last, QByteArray("1000000,2000000,row 1000000\r\n"));
        QVERIFY2(f.size() > 25 * 1000 * 1000, qPrintable(QString::number(f.size())));

        // The file is ~28 MB; the export may not hold it (or the rows) in memory.
        const qint64 growthKiB = peak - rssBefore;
        qInfo("exported 1,000,000 rows (%lld bytes); peak RSS grew by %lld KiB", qint64(f.size()),
              growthKiB);
        QVERIFY2(growthKiB < 48 * 1024, qPrintable(QString::number(growthKiB)));
        QVERIFY(console.messages()->plainText().contains(QLatin1String("Wrote 1,000,000 rows")) ||
                console.messages()->plainText().contains(QLatin1String("Wrote 1000000 rows")));
    }
};

QTEST_MAIN(TestConsoleSizeGuard)
#include "test_console_sizeguard.moc"
