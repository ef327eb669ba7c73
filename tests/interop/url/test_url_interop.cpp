// Stratum's Url against the real SQLAlchemy (Debian's python3-sqlalchemy 1.4):
// for every URL of corpus.txt, make_url's components and render_as_string
// are compared with Url::parse and Url::toString. The corpus sections name
// where the two differ on purpose.
#include "core/config/Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using stratum::config::Url;

namespace {

const QString kSource = QStringLiteral(STRATUM_SOURCE_DIR "/tests/interop/url");

QString orEmpty(const QJsonValue &v)
{
    return v.isNull() ? QString() : v.toString();
}

// Stratum's query grouped by key in first-seen order, the shape of
// SQLAlchemy's query dict.
QJsonArray groupedQuery(const Url &url)
{
    QList<QPair<QString, QStringList>> groups;
    for (const auto &[key, value] : url.query()) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&key](const auto &g) { return g.first == key; });
        if (it == groups.end())
            groups.append({key, {value}});
        else
            it->second << value;
    }
    QJsonArray out;
    for (const auto &[key, values] : groups)
        out.append(QJsonArray{key, QJsonArray::fromStringList(values)});
    return out;
}

}  // namespace

class TestUrlInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();

private:
    QJsonArray m_entries;
};

void TestUrlInterop::initTestCase()
{
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {kSource + QStringLiteral("/sqlalchemy_url.py"), kSource + QStringLiteral("/corpus.txt")});
    QVERIFY2(python.waitForFinished(60000), "python3 did not finish");
    const QByteArray err = python.readAllStandardError();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             err.constData());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
    m_entries = doc.array();
    QVERIFY(m_entries.size() >= 50);
}

void TestUrlInterop::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue &v : std::as_const(m_entries)) {
        const QJsonObject o = v.toObject();
        const QString name = o[QLatin1String("section")].toString() + QLatin1Char(' ') +
                             o[QLatin1String("url")].toString();
        QTest::newRow(name.toUtf8().constData()) << o;
    }
}

void TestUrlInterop::corpus()
{
    QFETCH(QJsonObject, entry);
    const QString section = entry[QLatin1String("section")].toString();
    const QString text = entry[QLatin1String("url")].toString();
    const bool sqlaAccepts = !entry.contains(QLatin1String("error"));
    const auto parsed = Url::parse(text);

    if (section == QLatin1String("both-reject")) {
        QVERIFY(!sqlaAccepts);
        QVERIFY(!parsed.ok());
        return;
    }
    QVERIFY2(sqlaAccepts, qPrintable(entry[QLatin1String("error")].toString()));
    if (section == QLatin1String("stratum-rejects")) {
        QVERIFY2(!parsed.ok(),
                 qPrintable(parsed.ok() ? parsed.value().toString(false) : QString()));
        QVERIFY(parsed.error().column > 0);
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const Url &url = parsed.value();

    // Stratum normalises the scheme's case and libpq's "postgres" alias.
    QString drivername = entry[QLatin1String("drivername")].toString().toLower();
    if (drivername == QLatin1String("postgres"))
        drivername = QStringLiteral("postgresql");
    QCOMPARE(url.drivername(), drivername);
    QCOMPARE(url.username(), orEmpty(entry[QLatin1String("username")]));
    const QJsonValue password = entry[QLatin1String("password")];
    QCOMPARE(url.password().has_value(), !password.isNull());
    if (url.password())
        QCOMPARE(*url.password(), password.toString());
    QCOMPARE(url.host(), orEmpty(entry[QLatin1String("host_unquoted")]));
    const QJsonValue port = entry[QLatin1String("port")];
    QCOMPARE(url.port().value_or(-1), port.isNull() ? -1 : port.toInt());
    QCOMPARE(url.database(), orEmpty(entry[QLatin1String("database_unquoted")]));
    QCOMPARE(groupedQuery(url), entry[QLatin1String("query")].toArray());

    if (section == QLatin1String("same")) {
        QCOMPARE(url.toString(false), entry[QLatin1String("render")].toString());
        QCOMPARE(url.toString(true), entry[QLatin1String("render_hidden")].toString());
    } else {
        QCOMPARE(section, QStringLiteral("components"));
        // Where the renderings differ, Stratum's still reads back to itself.
        QVERIFY(Url::parse(url.toString(false)).value() == url);
    }
}

QTEST_GUILESS_MAIN(TestUrlInterop)
#include "test_url_interop.moc"
