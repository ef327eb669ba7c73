// Unit tests for reading revision script headers and scanning a script
// directory: values, positions, per-file errors, duplicates and alembic.ini.
#include "core/migrate/RevisionHeaderCache.h"
#include "core/migrate/RevisionReader.h"
#include "core/migrate/ScriptDirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

QString script(const QString &id, const QString &down, const QString &message,
               const QString &extra = QString())
{
    return QStringLiteral("\"\"\"%3\n\nRevision ID: %1\nRevises: %4\nCreate Date: "
                          "2024-05-01 10:20:30.123456\n\n\"\"\"\n"
                          "from alembic import op\nimport sqlalchemy as sa\n\n\n"
                          "# revision identifiers, used by Alembic.\n"
                          "revision = '%1'\ndown_revision = %2\nbranch_labels = None\n"
                          "depends_on = None\n%5\n\ndef upgrade() -> None:\n    pass\n\n\n"
                          "def downgrade() -> None:\n    pass\n")
        .arg(id, down, message, down == QLatin1String("None") ? QString() : down, extra);
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
}

}  // namespace

class TestScriptDirectory : public QObject
{
    Q_OBJECT

private slots:
    void readsAlembicHeader();
    void readsMergesLabelsAndDependencies();
    void headerErrorsHavePositions_data();
    void headerErrorsHavePositions();
    void legacyFileNameId();
    void scanKeepsGoodFilesAndReportsBadOnes();
    void readsAlembicIni();
    void configErrors();
    void headerCacheIsExact();
};

void TestScriptDirectory::readsAlembicHeader()
{
    Result<Revision> r = RevisionReader::readSource(script("1975ea83b712", "None", "add account"),
                                                    "/p/versions/1975ea83b712_add_account.py");
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->id, QStringLiteral("1975ea83b712"));
    QVERIFY(r->downRevisions.isEmpty());
    QVERIFY(r->branchLabels.isEmpty());
    QVERIFY(r->dependsOn.isEmpty());
    QCOMPARE(r->message(), QStringLiteral("add account"));
    QCOMPARE(r->docRevisionId, QStringLiteral("1975ea83b712"));
    QCOMPARE(r->createDate, QStringLiteral("2024-05-01 10:20:30.123456"));
    QVERIFY(r->docstring.startsWith("add account\n\nRevision ID: 1975ea83b712"));
    QVERIFY(r->docstring.endsWith("123456"));  // stripped, as Script.longdoc
    QCOMPARE(r->idPosition.line, 13);
    QCOMPARE(r->idPosition.column, 12);
    QCOMPARE(r->downRevisionPosition.line, 14);
}

void TestScriptDirectory::readsMergesLabelsAndDependencies()
{
    QString text = script("ae1027a6acf", "('27c6a30d7c24', '1975ea83b712')", "merge");
    text.replace("branch_labels = None", "branch_labels = ('shopping', 'cart')");
    text.replace("depends_on = None", "depends_on = 'accounts'");
    Result<Revision> r = RevisionReader::readSource(text, "m.py");
    QVERIFY(r);
    QCOMPARE(r->downRevisions, (QStringList{"27c6a30d7c24", "1975ea83b712"}));
    QCOMPARE(r->branchLabels, (QStringList{"shopping", "cart"}));
    QCOMPARE(r->dependsOn, QStringList{"accounts"});
    QCOMPARE(r->docRevises, QStringLiteral("('27c6a30d7c24', '1975ea83b712')"));
}

void TestScriptDirectory::headerErrorsHavePositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("syntax error") << script("a1", "(", "broken") << 15 << QString();
    QTest::newRow("computed id")
        << script("a1", "None", "x").replace("revision = 'a1'", "revision = make_id()") << 13
        << QStringLiteral("'revision' must be a string literal");
    QTest::newRow("computed down_revision")
        << script("a1", "PREVIOUS", "x") << 14 << QStringLiteral("'down_revision' must be");
    QTest::newRow("no down_revision")
        << script("a1", "None", "x").replace("down_revision = None\n", "") << 0
        << QStringLiteral("no 'down_revision' assignment");
    QTest::newRow("bad branch_labels")
        << script("a1", "None", "x").replace("branch_labels = None", "branch_labels = 3") << 15
        << QStringLiteral("'branch_labels' must be");
}

void TestScriptDirectory::headerErrorsHavePositions()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    Result<Revision> r = RevisionReader::readSource(text, "/v/a1_x.py");
    QVERIFY(!r);
    QCOMPARE(r.error().source, QStringLiteral("/v/a1_x.py"));
    QVERIFY2(line == 0 || r.error().line >= line, qPrintable(r.error().toString()));
    if (line > 0)
        QVERIFY2(r.error().column > 0, qPrintable(r.error().toString()));
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().toString()));
}

