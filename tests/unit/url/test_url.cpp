#include "core/config/Url.h"

#include <QDir>
#include <QHash>
#include <QTest>

#include <libpq-fe.h>

using stratum::config::Backend;
using stratum::config::Url;

namespace {

using Query = QList<QPair<QString, QString>>;

// "k=v" items of a query written as a QStringList for compact test tables.
Query pairs(const QStringList &items)
{
    Query out;
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        out.append({item.left(eq), item.mid(eq + 1)});
    }
    return out;
}

// Parses a conninfo string with libpq itself; fails the test on a libpq error.
QHash<QString, QString> libpqParse(const QString &conninfo, bool *ok)
{
    QHash<QString, QString> out;
    char *err = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &err);
    *ok = options != nullptr;
    if (!options) {
        qWarning() << "libpq rejected the conninfo:" << (err ? err : "out of memory");
        PQfreemem(err);
        return out;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val)
            out.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return out;
}

Url mustParse(const QString &text)
{
    const auto r = Url::parse(text);
    if (!r)
        qWarning() << "unexpected parse error:" << r.error().toString();
    return r ? r.value() : Url();
}

}  // namespace

class TestUrl : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void render_data();
    void render();
    void roundTripBuilt_data();
    void roundTripBuilt();
    void conninfo_data();
    void conninfo();
    void conninfoKeysAreLibpqKeywords();
    void queryEditing();
    void sqliteHelpers_data();
    void sqliteHelpers();
    void supportedSchemes();
    void equalityIgnoresKeyOrderOnly();
};

