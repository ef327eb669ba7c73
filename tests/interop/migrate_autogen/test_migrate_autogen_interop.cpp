// `stratum-cli revision --autogenerate` against `alembic revision
// --autogenerate` (Alembic 1.8, compare_type and compare_server_default on)
// on the same models.py and the same PostgreSQL database. Each case starts
// from "before" models that Alembic itself created and upgraded to, switches
// to "after" models, and lets both tools write a revision; both files are
// read back with interpretRevision() and their operations, normalised
// (kind, table, names, columns, types, nullability, defaults, comments),
// must be the same set. Beyond Alembic, Stratum finds enum labels,
// sequences and check constraints.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"
#include "core/schema/TypeCompiler.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const char *kHeader = R"(import sqlalchemy as sa
from sqlalchemy import Column, Integer, BigInteger, String, Text, DateTime, Boolean, ForeignKey, Index, UniqueConstraint, CheckConstraint, Enum, Sequence, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()

)";

QString typeText(const TypeSpec &t)
{
    const schema::TypeCompiler c(schema::Dialect::PostgreSQL);
    if (t.isEnum())
        return QStringLiteral("enum:") + t.type.enumName;
    return c.compile(t.type, nullptr, {}, nullptr).toUpper();
}

QString defaultText(const std::optional<ServerDefault> &d)
{
    if (!d || d->isNone())
        return QStringLiteral("-");
    QString v = d->value;
    v.remove(QRegularExpression(QStringLiteral("::[a-z ]+")));  // 'a'::character varying
    v.remove(u'\'');
    return v.simplified();
}

QString columnText(const ColumnDef &c)
{
    return c.name + u':' + typeText(c.type) +
           (c.nullable ? QStringLiteral(":null") : QStringLiteral(":notnull")) + u':' +
           defaultText(c.serverDefault) + u':' + c.comment.value_or(QString());
}

QString constraintText(const ConstraintDef &c)
{
    switch (c.kind) {
    case ConstraintDef::Kind::PrimaryKey:
        return QStringLiteral("pk(") + c.columns.join(u',') + u')';
    case ConstraintDef::Kind::Unique:
        return QStringLiteral("uq(") + c.columns.join(u',') + u')';
    case ConstraintDef::Kind::Check:
        return QStringLiteral("ck(") + c.name.value + u')';
    case ConstraintDef::Kind::ForeignKey:
        return QStringLiteral("fk(%1->%2(%3) %4)")
            .arg(c.columns.join(u','), c.referredTable, c.referredColumns.join(u','), c.onDelete);
    }
    return {};
}

// One normalised line per operation.
QString normalise(const Operation &op)
{
    if (const auto *o = op.as<CreateTableOp>()) {
        QStringList parts;
        for (const ColumnDef &c : o->table.columns)
            parts << columnText(c);
        QStringList cons;
        for (const ConstraintDef &c : o->table.constraints)
            cons << constraintText(c);
        for (const ColumnDef &c : o->table.columns)
            for (const ConstraintDef &f : c.foreignKeys)
                cons << QStringLiteral("fk(%1->%2(%3) %4)")
                            .arg(c.name, f.referredTable, f.referredColumns.join(u','), f.onDelete);
        cons.sort();
        return QStringLiteral("create_table %1 [%2] [%3] %4")
            .arg(o->table.name, parts.join(u' '), cons.join(u' '),
                 o->table.comment.value_or(QString()));
    }
    if (const auto *o = op.as<DropTableOp>())
        return QStringLiteral("drop_table ") + o->table;
    if (const auto *o = op.as<AddColumnOp>())
        return QStringLiteral("add_column %1 %2").arg(o->table, columnText(o->column));
    if (const auto *o = op.as<DropColumnOp>())
        return QStringLiteral("drop_column %1.%2").arg(o->table, o->column);
    if (const auto *o = op.as<AlterColumnOp>()) {
        QStringList what;
        if (o->newName)
            what << QStringLiteral("rename=") + *o->newName;
        if (o->nullable)
            what << QStringLiteral("nullable=%1").arg(*o->nullable);
        if (o->type)
            what << QStringLiteral("type=") + typeText(*o->type);
        if (o->serverDefault)
            what << QStringLiteral("default=") + defaultText(o->serverDefault);
        if (o->commentGiven)
            what << QStringLiteral("comment=") + o->comment.value_or(QString());
        return QStringLiteral("alter_column %1.%2 %3").arg(o->table, o->column, what.join(u' '));
    }
    if (const auto *o = op.as<CreateIndexOp>()) {
        QStringList cols;
        for (const auto &e : o->index.elements)
            cols << (e.isExpression() ? e.expression : e.column);
        return QStringLiteral("create_index %1 %2(%3) unique=%4")
            .arg(o->index.name.value, o->table, cols.join(u','))
            .arg(o->index.unique);
    }
    if (const auto *o = op.as<DropIndexOp>())
        return QStringLiteral("drop_index ") + o->name.value;
    if (const auto *o = op.as<AddConstraintOp>())
        return QStringLiteral("add_constraint %1 %2 %3")
            .arg(o->table, constraintText(o->constraint), o->constraint.name.value);
    if (const auto *o = op.as<DropConstraintOp>())
        return QStringLiteral("drop_constraint %1 %2 %3").arg(o->table, o->name.value, o->type);
    if (const auto *o = op.as<TableCommentOp>())
        return QStringLiteral("table_comment %1 %2")
            .arg(o->table, o->comment.value_or(QStringLiteral("-")));
    if (const auto *o = op.as<ExecuteOp>())
        return QStringLiteral("execute ") + o->sql;
    return op.describe();
}

}  // namespace

