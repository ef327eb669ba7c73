// Interop: a history built by the real Alembic CLI (branch, splice, merge,
// branch label, depends_on, two version locations) is listed by both
// /usr/bin/alembic and stratum-cli; the outputs must agree line by line.
// Only Python's set ordering (children of a branch point) is normalised.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Alembic prints a branch point's children in Python set order, which changes
// from run to run; sort those lists on both sides.
QString normalise(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression childLine(QStringLiteral("^ + -> "));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1String("Branches into: "))) {
            QStringList ids = line.mid(15).split(QLatin1String(", "));
            ids.sort();
            line = QLatin1String("Branches into: ") + ids.join(QLatin1String(", "));
        }
    }
    for (int i = 0; i < lines.size();) {
        int j = i;
        while (j < lines.size() && childLine.match(lines[j]).hasMatch())
            ++j;
        if (j > i + 1) {
            QStringList block = lines.mid(i, j - i);
            block.sort();
            for (int k = i; k < j; ++k)
                lines[k] = block[k - i];
        }
        i = std::max(j, i + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestMigrateHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameOutput_data();
    void sameOutput();
    void sameErrors_data();
    void sameErrors();
    void malformedScriptIsReported();

private:
    Run run(const QString &program, const QStringList &args) const;
    Run alembic(const QStringList &args) const { return run("/usr/bin/alembic", args); }
    Run stratum(const QStringList &args) const { return run(STRATUM_CLI_PATH, args); }
    QString newRevision(const QStringList &args);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_ids;  // short name -> revision id
};

Run TestMigrateHistory::run(const QString &program, const QStringList &args) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestMigrateHistory::newRevision(const QStringList &args)
{
    const Run r = alembic(args);
    // "  Generating /tmp/.../versions/4e51fb62b171_create_account.py ...  done"
    static const QRegularExpression generated(QStringLiteral("Generating (\\S+\\.py)"));
    const QRegularExpressionMatch m = generated.match(r.out);
    if (r.exitCode != 0 || !m.hasMatch())
        qFatal("alembic %s failed: %s %s", qPrintable(args.join(' ')), qPrintable(r.out),
               qPrintable(r.err));
    return QFileInfo(m.captured(1)).fileName().section(QLatin1Char('_'), 0, 0);
}

void TestMigrateHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists("/usr/bin/alembic"));
    const Run init = alembic({"init", "alembic"});
    QVERIFY2(init.exitCode == 0, qPrintable(init.out + init.err));

    // env.py needs a URL; two version locations exercise version_locations.
    QFile ini(m_dir.filePath("alembic.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(ini.readAll());
    ini.close();
    text.replace(QRegularExpression(QStringLiteral("(?m)^sqlalchemy\\.url = .*$")),
                 QStringLiteral("sqlalchemy.url = sqlite:///%1/x.db").arg(m_dir.path()));
    // Alembic 1.8's template puts a comment after "os" that ConfigParser keeps
    // as part of the value; it breaks as soon as version_locations is set.
    text.replace(QRegularExpression(QStringLiteral("(?m)^version_path_separator = .*$")),
                 QStringLiteral("version_path_separator = os"));
    text.replace(QStringLiteral("[alembic]\n"),
                 QStringLiteral("[alembic]\nversion_locations = "
                                "%(here)s/alembic/versions:%(here)s/extra\n"));
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write(text.toUtf8());
    ini.close();
    QVERIFY(QDir(m_dir.path()).mkdir("extra"));

    m_ids["r1"] =
        newRevision({"revision", "-m", "create account", "--version-path", "alembic/versions"});
    m_ids["r2"] = newRevision({"revision", "-m", "add order"});
    m_ids["r3"] = newRevision({"revision", "-m", "branch b", "--head", m_ids["r1"], "--splice"});
    m_ids["m1"] = newRevision({"merge", "-m", "merge heads", "heads"});
    m_ids["s1"] = newRevision({"revision", "-m", "new root", "--head", "base", "--branch-label",
                               "side", "--version-path", "extra"});
    m_ids["s2"] = newRevision(
        {"revision", "-m", "side two", "--head", "side@head", "--depends-on", m_ids["r2"]});
    m_ids["r5"] = newRevision({"revision", "-m", "tweak \"users\", again", "--head", m_ids["m1"]});
    m_ids["r6"] = newRevision({"revision", "-m", "late fix", "--head", m_ids["r2"], "--splice"});
}

void TestMigrateHistory::sameOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("history") << QStringList{"history"};
    QTest::newRow("history --verbose") << QStringList{"history", "--verbose"};
    QTest::newRow("history -r r1:") << QStringList{"history", "-r", m_ids["r1"] + ":"};
    QTest::newRow("history -r :m1") << QStringList{"history", "-r", ":" + m_ids["m1"]};
    QTest::newRow("history -r side") << QStringList{"history", "-r", "base:side@head"};
    QTest::newRow("history -r prefix:heads -v")
        << QStringList{"history", "-r", m_ids["r3"].left(6) + ":heads", "-v"};
    QTest::newRow("heads") << QStringList{"heads"};
    QTest::newRow("heads --verbose") << QStringList{"heads", "--verbose"};
    QTest::newRow("heads --resolve-dependencies") << QStringList{"heads", "--resolve-dependencies"};
    QTest::newRow("branches") << QStringList{"branches"};
    QTest::newRow("branches --verbose") << QStringList{"branches", "--verbose"};
    QTest::newRow("show prefix") << QStringList{"show", m_ids["r1"].left(5)};
    QTest::newRow("show heads") << QStringList{"show", "heads"};
    QTest::newRow("show side@head") << QStringList{"show", "side@head"};
    QTest::newRow("show side") << QStringList{"show", "side"};
    QTest::newRow("show base") << QStringList{"show", "base"};
    // Alembic accepts prefixes shorter than four characters when they match one
    // id only (the four-character rule applies to the ids, not the prefix).
    int len = 2;
    for (const QString &other : m_ids)
        while (other != m_ids["r1"] && other.startsWith(m_ids["r1"].left(len)))
            ++len;
    QTest::newRow("show short prefix") << QStringList{"show", m_ids["r1"].left(len)};
    QTest::newRow("show side@-1") << QStringList{"show", "side@-1"};
    QTest::newRow("show merge") << QStringList{"show", m_ids["m1"]};
}

