#include "core/config/DotEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

using stratum::config::DotEnv;
using stratum::config::DotEnvValues;

namespace {

using Opt = std::optional<QString>;
using Pairs = QList<std::pair<QString, Opt>>;

// Builds a QString from a char16_t literal, keeping embedded NULs and a leading
// U+FEFF (QString::fromUtf16 would take that for a byte-order mark and drop it).
template <std::size_t N> QString str(const char16_t (&s)[N])
{
    return QString(reinterpret_cast<const QChar *>(s), N - 1);
}

QString show(const Opt &v)
{
    return v ? QLatin1Char('"') + *v + QLatin1Char('"') : QStringLiteral("None");
}

QString show(const Pairs &pairs)
{
    QStringList parts;
    for (const auto &[k, v] : pairs)
        parts << k + QLatin1Char('=') + show(v);
    return parts.join(QStringLiteral(", "));
}

Pairs toPairs(const DotEnvValues &values)
{
    Pairs out;
    for (const auto &e : values.entries())
        out.append({e.key, e.value});
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

Q_DECLARE_METATYPE(Pairs)

class TestDotEnv : public QObject
{
    Q_OBJECT

private slots:
    void matchesPythonDotenv_data();
    void matchesPythonDotenv();
    void errorPositions_data();
    void errorPositions();
    void malformedLinesDoNotLoseTheRest();
    void bindingPositions();
    void overrideDecidesInterpolation();
    void interpolateCanBeDisabled();
    void applyNeverOverridesUnlessAsked();
    void loadIntoProcess();
    void interpolateWithLookup();
    void findWalksUp();
    void readFileTranslatesNewlines();
    void readFileKeepsByteOrderMark();
    void readFileReportsInvalidUtf8();
    void readFileMissing();
};

void TestDotEnv::matchesPythonDotenv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Pairs>("expected");
    QTest::addColumn<int>("errors");
#define ADD_CASE(name, text, pairs, errors) QTest::newRow(name) << str(text) << pairs << errors
#include "dotenv_cases.inc"
#undef ADD_CASE
}

// Every row's expectation was produced by python-dotenv itself (make_cases.py)
// with an empty environment.
void TestDotEnv::matchesPythonDotenv()
{
    QFETCH(QString, text);
    QFETCH(Pairs, expected);
    QFETCH(int, errors);
    const DotEnv env = DotEnv::parse(text, QStringLiteral("test.env"));
    const Pairs actual = toPairs(env.values(QProcessEnvironment()));
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("got [%1], want [%2]").arg(show(actual), show(expected))));
    QCOMPARE(env.errors().size(), errors);
    for (const auto &e : env.errors()) {
        QCOMPARE(e.source, QStringLiteral("test.env"));
        QVERIFY(e.line >= 1);
        QVERIFY(e.column >= 1);
    }
}

void TestDotEnv::errorPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("equals first") << QStringLiteral("A=1\n=x") << 2 << 1 << QStringLiteral("name");
    QTest::newRow("open double quote")
        << QStringLiteral("A=1\nB=\"open\nC=3") << 2 << 3 << QStringLiteral("double-quoted");
    QTest::newRow("open single quote")
        << QStringLiteral("B='open") << 1 << 3 << QStringLiteral("single-quoted");
    QTest::newRow("quoted key then word")
        << QStringLiteral("A=1\n  'x' y\n") << 2 << 7 << QStringLiteral("'='");
    QTest::newRow("text after quote")
        << QStringLiteral("A='x'   tail") << 1 << 9 << QStringLiteral("closing quote");
    QTest::newRow("crlf counts once")
        << QStringLiteral("A=1\r\nB C=2") << 2 << 3 << QStringLiteral("'='");
    QTest::newRow("code point columns")
        << QStringLiteral("h\u00e9llo w\u00f6rld=1") << 1 << 7 << QStringLiteral("'='");
    QTest::newRow("astral columns")
        << str(u"\U0001F600\U0001F600 x") << 1 << 4 << QStringLiteral("'='");
    QTest::newRow("export then equals")
        << QStringLiteral("\n\n\nexport =1") << 4 << 8 << QStringLiteral("name");
    QTest::newRow("export then newline")
        << QStringLiteral("export \nB=2") << 1 << 8 << QStringLiteral("after 'export'");
    QTest::newRow("after multi-line value")
        << QStringLiteral("A=\"x\ny\" z") << 2 << 4 << QStringLiteral("closing quote");
    QTest::newRow("unterminated quoted key")
        << QStringLiteral("\n 'key=1") << 2 << 2 << QStringLiteral("unterminated");
    QTest::newRow("empty quoted key")
        << QStringLiteral("''=1") << 1 << 1 << QStringLiteral("empty");
}

