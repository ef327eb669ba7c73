// models.py without Python: the SQLAlchemy 2.0 typed cases in typed/ (each
// column's derivation is written next to it) give exactly the DDL in
// typed/<case>.<dialect>.sql; what Stratum cannot read is a warning with file
// and line; env.py leads to the models module.
#include "core/migrate/models/ModelsPyReader.h"
#include "core/schema/DdlPlanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

const QString kCases = QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/models_py/typed/");

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(f.readAll());
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

QString ddl(const schema::MetaData &md, schema::Dialect dialect)
{
    auto script = schema::DdlPlanner::createAll(md, dialect);
    if (!script)
        return QStringLiteral("ERROR: ") + script.error().message;
    QString out;
    for (const QString &s : script->statements)
        out += s + QStringLiteral(";\n");
    return out;
}

QString warningList(const QList<ModelsWarning> &ws)
{
    QStringList out;
    for (const ModelsWarning &w : ws)
        out << QStringLiteral("%1:%2: %3")
                   .arg(QFileInfo(w.file).fileName())
                   .arg(w.line)
                   .arg(w.message);
    return out.join(u'\n');
}

int lineOf(const QString &source, const QString &needle)
{
    const qsizetype at = source.indexOf(needle);
    return at < 0 ? -1 : int(source.left(at).count(u'\n')) + 1;
}

}  // namespace

class TestModelsPyReader : public QObject
{
    Q_OBJECT

private slots:
    void typedCases_data();
    void typedCases();
    void caseWarnings();
    void classicColumns();
    void warningsCarryFileAndLine();
    void parseErrorIsAnError();
    void hostileInputEnds();
    void findTarget_data();
    void findTarget();
    void findTargetNotFound();
};

void TestModelsPyReader::typedCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dialect");
    for (const QString c : {"01_scalars", "02_more_types", "03_table_args", "04_naming_fk",
                            "05_mixins", "06_registry_tables"}) {
        QTest::newRow(qPrintable(c + QStringLiteral(" pg")))
            << c << int(schema::Dialect::PostgreSQL);
        QTest::newRow(qPrintable(c + QStringLiteral(" sqlite")))
            << c << int(schema::Dialect::SQLite);
    }
}

void TestModelsPyReader::typedCases()
{
    QFETCH(QString, name);
    QFETCH(int, dialect);
    const auto d = schema::Dialect(dialect);
    auto result = readModelsPy(kCases + name + QStringLiteral(".py"), d);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const QString expected =
        readText(kCases + name +
                 (d == schema::Dialect::PostgreSQL ? QStringLiteral(".pg.sql")
                                                   : QStringLiteral(".sqlite.sql")));
    // compared with SQLAlchemy's own DDL to the letter: index expressions and
    // SQLite foreign keys (no schema in REFERENCES) included
    const QString actual = ddl(result->metadata, d);
    if (actual != expected)
        qWarning().noquote() << "actual DDL:\n" << actual << "\nexpected:\n" << expected;
    QCOMPARE(actual, expected);
}

void TestModelsPyReader::caseWarnings()
{
    for (const QString c :
         {"01_scalars", "02_more_types", "03_table_args", "04_naming_fk", "06_registry_tables"}) {
        auto r = readModelsPy(kCases + c + QStringLiteral(".py"), schema::Dialect::PostgreSQL);
        QVERIFY(r);
        QVERIFY2(r->warnings.isEmpty(), qPrintable(c + u'\n' + warningList(r->warnings)));
    }
    const QString path = kCases + QStringLiteral("05_mixins.py");
    auto r = readModelsPy(path, schema::Dialect::PostgreSQL);
    QVERIFY(r);
    QCOMPARE(r->warnings.size(), 1);
    QCOMPARE(r->warnings[0].file, path);
    QCOMPARE(r->warnings[0].line, lineOf(readText(path), QStringLiteral("remote_side=lambda")));
    QVERIFY(r->warnings[0].message.contains(QStringLiteral("relationship()")));
}

void TestModelsPyReader::classicColumns()
{
    // The 1.4 spelling: declarative_base(), Column(Type, ...), bare names.
    const QString src = QStringLiteral(R"(
from sqlalchemy import Column, Integer, String, ForeignKey, Boolean, MetaData
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base(metadata=MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}))

class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(120), unique=True, nullable=False)
    active = Column(Boolean, server_default="1")

