// The migration history viewer against the private PostgreSQL cluster
// (STRATUM_TEST_PG_URL): upgrade to a revision from the GUI and check
// alembic_version; downgrade one step and check again; a revision that fails
// shows the failing statement and the server's message, and the database is
// exactly where the dialog says (one transaction: nothing applied; one per
// revision: the revisions before it); a prod connection needs its name typed.
#include "MigrationsTestUtil.h"

#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/run/VersionTable.h"
#include "ui/migrations/ConfirmRunDialog.h"
#include "ui/migrations/MigrationView.h"
#include "ui/migrations/RevisionGraphModel.h"
#include "ui/migrations/RevisionGraphView.h"
#include "ui/migrations/RunFailureDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace stratum;
using namespace stratum::ui;

class TestMigrationsPg : public QObject
{
    Q_OBJECT

    config::Url m_admin;
    QStringList m_databases;
    QTemporaryDir m_tmp;

    std::unique_ptr<engine::DriverConnection> connect(const config::Url &url)
    {
        Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(url);
        if (!driver)
            return {};
        Result<std::unique_ptr<engine::DriverConnection>> c = driver.value()->connect();
        return c ? std::move(c.value()) : nullptr;
    }

    config::Url freshDatabase()
    {
        const QString name = QStringLiteral("stratum_migview_%1")
                                 .arg(QRandomGenerator::global()->generate64(), 0, 16);
        auto admin = connect(m_admin);
        if (!admin || !admin->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            return {};
        m_databases << name;
        config::Url url = m_admin;
        url.setDatabase(name);
        return url;
    }

    QStringList versionRows(const config::Url &url)
    {
        auto c = connect(url);
        if (!c)
            return {QStringLiteral("<no connection>")};
        Result<QStringList> heads = migrate::VersionTable(schema::Dialect::PostgreSQL).heads(*c);
        return heads ? heads.value() : QStringList{QStringLiteral("<error>")};
    }

    // r1..r3 create t1..t3; r4 (when failing) runs a statement the server refuses.
    QStringList writeProject(const QString &root, const config::Url &url, bool failing,
                             bool perMigration)
    {
        const QString versions = migtest::writeProject(root, url.toString(false));
        if (perMigration) {
            QFile ini(root + QStringLiteral("/alembic.ini"));
            if (!ini.open(QIODevice::Append))
                return {};
            ini.write("transaction_per_migration = true\n");
        }
        QStringList ids;
        for (int k = 1; k <= 3; ++k) {
            const QString id = QStringLiteral("%1").arg(k, 12, 10, QLatin1Char('0'));
            migtest::writeRevision(versions, id, ids.isEmpty() ? QStringList{} : ids.mid(k - 2, 1),
                                   QStringLiteral("create t%1").arg(k), migtest::createTable(k),
                                   migtest::dropTable(k), QString(),
                                   QStringLiteral("2024-01-0%1 00:00:00.000000").arg(k));
            ids << id;
        }
        if (failing) {
            const QString id = QStringLiteral("%1").arg(4, 12, 10, QLatin1Char('0'));
            migtest::writeRevision(
                versions, id, {ids.last()}, QStringLiteral("backfill"),
                {QStringLiteral("op.execute(\"INSERT INTO t_missing (id) VALUES (1)\")")},
                {QStringLiteral("pass")}, QString(), QStringLiteral("2024-01-04 00:00:00.000000"));
            ids << id;
        }
        return ids;
    }

    std::unique_ptr<MigrationView> open(const QString &root, const config::Url &url,
                                        std::optional<ConnectionProfile> profile = std::nullopt)
    {
        auto view = std::make_unique<MigrationView>();
        view->resize(1300, 800);
        QSignalSpy loaded(view.get(), &MigrationView::loaded);
        view->open({QStringLiteral("pg"), root + QStringLiteral("/alembic.ini"),
                    url.toString(false), profile});
        view->show();
        if (!migtest::waitFor(loaded))
            return nullptr;
        return view;
    }

    // Selects id, runs the action, accepts the confirmation, waits for the outcome.
    RunOutcome run(MigrationView &view, const QString &id, void (MigrationView::*action)(),
                   const QString &typeName = QString())
    {
        view.graphView()->selectRevision(view.history()->graph().indexOf(id));
        QSignalSpy confirm(&view, &MigrationView::confirmationShown);
        QSignalSpy finished(&view, &MigrationView::runFinished);
        (view.*action)();
        if (!migtest::waitFor(confirm))
            return {};
        auto *dialog = confirm.first().first().value<ConfirmRunDialog *>();
        if (!typeName.isEmpty())
            dialog->nameEdit()->setText(typeName);
        if (!dialog->runButton()->isEnabled())
            return {};
        dialog->accept();
        if (!migtest::waitFor(finished, 1, 180000))
            return {};
        return finished.first().first().value<RunOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ConfirmRunDialog *>();
        qRegisterMetaType<RunFailureDialog *>();
        qRegisterMetaType<RehearsalDialog *>();
        const QByteArray env = qgetenv("STRATUM_TEST_PG_URL");
        if (env.isEmpty())
            QFAIL("STRATUM_TEST_PG_URL is not set (scripts/dev-cluster.sh start)");
        Result<config::Url> url = config::Url::parse(QString::fromUtf8(env));
        QVERIFY(url);
        m_admin = url.value();
        QVERIFY(m_tmp.isValid());
    }

    void cleanupTestCase()
    {
        auto admin = connect(m_admin);
        for (const QString &db : m_databases) {
            if (admin)
                admin->execute(
                    QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(db));
        }
    }

    void upgradeThenDowngradeOneStep()
    {
        const config::Url url = freshDatabase();
        QVERIFY(!url.database().isEmpty());
        const QString root = m_tmp.filePath(QStringLiteral("updown"));
        const QStringList ids = writeProject(root, url, false, false);
        auto view = open(root, url);
        QVERIFY(view);
        QVERIFY(view->history()->hasDatabase());
        QVERIFY(view->graphModel()->databaseHeads().isEmpty());

        RunOutcome up = run(*view, ids[1], &MigrationView::upgradeToSelected);
        QVERIFY2(up.ok, qPrintable(up.error.toString()));
        QCOMPARE(versionRows(url), QStringList{ids[1]});
        QCOMPARE(up.headsAfter, QStringList{ids[1]});
        QCOMPARE(up.stepsApplied, (QStringList{ids[0], ids[1]}));
        // The graph follows: "you are here" moved; r3 still pending.
        RevisionGraphModel *m = view->graphModel();
        QVERIFY(m->index(m->rowOfId(ids[1])).data(RevisionGraphModel::CurrentRole).toBool());
        QVERIFY(!m->index(m->rowOfId(ids[2])).data(RevisionGraphModel::AppliedRole).toBool());

        RunOutcome down = run(*view, ids[0], &MigrationView::downgradeToSelected);
        QVERIFY2(down.ok, qPrintable(down.error.toString()));
        QCOMPARE(versionRows(url), QStringList{ids[0]});
        QVERIFY(m->index(m->rowOfId(ids[0])).data(RevisionGraphModel::CurrentRole).toBool());
        auto c = connect(url);
        QVERIFY(c);
        Result<engine::ExecResult> t2 =
            c->execute(QStringLiteral("SELECT to_regclass('t2')::text"));
        QVERIFY(t2);
    }

    void failingRevisionOneTransaction()
    {
        const config::Url url = freshDatabase();
        const QString root = m_tmp.filePath(QStringLiteral("fail1"));
        const QStringList ids = writeProject(root, url, true, false);
        auto view = open(root, url);
        QVERIFY(view);
        QVERIFY(run(*view, ids[0], &MigrationView::upgradeToSelected).ok);

        QSignalSpy failure(view.get(), &MigrationView::failureShown);
        RunOutcome out = run(*view, ids[3], &MigrationView::upgradeToSelected);
        QVERIFY(!out.ok);
        QVERIFY(migtest::waitFor(failure));
        auto *dialog = failure.first().first().value<RunFailureDialog *>();
        const QString text = dialog->text();
        QVERIFY2(text.contains(QStringLiteral("INSERT INTO t_missing (id) VALUES (1)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("t_missing")), qPrintable(text));
        QVERIFY2(out.serverMessage.contains(QStringLiteral("does not exist")),
                 qPrintable(out.serverMessage));
        QCOMPARE(out.failingRevision, ids[3]);
        // One transaction: rolled back to where it started, and the dialog says so.
        QCOMPARE(versionRows(url), QStringList{ids[0]});
        QVERIFY2(text.contains(QStringLiteral("The database is at %1.").arg(ids[0])),
                 qPrintable(text));
        QVERIFY(view->graphModel()
                    ->index(view->graphModel()->rowOfId(ids[0]))
                    .data(RevisionGraphModel::CurrentRole)
                    .toBool());
        dialog->close();
    }

    void failingRevisionPerMigration()
    {
        const config::Url url = freshDatabase();
        const QString root = m_tmp.filePath(QStringLiteral("fail2"));
        const QStringList ids = writeProject(root, url, true, true);
        auto view = open(root, url);
        QVERIFY(view);
        QSignalSpy failure(view.get(), &MigrationView::failureShown);
        RunOutcome out = run(*view, ids[3], &MigrationView::upgradeToSelected);
        QVERIFY(!out.ok);
        QVERIFY(migtest::waitFor(failure));
        const QString text = failure.first().first().value<RunFailureDialog *>()->text();
        // Each revision committed on its own: r1..r3 stay, r4 rolled back.
        QCOMPARE(versionRows(url), QStringList{ids[2]});
        QVERIFY2(text.contains(QStringLiteral("The database is at %1.").arg(ids[2])),
                 qPrintable(text));
    }

    void rehearsalLeavesDatabaseUnchanged()
    {
        const config::Url url = freshDatabase();
        const QString root = m_tmp.filePath(QStringLiteral("rehearse"));
        const QStringList ids = writeProject(root, url, true, false);
        auto view = open(root, url);
        QVERIFY(view);
        const auto rehearse = [&](const QString &id) -> RehearsalDialog * {
            view->graphView()->selectRevision(view->history()->graph().indexOf(id));
            QSignalSpy shown(view.get(), &MigrationView::rehearsalShown);
            view->rehearseSelected();
            if (!migtest::waitFor(shown, 1, 120000))
                return nullptr;
            return shown.first().first().value<RehearsalDialog *>();
        };
        RehearsalDialog *ok = rehearse(ids[2]);
        QVERIFY(ok);
        QVERIFY(ok->report().succeeded());
        QCOMPARE(ok->report().steps.size(), 3);
        QCOMPARE(ok->steps()->topLevelItemCount(), 3);
        QVERIFY(versionRows(url).isEmpty());
        ok->close();

        RehearsalDialog *failing = rehearse(ids[3]);
        QVERIFY(failing);
        QVERIFY(!failing->report().succeeded());
        QVERIFY(failing->report().steps.last().error.has_value());
        QVERIFY(failing->steps()->topLevelItem(3)->text(2).contains(QStringLiteral("t_missing")));
        QVERIFY(versionRows(url).isEmpty());
        failing->close();
    }

    void productionNeedsTypedName()
    {
        const config::Url url = freshDatabase();
        const QString root = m_tmp.filePath(QStringLiteral("prod"));
        const QStringList ids = writeProject(root, url, false, false);
        ConnectionProfile profile = ConnectionProfile::fromUrl(url);
        profile.name = QStringLiteral("orders-prod");
        profile.environment = EnvironmentTag::Prod;
        auto view = open(root, url, profile);
        QVERIFY(view);
        view->graphView()->selectRevision(view->history()->graph().indexOf(ids[0]));
        QSignalSpy confirm(view.get(), &MigrationView::confirmationShown);
        view->upgradeToSelected();
        QVERIFY(migtest::waitFor(confirm));
        auto *dialog = confirm.first().first().value<ConfirmRunDialog *>();
        QVERIFY(dialog->requiresTypedName());
        QVERIFY(!dialog->runButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("orders"));
        QVERIFY(!dialog->runButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("orders-prod"));
        QVERIFY(dialog->runButton()->isEnabled());
        QVERIFY(dialog->summaryText().contains(ids[0].left(12)));
        dialog->reject();
        QVERIFY(versionRows(url).isEmpty());
    }
};

QTEST_MAIN(TestMigrationsPg)
#include "test_migrations_pg.moc"