void TestUrl::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("drivername");
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");  // "<none>" when absent
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");  // -1 when absent
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("query");

    const int pg = int(Backend::PostgreSQL);
    const int lite = int(Backend::SQLite);
    const int my = int(Backend::MySQL);
    const QString none = QStringLiteral("<none>");

    QTest::newRow("plain") << "postgresql://scott:tiger@localhost/test"
                           << "postgresql" << pg << "scott"
                           << "tiger"
                           << "localhost" << -1 << "test" << QStringList();
    QTest::newRow("psycopg2 port") << "postgresql+psycopg2://scott:tiger@db.example.com:5432/app"
                                   << "postgresql+psycopg2" << pg << "scott"
                                   << "tiger"
                                   << "db.example.com" << 5432 << "app" << QStringList();
    QTest::newRow("psycopg") << "postgresql+psycopg://u@h/db"
                             << "postgresql+psycopg" << pg << "u" << none << "h" << -1 << "db"
                             << QStringList();
    QTest::newRow("asyncpg") << "postgresql+asyncpg://u:p@h:6543/db"
                             << "postgresql+asyncpg" << pg << "u"
                             << "p"
                             << "h" << 6543 << "db" << QStringList();
    QTest::newRow("pg8000") << "postgresql+pg8000://u@h/db"
                            << "postgresql+pg8000" << pg << "u" << none << "h" << -1 << "db"
                            << QStringList();
    QTest::newRow("libpq postgres scheme") << "postgres://u:p@h:5433/db"
                                           << "postgresql" << pg << "u"
                                           << "p"
                                           << "h" << 5433 << "db" << QStringList();
    QTest::newRow("scheme case") << "PostgreSQL+Psycopg2://h/db"
                                 << "postgresql+psycopg2" << pg << "" << none << "h" << -1 << "db"
                                 << QStringList();
    QTest::newRow("pymysql") << "mysql+pymysql://u:p@h:3306/db?charset=utf8mb4"
                             << "mysql+pymysql" << my << "u"
                             << "p"
                             << "h" << 3306 << "db" << QStringList{"charset=utf8mb4"};
    QTest::newRow("mariadb mysqldb")
        << "mariadb+mysqldb://u@h/db"
        << "mariadb+mysqldb" << my << "u" << none << "h" << -1 << "db" << QStringList();
    QTest::newRow("mysql aiomysql")
        << "mysql+aiomysql://h"
        << "mysql+aiomysql" << my << "" << none << "h" << -1 << "" << QStringList();
    QTest::newRow("sqlite relative")
        << "sqlite:///relative.db"
        << "sqlite" << lite << "" << none << "" << -1 << "relative.db" << QStringList();
    QTest::newRow("sqlite absolute")
        << "sqlite:////abs/olute.db"
        << "sqlite" << lite << "" << none << "" << -1 << "/abs/olute.db" << QStringList();
    QTest::newRow("sqlite memory")
        << "sqlite://"
        << "sqlite" << lite << "" << none << "" << -1 << "" << QStringList();
    QTest::newRow("sqlite :memory:")
        << "sqlite:///:memory:"
        << "sqlite" << lite << "" << none << "" << -1 << ":memory:" << QStringList();
    QTest::newRow("pysqlite query") << "sqlite+pysqlite:///x.db?timeout=5"
                                    << "sqlite+pysqlite" << lite << "" << none << "" << -1 << "x.db"
                                    << QStringList{"timeout=5"};
    QTest::newRow("aiosqlite") << "sqlite+aiosqlite:///x.db"
                               << "sqlite+aiosqlite" << lite << "" << none << "" << -1 << "x.db"
                               << QStringList();
    QTest::newRow("ipv6 loopback")
        << "postgresql://u@[::1]:5432/db"
        << "postgresql" << pg << "u" << none << "::1" << 5432 << "db" << QStringList();
    QTest::newRow("ipv6 no port") << "postgresql://[2001:db8::7]/db"
                                  << "postgresql" << pg << "" << none << "2001:db8::7" << -1 << "db"
                                  << QStringList();
    QTest::newRow("ipv6 zone") << "postgresql://[fe80::1%25eth0]:5432/db"
                               << "postgresql" << pg << "" << none << "fe80::1%eth0" << 5432 << "db"
                               << QStringList();
    QTest::newRow("percent user password") << "postgresql://us%40er:p%40ss%3Aw%2Frd%25@h/db"
                                           << "postgresql" << pg << "us@er"
                                           << "p@ss:w/rd%"
                                           << "h" << -1 << "db" << QStringList();
    QTest::newRow("invalid escape kept") << "postgresql://u:50%off%2@h/db"
                                         << "postgresql" << pg << "u"
                                         << "50%off%2"
                                         << "h" << -1 << "db" << QStringList();
    QTest::newRow("utf8 escapes") << "postgresql://u:%C3%A9t%C3%A9@h/d%C3%A4"
                                  << "postgresql" << pg << "u" << QString::fromUtf8("été") << "h"
                                  << -1 << QString::fromUtf8("dä") << QStringList();
    QTest::newRow("raw unicode") << QString::fromUtf8("postgresql://ü:ö@höst/dätä") << "postgresql"
                                 << pg << QString::fromUtf8("ü") << QString::fromUtf8("ö")
                                 << QString::fromUtf8("höst") << -1 << QString::fromUtf8("dätä")
                                 << QStringList();
    QTest::newRow("database decoded")
        << "postgresql://u@h/my%20db"
        << "postgresql" << pg << "u" << none << "h" << -1 << "my db" << QStringList();
    QTest::newRow("socket dir host") << "postgresql://u@%2Fvar%2Frun%2Fpostgresql/db"
                                     << "postgresql" << pg << "u" << none << "/var/run/postgresql"
                                     << -1 << "db" << QStringList();
    QTest::newRow("slash in password") << "postgresql://u:pa/ss@h/db"
                                       << "postgresql" << pg << "u"
                                       << "pa/ss"
                                       << "h" << -1 << "db" << QStringList();
    QTest::newRow("at in user") << "postgresql://a@b@h/db"
                                << "postgresql" << pg << "a@b" << none << "h" << -1 << "db"
                                << QStringList();
    QTest::newRow("empty password") << "postgresql://u:@h"
                                    << "postgresql" << pg << "u"
                                    << ""
                                    << "h" << -1 << "" << QStringList();
    QTest::newRow("host and port")
        << "postgresql://h:5432"
        << "postgresql" << pg << "" << none << "h" << 5432 << "" << QStringList();
    QTest::newRow("port bounds") << "postgresql://h:65535/db"
                                 << "postgresql" << pg << "" << none << "h" << 65535 << "db"
                                 << QStringList();
    QTest::newRow("port only") << "postgresql://:0/db"
                               << "postgresql" << pg << "" << none << "" << 0 << "db"
                               << QStringList();
    QTest::newRow("repeated keys") << "postgresql://h/db?host=a:1&sslmode=require&host=b:2"
                                   << "postgresql" << pg << "" << none << "h" << -1 << "db"
                                   << QStringList{"host=a:1", "sslmode=require", "host=b:2"};
    QTest::newRow("query decoding")
        << "postgresql://h/db?application_name=my+app%21&options=-c%20"
           "search_path%3Dx%2By"
        << "postgresql" << pg << "" << none << "h" << -1 << "db"
        << QStringList{"application_name=my app!", "options=-c search_path=x+y"};
    QTest::newRow("blank values dropped")
        << "postgresql://h/db?a=&b&c=1&&=v"
        << "postgresql" << pg << "" << none << "h" << -1 << "db" << QStringList{"c=1", "=v"};
    QTest::newRow("value with =") << "postgresql://h/db?options=a=b"
                                  << "postgresql" << pg << "" << none << "h" << -1 << "db"
                                  << QStringList{"options=a=b"};
    QTest::newRow("trimmed") << "  \tpostgresql://h/db \r\n"
                             << "postgresql" << pg << "" << none << "h" << -1 << "db"
                             << QStringList();
    // SQLAlchemy's regex reads an '@' in the query as the end of user info
    // when a ':' comes first; Stratum reads it the same way.
    QTest::newRow("sqlalchemy at quirk") << "postgresql://host:5432/db?x=a@b"
                                         << "postgresql" << pg << "host"
                                         << "5432/db?x=a"
                                         << "b" << -1 << "" << QStringList();
    QTest::newRow("query host socket")
        << "postgresql:///db?host=/tmp"
        << "postgresql" << pg << "" << none << "" << -1 << "db" << QStringList{"host=/tmp"};
    QTest::newRow("hash is data") << "postgresql://u:a#b@h/db"
                                  << "postgresql" << pg << "u"
                                  << "a#b"
                                  << "h" << -1 << "db" << QStringList();
}