class Address(Base):
    __tablename__ = "addresses"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), index=True)
)");
    auto r = readModelsPySource(src, QStringLiteral("models.py"), schema::Dialect::PostgreSQL);
    QVERIFY(r);
    QVERIFY2(r->warnings.isEmpty(), qPrintable(warningList(r->warnings)));
    const schema::Table *users = r->metadata.table({}, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->columns.size(), size_t(3));
    QCOMPARE(users->column(QStringLiteral("email"))->type, schema::ColumnType::string(120));
    QCOMPARE(users->column(QStringLiteral("email"))->nullable, false);
    QCOMPARE(users->column(QStringLiteral("active"))->nullable, true);
    QCOMPARE(users->column(QStringLiteral("active"))->serverDefault, QStringLiteral("'1'"));
    QVERIFY(users->column(QStringLiteral("id"))->autoincrement);
    QCOMPARE(users->uniqueConstraints.size(), size_t(1));
    QCOMPARE(r->metadata.naming.templateFor(QStringLiteral("uq")),
             QStringLiteral("uq_%(table_name)s_%(column_0_name)s"));
    QVERIFY(r->metadata.naming.templateFor(QStringLiteral("ix")).isEmpty());
    const schema::Table *addresses = r->metadata.table({}, QStringLiteral("addresses"));
    QVERIFY(addresses);
    QCOMPARE(addresses->foreignKeys.size(), size_t(1));
    QCOMPARE(addresses->foreignKeys[0].onDelete, schema::ReferentialAction::Cascade);
    QCOMPARE(addresses->indexes.size(), size_t(1));
    QCOMPARE(addresses->column(QStringLiteral("user_id"))->nullable, true);
}

void TestModelsPyReader::warningsCarryFileAndLine()
{
    const QString src = QStringLiteral(R"(import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, declared_attr, relationship
from myapp.types import Money


class Base(DeclarativeBase):
    pass


class AuditMixin:
    @declared_attr  # the warning points here
    def audit_id(cls):
        return sa.Column(sa.Integer, sa.ForeignKey(cls.__audit_target__))


class Invoice(AuditMixin, Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)
    total = sa.Column(Money(2))
    lines = relationship("Line", order_by="Line.position", primaryjoin=lambda: Invoice.id == 1)
    custom = make_column()
    amount: Mapped[int] = mapped_column(sa.Integer, frobnicate=True)


sa.event.listen(Invoice.__table__, "after_create", sa.DDL("SELECT 1"))
)");
    auto r = readModelsPySource(src, QStringLiteral("/p/models.py"), schema::Dialect::PostgreSQL);
    QVERIFY(r);
    const QString all = warningList(r->warnings);
    auto expectAt = [&](const QString &needle, const QString &fragment) {
        const int line = lineOf(src, needle);
        bool found = false;
        for (const ModelsWarning &w : r->warnings)
            found = found || (w.line == line && w.file == QLatin1String("/p/models.py") &&
                              w.message.contains(fragment));
        QVERIFY2(found, qPrintable(QStringLiteral("no warning '%1' at line %2 in:\n%3")
                                       .arg(fragment)
                                       .arg(line)
                                       .arg(all)));
    };
    expectAt(QStringLiteral("@declared_attr  # the warning"), QStringLiteral("declared_attr"));
    expectAt(QStringLiteral("Money(2)"), QStringLiteral("unsupported column type"));
    expectAt(QStringLiteral("primaryjoin=lambda"), QStringLiteral("relationship()"));
    expectAt(QStringLiteral("make_column()"), QStringLiteral("not a construct"));
    expectAt(QStringLiteral("frobnicate"), QStringLiteral("frobnicate"));
    expectAt(QStringLiteral("sa.event.listen"), QStringLiteral("import time"));
    // Everything else is still read.
    const schema::Table *invoice = r->metadata.table({}, QStringLiteral("invoice"));
    QVERIFY(invoice);
    QVERIFY(invoice->column(QStringLiteral("id")));
    QVERIFY(invoice->column(QStringLiteral("amount")));  // the unknown keyword is dropped
    QVERIFY(!invoice->column(QStringLiteral("total")));
}

void TestModelsPyReader::parseErrorIsAnError()
{
    auto r = readModelsPySource(QStringLiteral("class A(:\n"), QStringLiteral("bad.py"),
                                schema::Dialect::SQLite);
    QVERIFY(!r);
    QCOMPARE(r.error().source, QStringLiteral("bad.py"));
    QCOMPARE(r.error().line, 1);
}

