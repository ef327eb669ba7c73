#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"
#include "core/session/Session.h"
#include "ui/console/EditTarget.h"
#include "ui/console/RowEditLayer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class QueryRunner;
class ResultView;
class RowEditLayer;

// Row editing for one console: binds the console's results to one
// session::Session, so that edits in several grids (an artist and an album
// of that artist) are pending changes of one unit of work, flushed in
// foreign-key order by a single commit.
//
// After a run, prepare() looks at each result's statement; when one may be a
// single-table SELECT it reflects the named schemas on a pool thread, then
// gives each result whose columns hold its table's whole primary key an edit
// layer, and tells every other result why it stays read-only. commit() runs
// the Session's commit on the console's worker thread (QueryRunner::runTask)
// with every grid frozen, then reads the written rows back so the grid shows
// what the database stored (defaults, generated keys). A failed commit keeps
// every edit: the transaction is rolled back, the Session recovers its
// pending changes and the failed statement's rows are marked.
// GUI thread only; the Session is touched off it only while the runner runs
// the commit and every layer is frozen.
class RowEditSession : public QObject
{
    Q_OBJECT

public:
    RowEditSession(std::shared_ptr<engine::Engine> engine, QueryRunner *runner,
                   schema::Dialect dialect, QObject *parent = nullptr);
    ~RowEditSession() override;

    // A reason editing is off for the whole connection (read-only); empty: on.
    void setReadOnlyReason(const QString &reason) { m_readOnly = reason; }
    QString readOnlyReason() const { return m_readOnly; }
    // Decides whether the SQL about to be committed may run (the console's
    // production guard); false cancels the commit.
    void setCommitGuard(std::function<bool(const QString &sql)> guard)
    {
        m_guard = std::move(guard);
    }

    // Forgets the results of the last run (their views are going away). Only
    // when nothing is pending: the console asks the user first.
    void clear();
    // Offers editing on the run's result views; statements[i] is view i's SQL.
    void prepare(const std::vector<ResultView *> &views, const QStringList &statements);
    bool isPreparing() const { return m_preparing; }

    bool isBusy() const { return m_busy; }
    bool hasChanges() const { return changeCount() > 0; }
    int changeCount() const;
    std::vector<ReviewChange> changes() const;
    // The SQL the commit sends, in order; an error when it cannot be known
    // without reading rows first (then the commit shows it as it runs).
    Result<std::vector<session::FlushStatement>> preview() const;
    // The first view with a row marked by the last failed commit.
    ResultView *errorView() const;

    // Starts the commit on the worker; false when there is nothing to do or
    // it cannot start (the reason goes to commitFinished).
    bool commit();
    void revert();

signals:
    void pendingChanged();
    void editingReady();
    void commitStarted();
    void commitFinished(bool ok, const stratum::Error &error, int statements);
    void commitRefused(const QString &reason);

private:
    struct Bound
    {
        QPointer<ResultView> view;
        RowEditLayer *layer = nullptr;  // owned by the view's model
    };
    void finishPrepare(std::shared_ptr<const schema::MetaData> metadata, const QString &error,
                       std::vector<ResultView *> views, std::vector<SelectSource> sources);
    void setBusy(bool busy);
    std::vector<RowEditLayer *> layers() const;

    std::shared_ptr<engine::Engine> m_engine;
    QueryRunner *m_runner;
    schema::Dialect m_dialect;
    std::shared_ptr<session::Session> m_session;
    std::vector<Bound> m_bound;
    std::function<bool(const QString &)> m_guard;
    QString m_readOnly;
    quint64 m_generation = 0;
    bool m_preparing = false;
    bool m_busy = false;
};

}  // namespace stratum::ui