void TestUrl::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, drivername);
    QFETCH(int, backend);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QStringList, query);

    const auto r = Url::parse(input);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const Url &u = r.value();
    QCOMPARE(u.drivername(), drivername);
    QCOMPARE(int(u.backend()), backend);
    QCOMPARE(u.username(), user);
    if (password == QLatin1String("<none>")) {
        QVERIFY(!u.password().has_value());
    } else {
        QVERIFY(u.password().has_value());
        QCOMPARE(*u.password(), password);
    }
    QCOMPARE(u.host(), host);
    QCOMPARE(u.port().value_or(-1), port);
    QCOMPARE(u.database(), database);
    QCOMPARE(u.query(), pairs(query));

    // Every valid URL survives rendering: parse(toString(false)) == u.
    const QString rendered = u.toString(false);
    const auto again = Url::parse(rendered);
    QVERIFY2(again.ok(), qPrintable(rendered));
    QVERIFY2(again.value() == u, qPrintable(rendered));
}

void TestUrl::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("secret");  // must never appear in the message

    QTest::newRow("empty") << "" << 1 << "empty"
                           << "";
    QTest::newRow("blank") << "   " << 1 << "empty"
                           << "";
    QTest::newRow("no scheme separator") << "localhost:5432/db" << 10 << "expected '://'"
                                         << "";
    QTest::newRow("password without scheme") << "admin:hunter2@h/db" << 6 << "expected '://'"
                                             << "hunter2";
    QTest::newRow("no dialect") << "://h/db" << 1 << "dialect name"
                                << "";
    QTest::newRow("unknown dialect")
        << "oracle://u:topsecret@h/db" << 1 << "unsupported dialect 'oracle'"
        << "topsecret";
    QTest::newRow("supported list") << "mssql+pyodbc://h/db" << 1 << "postgresql+psycopg2"
                                    << "";
    QTest::newRow("unknown driver")
        << "postgresql+foo://h/db" << 12 << "unsupported driver 'foo' for postgresql"
        << "";
    QTest::newRow("empty driver") << "postgresql+://h" << 11 << "followed by a driver"
                                  << "";
    QTest::newRow("two drivers") << "postgresql+psycopg2+x://h" << 20 << "only one"
                                 << "";
    QTest::newRow("postgres with driver") << "postgres+psycopg2://h" << 10 << "unsupported driver"
                                          << "";
    QTest::newRow("leading blanks count") << "  mysql+foo://h" << 9 << "unsupported driver"
                                          << "";
    QTest::newRow("port not a number") << "postgresql://h:abc/db" << 16 << "port must be a number"
                                       << "";
    QTest::newRow("port too large") << "postgresql://h:99999/db" << 16 << "at most 65535"
                                    << "";
    QTest::newRow("port empty") << "postgresql://h:/db" << 15 << "followed by a port"
                                << "";
    QTest::newRow("forgot host") << "postgresql://u:pass/word" << 16 << "port must be a number"
                                 << "pass";
    QTest::newRow("unencoded at in password") << "postgresql://u:secret@word@h/db" << 27 << "%40"
                                              << "secret";
    QTest::newRow("unclosed bracket") << "postgresql://[::1/db" << 14 << "no closing ']'"
                                      << "";
    QTest::newRow("empty brackets") << "postgresql://[]/db" << 14 << "no IPv6 address"
                                    << "";
    QTest::newRow("junk after bracket") << "postgresql://[::1]x/db" << 19 << "after ']'"
                                        << "";
    QTest::newRow("ipv6 without brackets") << "postgresql://::1/db" << 15 << "brackets"
                                           << "";
    QTest::newRow("sqlite with host") << "sqlite://relative.db" << 10 << "SQLite URL"
                                      << "";
    QTest::newRow("sqlite with password") << "sqlite://user:pw1234@/x.db" << 10 << "sqlite:///"
                                          << "pw1234";
    QTest::newRow("control character") << "postgresql://h/d\tb" << 17 << "U+0009"
                                       << "";
    QTest::newRow("newline inside") << "postgresql://u:abc\ndef@h/db" << 19 << "control"
                                    << "abc";
    QTest::newRow("encoded NUL") << "postgresql://u:p4ss%00@h/db" << 20 << "NUL"
                                 << "p4ss";
}