void TestMigrateHistory::sameOutput()
{
    QFETCH(QStringList, args);
    const Run a = alembic(args);
    QStringList stratumArgs = args;
    const Run s = stratum(stratumArgs);
    QVERIFY2(a.exitCode == 0, qPrintable(a.out + a.err));
    QVERIFY2(s.exitCode == 0, qPrintable(s.err));
    QVERIFY(!a.out.isEmpty() || args.contains("base"));
    const QStringList expected = normalise(a.out).split('\n');
    const QStringList actual = normalise(s.out).split('\n');
    for (int i = 0; i < std::min(expected.size(), actual.size()); ++i)
        QCOMPARE(actual[i], expected[i]);
    QCOMPARE(actual.size(), expected.size());
}

void TestMigrateHistory::sameErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("show head (several heads)") << QStringList{"show", "head"};
    QTest::newRow("history -r head:") << QStringList{"history", "-r", "head:"};
    QTest::newRow("show unknown") << QStringList{"show", "zzzz"};
    QTest::newRow("show short unknown prefix") << QStringList{"show", "zz"};
    QTest::newRow("show relative") << QStringList{"show", m_ids["s1"] + "+1"};
    QTest::newRow("history without colon") << QStringList{"history", "-r", "abc"};
    QTest::newRow("history unrelated range")
        << QStringList{"history", "-r", m_ids["r5"] + ":" + m_ids["r6"]};
    QTest::newRow("show ambiguous walk") << QStringList{"show", m_ids["r2"] + "+1"};
    QTest::newRow("show wrong branch") << QStringList{"show", "side@" + m_ids["r1"]};
}

void TestMigrateHistory::sameErrors()
{
    QFETCH(QStringList, args);
    const Run a = alembic(args);
    const Run s = stratum(args);
    QVERIFY2(a.exitCode != 0, qPrintable(a.out));
    QVERIFY2(s.exitCode != 0, qPrintable(s.out));
    // Alembic prints "FAILED: ..." on stdout; Stratum on stderr.
    QVERIFY2(a.out.trimmed().startsWith("FAILED: "), qPrintable(a.out + a.err));
    QCOMPARE(s.err.trimmed(), a.out.trimmed());
}

void TestMigrateHistory::malformedScriptIsReported()
{
    // A syntax error in one script: Stratum names file, line and column, and
    // exits non-zero, as Alembic (which cannot import it) does.
    const QString path = m_dir.filePath("extra/deadbeef0001_broken.py");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"\"\"broken\n\nRevision ID: deadbeef0001\n\"\"\"\nrevision = 'deadbeef0001'\n"
            "down_revision = (\n");
    f.close();
    const Run a = alembic({"history"});
    const Run s = stratum({"history"});
    QFile::remove(path);
    QVERIFY(a.exitCode != 0);
    QCOMPARE(s.exitCode, 1);
    QVERIFY2(s.err.contains(path + ":6:"), qPrintable(s.err));
}

QTEST_GUILESS_MAIN(TestMigrateHistory)
#include "test_migrate_history.moc"