class TestMigrateAutogenInterop : public QObject
{
    Q_OBJECT

    config::Url m_admin;
    QStringList m_databases;

    Run run(const QString &program, const QStringList &args, const QString &cwd) const
    {
        QProcess p;
        p.setWorkingDirectory(cwd);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DATABASE_URL"));
        env.remove(QStringLiteral("SQLALCHEMY_DATABASE_URL"));
        env.remove(QStringLiteral("ALEMBIC_CONFIG"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(300000)) {
            r.err = QStringLiteral("did not finish: ") + p.errorString();
            p.kill();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run alembic(const QString &cwd, const QStringList &args) const
    {
        return run(QStringLiteral("/usr/bin/alembic"), args, cwd);
    }
    Run stratum(const QString &cwd, const QStringList &args) const
    {
        return run(QStringLiteral(STRATUM_CLI_PATH), args, cwd);
    }

    std::unique_ptr<engine::DriverConnection> connect(const config::Url &url)
    {
        Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(url);
        if (!driver)
            return {};
        Result<std::unique_ptr<engine::DriverConnection>> c = driver.value()->connect();
        return c ? std::move(c.value()) : nullptr;
    }

    QString freshDatabase()
    {
        const QString name = QStringLiteral("stratum_autogen_%1")
                                 .arg(QRandomGenerator::global()->generate64(), 0, 16);
        auto admin = connect(m_admin);
        if (!admin || !admin->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            return {};
        m_databases << name;
        config::Url url = m_admin;
        url.setDatabase(name);
        return url.toString(false).replace(QRegularExpression(QStringLiteral("^postgresql:")),
                                           QStringLiteral("postgresql+psycopg2:"));
    }

    // A project at the "before" models (created and upgraded by Alembic),
    // switched to the "after" models. Returns the folder's path or empty.
    bool project(const QString &dir, const QString &before, const QString &after)
    {
        const QString url = freshDatabase();
        if (url.isEmpty() ||
            alembic(dir, {QStringLiteral("init"), QStringLiteral("migrations")}).code != 0)
            return false;
        QString ini = readText(dir + QStringLiteral("/alembic.ini"));
        ini.replace(QRegularExpression(QStringLiteral("(?m)^sqlalchemy\\.url = .*$")),
                    QStringLiteral("sqlalchemy.url = ") +
                        QString(url).replace(u'%', QLatin1String("%%")));
        writeText(dir + QStringLiteral("/alembic.ini"), ini);
        QFile::remove(dir + QStringLiteral("/migrations/env.py"));
        if (!QFile::copy(QStringLiteral(MIGRATE_AUTOGEN_DATA "/env.py"),
                         dir + QStringLiteral("/migrations/env.py")))
            return false;
        writeText(dir + QStringLiteral("/models.py"), QString::fromLatin1(kHeader) + before);
        const Run base = alembic(dir, {QStringLiteral("revision"), QStringLiteral("--autogenerate"),
                                       QStringLiteral("-m"), QStringLiteral("base")});
        const Run up = alembic(dir, {QStringLiteral("upgrade"), QStringLiteral("head")});
        if (base.code != 0 || up.code != 0) {
            qWarning("%s", qPrintable(base.all() + up.all()));
            return false;
        }
        return writeText(dir + QStringLiteral("/models.py"), QString::fromLatin1(kHeader) + after);
    }

    // Runs a generator, moves the file it wrote out of versions/ (so that the
    // database is still at head for the other tool) and reads it back.
    std::optional<RevisionOperations> generate(const QString &dir, bool useStratum, QString &log)
    {
        const QStringList args{QStringLiteral("revision"), QStringLiteral("--autogenerate"),
                               QStringLiteral("-m"), QStringLiteral("change")};
        const Run r = useStratum ? stratum(dir, args) : alembic(dir, args);
        log += r.all();
        static const QRegularExpression gen(QStringLiteral("Generating (\\S+\\.py) \\.\\.\\."));
        const QString path = gen.match(r.out).captured(1);
        if (r.code != 0 || path.isEmpty())
            return std::nullopt;
        const QString kept =
            dir + (useStratum ? QStringLiteral("/stratum.py") : QStringLiteral("/alembic.py"));
        QFile::remove(kept);
        if (!QFile::rename(path, kept))
            return std::nullopt;
        Result<pyread::Module> m = pyread::Module::parseFile(kept);
        if (!m) {
            log += m.error().toString();
            return std::nullopt;
        }
        Result<RevisionOperations> ops = interpretRevision(*m, kept);
        if (!ops) {
            log += ops.error().toString();
            return std::nullopt;
        }
        log += readText(kept);
        return ops.value();
    }

    static QStringList normalised(const QList<Operation> &ops)
    {
        QStringList out;
        for (const Operation &op : ops)
            out << normalise(op);
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/alembic")),
                 "the alembic package is needed");
        const QString url = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (url.isEmpty())
            QFAIL("STRATUM_TEST_PG_URL is not set (scripts/dev-cluster.sh start)");
        Result<config::Url> parsed = config::Url::parse(url);
        QVERIFY(parsed);
        m_admin = parsed.value();
    }

    void cleanupTestCase()
    {
        auto admin = connect(m_admin);
        if (!admin)
            return;
        for (const QString &db : m_databases)
            (void)admin->execute(
                QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(db));
    }

    void sameOperationsAsAlembic_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString users = QStringLiteral("class User(Base):\n"
                                             "    __tablename__ = 'users'\n"
                                             "    id = Column(Integer, primary_key=True)\n"
                                             "    email = Column(String(100), nullable=False)\n"
                                             "    name = Column(String(50))\n\n");
        const QString tags = QStringLiteral(
            "class Tag(Base):\n"
            "    __tablename__ = 'tags'\n"
            "    id = Column(Integer, primary_key=True)\n"
            "    label = Column(String(30), nullable=False, server_default='none')\n"
            "    user_id = Column(Integer, ForeignKey('users.id', ondelete='CASCADE'))\n\n");
        QTest::newRow("add table") << users << users + tags;
        QTest::newRow("drop table") << users + tags << users;
        QString withAge = users;
        withAge.replace(QStringLiteral("    name = Column(String(50))\n"),
                        QStringLiteral("    name = Column(String(50))\n    age = Column(Integer, "
                                       "nullable=False, server_default='0')\n"));
        QTest::newRow("add column") << users << withAge;
        QTest::newRow("drop column") << withAge << users;
        QString changed = users;
        changed.replace(QStringLiteral("String(50))"),
                        QStringLiteral("String(80), nullable=False)"));
        changed.replace(QStringLiteral("id = Column(Integer, primary_key=True)\n    email"),
                        QStringLiteral("id = Column(Integer, primary_key=True)\n    email"));
        QTest::newRow("nullable and type") << users << changed;
        QString big = users;
        big.replace(QStringLiteral("email = Column(String(100), nullable=False)"),
                    QStringLiteral("email = Column(Text, nullable=False)"));
        QTest::newRow("type to text") << users << big;
        QString indexed = users;
        indexed.replace(QStringLiteral("name = Column(String(50))"),
                        QStringLiteral("name = Column(String(50), index=True)"));
        QTest::newRow("add index") << users << indexed;
        QTest::newRow("drop index") << indexed << users;
        QString unique = users;
        unique.replace(QStringLiteral("email = Column(String(100), nullable=False)"),
                       QStringLiteral("email = Column(String(100), nullable=False, unique=True)"));
        QTest::newRow("add unique") << users << unique;
        QTest::newRow("drop unique") << unique << users;
        QString withFk = users + tags;
        withFk.replace(
            QStringLiteral(
                "    user_id = Column(Integer, ForeignKey('users.id', ondelete='CASCADE'))\n"),
            QStringLiteral("    user_id = Column(Integer)\n"));
        QTest::newRow("add foreign key") << withFk << users + tags;
        QTest::newRow("drop foreign key") << users + tags << withFk;
        QString def = users + tags;
        def.replace(QStringLiteral("server_default='none'"),
                    QStringLiteral("server_default='other'"));
        QTest::newRow("change server default") << users + tags << def;
        QString noDef = users + tags;
        noDef.replace(QStringLiteral(", server_default='none'"), QString());
        QTest::newRow("drop server default") << users + tags << noDef;
        QString commented = users;
        commented.replace(QStringLiteral("name = Column(String(50))"),
                          QStringLiteral("name = Column(String(50), comment='display name')"));
        commented.replace(
            QStringLiteral("__tablename__ = 'users'"),
            QStringLiteral(
                "__tablename__ = 'users'\n    __table_args__ = {'comment': 'accounts'}"));
        QTest::newRow("comments") << users << commented;
        QTest::newRow("drop comments") << commented << users;
    }

    void sameOperationsAsAlembic()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(project(dir, before, after));
        QString log;
        const std::optional<RevisionOperations> a = generate(dir, false, log);
        QVERIFY2(a, qPrintable(log));
        const std::optional<RevisionOperations> s = generate(dir, true, log);
        QVERIFY2(s, qPrintable(log));
        QVERIFY2(s->unsupportedUpgrade.isEmpty() && s->unsupportedDowngrade.isEmpty(),
                 qPrintable(log));
        const QStringList alembicUp = normalised(a->upgrade);
        QVERIFY2(!alembicUp.isEmpty(), qPrintable(log));  // the case is a change Alembic sees
        QCOMPARE(normalised(s->upgrade), alembicUp);
        if (a->unsupportedDowngrade.isEmpty()) {
            QCOMPARE(normalised(s->downgrade), normalised(a->downgrade));
        } else {
            // Alembic writes op.drop_constraint(None, ...) for a constraint the
            // server named (it fails when run); Stratum writes the server's name.
            QCOMPARE(s->downgrade.size(), a->downgrade.size() + a->unsupportedDowngrade.size());
            QVERIFY2(normalised(s->downgrade)
                         .join(u'\n')
                         .contains(QRegularExpression(
                             QStringLiteral("drop_constraint \\w+ \\w+_(key|fkey) "))),
                     qPrintable(log));
        }
    }

    void beyondAlembic()
    {
        const QString before =
            QStringLiteral("class Item(Base):\n"
                           "    __tablename__ = 'items'\n"
                           "    id = Column(Integer, primary_key=True)\n"
                           "    mood = Column(Enum('sad', 'happy', name='mood'), nullable=False)\n"
                           "    price = Column(Integer)\n\n");
        QString after = before;
        after.replace(QStringLiteral("Enum('sad', 'happy', name='mood')"),
                      QStringLiteral("Enum('sad', 'ok', 'happy', name='mood')"));
        after.replace(QStringLiteral("    __tablename__ = 'items'\n"),
                      QStringLiteral("    __tablename__ = 'items'\n    __table_args__ = "
                                     "(CheckConstraint('price >= 0', name='ck_items_price'),)\n"));
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QVERIFY(project(dir, before, after));
        QString log;
        const std::optional<RevisionOperations> a = generate(dir, false, log);
        QVERIFY2(a, qPrintable(log));
        const std::optional<RevisionOperations> s = generate(dir, true, log);
        QVERIFY2(s, qPrintable(log));
        // Alembic sees neither change; Stratum sees both.
        QVERIFY2(a->upgrade.isEmpty(), qPrintable(log));
        const QStringList up = normalised(s->upgrade);
        QVERIFY2(up.contains(QStringLiteral("execute ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad'")),
                 qPrintable(log));
        QVERIFY2(
            up.contains(QStringLiteral("add_constraint items ck(ck_items_price) ck_items_price")),
            qPrintable(log));
        QCOMPARE(normalised(s->downgrade),
                 QStringList{QStringLiteral("drop_constraint items ck_items_price check")});
        // Stratum's file runs under Alembic and Stratum's check is then clean.
        QVERIFY(QFile::rename(dir + QStringLiteral("/stratum.py"),
                              dir + QStringLiteral("/migrations/versions/stratum_change.py")));
        const Run up2 = alembic(dir, {QStringLiteral("upgrade"), QStringLiteral("head")});
        QVERIFY2(up2.code == 0, qPrintable(up2.all()));
        const Run check = stratum(dir, {QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.all()));
    }
};

QTEST_GUILESS_MAIN(TestMigrateAutogenInterop)
#include "test_migrate_autogen_interop.moc"