void TestModelsPyReader::hostileInputEnds()
{
    // Legal Python that loops naive walkers: a redefined class naming itself
    // (three times) as its base, an alias that refers to itself, assignments
    // that refer to each other, and deep nesting.
    QString src = QStringLiteral(R"(
from typing import Annotated, Optional
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
class Base(DeclarativeBase):
    pass
class Mix:
    x: Mapped[int]
class Mix(Mix, Mix, Mix):
    y: Mapped[int]
x = Annotated[x, 1]
a = b
b = a
class T(Mix, Mix, Mix, Base):
    __tablename__ = "t"
    __table_args__ = a
    id: Mapped[int] = mapped_column(primary_key=True)
    loop: Mapped[x]
    bad: Mapped[b] = mapped_column(a)
)");
    src += QStringLiteral("class U(Base):\n    __tablename__ = 'u'\n    id: Mapped[int] = "
                          "mapped_column(primary_key=True)\n    deep: Mapped[") +
           QStringLiteral("Optional[").repeated(60) + QStringLiteral("int") +
           QStringLiteral("]").repeated(60) + QStringLiteral("]\n");
    for (auto d : {schema::Dialect::PostgreSQL, schema::Dialect::SQLite}) {
        auto r = readModelsPySource(src, QStringLiteral("hostile.py"), d);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const schema::Table *t = r->metadata.table({}, QStringLiteral("t"));
        QVERIFY(t);
        QVERIFY(t->column(QStringLiteral("id")));
        // The redefinition replaces the first Mix (Stratum keys classes by
        // name), so only the second one's column arrives.
        QVERIFY(t->column(QStringLiteral("y")));
        QVERIFY(!t->column(QStringLiteral("loop")));
        QVERIFY(!r->warnings.isEmpty());
        QVERIFY(r->metadata.table({}, QStringLiteral("u")));
        QVERIFY(!r->metadata.table({}, QStringLiteral("u"))->column(QStringLiteral("deep")));
    }
}

void TestModelsPyReader::findTarget_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QString>("models");  // relative to the project root
    QTest::newRow("from app.models import Base")
        << "from app.models import Base\ntarget_metadata = Base.metadata\n"
        << ""
        << "app/models.py";
    QTest::newRow("package __init__")
        << "from app.models import Base\ntarget_metadata = Base.metadata\n"
        << ""
        << "app/models/__init__.py";
    QTest::newRow("from app import models")
        << "from app import models\ntarget_metadata = models.Base.metadata\n"
        << ""
        << "app/models.py";
    QTest::newRow("import app.models")
        << "import app.models\ntarget_metadata = app.models.Base.metadata\n"
        << ""
        << "app/models.py";
    QTest::newRow("import as") << "import app.db.models as m\ntarget_metadata = m.Base.metadata\n"
                               << ""
                               << "app/db/models.py";
    QTest::newRow("metadata object")
        << "from app.tables import metadata\ntarget_metadata = metadata\n"
        << ""
        << "app/tables.py";
    QTest::newRow("prepend_sys_path")
        << "from shop.models import Base\ntarget_metadata = [Base.metadata]\n"
        << "[alembic]\nscript_location = migrations\nprepend_sys_path = . src\n"
        << "src/shop/models.py";
}

void TestModelsPyReader::findTarget()
{
    QFETCH(QString, env);
    QFETCH(QString, ini);
    QFETCH(QString, models);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(writeText(root + QStringLiteral("/migrations/env.py"),
                      QStringLiteral("from alembic import context\n") + env));
    if (!ini.isEmpty())
        QVERIFY(writeText(root + QStringLiteral("/alembic.ini"), ini));
    QVERIFY(writeText(root + u'/' + models, QStringLiteral("# models\n")));
    auto found = findTargetModels(root + QStringLiteral("/migrations"));
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(*found, QDir::cleanPath(root + u'/' + models));
}

void TestModelsPyReader::findTargetNotFound()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    auto noEnv = findTargetModels(root + QStringLiteral("/migrations"));
    QVERIFY(!noEnv);
    QVERIFY(noEnv.error().message.contains(QStringLiteral("env.py")));

    QVERIFY(writeText(root + QStringLiteral("/migrations/env.py"),
                      QStringLiteral("from alembic import context\ntarget_metadata = None\n")));
    auto none = findTargetModels(root + QStringLiteral("/migrations"));
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("target_metadata = None")));
    QCOMPARE(none.error().line, 2);

    QVERIFY(writeText(root + QStringLiteral("/migrations/env.py"),
                      QStringLiteral("from myproj.models import Base\n"
                                     "target_metadata = Base.metadata\n")));
    auto missing = findTargetModels(root + QStringLiteral("/migrations"));
    QVERIFY(!missing);
    // says what it looked for and where
    QVERIFY2(missing.error().message.contains(QStringLiteral("myproj/models.py")),
             qPrintable(missing.error().message));
    QVERIFY2(missing.error().message.contains(QDir::toNativeSeparators(QDir::cleanPath(root))),
             qPrintable(missing.error().message));
    QVERIFY(!missing.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestModelsPyReader)
#include "test_models_py_reader.moc"