void TestDotEnv::errorPositions()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const DotEnv env = DotEnv::parse(text, QStringLiteral("/p/.env"));
    QCOMPARE(env.errors().size(), 1);
    const stratum::Error &e = env.errors().first();
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.code, QStringLiteral("syntax"));
    QVERIFY(e.toString().startsWith(QStringLiteral("/p/.env:%1:%2: ").arg(line).arg(column)));
}

void TestDotEnv::malformedLinesDoNotLoseTheRest()
{
    const DotEnv env = DotEnv::parse(QStringLiteral("A=1\n=bad\nB=2\n'oops\nC=3\nD E\nF=\"ok\""),
                                     QStringLiteral("f"));
    const DotEnvValues v = env.values(QProcessEnvironment());
    QCOMPARE(v.keys(), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                    QStringLiteral("F")}));
    QCOMPARE(v.value(QStringLiteral("F")), Opt(QStringLiteral("ok")));
    QCOMPARE(env.errors().size(), 3);
    QCOMPARE(env.errors()[0].line, 2);
    QCOMPARE(env.errors()[1].line, 4);
    QCOMPARE(env.errors()[2].line, 6);
    QVERIFY(env.hasErrors());
}

void TestDotEnv::bindingPositions()
{
    const DotEnv env = DotEnv::parse(QStringLiteral("# c\nexport  KEY=1\nM=\"a\nb\"\n  N\nKEY=2"));
    const auto &b = env.bindings();
    QCOMPARE(b.size(), 4);
    QCOMPARE(b[0].line, 2);
    QCOMPARE(b[0].column, 9);
    QCOMPARE(b[0].valueLine, 2);
    QCOMPARE(b[0].valueColumn, 13);
    QCOMPARE(b[1].line, 3);
    QCOMPARE(b[1].valueColumn, 4);  // inside the quote
    QCOMPARE(b[2].valueLine, 0);    // no '='
    QCOMPARE(b[3].valueLine, 6);
    QCOMPARE(b[2].key, QStringLiteral("N"));
    QCOMPARE(b[2].line, 5);
    QCOMPARE(b[2].column, 3);
    QVERIFY(!b[2].value.has_value());
    const DotEnvValues v = env.values(QProcessEnvironment());
    // The entry keeps its first position in the order but the last binding's location.
    QCOMPARE(v.keys().first(), QStringLiteral("KEY"));
    QCOMPARE(v.find(QStringLiteral("KEY"))->line, 6);
    QCOMPARE(v.value(QStringLiteral("KEY")), Opt(QStringLiteral("2")));
}

void TestDotEnv::overrideDecidesInterpolation()
{
    QProcessEnvironment penv;
    penv.insert(QStringLiteral("B"), QStringLiteral("env"));
    penv.insert(QStringLiteral("ONLY_ENV"), QStringLiteral("e"));
    const DotEnv env = DotEnv::parse(
        QStringLiteral("B=file\nA=${B}\nC=${ONLY_ENV}\nD=${ONLY_ENV:-d}\nN\nE=${N:-x}"));
    const DotEnvValues fileWins = env.values(penv, true, true);
    QCOMPARE(fileWins.value(QStringLiteral("A")), Opt(QStringLiteral("file")));
    QCOMPARE(fileWins.value(QStringLiteral("C")), Opt(QStringLiteral("e")));
    QCOMPARE(fileWins.value(QStringLiteral("D")), Opt(QStringLiteral("e")));
    QCOMPARE(fileWins.value(QStringLiteral("E")), Opt(QString()));
    const DotEnvValues envWins = env.values(penv, true, false);
    QCOMPARE(envWins.value(QStringLiteral("A")), Opt(QStringLiteral("env")));
    QCOMPARE(envWins.value(QStringLiteral("C")), Opt(QStringLiteral("e")));
    // The values themselves are the file's: override only steers ${...}.
    QCOMPARE(envWins.value(QStringLiteral("B")), Opt(QStringLiteral("file")));
    // An environment variable set to "" is known, so the default does not apply.
    penv.insert(QStringLiteral("EMPTY"), QString());
    const DotEnv d = DotEnv::parse(QStringLiteral("X=${EMPTY:-dflt}"));
    QCOMPARE(d.values(penv).value(QStringLiteral("X")), Opt(QString()));
}

