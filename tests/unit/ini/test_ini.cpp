#include "core/config/AlembicIni.h"
#include "core/config/IniFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using stratum::config::AlembicIni;
using stratum::config::IniFile;

namespace {

enum Outcome { Value, Absent, GetError, ReadError };

template <std::size_t N> QString str(const char16_t (&s)[N])
{
    return QString(reinterpret_cast<const QChar *>(s), N - 1);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QString kIniPath = QStringLiteral("/w/proj/alembic.ini");

}  // namespace

class TestIni : public QObject
{
    Q_OBJECT

private slots:
    void matchesConfigParser_data();
    void matchesConfigParser();
    void errorPositions_data();
    void errorPositions();
    void recoversAfterErrors();
    void sectionsAndOptions();
    void optionPositions();
    void readFileUniversalNewlines();
    void alembicAccessors();
    void alembicDefaults();
    void versionLocations_data();
    void versionLocations();
    void scriptDirectory();
    void alembicMissingSection();
};

void TestIni::matchesConfigParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("expected");
#define ADD_CASE(name, text, section, option, outcome, value)                                      \
    QTest::newRow(name) << str(text) << str(section) << str(option) << int(outcome) << str(value)
#include "ini_cases.inc"
#undef ADD_CASE
}

// Each row's outcome was produced by Python's configparser with
// defaults {"here": "/w/proj"} (make_cases.py).
void TestIni::matchesConfigParser()
{
    QFETCH(QString, text);
    QFETCH(QString, section);
    QFETCH(QString, option);
    QFETCH(int, outcome);
    QFETCH(QString, expected);
    const IniFile ini = IniFile::parse(text, kIniPath, {{QStringLiteral("here"), "/w/proj"}});
    if (outcome == ReadError) {
        QVERIFY(ini.hasErrors());
        for (const auto &e : ini.errors()) {
            QCOMPARE(e.source, kIniPath);
            QVERIFY(e.line > 0 && e.column > 0);
        }
        return;
    }
    QVERIFY2(!ini.hasErrors(), qPrintable(ini.errors().value(0).toString()));
    const auto v = ini.value(section, option);
    switch (outcome) {
    case Value:
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().toString()));
        QVERIFY(v->has_value());
        QCOMPARE(**v, expected);
        break;
    case Absent:
        QVERIFY(v.ok());
        QVERIFY(!v->has_value());
        break;
    case GetError:
        QVERIFY(!v.ok());
        QCOMPARE(v.error().source, kIniPath);
        break;
    }
}

void TestIni::errorPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("option");  // empty: a read error is expected
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << QStringLiteral("\n  k = v\n[a]") << QString() << 2 << 3
                               << QStringLiteral("no [section]");
    QTest::newRow("no delimiter") << QStringLiteral("[a]\nk = 1\nbogus line") << QString() << 3 << 1
                                  << QStringLiteral("name = value");
    QTest::newRow("duplicate option") << QStringLiteral("[a]\n  k = 1\n  K = 2") << QString() << 3
                                      << 3 << QStringLiteral("line 2");
    QTest::newRow("duplicate section")
        << QStringLiteral("[a]\n[b]\n[a]") << QString() << 3 << 1 << QStringLiteral("twice");
    QTest::newRow("empty name") << QStringLiteral("[a]\n  = v") << QString() << 2 << 3
                                << QStringLiteral("name missing");
    QTest::newRow("bare percent") << QStringLiteral("[a]\nk =   50% off") << QStringLiteral("k")
                                  << 2 << 9 << QStringLiteral("'%' must be followed");
    QTest::newRow("missing reference on continuation")
        << QStringLiteral("[a]\nk = one\n    two %(nope)s") << QStringLiteral("k") << 3 << 9
        << QStringLiteral("%(nope)s");
    QTest::newRow("problem inside referenced option")
        << QStringLiteral("[a]\nx = a%b\nk = %(x)s") << QStringLiteral("k") << 2 << 6
        << QStringLiteral("'%' must be followed");
    QTest::newRow("cycle points at the option")
        << QStringLiteral("[a]\nx = %(k)s\nk = %(x)s") << QStringLiteral("k") << 3 << 1
        << QStringLiteral("deeper than 10");
    QTest::newRow("code point columns") << QStringLiteral("[a]\nk = \U0001F600 %(nope)s")
                                        << QStringLiteral("k") << 2 << 7 << QStringLiteral("nope");
}

