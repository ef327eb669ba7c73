// RevisionWriter and ProjectInit: file names, slugs, the generic template's
// layout (byte for byte against what Alembic 1.8.1 wrote), merges and the
// checks Alembic makes before writing.
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/write/ProjectInit.h"
#include "core/migrate/write/RevisionWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

RevisionGraph graphOf(const QString &scriptDir)
{
    ScriptDirectory::Location loc;
    loc.scriptLocation = scriptDir;
    Result<ScriptDirectory> dir = ScriptDirectory::load(loc);
    if (!dir)
        return {};
    Result<RevisionGraph> g = dir->strictGraph();
    return g ? g.value() : RevisionGraph();
}

}  // namespace

class TestRevisionWriter : public QObject
{
    Q_OBJECT

private slots:
    void slugRules_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("slug");
        // Answers from alembic 1.8.1's _rev_path.
        QTest::newRow("punctuation") << "Add account table!  with  spaces/and-dashes" << 40
                                     << "add_account_table_with_spaces_and_dashes";
        QTest::newRow("truncated") << "create the accounts table and its many indexes now" << 40
                                   << "create_the_accounts_table_and_its_many_";
        QTest::newRow("unicode") << "Größe ändern" << 40 << "größe_ändern";
        QTest::newRow("empty") << "" << 40 << "";
        QTest::newRow("one long word") << QString(50, u'x') << 40 << QString(40, u'x') + u'_';
        QTest::newRow("short limit") << "alpha beta gamma" << 8 << "alpha_";
    }
    void slugRules()
    {
        QFETCH(QString, message);
        QFETCH(int, length);
        QFETCH(QString, slug);
        QCOMPARE(RevisionWriter::slug(message, length), slug);
    }

    void fileTemplates()
    {
        const QDateTime when(QDate(2024, 3, 7), QTime(9, 5, 4));
        auto name = [&](const QString &tpl) {
            Result<QString> r = RevisionWriter::fileName(tpl, QStringLiteral("ae1027a6acf"),
                                                         QStringLiteral("add_account"), when);
            return r ? r.value() : QStringLiteral("ERROR: ") + r.error().message;
        };
        QCOMPARE(name(QStringLiteral("%(rev)s_%(slug)s")),
                 QStringLiteral("ae1027a6acf_add_account.py"));
        QCOMPARE(name(QStringLiteral(
                     "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s")),
                 QStringLiteral("2024_03_07_0905-ae1027a6acf_add_account.py"));
        QCOMPARE(name(QStringLiteral("%(epoch)s_%(second)02d_%%")),
                 QString::number(when.toSecsSinceEpoch()) + QStringLiteral("_04_%.py"));
        QVERIFY(name(QStringLiteral("%(nope)s")).startsWith(QStringLiteral("ERROR: ")));
        QVERIFY(name(QStringLiteral("%(slug)d")).startsWith(QStringLiteral("ERROR: ")));
    }

    void pythonRepr()
    {
        QCOMPARE(RevisionWriter::pyRepr(QStringLiteral("abc")), QStringLiteral("'abc'"));
        QCOMPARE(RevisionWriter::pyRepr(QStringLiteral("it's")), QStringLiteral("\"it's\""));
        QCOMPARE(RevisionWriter::pyRepr(QStringList{}, true), QStringLiteral("None"));
        QCOMPARE(RevisionWriter::pyRepr(QStringList{QStringLiteral("a")}, false),
                 QStringLiteral("('a',)"));
        QCOMPARE(
            RevisionWriter::pyRepr(QStringList{QStringLiteral("a"), QStringLiteral("b")}, true),
            QStringLiteral("('a', 'b')"));
        QCOMPARE(RevisionWriter::newRevisionId().size(), 12);
        QVERIFY(RevisionWriter::newRevisionId() != RevisionWriter::newRevisionId());
    }

    // The exact text Alembic 1.8.1 wrote for `alembic revision -m ...` and
    // `alembic merge heads -m "merge it"` (generic template).
    void genericTemplateLayout()
    {
        QTemporaryDir tmp;
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("m/versions"))));
        RevisionGraph empty;
        RevisionWriterConfig config;
        config.versionDirectories = {tmp.filePath(QStringLiteral("m/versions"))};
        RevisionWriter writer(empty, config);
        RevisionRequest req;
        req.message = QStringLiteral("Add account table!  with  spaces/and-dashes");
        req.revisionId = QStringLiteral("e25fa8485639");
        req.createDate = QDateTime(QDate(2026, 11, 21), QTime(0, 58, 43, 859));
        Result<Revision> rev = writer.write(req);
        QVERIFY2(rev, qPrintable(rev ? QString() : rev.error().toString()));
        QCOMPARE(QFileInfo(rev->path).fileName(),
                 QStringLiteral("e25fa8485639_add_account_table_with_spaces_and_dashes.py"));
        const QString expected = QStringLiteral(
            "\"\"\"Add account table!  with  spaces/and-dashes\n\n"
            "Revision ID: e25fa8485639\nRevises: \nCreate Date: 2026-11-21 00:58:43.859000\n\n"
            "\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n"
            "# revision identifiers, used by Alembic.\nrevision = 'e25fa8485639'\n"
            "down_revision = None\nbranch_labels = None\ndepends_on = None\n\n\n"
            "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n");
        QCOMPARE(readAll(rev->path), expected);

        // A second base on its own branch, then a merge of both heads.
        const QString scriptDir = tmp.filePath(QStringLiteral("m"));
        RevisionGraph g1 = graphOf(scriptDir);
        QCOMPARE(g1.size(), 1);
        RevisionRequest second;
        second.message = QStringLiteral("x");
        second.revisionId = QStringLiteral("745e1804ab6f");
        second.heads = {QStringLiteral("base")};
        second.branchLabels = {QStringLiteral("lbl")};
        QVERIFY(RevisionWriter(g1, config).write(second));
        RevisionGraph g2 = graphOf(scriptDir);
        QCOMPARE(g2.heads().size(), 2);

        RevisionRequest plain;
        plain.message = QStringLiteral("would need a merge");
        Result<Revision> refused = RevisionWriter(g2, config).write(plain);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("Multiple heads are present")));

        RevisionRequest merge;
        merge.message = QStringLiteral("merge it");
        merge.revisionId = QStringLiteral("5a560bc6934f");
        merge.heads = {QStringLiteral("745e1804ab6f"), QStringLiteral("e25fa8485639")};
        merge.createDate = QDateTime(QDate(2026, 11, 21), QTime(0, 58, 48, 63));
        Result<Revision> merged = RevisionWriter(g2, config).write(merge);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().toString()));
        const QString text = readAll(merged->path);
        QVERIFY(text.contains(QStringLiteral("Revises: 745e1804ab6f, e25fa8485639\n")));
        QVERIFY(
            text.contains(QStringLiteral("down_revision = ('745e1804ab6f', 'e25fa8485639')\n")));
        QVERIFY(text.contains(QStringLiteral("Create Date: 2026-11-21 00:58:48.063000\n")));
        QCOMPARE(merged->downRevisions,
                 (QStringList{QStringLiteral("745e1804ab6f"), QStringLiteral("e25fa8485639")}));

        const QString labelled =
            readAll(tmp.filePath(QStringLiteral("m/versions/745e1804ab6f_x.py")));
        QVERIFY(labelled.contains(QStringLiteral("branch_labels = ('lbl',)\n")));

        RevisionGraph g3 = graphOf(scriptDir);
        QCOMPARE(g3.size(), 3);
        QCOMPARE(g3.heads().size(), 1);
        // Not a head without --splice; a duplicate label; an illegal id.
        RevisionRequest splice;
        splice.heads = {QStringLiteral("e25fa8485639")};
        QVERIFY(!RevisionWriter(g3, config).write(splice));
        splice.splice = true;
        QVERIFY(RevisionWriter(g3, config).write(splice));
        RevisionRequest dupLabel;
        dupLabel.branchLabels = {QStringLiteral("lbl")};
        QVERIFY(!RevisionWriter(g3, config).write(dupLabel));
        RevisionRequest badId;
        badId.revisionId = QStringLiteral("ab-cd");
        QVERIFY(!RevisionWriter(g3, config).write(badId));
    }

    void autogeneratedMarkersAndDependsOn()
    {
        QTemporaryDir tmp;
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("m/versions"))));
        RevisionWriterConfig config;
        config.versionDirectories = {tmp.filePath(QStringLiteral("m/versions"))};
        RevisionGraph empty;
        RevisionRequest base;
        base.revisionId = QStringLiteral("aaaaaaaaaaaa");
        base.branchLabels = {QStringLiteral("core")};
        QVERIFY(RevisionWriter(empty, config).write(base));
        RevisionGraph g = graphOf(tmp.filePath(QStringLiteral("m")));

        RevisionRequest req;
        req.message = QStringLiteral("add t");
        req.revisionId = QStringLiteral("bbbbbbbbbbbb");
        req.heads = {QStringLiteral("base")};
        req.dependsOn = {QStringLiteral("core"), QStringLiteral("aaaa")};
        req.autogenerated = true;
        req.upgradeLines = {
            QStringLiteral("op.create_table('t',\n    sa.Column('id', sa.Integer(), "
                           "nullable=False),\n    sa.PrimaryKeyConstraint('id')\n    )")};
        Result<RevisionWriter::Rendered> r = RevisionWriter(g, config).render(req);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->text.contains(QStringLiteral("depends_on = ('core', 'aaaaaaaaaaaa')\n")));
        QVERIFY(r->text.contains(
            QStringLiteral("def upgrade() -> None:\n"
                           "    # ### commands auto generated by Alembic - please adjust! ###\n"
                           "    op.create_table('t',\n"
                           "        sa.Column('id', sa.Integer(), nullable=False),\n"
                           "        sa.PrimaryKeyConstraint('id')\n"
                           "        )\n"
                           "    # ### end Alembic commands ###\n")));
        QVERIFY(r->text.contains(
            QStringLiteral("def downgrade() -> None:\n"
                           "    # ### commands auto generated by Alembic - please adjust! ###\n"
                           "    pass\n"
                           "    # ### end Alembic commands ###\n")));
        QCOMPARE(r->revision.dependsOn,
                 (QStringList{QStringLiteral("core"), QStringLiteral("aaaaaaaaaaaa")}));
    }

    void initLikeAlembic()
    {
        QTemporaryDir tmp;
        Result<ProjectInit::Result_> r = ProjectInit::run(
            QStringLiteral("migrations"), QStringLiteral("alembic.ini"), tmp.path());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        for (const char *f :
             {"alembic.ini", "migrations/env.py", "migrations/script.py.mako", "migrations/README"})
            QVERIFY2(QFile::exists(tmp.filePath(QLatin1String(f))), f);
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("migrations/versions"))).isDir());
        const QString ini = readAll(tmp.filePath(QStringLiteral("alembic.ini")));
        QVERIFY(ini.contains(QStringLiteral("\nscript_location = migrations\n")));
        QVERIFY(!ini.contains(QStringLiteral("${")));
        QVERIFY(r->messages.last().startsWith(QStringLiteral("Please edit configuration")));
        // A second init into the same, now non-empty, directory is refused.
        Result<ProjectInit::Result_> again = ProjectInit::run(
            QStringLiteral("migrations"), QStringLiteral("alembic.ini"), tmp.path());
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already exists and is not empty")));
        // The files are Alembic's own generic template.
        QFile alembicEnv(
            QStringLiteral("/usr/lib/python3/dist-packages/alembic/templates/generic/env.py"));
        if (alembicEnv.open(QIODevice::ReadOnly))
            QCOMPARE(readAll(tmp.filePath(QStringLiteral("migrations/env.py"))),
                     QString::fromUtf8(alembicEnv.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestRevisionWriter)
#include "test_revision_writer.moc"