void TestDotEnv::interpolateCanBeDisabled()
{
    QProcessEnvironment penv;
    penv.insert(QStringLiteral("B"), QStringLiteral("env"));
    const DotEnv env = DotEnv::parse(QStringLiteral("A=${B}\nC=\"${B:-x}\""));
    const DotEnvValues v = env.values(penv, false);
    QCOMPARE(v.value(QStringLiteral("A")), Opt(QStringLiteral("${B}")));
    QCOMPARE(v.value(QStringLiteral("C")), Opt(QStringLiteral("${B:-x}")));
}

void TestDotEnv::applyNeverOverridesUnlessAsked()
{
    const DotEnv env = DotEnv::parse(QStringLiteral("A=new\nB=2\nC\nD=${A}"));
    QProcessEnvironment penv;
    penv.insert(QStringLiteral("A"), QStringLiteral("orig"));
    QProcessEnvironment kept = penv;
    const QStringList set = env.applyTo(kept);
    QCOMPARE(set, (QStringList{QStringLiteral("B"), QStringLiteral("D")}));
    QCOMPARE(kept.value(QStringLiteral("A")), QStringLiteral("orig"));
    QCOMPARE(kept.value(QStringLiteral("B")), QStringLiteral("2"));
    QVERIFY(!kept.contains(QStringLiteral("C")));                       // None is never set
    QCOMPARE(kept.value(QStringLiteral("D")), QStringLiteral("orig"));  // env wins in ${A}

    QProcessEnvironment overridden = penv;
    const QStringList all = env.applyTo(overridden, true);
    QCOMPARE(all, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")}));
    QCOMPARE(overridden.value(QStringLiteral("A")), QStringLiteral("new"));
    QCOMPARE(overridden.value(QStringLiteral("D")), QStringLiteral("new"));
}

void TestDotEnv::loadIntoProcess()
{
    const QByteArray existing = "STRATUM_TEST_DOTENV_EXISTING";
    const QByteArray fresh = "STRATUM_TEST_DOTENV_FRESH";
    qputenv(existing.constData(), "before");
    qunsetenv(fresh.constData());
    const DotEnv env = DotEnv::parse(
        QStringLiteral("STRATUM_TEST_DOTENV_EXISTING=after\nSTRATUM_TEST_DOTENV_FRESH=v"));
    env.loadIntoProcess();
    QCOMPARE(qgetenv(existing.constData()), QByteArray("before"));
    QCOMPARE(qgetenv(fresh.constData()), QByteArray("v"));
    env.loadIntoProcess(true);
    QCOMPARE(qgetenv(existing.constData()), QByteArray("after"));
    qunsetenv(existing.constData());
    qunsetenv(fresh.constData());
}

void TestDotEnv::interpolateWithLookup()
{
    const DotEnv::Lookup lookup = [](const QString &name) -> std::optional<Opt> {
        if (name == QStringLiteral("X"))
            return Opt(QStringLiteral("x"));
        if (name == QStringLiteral("NONE"))
            return Opt();
        return std::nullopt;
    };
    QCOMPARE(DotEnv::interpolate(QStringLiteral("a${X}b${Y:-y}c${NONE:-n}d"), lookup),
             QStringLiteral("axbycd"));
    QCOMPARE(DotEnv::interpolate(QStringLiteral("$${X}}"), lookup), QStringLiteral("$x}"));
    QCOMPARE(DotEnv::interpolate(QStringLiteral("${"), lookup), QStringLiteral("${"));
    QCOMPARE(DotEnv::interpolate(QStringLiteral("${X:-"), lookup), QStringLiteral("${X:-"));
    QCOMPARE(DotEnv::interpolate(QStringLiteral("${X:y}${X}"), lookup), QStringLiteral("${X:y}x"));
}

void TestDotEnv::findWalksUp()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.path();
    const QString name = QStringLiteral(".env.stratum-test");
    QVERIFY(QDir(root).mkpath(QStringLiteral("a/b/c")));
    QVERIFY(writeFile(root + QStringLiteral("/") + name, "A=1\n"));
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a/b/c"), name),
             root + QStringLiteral("/") + name);
    QVERIFY(writeFile(root + QStringLiteral("/a/") + name, "A=2\n"));
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a/b/c"), name),
             root + QStringLiteral("/a/") + name);
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a"), name), root + QStringLiteral("/a/") + name);
    // A start that is a file searches from its folder.
    QVERIFY(writeFile(root + QStringLiteral("/a/b/file.txt"), "x"));
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a/b/file.txt"), name),
             root + QStringLiteral("/a/") + name);
    // A folder with the file's name is not a match.
    QVERIFY(QDir(root).mkpath(QStringLiteral("a/b/") + name));
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a/b/c"), name),
             root + QStringLiteral("/a/") + name);
    QCOMPARE(DotEnv::find(root + QStringLiteral("/missing"), name), QString());
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a/b/c"),
                          QStringLiteral(".env.stratum-test-that-does-not-exist")),
             QString());
    // Relative paths are cleaned: "a/b/c/.." starts in a/b.
    QCOMPARE(DotEnv::find(root + QStringLiteral("/a/b/c/../.."), name),
             root + QStringLiteral("/a/") + name);
}