void TestScriptDirectory::legacyFileNameId()
{
    QString text = script("x", "None", "legacy").replace("revision = 'x'\n", "");
    Result<Revision> r = RevisionReader::readSource(text, "/v/abc123.py");
    QVERIFY(r);
    QCOMPARE(r->id, QStringLiteral("abc123"));
    Result<Revision> bad = RevisionReader::readSource(text, "/v/not_hex.py");
    QVERIFY(!bad);
    QVERIFY(bad.error().message.startsWith(
        "Could not determine revision id from filename not_hex.py."));
}

void TestScriptDirectory::scanKeepsGoodFilesAndReportsBadOnes()
{
    QTemporaryDir dir;
    const QString versions = dir.filePath("scripts/versions");
    QVERIFY(QDir().mkpath(versions));
    writeFile(versions + "/aaa111_one.py", script("aaa111", "None", "one"));
    writeFile(versions + "/bbb222_two.py", script("bbb222", "'aaa111'", "two"));
    writeFile(versions + "/ccc333_three.py", script("ccc333", "'bbb222'", "three"));
    writeFile(versions + "/ddd444_broken.py", script("ddd444", "'ccc333'", "broken") + "def (\n");
    writeFile(versions + "/copy_of_two.py", script("bbb222", "'aaa111'", "two again"));
    writeFile(versions + "/__init__.py", "");
    writeFile(versions + "/.#lock.py", "garbage(");
    writeFile(versions + "/notes.txt", "not a script");

    Result<ScriptDirectory> sd = ScriptDirectory::load({"scripts", {}, dir.path(), false, {}});
    QVERIFY(sd);
    QCOMPARE(sd->cachedCount(), 0);
    QCOMPARE(sd->directory(), dir.filePath("scripts"));
    QCOMPARE(sd->revisions().size(), 3);
    QCOMPARE(sd->errors().size(), 2);
    bool sawSyntax = false, sawDuplicate = false;
    for (const Error &e : sd->errors()) {
        if (e.source.endsWith("ddd444_broken.py")) {
            sawSyntax = true;
            QVERIFY(e.line > 0 && e.column > 0);
        }
        if (e.code == "duplicate") {
            sawDuplicate = true;
            QVERIFY2(e.message.contains("bbb222_two.py") && e.message.contains("copy_of_two.py"),
                     qPrintable(e.message));
        }
    }
    QVERIFY(sawSyntax);
    QVERIFY(sawDuplicate);
    Result<RevisionGraph> g = sd->graph();
    QVERIFY(g);
    QCOMPARE(g->size(), 3);
    Result<RevisionGraph> strict = sd->strictGraph();
    QVERIFY(!strict);
    QCOMPARE(strict.error().message.count('\n'), 1);  // both errors, one per line

    Result<ScriptDirectory> missing = ScriptDirectory::load({"nowhere", {}, dir.path()});
    QVERIFY(!missing);
    QCOMPARE(missing.error().message,
             QStringLiteral("Path doesn't exist: '%1'.  Please use the 'init' command to create "
                            "a new scripts folder.")
                 .arg(dir.filePath("nowhere")));
}

void TestScriptDirectory::readsAlembicIni()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("migrations/versions")));
    QVERIFY(QDir().mkpath(dir.filePath("more")));
    writeFile(dir.filePath("migrations/versions/aaa111_one.py"), script("aaa111", "None", "one"));
    writeFile(dir.filePath("more/bbb222_two.py"), script("bbb222", "'aaa111'", "two"));
    writeFile(dir.filePath("alembic.ini"),
              "# A comment\n[alembic]\nscript_location = %(here)s/migrations\n"
              "version_locations = %(here)s/migrations/versions:%(here)s/more\n"
              "version_path_separator = os\n; another comment\n"
              "sqlalchemy.url = driver://user:pass@localhost/dbname\n\n"
              "[loggers]\nkeys = root\n");
    Result<ScriptDirectory::Location> loc =
        ScriptDirectory::locationFromConfig(dir.filePath("alembic.ini"));
    QVERIFY2(loc, qPrintable(loc ? QString() : loc.error().toString()));
    QCOMPARE(loc->scriptLocation, dir.filePath("migrations"));
    QCOMPARE(loc->versionLocations,
             (QStringList{dir.filePath("migrations/versions"), dir.filePath("more")}));
    Result<ScriptDirectory> sd = ScriptDirectory::fromConfig(dir.filePath("alembic.ini"));
    QVERIFY(sd);
    QCOMPARE(sd->revisions().size(), 2);
    QVERIFY(sd->errors().isEmpty());

    Result<QStringList> legacy = ScriptDirectory::splitVersionLocations("a, b  c", QString());
    QCOMPARE(legacy.value(), (QStringList{"a", "b", "c"}));
    Result<QStringList> spaces = ScriptDirectory::splitVersionLocations("a  b", "space");
    QCOMPARE(spaces.value(), (QStringList{"a", "b"}));
}

