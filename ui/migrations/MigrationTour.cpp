#include "ui/migrations/MigrationTour.h"

#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/ScriptOperations.h"
#include "ui/common/Appearance.h"
#include "ui/migrations/ConfirmRunDialog.h"
#include "ui/migrations/DriftMatrix.h"
#include "ui/migrations/MigrationView.h"
#include "ui/migrations/ReviewPane.h"
#include "ui/migrations/RevisionGraphModel.h"
#include "ui/migrations/RevisionGraphView.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

namespace stratum::ui {

namespace {

QString shotName(int *index, const char *what)
{
    return QStringLiteral("%1-migrations-%2")
        .arg((*index)++, 2, 10, QLatin1Char('0'))
        .arg(QString::fromLatin1(what));
}

// A copy of the SQLite database of source, stamped at destination.
bool stampedCopy(const HistoryPtr &h, const config::Url &source, const QString &target,
                 const QString &destination)
{
    QFile::remove(target);
    if (!QFile::copy(source.database(), target))
        return false;
    config::Url url = source;
    url.setDatabase(target);
    Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(url);
    if (!driver)
        return false;
    Result<std::unique_ptr<engine::DriverConnection>> c = driver.value()->connect();
    if (!c)
        return false;
    migrate::ScriptOperations ops(h->graph(), h->dialect());
    migrate::Migrator m(h->graph(), *c.value(), h->dialect(), ops, h->migratorOptions());
    return bool(m.stamp({destination}, true));
}

}  // namespace

bool MigrationTour::run(MigrationView *view, QWidget *window, const SaveFn &save,
                        const WaitFn &waitFor, int *index, QString *error)
{
    const HistoryPtr history = view->history();
    if (!history) {
        *error = QCoreApplication::translate("MigrationTour", "the migration history did not load");
        return false;
    }
    const migrate::RevisionGraph &g = history->graph();
    ReviewPane *pane = view->reviewPane();
    // A roomier window for these shots; restored at the end.
    const QSize windowSize = window->size();
    window->resize(1680, 1020);
    struct Restore
    {
        QWidget *w;
        QSize size;
        ~Restore() { w->resize(size); }
    } restore{window, windowSize};
    bool ready = false;
    QObject guard;
    QObject::connect(pane, &ReviewPane::contentReady, &guard, [&] { ready = true; });

    // A pending range from the database, on each tab: up to the merge when
    // there is one (its SQL renders offline; the demo head's SQLite batch
    // copy needs the live table, as with Alembic), else to the head.
    int target = g.heads().isEmpty() ? -1 : g.heads().first();
    for (int i = 0; i < g.size(); ++i) {
        if (g.isMergePoint(i) && !view->graphModel()->isApplied(i))
            target = i;
    }
    view->showDrift(false);
    pane->setRangeMode(true);
    ready = false;
    view->graphView()->selectRevision(target);
    if (!waitFor([&] { return ready; }, 60000)) {
        *error = QCoreApplication::translate("MigrationTour", "the review pane did not fill");
        return false;
    }
    static const struct
    {
        ReviewPane::Tab tab;
        const char *name;
    } tabs[] = {{ReviewPane::OperationsTab, "review-operations"},
                {ReviewPane::SqlTab, "review-sql"},
                {ReviewPane::SchemaTab, "review-schema"},
                {ReviewPane::ScriptTab, "review-script"}};
    for (const auto &t : tabs) {
        pane->showTab(t.tab);
        if (!save(window, shotName(index, t.name)))
            return false;
    }
    pane->showTab(ReviewPane::OperationsTab);

    // Drift: scratch copies of the demo database standing at different revisions.
    Result<config::Url> url = history->environment().url();
    QTemporaryDir scratch;
    if (url && history->dialect() == schema::Dialect::SQLite && scratch.isValid()) {
        int merge = -1;
        for (int i = 0; i < g.size(); ++i)
            merge = g.isMergePoint(i) ? i : merge;
        const QString base = g.id(g.bases().first());
        QList<ConnectionProfile> profiles;
        const struct
        {
            const char *name;
            EnvironmentTag tag;
            QString at;
        } envs[] = {{"dev", EnvironmentTag::Dev, QStringLiteral("heads")},
                    {"staging", EnvironmentTag::Staging,
                     merge >= 0 ? g.id(merge) : QStringLiteral("heads")},
                    {"prod", EnvironmentTag::Prod, history->databaseHeads().value(0, base)}};
        for (const auto &e : envs) {
            const QString file = scratch.filePath(QString::fromLatin1(e.name) + ".db");
            if (!stampedCopy(history, url.value(), file, e.at))
                continue;
            ConnectionProfile p;
            p.id = QString::fromLatin1(e.name);
            p.name = QStringLiteral("bookstore-") + QString::fromLatin1(e.name);
            p.backend = config::Backend::SQLite;
            p.database = file;
            p.environment = e.tag;
            profiles << p;
        }
        bool loaded = false;
        QObject::connect(view->driftMatrix(), &DriftMatrix::loaded, &guard, [&] { loaded = true; });
        view->driftMatrix()->load(profiles);
        waitFor([&] { return loaded; }, 30000);
    }
    view->showDrift(true);
    if (!save(window, shotName(index, "drift-matrix")))
        return false;
    view->showDrift(false);

    // The confirmation before an upgrade to the head.
    ConfirmRunDialog *dialog = nullptr;
    QObject::connect(view, &MigrationView::confirmationShown, &guard,
                     [&](ConfirmRunDialog *d) { dialog = d; });
    view->upgradeToSelected();
    if (!waitFor([&] { return dialog != nullptr; }, 60000)) {
        *error = QCoreApplication::translate("MigrationTour", "no confirmation dialog appeared");
        return false;
    }
    dialog->adjustSize();
    const bool ok = save(dialog, shotName(index, "confirm-upgrade"));
    dialog->reject();
    if (!ok)
        return false;

    // The graph in a dark palette.
    const QPalette previous = QApplication::palette();
    QApplication::setPalette(Appearance::darkPalette());
    const bool dark = save(window, shotName(index, "graph-dark"));
    QApplication::setPalette(previous);
    return dark;
}

}  // namespace stratum::ui
