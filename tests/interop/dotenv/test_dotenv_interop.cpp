#include "core/config/DotEnv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using stratum::config::DotEnv;
using stratum::config::DotEnvValues;

namespace {

// Runs python-dotenv once over every file and reports, per file, the
// dotenv_values() items in order, the number of statements its parser rejected,
// and the os.environ it interpolated against.
const char *const kPythonScript = R"PY(
import io, json, os, sys
from dotenv import dotenv_values
from dotenv.parser import parse_stream
out = {"environ": dict(os.environ), "files": {}}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        errors = sum(1 for b in parse_stream(io.StringIO(f.read())) if b.error)
    items = [[k, v] for k, v in dotenv_values(path, interpolate=True).items()]
    out["files"][path] = {"items": items, "errors": errors}
sys.stdout.write(json.dumps(out))
)PY";

QString corpusDir()
{
    return QStringLiteral(STRATUM_SOURCE_DIR "/tests/interop/dotenv/corpus");
}

// The environment both sides interpolate against: small and explicit, so that
// nothing from the machine leaks into ${...} on one side only.
QProcessEnvironment testEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("STRATUM_INTEROP_HOST"), QStringLiteral("db.internal"));
    env.insert(QStringLiteral("STRATUM_INTEROP_USER"), QStringLiteral("env_user"));
    env.insert(QStringLiteral("STRATUM_INTEROP_EMPTY"), QString());
    env.insert(QStringLiteral("DB_PASSWORD"), QStringLiteral("p\u00e4ss w0rd"));
    return env;
}

QByteArray render(const std::optional<QString> &v)
{
    return v ? QByteArray("\"") + v->toUtf8() + '"' : QByteArray("None");
}

}  // namespace

class TestDotEnvInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameEnvironmentOnBothSides();
    void matchesDotenvValues_data();
    void matchesDotenvValues();

private:
    QStringList m_files;
    QJsonObject m_python;
};

void TestDotEnvInterop::initTestCase()
{
    const QDir dir(corpusDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.env")}, QDir::Files, QDir::Name))
        m_files << dir.filePath(name);
    QVERIFY2(m_files.size() >= 25, qPrintable(QStringLiteral("corpus too small: %1 files in %2")
                                                  .arg(m_files.size())
                                                  .arg(dir.path())));

    QProcess python;
    python.setProcessEnvironment(testEnvironment());
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral("-c"), QString::fromUtf8(kPythonScript)} + m_files);
    QVERIFY2(python.waitForStarted(10000), "cannot start /usr/bin/python3 (install python3)");
    QVERIFY(python.waitForFinished(60000));
    const QByteArray err = python.readAllStandardError();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             qPrintable(QStringLiteral("python-dotenv failed (install python3-dotenv): ") +
                        QString::fromUtf8(err)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    m_python = doc.object();
}

// Interpolation reads the environment; prove the two sides saw the same one.
void TestDotEnvInterop::sameEnvironmentOnBothSides()
{
    const QJsonObject pyEnv = m_python.value(QStringLiteral("environ")).toObject();
    const QProcessEnvironment env = testEnvironment();
    QStringList pyKeys = pyEnv.keys();
    QStringList keys = env.keys();
    pyKeys.sort();
    keys.sort();
    QCOMPARE(pyKeys, keys);
    for (const QString &k : keys)
        QCOMPARE(pyEnv.value(k).toString(), env.value(k));
}

void TestDotEnvInterop::matchesDotenvValues_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : m_files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestDotEnvInterop::matchesDotenvValues()
{
    QFETCH(QString, path);
    const QJsonObject py =
        m_python.value(QStringLiteral("files")).toObject().value(path).toObject();
    QVERIFY2(!py.isEmpty(), "python-dotenv gave no result for this file");
    const QJsonArray items = py.value(QStringLiteral("items")).toArray();

    const auto parsed = DotEnv::readFile(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const DotEnvValues ours = parsed->values(testEnvironment(), true, true);

    QCOMPARE(ours.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonArray kv = items[i].toArray();
        const QByteArray pyKey = kv[0].toString().toUtf8();
        const std::optional<QString> pyValue =
            kv[1].isNull() ? std::nullopt : std::optional<QString>(kv[1].toString());
        const auto &entry = ours.entries()[i];
        QCOMPARE(entry.key.toUtf8(), pyKey);
        QVERIFY2(
            render(entry.value) == render(pyValue),
            qPrintable(QStringLiteral("%1: Stratum %2, python-dotenv %3")
                           .arg(QString::fromUtf8(pyKey), QString::fromUtf8(render(entry.value)),
                                QString::fromUtf8(render(pyValue)))));
    }
    // Both reject the same statements (python-dotenv logs them, Stratum reports them).
    QCOMPARE(parsed->errors().size(), py.value(QStringLiteral("errors")).toInt());
    for (const auto &e : parsed->errors()) {
        QCOMPARE(e.source, path);
        QVERIFY(e.line > 0 && e.column > 0);
    }
}

QTEST_GUILESS_MAIN(TestDotEnvInterop)
#include "test_dotenv_interop.moc"