void TestDotEnv::readFileTranslatesNewlines()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral(".env"));
    QVERIFY(writeFile(path, "A=\"x\r\ny\"\r\nB=2\rC='p\rq'\r\n"));
    const auto env = DotEnv::readFile(path);
    QVERIFY(env.ok());
    QCOMPARE(env->source(), path);
    const DotEnvValues v = env->values(QProcessEnvironment());
    QCOMPARE(v.value(QStringLiteral("A")), Opt(QStringLiteral("x\ny")));
    QCOMPARE(v.value(QStringLiteral("B")), Opt(QStringLiteral("2")));
    QCOMPARE(v.value(QStringLiteral("C")), Opt(QStringLiteral("p\nq")));
    QCOMPARE(env->bindings()[2].line, 4);
}

void TestDotEnv::readFileKeepsByteOrderMark()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral(".env"));
    QVERIFY(writeFile(path, "\xef\xbb\xbf"
                            "A=1\n"));
    const auto env = DotEnv::readFile(path);
    QVERIFY(env.ok());
    QCOMPARE(env->values(QProcessEnvironment()).keys(), QStringList{str(u"\ufeffA")});
}

void TestDotEnv::readFileReportsInvalidUtf8()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral(".env"));
    QVERIFY(writeFile(path, "A=1\nB=\xc3\xa9\xff\nC=3\n"));
    const auto env = DotEnv::readFile(path);
    QVERIFY(env.ok());
    QCOMPARE(env->errors().size(), 1);
    QCOMPARE(env->errors()[0].code, QStringLiteral("encoding"));
    QCOMPARE(env->errors()[0].line, 2);
    QCOMPARE(env->errors()[0].column, 4);
    QVERIFY(env->errors()[0].message.contains(QStringLiteral("0xff")));
    const DotEnvValues v = env->values(QProcessEnvironment());
    QCOMPARE(v.keys(),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(v.value(QStringLiteral("C")), Opt(QStringLiteral("3")));
    // Overlong encodings and UTF-8-encoded surrogates are invalid too, as in Python.
    QVERIFY(writeFile(path, "A=\xc0\xaf"));
    QCOMPARE(DotEnv::readFile(path)->errors().size(), 1);
    QVERIFY(writeFile(path, "A=\xed\xa0\x80"));
    QCOMPARE(DotEnv::readFile(path)->errors().size(), 1);
    QVERIFY(writeFile(path, "A=\xf0\x9f\x98"));
    QCOMPARE(DotEnv::readFile(path)->errors().size(), 1);
    QVERIFY(writeFile(path, "A=\xf0\x9f\x98\x80"));
    QCOMPARE(DotEnv::readFile(path)->errors().size(), 0);
}

void TestDotEnv::readFileMissing()
{
    QTemporaryDir tmp;
    const auto env = DotEnv::readFile(tmp.filePath(QStringLiteral("nope.env")));
    QVERIFY(!env.ok());
    QCOMPARE(env.error().code, QStringLiteral("io"));
    QVERIFY(env.error().source.endsWith(QStringLiteral("nope.env")));
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "test_dotenv.moc"