void TestIni::errorPositions()
{
    QFETCH(QString, text);
    QFETCH(QString, option);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const IniFile ini = IniFile::parse(text, kIniPath);
    stratum::Error e;
    if (option.isEmpty()) {
        QCOMPARE(ini.errors().size(), 1);
        e = ini.errors().first();
    } else {
        QVERIFY(!ini.hasErrors());
        const auto v = ini.value(QStringLiteral("a"), option);
        QVERIFY(!v.ok());
        e = v.error();
    }
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY(e.toString().startsWith(kIniPath + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
}

// configparser gives up on these; IniFile reports each and keeps everything else.
void TestIni::recoversAfterErrors()
{
    const IniFile ini = IniFile::parse(
        QStringLiteral("orphan = 1\n[a]\nk = 1\nbogus\nk = 2\nj = 3\n[b]\nx = %(j)s\n[a]\nz = 4"),
        kIniPath);
    QCOMPARE(ini.errors().size(), 4);
    QCOMPARE(ini.errors()[0].line, 1);
    QCOMPARE(ini.errors()[1].line, 4);
    QCOMPARE(ini.errors()[2].line, 5);
    QCOMPARE(ini.errors()[3].line, 9);
    QCOMPARE(**ini.value(QStringLiteral("a"), QStringLiteral("k")), QStringLiteral("1"));
    QCOMPARE(**ini.value(QStringLiteral("a"), QStringLiteral("j")), QStringLiteral("3"));
    QCOMPARE(**ini.value(QStringLiteral("a"), QStringLiteral("z")), QStringLiteral("4"));
    QVERIFY(!ini.value(QStringLiteral("b"), QStringLiteral("x")).ok());  // j is in [a], not [b]
}

void TestIni::sectionsAndOptions()
{
    const IniFile ini = IniFile::parse(
        QStringLiteral("[DEFAULT]\nd = 1\n[loggers]\nkeys = root\n[alembic]\nb = 2\na = 1"),
        kIniPath, {{QStringLiteral("here"), QStringLiteral("/w")}});
    QCOMPARE(ini.sections(), (QStringList{QStringLiteral("loggers"), QStringLiteral("alembic")}));
    QVERIFY(ini.hasSection(QStringLiteral("alembic")));
    QVERIFY(!ini.hasSection(QStringLiteral("DEFAULT")));
    QCOMPARE(ini.options(QStringLiteral("alembic")),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("here"),
                          QStringLiteral("d")}));
    QVERIFY(ini.option(QStringLiteral("nope"), QStringLiteral("d")) == nullptr);
    QCOMPARE(ini.option(QStringLiteral("alembic"), QStringLiteral("D"))->rawValue,
             QStringLiteral("1"));
    QCOMPARE(ini.option(QStringLiteral("alembic"), QStringLiteral("here"))->line, 0);
}

void TestIni::optionPositions()
{
    const IniFile ini = IniFile::parse(
        QStringLiteral("[alembic]\n\n  script_location =   %(here)s/m\nversion_locations = a\n"
                       "    b\n\n  c\n"),
        kIniPath);
    const auto *sl = ini.option(QStringLiteral("alembic"), QStringLiteral("script_location"));
    QVERIFY(sl);
    QCOMPARE(sl->line, 3);
    QCOMPARE(sl->column, 3);
    int line = 0, column = 0;
    sl->locate(0, line, column);
    QCOMPARE(line, 3);
    QCOMPARE(column, 23);
    const auto *vl = ini.option(QStringLiteral("alembic"), QStringLiteral("version_locations"));
    QCOMPARE(vl->rawValue, QStringLiteral("a\nb\n\nc"));
    vl->locate(vl->rawValue.indexOf(QLatin1Char('c')), line, column);
    QCOMPARE(line, 7);
    QCOMPARE(column, 3);
    vl->locate(vl->rawValue.indexOf(QLatin1Char('b')), line, column);
    QCOMPARE(line, 5);
    QCOMPARE(column, 5);
}

void TestIni::readFileUniversalNewlines()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("alembic.ini"));
    QVERIFY(writeFile(path, "[alembic]\r\nk = one\r\n  two\rj = %(here)s\r\n"));
    const auto ini = AlembicIni::load(path);
    QVERIFY(ini.ok());
    QVERIFY(ini->errors().isEmpty());
    QCOMPARE(**ini->mainOption(QStringLiteral("k")), QStringLiteral("one\ntwo"));
    QCOMPARE(**ini->mainOption(QStringLiteral("j")), QDir(tmp.path()).absolutePath());
    QCOMPARE(ini->here(), QDir(tmp.path()).absolutePath());
    QVERIFY(!AlembicIni::load(tmp.filePath(QStringLiteral("missing.ini"))).ok());
}