void TestUrl::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    QFETCH(QString, secret);

    const auto r = Url::parse(input);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r.value().toString(false) : QString()));
    const auto &e = r.error();
    QCOMPARE(e.source, QStringLiteral("URL"));
    QCOMPARE(e.line, 1);
    QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
    if (!secret.isEmpty()) {
        QVERIFY2(!e.toString().contains(secret), qPrintable(e.message));
        QVERIFY2(!e.hint.contains(secret), qPrintable(e.hint));
    }
    QVERIFY(e.toString().startsWith(QStringLiteral("URL:1:%1: ").arg(column)));
}

void TestUrl::render_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");   // toString(false)
    QTest::addColumn<QString>("hidden");  // toString(true)

    // The first seven match sqlalchemy 1.4's render_as_string byte for byte
    // (the interop test checks that against the real SQLAlchemy).
    QTest::newRow("plain") << "postgresql://scott:tiger@localhost/test"
                           << "postgresql://scott:tiger@localhost/test"
                           << "postgresql://scott:***@localhost/test";
    QTest::newRow("slash in password") << "postgresql://u:pa/ss@h/db"
                                       << "postgresql://u:pa%2Fss@h/db"
                                       << "postgresql://u:***@h/db";
    QTest::newRow("at and colon in user") << "postgresql://a%3Ab@c:x%40y@h/db"
                                          << "postgresql://a%3Ab%40c:x%40y@h/db"
                                          << "postgresql://a%3Ab%40c:***@h/db";
    QTest::newRow("keys sorted") << "postgresql://h/db?b=2&a=1&b=3"
                                 << "postgresql://h/db?a=1&b=2&b=3"
                                 << "postgresql://h/db?a=1&b=2&b=3";
    QTest::newRow("ipv6") << "postgresql://u:p@[::1]:5432/db"
                          << "postgresql://u:p@[::1]:5432/db"
                          << "postgresql://u:***@[::1]:5432/db";
    QTest::newRow("quote_plus") << "postgresql://h/db?application_name=my+app%21&o=a%2Fb%7E"
                                << "postgresql://h/db?application_name=my+app%21&o=a%2Fb~"
                                << "postgresql://h/db?application_name=my+app%21&o=a%2Fb~";
    QTest::newRow("empty password") << "postgresql://u:@h"
                                    << "postgresql://u:@h"
                                    << "postgresql://u:***@h";
    QTest::newRow("postgres scheme") << "postgres://h/db"
                                     << "postgresql://h/db"
                                     << "postgresql://h/db";
    QTest::newRow("percent in password") << "postgresql://u:p%25x@h/db"
                                         << "postgresql://u:p%25x@h/db"
                                         << "postgresql://u:***@h/db";
    QTest::newRow("sqlite absolute") << "sqlite:////abs.db"
                                     << "sqlite:////abs.db"
                                     << "sqlite:////abs.db";
    QTest::newRow("sqlite memory") << "sqlite://"
                                   << "sqlite://"
                                   << "sqlite://";
    QTest::newRow("database space") << "postgresql://u@h/my%20db"
                                    << "postgresql://u@h/my db"
                                    << "postgresql://u@h/my db";
    QTest::newRow("trailing space kept") << "sqlite:///my%20%20"
                                         << "sqlite:///my%20%20"
                                         << "sqlite:///my%20%20";
    QTest::newRow("socket host") << "postgresql://u@%2Ftmp/db"
                                 << "postgresql://u@%2Ftmp/db"
                                 << "postgresql://u@%2Ftmp/db";
    QTest::newRow("at in database") << "postgresql://h:1/a%40b"
                                    << "postgresql://h:1/a%40b"
                                    << "postgresql://h:1/a%40b";
    QTest::newRow("unicode query")
        << QString::fromUtf8("postgresql://h/db?k=ä") << "postgresql://h/db?k=%C3%A4"
        << "postgresql://h/db?k=%C3%A4";
}