void TestScriptDirectory::configErrors()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("a.ini"), "[other]\nx = 1\n");
    Result<ScriptDirectory::Location> noSection =
        ScriptDirectory::locationFromConfig(dir.filePath("a.ini"));
    QCOMPARE(noSection.error().message,
             QStringLiteral("No config file '%1' found, or file has no '[alembic]' section")
                 .arg(dir.filePath("a.ini")));
    writeFile(dir.filePath("b.ini"), "[alembic]\nsqlalchemy.url = sqlite://\n");
    Result<ScriptDirectory::Location> noKey =
        ScriptDirectory::locationFromConfig(dir.filePath("b.ini"));
    QCOMPARE(noKey.error().message,
             QStringLiteral("No 'script_location' key found in configuration."));
    writeFile(dir.filePath("c.ini"), "[alembic]\nscript_location = x\nversion_locations = a\n"
                                     "version_path_separator = os  # comment\n");
    Result<ScriptDirectory::Location> badSeparator =
        ScriptDirectory::locationFromConfig(dir.filePath("c.ini"));
    QCOMPARE(badSeparator.error().message,
             QStringLiteral("'os  # comment' is not a valid value for version_path_separator; "
                            "expected 'space', 'os', ':', ';'"));
    Result<ScriptDirectory::Location> absent =
        ScriptDirectory::locationFromConfig(dir.filePath("none.ini"));
    QVERIFY(!absent);
}

void TestScriptDirectory::headerCacheIsExact()
{
    QTemporaryDir dir;
    const QString versions = dir.filePath("s/versions");
    QVERIFY(QDir().mkpath(versions));
    for (int i = 0; i < 5; ++i)
        writeFile(versions + QStringLiteral("/r%1_x.py").arg(i),
                  script(QStringLiteral("r%1").arg(i),
                         i ? QStringLiteral("'r%1'").arg(i - 1) : QStringLiteral("None"),
                         QStringLiteral("step %1").arg(i)));
    writeFile(versions + "/bad_x.py", "revision = (\n");
    const ScriptDirectory::Location location{"s", {}, dir.path(), true, dir.filePath("cache.bin")};

    Result<ScriptDirectory> first = ScriptDirectory::load(location);
    QVERIFY(first);
    QCOMPARE(first->parsedCount(), 6);
    QCOMPARE(first->cachedCount(), 0);
    QVERIFY(QFile::exists(dir.filePath("cache.bin")));

    Result<ScriptDirectory> second = ScriptDirectory::load(location);
    QCOMPARE(second->cachedCount(), 5);
    QCOMPARE(second->parsedCount(), 1);  // the broken file is never cached
    QCOMPARE(second->errors().size(), 1);
    QCOMPARE(second->revisions().size(), 5);
    for (const Revision &r : second->revisions()) {
        const auto same = std::find_if(first->revisions().begin(), first->revisions().end(),
                                       [&](const Revision &o) { return o.id == r.id; });
        QVERIFY(same != first->revisions().end());
        QCOMPARE(r.path, same->path);
        QCOMPARE(r.downRevisions, same->downRevisions);
        QCOMPARE(r.docstring, same->docstring);
        QCOMPARE(r.downRevisionPosition.line, same->downRevisionPosition.line);
        QCOMPARE(r.idPosition.column, same->idPosition.column);
    }

    // Changed bytes are parsed again; a corrupt cache file is ignored.
    writeFile(versions + "/r4_x.py", script("r4", "'r3'", "step four, edited"));
    Result<ScriptDirectory> third = ScriptDirectory::load(location);
    QCOMPARE(third->parsedCount(), 2);
    QCOMPARE(third->cachedCount(), 4);
    writeFile(dir.filePath("cache.bin"), "SRHCgarbage");
    Result<ScriptDirectory> fourth = ScriptDirectory::load(location);
    QCOMPARE(fourth->cachedCount(), 0);
    QCOMPARE(fourth->revisions().size(), 5);
    QVERIFY(!RevisionHeaderCache::defaultFile(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestScriptDirectory)
#include "test_script_directory.moc"