void TestIni::alembicAccessors()
{
    // The shape `alembic init` writes, with the values a project would set.
    const AlembicIni ini = AlembicIni::fromText(
        QStringLiteral("# A generic, single database configuration.\n\n[alembic]\n"
                       "script_location = %(here)s/migrations\n"
                       "file_template = %%(year)d_%%(month).2d_%%(rev)s_%%(slug)s\n"
                       "prepend_sys_path = .\n"
                       "timezone = Europe/Berlin\n"
                       "version_locations = %(here)s/bar %(here)s/bat\n"
                       "sqlalchemy.url = postgresql://scott:tiger@localhost/test\n\n"
                       "[post_write_hooks]\n\n[loggers]\nkeys = root,sqlalchemy,alembic\n"),
        kIniPath);
    QVERIFY(ini.errors().isEmpty());
    QCOMPARE(**ini.scriptLocation(), QStringLiteral("/w/proj/migrations"));
    QCOMPARE(*ini.fileTemplate(), QStringLiteral("%(year)d_%(month).2d_%(rev)s_%(slug)s"));
    QCOMPARE(**ini.timezone(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(**ini.sqlalchemyUrl(), QStringLiteral("postgresql://scott:tiger@localhost/test"));
    QCOMPARE(*ini.versionLocations(),
             (QStringList{QStringLiteral("/w/proj/bar"), QStringLiteral("/w/proj/bat")}));
    QCOMPARE(*ini.scriptDirectory(), QStringLiteral("/w/proj/migrations"));
    QCOMPARE(ini.mainOptionSource(QStringLiteral("sqlalchemy.url"))->line, 9);
}

void TestIni::alembicDefaults()
{
    const AlembicIni ini =
        AlembicIni::fromText(QStringLiteral("[alembic]\nscript_location = alembic\n"), kIniPath);
    QCOMPARE(*ini.fileTemplate(), QLatin1String(AlembicIni::kDefaultFileTemplate));
    QVERIFY(!ini.timezone()->has_value());
    QVERIFY(!ini.sqlalchemyUrl()->has_value());
    QVERIFY(ini.versionLocations()->isEmpty());
    QVERIFY(ini.versionDirectories()->isEmpty());
    // A named section, as `alembic -n other` reads.
    const AlembicIni other = AlembicIni::fromText(
        QStringLiteral("[alembic]\nscript_location = a\n[other]\nscript_location = b\n"), kIniPath,
        QStringLiteral("other"));
    QCOMPARE(*other.scriptDirectory(), QStringLiteral("/w/proj/b"));
}

void TestIni::versionLocations_data()
{
    QTest::addColumn<QString>("locations");
    QTest::addColumn<QString>("separator");  // "-" for none
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ok");
    auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromUtf8(i);
        return out;
    };
    // Legacy: re.split(r", *|(?: +)") keeps empty pieces.
    QTest::newRow("legacy spaces") << "a  b"
                                   << "-" << l({"a", "b"}) << true;
    QTest::newRow("legacy commas") << "a, b,c"
                                   << "-" << l({"a", "b", "c"}) << true;
    QTest::newRow("legacy space comma") << "a , b"
                                        << "-" << l({"a", "", "b"}) << true;
    QTest::newRow("legacy keeps colons") << "a:b"
                                         << "-" << l({"a:b"}) << true;
    QTest::newRow("space") << "a  b c"
                           << "space" << l({"a", "b", "c"}) << true;
    QTest::newRow("os") << "/x/a:/x/b::"
                        << "os" << l({"/x/a", "/x/b"}) << true;
    QTest::newRow("colon") << "a:b"
                           << ":" << l({"a", "b"}) << true;
    QTest::newRow("semicolon keeps spaces") << "a dir;b"
                                            << ";" << l({"a dir", "b"}) << true;
    QTest::newRow("unknown separator") << "a b"
                                       << "newline" << QStringList() << false;
    QTest::newRow("empty locations ignore separator") << ""
                                                      << "bogus" << QStringList() << true;
}

void TestIni::versionLocations()
{
    QFETCH(QString, locations);
    QFETCH(QString, separator);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    QString text = QStringLiteral("[alembic]\nscript_location = m\nversion_locations = ") +
                   locations + QLatin1Char('\n');
    if (separator != QStringLiteral("-"))
        text += QStringLiteral("version_path_separator = ") + separator + QLatin1Char('\n');
    const AlembicIni ini = AlembicIni::fromText(text, kIniPath);
    const auto v = ini.versionLocations();
    QCOMPARE(v.ok(), ok);
    if (ok)
        QCOMPARE(*v, expected);
    else
        QCOMPARE(v.error().line, 4);
}

void TestIni::scriptDirectory()
{
    auto dir = [](const QString &location) {
        return AlembicIni::fromText(QStringLiteral("[alembic]\nscript_location = ") + location,
                                    kIniPath)
            .scriptDirectory();
    };
    QCOMPARE(*dir(QStringLiteral("alembic")), QStringLiteral("/w/proj/alembic"));
    QCOMPARE(*dir(QStringLiteral("./db/../migrations")), QStringLiteral("/w/proj/migrations"));
    QCOMPARE(*dir(QStringLiteral("/abs/m")), QStringLiteral("/abs/m"));
    QCOMPARE(*dir(QStringLiteral("%(here)s/m")), QStringLiteral("/w/proj/m"));
    const auto resource = dir(QStringLiteral("myapp:migrations"));
    QVERIFY(!resource.ok());
    QCOMPARE(resource.error().line, 2);
    QVERIFY(resource.error().message.contains(QStringLiteral("package")));
    const auto missing =
        AlembicIni::fromText(QStringLiteral("[alembic]\nsqlalchemy.url = x"), kIniPath)
            .scriptDirectory();
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("script_location")));
}

void TestIni::alembicMissingSection()
{
    const AlembicIni ini = AlembicIni::fromText(QStringLiteral("[other]\nx = 1\n"), kIniPath);
    const auto v = ini.scriptLocation();
    QVERIFY(!v.ok());
    QVERIFY(v.error().message.contains(QStringLiteral("[alembic]")));
    QCOMPARE(v.error().source, kIniPath);
}

QTEST_GUILESS_MAIN(TestIni)
#include "test_ini.moc"