void TestUrl::render()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QFETCH(QString, hidden);

    const Url u = mustParse(input);
    QCOMPARE(u.toString(false), shown);
    QCOMPARE(u.toString(true), hidden);
    QCOMPARE(u.toString(), hidden);  // hiding is the default
    QVERIFY(mustParse(shown) == u);
}

void TestUrl::roundTripBuilt_data()
{
    QTest::addColumn<QString>("value");

    QString ascii;
    for (char16_t c = 0x20; c < 0x7f; ++c)
        ascii += QChar(c);
    QTest::newRow("printable ascii") << ascii;
    QTest::newRow("reserved") << ":/?#[]@!$&'()*+,;=%";
    QTest::newRow("escapes") << "%41%zz%%25";
    QTest::newRow("spaces") << "  a b  ";
    QTest::newRow("controls") << "a\tb\nc\x7f";
    QTest::newRow("unicode") << QString::fromUtf8("ü€𝄞 ");
    QTest::newRow("brackets") << "[x]";
    QTest::newRow("colon") << "fe80::1%eth0";
}

void TestUrl::roundTripBuilt()
{
    QFETCH(QString, value);

    // Any value in any part, set through the API, renders to a URL that
    // parses back to the same components.
    for (int part = 0; part < 6; ++part) {
        Url u = mustParse(QStringLiteral("postgresql+psycopg2://user:pw@host:5432/db?k=v"));
        switch (part) {
        case 0:
            u.setUsername(value);
            break;
        case 1:
            u.setPassword(value);
            break;
        case 2:
            u.setHost(value);
            break;
        case 3:
            u.setDatabase(value);
            break;
        case 4:
            u.setQueryValue(QStringLiteral("k"), value);
            break;
        case 5:
            u.setQuery({{value, value}, {QStringLiteral("a"), value}});
            break;
        }
        const QString rendered = u.toString(false);
        const auto again = Url::parse(rendered);
        QVERIFY2(again.ok(), qPrintable(QStringLiteral("part %1: %2").arg(part).arg(rendered)));
        QVERIFY2(again.value() == u,
                 qPrintable(QStringLiteral("part %1: %2").arg(part).arg(rendered)));
        if (part == 1)
            QVERIFY(!u.toString(true).contains(QStringLiteral("pw")) || value.contains(u'p'));
    }
}

