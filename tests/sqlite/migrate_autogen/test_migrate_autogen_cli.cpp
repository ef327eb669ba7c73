// stratum-cli check / revision --autogenerate on a SQLite project made by
// stratum-cli init: check exits 1 with the differences and 0 when the
// database matches; where the target comes from; --rename.
#include "core/migrate/models/ModelsPyReader.h"
#include "core/schema/ModelFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

const char *kModels = R"(from sqlalchemy import Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    mail = Column(String(100), nullable=False)
    name = Column(String(50), index=True)


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"))
)";

}  // namespace

class TestMigrateAutogenCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    Run stratum(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_tmp.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DATABASE_URL"));
        env.remove(QStringLiteral("SQLALCHEMY_DATABASE_URL"));
        env.remove(QStringLiteral("ALEMBIC_CONFIG"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STRATUM_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString path(const QString &name) const { return m_tmp.path() + u'/' + name; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const Run init = stratum({QStringLiteral("init"), QStringLiteral("migrations")});
        QVERIFY2(init.code == 0, qPrintable(init.all()));
        QString ini = readText(path(QStringLiteral("alembic.ini")));
        ini.replace(QRegularExpression(QStringLiteral("(?m)^sqlalchemy\\.url = .*$")),
                    QStringLiteral("sqlalchemy.url = sqlite:///app.db"));
        QVERIFY(writeText(path(QStringLiteral("alembic.ini")), ini));
        QVERIFY(writeText(path(QStringLiteral("models.py")), QString::fromLatin1(kModels)));
    }

    void noTargetSaysWhereItLooked()
    {
        // The generic env.py has target_metadata = None.
        const Run r = stratum({QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("FAILED:")) &&
                     r.err.contains(QStringLiteral("env.py")),
                 qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("--models")), qPrintable(r.all()));
        const Run missing = stratum(
            {QStringLiteral("check"), QStringLiteral("--models"), QStringLiteral("nowhere.py")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("nowhere.py")), qPrintable(missing.all()));
        QCOMPARE(stratum({QStringLiteral("check"), QStringLiteral("--bogus")}).code, 2);
    }

    void checkThenAutogenerateThenClean()
    {
        Run check = stratum(
            {QStringLiteral("check"), QStringLiteral("--models"), QStringLiteral("models.py")});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains(QStringLiteral("create table users")) &&
                     check.out.contains(QStringLiteral("create table posts")),
                 qPrintable(check.all()));

        const Run gen = stratum({QStringLiteral("revision"), QStringLiteral("--autogenerate"),
                                 QStringLiteral("-m"), QStringLiteral("first"),
                                 QStringLiteral("--models"), QStringLiteral("models.py")});
        QVERIFY2(gen.code == 0, qPrintable(gen.all()));
        const QString file =
            QRegularExpression(QStringLiteral("Generating (\\S+\\.py)")).match(gen.out).captured(1);
        const QString text = readText(file);
        QVERIFY2(
            text.contains(QStringLiteral("op.create_table('users',")) &&
                text.contains(QStringLiteral(
                    "op.create_index(op.f('ix_users_name'), 'users', ['name'], unique=False)")) &&
                text.contains(QStringLiteral("op.drop_table('users')")),
            qPrintable(text));
        const Run up = stratum({QStringLiteral("upgrade"), QStringLiteral("head")});
        QVERIFY2(up.code == 0, qPrintable(up.all()));

        // The workspace setting stands in for --models.
        QString ini = readText(path(QStringLiteral("alembic.ini")));
        ini.replace(QStringLiteral("[alembic]\n"),
                    QStringLiteral("[alembic]\nstratum.models = models.py\n"));
        QVERIFY(writeText(path(QStringLiteral("alembic.ini")), ini));
        check = stratum({QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.all()));
        QVERIFY(check.out.contains(QStringLiteral("No new upgrade operations detected.")));

        // A Stratum model file of the same models is the same target.
        auto models = stratum::migrate::readModelsPy(path(QStringLiteral("models.py")),
                                                     stratum::schema::Dialect::SQLite);
        QVERIFY(models);
        stratum::schema::ModelDocument doc;
        doc.metadata = models->metadata;
        QVERIFY(stratum::schema::writeModelFile(path(QStringLiteral("app.stratum-model")), doc));
        check = stratum({QStringLiteral("check"), QStringLiteral("--models"),
                         QStringLiteral("app.stratum-model")});
        QVERIFY2(check.code == 0, qPrintable(check.all()));
        doc.metadata.tables.pop_back();
        QVERIFY(stratum::schema::writeModelFile(path(QStringLiteral("app.stratum-model")), doc));
        check = stratum({QStringLiteral("check"), QStringLiteral("--models"),
                         QStringLiteral("app.stratum-model")});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains(QStringLiteral("drop table")), qPrintable(check.all()));
    }

    void renameIsOfferedAndTakenOnRequest()
    {
        QString models = QString::fromLatin1(kModels);
        models.replace(QStringLiteral("    mail = "), QStringLiteral("    email = "));
        QVERIFY(writeText(path(QStringLiteral("models.py")), models));
        Run check = stratum({QStringLiteral("check")});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.err.contains(QStringLiteral("--rename users.mail:email")),
                 qPrintable(check.all()));
        // Without --rename: drop and add.
        QVERIFY2(check.out.contains(QStringLiteral("drop column users.mail")),
                 qPrintable(check.all()));
        check = stratum({QStringLiteral("check"), QStringLiteral("--rename"),
                         QStringLiteral("users.mail:email")});
        QCOMPARE(check.code, 1);
        QVERIFY2(!check.out.contains(QStringLiteral("drop column")), qPrintable(check.all()));

        const Run gen = stratum({QStringLiteral("revision"), QStringLiteral("--autogenerate"),
                                 QStringLiteral("-m"), QStringLiteral("rename"),
                                 QStringLiteral("--rename"), QStringLiteral("users.mail:email")});
        QVERIFY2(gen.code == 0, qPrintable(gen.all()));
        const QString file =
            QRegularExpression(QStringLiteral("Generating (\\S+\\.py)")).match(gen.out).captured(1);
        const QString text = readText(file);
        QVERIFY2(text.contains(QStringLiteral(
                     "with op.batch_alter_table('users', schema=None) as batch_op:")) &&
                     text.contains(QStringLiteral("new_column_name='email'")),
                 qPrintable(text));
        const Run up = stratum({QStringLiteral("upgrade"), QStringLiteral("head")});
        QVERIFY2(up.code == 0, qPrintable(up.all()));
        check = stratum({QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.all()));
        // The downgrade takes it back; like Alembic, autogenerate then wants
        // the database at head first.
        const Run down = stratum({QStringLiteral("downgrade"), QStringLiteral("-1")});
        QVERIFY2(down.code == 0, qPrintable(down.all()));
        check = stratum({QStringLiteral("check")});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.err.contains(QStringLiteral("Target database is not up to date.")),
                 qPrintable(check.all()));
        QVERIFY(QFile::remove(file));
        QString back = QString::fromLatin1(kModels);
        QVERIFY(writeText(path(QStringLiteral("models.py")), back));
        check = stratum({QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.all()));
    }
};

QTEST_GUILESS_MAIN(TestMigrateAutogenCli)
#include "test_migrate_autogen_cli.moc"
