// RowBatch: the compact row storage's layout, accessors and reuse.
#include "core/engine/RowBatch.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace stratum::engine;

class TestRowBatch : public QObject
{
    Q_OBJECT

    static RowBatch sample()
    {
        RowBatch b;
        b.setKinds({ValueKind::Int, ValueKind::Text, ValueKind::Bool, ValueKind::Bytes});
        b.appendValue("42");
        b.appendValue("héllo");
        b.appendValue("t");
        b.appendValue(std::string_view("\x00\x01", 2));
        b.appendValue("-7");
        b.appendNull();
        b.appendValue("f");
        b.appendValue("");
        return b;
    }

private slots:
    void layoutAndAccessors()
    {
        const RowBatch b = sample();
        QCOMPARE(b.columnCount(), 4);
        QCOMPARE(b.rowCount(), 2);
        QCOMPARE(b.toInt64(0, 0), std::optional<qint64>(42));
        QCOMPARE(b.toInt64(1, 0), std::optional<qint64>(-7));
        QCOMPARE(b.text(0, 1), QStringLiteral("héllo"));
        QVERIFY(b.isNull(1, 1));
        QVERIFY(b.text(1, 1).isNull());
        QVERIFY(b.view(1, 1).empty());
        QCOMPARE(b.toBool(0, 2), std::optional<bool>(true));
        QCOMPARE(b.toBool(1, 2), std::optional<bool>(false));
        QCOMPARE(b.bytes(0, 3), QByteArray("\x00\x01", 2));
        QCOMPARE(b.text(0, 3), QStringLiteral("\\x0001"));
        // An empty value is not NULL.
        QVERIFY(!b.isNull(1, 3));
        QVERIFY(b.bytes(1, 3).isEmpty());
        // Value bytes are stored once, back to back: 2 + 6 + 1 + 2 + 2 + 0 + 1 + 0.
        QCOMPARE(b.valueBytes(), std::size_t(14));
        QCOMPARE(b.byteSize(), std::size_t(14 + 8 * 4 + 8));
    }

    void typedConversionFailures()
    {
        RowBatch b;
        b.setKinds({ValueKind::Text});
        b.appendValue("12x");
        QCOMPARE(b.toInt64(0, 0), std::nullopt);
        QCOMPARE(b.toDouble(0, 0), std::nullopt);
        QCOMPARE(b.toBool(0, 0), std::nullopt);
        QCOMPARE(b.value(0, 0), QVariant(QStringLiteral("12x")));
    }

    void variantSlowPath()
    {
        RowBatch b;
        b.setKinds({ValueKind::Int, ValueKind::Float, ValueKind::Numeric, ValueKind::Date,
                    ValueKind::TimestampTz, ValueKind::Timestamp, ValueKind::Bool});
        b.appendValue("9000000000");
        b.appendValue("-1.25e3");
        b.appendValue("12345678901234567890.12");
        b.appendValue("2024-02-29");
        b.appendValue("2024-03-01 12:30:00+05:30");
        b.appendValue("2024-03-01 12:30:00.5");
        b.appendValue("t");
        QCOMPARE(b.value(0, 0).typeId(), int(QMetaType::LongLong));
        QCOMPARE(b.value(0, 0).toLongLong(), 9000000000LL);
        QCOMPARE(b.value(0, 1).toDouble(), -1250.0);
        // Exact decimals stay text: no precision lost.
        QCOMPARE(b.value(0, 2), QVariant(QStringLiteral("12345678901234567890.12")));
        QCOMPARE(b.value(0, 3).toDate(), QDate(2024, 2, 29));
        const QDateTime tz = b.value(0, 4).toDateTime();
        QVERIFY(tz.isValid());
        QCOMPARE(tz.toUTC(), QDateTime(QDate(2024, 3, 1), QTime(7, 0), QTimeZone::utc()));
        QCOMPARE(b.value(0, 5).toDateTime(),
                 QDateTime(QDate(2024, 3, 1), QTime(12, 30, 0, 500), QTimeZone::utc()));
        QCOMPARE(b.value(0, 6), QVariant(true));
    }

    void shortTimezoneOffset()
    {
        RowBatch b;
        b.setKinds({ValueKind::TimestampTz});
        b.appendValue("2024-03-01 12:30:00+02");
        QCOMPARE(b.value(0, 0).toDateTime().toUTC(),
                 QDateTime(QDate(2024, 3, 1), QTime(10, 30), QTimeZone::utc()));
    }

    void clearKeepsColumnsAndReusesCapacity()
    {
        RowBatch b = sample();
        b.clear();
        QCOMPARE(b.rowCount(), 0);
        QCOMPARE(b.columnCount(), 4);
        QVERIFY(b.isEmpty());
        b.appendValue("1");
        b.appendNull();
        b.appendNull();
        b.appendValue("x");
        QCOMPARE(b.rowCount(), 1);
        QVERIFY(b.isNull(0, 1));
        QVERIFY(!b.isNull(0, 3));  // the old bitmap is gone
    }

    void manyCellsCrossBitmapWords()
    {
        RowBatch b;
        b.setKinds({ValueKind::Int, ValueKind::Text, ValueKind::Text});
        for (int r = 0; r < 1000; ++r) {
            b.appendValue(std::to_string(r));
            if (r % 3 == 0)
                b.appendNull();
            else
                b.appendValue(std::string(std::size_t(r % 17), 'a'));
            b.appendValue("z");
        }
        QCOMPARE(b.rowCount(), 1000);
        for (int r = 0; r < 1000; ++r) {
            QCOMPARE(b.toInt64(r, 0), std::optional<qint64>(r));
            QCOMPARE(b.isNull(r, 1), r % 3 == 0);
            if (r % 3)
                QCOMPARE(b.view(r, 1).size(), std::size_t(r % 17));
            QCOMPARE(b.text(r, 2), QStringLiteral("z"));
        }
    }

    void inPlaceValues()
    {
        RowBatch b;
        b.setKinds({ValueKind::Bytes});
        char *out = b.beginValue(8);
        out[0] = 'a';
        out[1] = 'b';
        b.commitValue(2);
        QCOMPARE(b.bytes(0, 0), QByteArray("ab"));
    }

    void copyAndMove()
    {
        RowBatch a = sample();
        RowBatch copy = a;
        QCOMPARE(copy.text(0, 1), QStringLiteral("héllo"));
        RowBatch moved = std::move(a);
        QCOMPARE(moved.toInt64(1, 0), std::optional<qint64>(-7));
        QCOMPARE(a.rowCount(), 0);  // NOLINT: a moved-from batch is empty and reusable
        a.setKinds({ValueKind::Text});
        a.appendValue("again");
        QCOMPARE(a.text(0, 0), QStringLiteral("again"));
    }
};

QTEST_APPLESS_MAIN(TestRowBatch)
#include "test_rowbatch.moc"