void TestUrl::conninfo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");  // keyword=value, exactly the keywords set

    QTest::newRow("components") << "postgresql://scott:tiger@db.example.com:5433/app"
                                << QStringList{"host=db.example.com", "port=5433", "dbname=app",
                                               "user=scott", "password=tiger"};
    QTest::newRow("quote and backslash")
        << "postgresql://u:it%27s%5C%27x%20y@h/d%27b"
        << QStringList{"host=h", "dbname=d'b", "user=u", "password=it's\\'x y"};
    QTest::newRow("libpq parameters")
        << "postgresql://u@h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=5"
           "&application_name=a+b&options=-c%20search_path%3Dx&target_session_attrs=read-write"
           "&keepalives_idle=30&echo=true&pool_size=5"
        << QStringList{"host=h",
                       "dbname=db",
                       "user=u",
                       "sslmode=verify-full",
                       "sslrootcert=/etc/ca.pem",
                       "connect_timeout=5",
                       "application_name=a b",
                       "options=-c search_path=x",
                       "target_session_attrs=read-write",
                       "keepalives_idle=30"};
    QTest::newRow("unix socket") << "postgresql://u@%2Fvar%2Frun%2Fpostgresql/db"
                                 << QStringList{"host=/var/run/postgresql", "dbname=db", "user=u"};
    QTest::newRow("query overrides")
        << "postgresql://u@h:1/db?host=/tmp&port=5555&database=other"
        << QStringList{"host=/tmp", "port=5555", "dbname=other", "user=u"};
    QTest::newRow("multi host") << "postgresql://u@/db?host=h1:5432&host=h2:5433"
                                << QStringList{"host=h1,h2", "port=5432,5433", "dbname=db",
                                               "user=u"};
    QTest::newRow("asyncpg ssl") << "postgresql+asyncpg://u@h/db?ssl=require"
                                 << QStringList{"host=h", "dbname=db", "user=u", "sslmode=require"};
    QTest::newRow("sslmode wins over ssl")
        << "postgresql://h?ssl=true&sslmode=disable" << QStringList{"host=h", "sslmode=disable"};
    QTest::newRow("empty password left out")
        << "postgresql://u:@h/db" << QStringList{"host=h", "dbname=db", "user=u"};
    QTest::newRow("ipv6") << "postgresql://[::1]:5432/db"
                          << QStringList{"host=::1", "port=5432", "dbname=db"};
    QTest::newRow("unicode password")
        << QString::fromUtf8("postgresql://u:pä ss=@h")
        << QStringList{"host=h", "user=u", QString::fromUtf8("password=pä ss=")};
    QTest::newRow("nothing") << "postgresql://" << QStringList();
    QTest::newRow("last value wins") << "postgresql://h?sslmode=disable&sslmode=require"
                                     << QStringList{"host=h", "sslmode=require"};
}

void TestUrl::conninfo()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);

    const Url u = mustParse(input);
    bool ok = false;
    const auto parsed = libpqParse(u.toConninfo(), &ok);
    QVERIFY(ok);
    QHash<QString, QString> want;
    for (const QString &kv : expected) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        want.insert(kv.left(eq), kv.mid(eq + 1));
    }
    QCOMPARE(parsed, want);
}

void TestUrl::conninfoKeysAreLibpqKeywords()
{
    QSet<QString> known;
    PQconninfoOption *defaults = PQconndefaults();
    QVERIFY(defaults);
    for (PQconninfoOption *o = defaults; o->keyword; ++o)
        known.insert(QString::fromUtf8(o->keyword));
    PQconninfoFree(defaults);
    const QStringList keys = Url::libpqQueryKeys();
    QVERIFY(keys.size() > 30);
    for (const QString &k : keys)
        QVERIFY2(known.contains(k), qPrintable(k));
    QVERIFY(!keys.contains(QStringLiteral("replication")));
}

void TestUrl::queryEditing()
{
    Url u = mustParse(QStringLiteral("postgresql://h/db?a=1&b=2&a=3"));
    QCOMPARE(u.queryValues(QStringLiteral("a")), (QStringList{"1", "3"}));
    QCOMPARE(u.queryValue(QStringLiteral("a")), std::optional<QString>(QStringLiteral("3")));
    QVERIFY(!u.queryValue(QStringLiteral("zz")));
    u.setQueryValue(QStringLiteral("a"), QStringLiteral("9"));
    QCOMPARE(u.query(), pairs({"a=9", "b=2"}));
    u.setQueryValue(QStringLiteral("c"), QStringLiteral("x"));
    QCOMPARE(u.query(), pairs({"a=9", "b=2", "c=x"}));
    u.removeQueryValue(QStringLiteral("a"));
    QCOMPARE(u.query(), pairs({"b=2", "c=x"}));
    u.setQueryValue(QStringLiteral("b"), QString());  // blank means unset, as parse_qsl reads it
    QCOMPARE(u.query(), pairs({"c=x"}));
    u.setQuery(pairs({"k=", "m=1"}));
    QCOMPARE(u.query(), pairs({"m=1"}));
}

void TestUrl::sqliteHelpers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("memory");
    QTest::addColumn<QString>("path");  // relative to the base "/base/dir"

    QTest::newRow("memory empty") << "sqlite://" << true << ":memory:";
    QTest::newRow("memory slash") << "sqlite:///" << true << ":memory:";
    QTest::newRow("memory named") << "sqlite:///:memory:" << true << ":memory:";
    QTest::newRow("relative") << "sqlite:///data/app.db" << false << "/base/dir/data/app.db";
    QTest::newRow("relative dots") << "sqlite:///../app.db" << false << "/base/app.db";
    QTest::newRow("absolute") << "sqlite:////var/lib/app.db" << false << "/var/lib/app.db";
    QTest::newRow("decoded") << "sqlite:///my%20app.db" << false << "/base/dir/my app.db";
}

void TestUrl::sqliteHelpers()
{
    QFETCH(QString, input);
    QFETCH(bool, memory);
    QFETCH(QString, path);

    const Url u = mustParse(input);
    QCOMPARE(u.isSqliteMemory(), memory);
    QCOMPARE(u.sqliteFilePath(QStringLiteral("/base/dir")), path);
    QVERIFY(!mustParse(QStringLiteral("postgresql://h")).isSqliteMemory());
    if (!memory && !input.startsWith(QLatin1String("sqlite:////"))) {
        QCOMPARE(u.sqliteFilePath(QString()),
                 QDir::cleanPath(QDir::current().absoluteFilePath(u.database())));
    }
}

void TestUrl::supportedSchemes()
{
    const QStringList s = Url::supportedSchemes();
    for (const char *name :
         {"postgresql", "postgresql+psycopg2", "postgresql+psycopg", "postgresql+asyncpg",
          "postgresql+pg8000", "postgres", "sqlite", "sqlite+pysqlite", "sqlite+aiosqlite", "mysql",
          "mysql+pymysql", "mysql+aiomysql", "mysql+mysqldb", "mariadb", "mariadb+pymysql"}) {
        QVERIFY2(s.contains(QLatin1String(name)), name);
    }
    QCOMPARE(Url::backendFor(QStringLiteral("mariadb"), QStringLiteral("aiomysql")),
             std::optional<Backend>(Backend::MySQL));
    QVERIFY(!Url::backendFor(QStringLiteral("oracle"), QString()));
}

void TestUrl::equalityIgnoresKeyOrderOnly()
{
    const Url a = mustParse(QStringLiteral("postgresql://h/db?x=1&y=2&x=3"));
    QVERIFY(a == mustParse(QStringLiteral("postgresql://h/db?y=2&x=1&x=3")));
    QVERIFY(a != mustParse(QStringLiteral("postgresql://h/db?y=2&x=3&x=1")));
    QVERIFY(a != mustParse(QStringLiteral("postgresql+psycopg2://h/db?x=1&y=2&x=3")));
    QVERIFY(mustParse(QStringLiteral("postgresql://u:@h")) !=
            mustParse(QStringLiteral("postgresql://u@h")));
}

QTEST_GUILESS_MAIN(TestUrl)
#include "test_url.moc"
