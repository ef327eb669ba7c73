#include "ui/console/RowEditSession.h"

#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "core/schema/Inspector.h"
#include "ui/connect/BackgroundTask.h"
#include "ui/console/QueryRunner.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"

#include <set>

namespace stratum::ui {

namespace {

struct Reflected
{
    std::shared_ptr<const schema::MetaData> metadata;
    std::vector<SelectSource> sources;  // with the default schema's name cleared
    QString error;
};

// What the worker reports back from a commit.
struct CommitOutcome
{
    Error error;
    bool failed = false;
    bool lost = false;  // the changes could not be kept (rolled back instead)
    std::vector<session::SessionObject> failedRows;
};

QString fullMessage(const Error &e)
{
    QString text = e.message;
    if (!e.detail.isEmpty())
        text += u'\n' + e.detail;
    if (!e.hint.isEmpty())
        text += u'\n' + RowEditSession::tr("Hint: %1").arg(e.hint);
    return text;
}

}  // namespace

RowEditSession::RowEditSession(std::shared_ptr<engine::Engine> engine, QueryRunner *runner,
                               schema::Dialect dialect, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_runner(runner)
    , m_dialect(dialect)
{}

RowEditSession::~RowEditSession() = default;

std::vector<RowEditLayer *> RowEditSession::layers() const
{
    std::vector<RowEditLayer *> out;
    for (const Bound &b : m_bound) {
        if (b.view && b.view->model()->editLayer() == b.layer)
            out.push_back(b.layer);
    }
    return out;
}

void RowEditSession::clear()
{
    ++m_generation;
    m_preparing = false;
    m_bound.clear();
    if (m_session && !m_session->inTransaction())
        m_session->close();
    m_session.reset();
    emit pendingChanged();
}

void RowEditSession::prepare(const std::vector<ResultView *> &views, const QStringList &statements)
{
    const quint64 generation = ++m_generation;
    std::vector<ResultView *> candidates;
    std::vector<SelectSource> sources;
    for (size_t i = 0; i < views.size(); ++i) {
        if (!m_readOnly.isEmpty()) {
            views[i]->setReadOnlyReason(m_readOnly);
            continue;
        }
        const SelectSource source = EditTarget::sourceOf(statements.value(qsizetype(i)), m_dialect);
        if (!source.isValid()) {
            views[i]->setReadOnlyReason(source.reason);
            continue;
        }
        candidates.push_back(views[i]);
        sources.push_back(source);
    }
    if (candidates.empty()) {
        emit editingReady();
        return;
    }
    m_preparing = true;
    std::shared_ptr<engine::Engine> engine = m_engine;
    const schema::Dialect dialect = m_dialect;
    std::vector<QPointer<ResultView>> guarded(candidates.begin(), candidates.end());
    runInBackground(
        this,
        [engine, dialect, sources]() mutable {
            Reflected out;
            Result<engine::ConnectionHandle> handle =
                engine->connect(QStringLiteral("row editing"));
            if (!handle) {
                out.error = handle.error().message;
                return out;
            }
            // A table named with the default schema ("public.album") is the
            // same table as "album": both go to the default schema's model.
            QString defaultSchema = QStringLiteral("main");
            if (dialect == schema::Dialect::PostgreSQL) {
                auto stream =
                    handle.value().driver().stream(QStringLiteral("SELECT current_schema()"));
                engine::RowBatch batch;
                if (stream) {
                    if (Result<bool> more = stream.value()->next(batch, 1); more && *more)
                        defaultSchema = batch.text(0, 0);
                }
            }
            std::set<QString> schemas;
            for (SelectSource &s : sources) {
                if (s.schema == defaultSchema)
                    s.schema.clear();
                schemas.insert(s.schema);
            }
            out.sources = sources;
            Result<schema::Reflection> r =
                schema::Inspector(handle.value().driver(), dialect)
                    .reflect(QStringList(schemas.begin(), schemas.end()));
            handle.value().release();
            if (!r)
                out.error = r.error().message;
            else
                out.metadata = std::make_shared<const schema::MetaData>(r.value().metadata);
            return out;
        },
        [this, generation, guarded](Reflected r) {
            if (generation != m_generation)
                return;
            std::vector<ResultView *> live;
            std::vector<SelectSource> liveSources;
            for (size_t i = 0; i < guarded.size(); ++i) {
                if (guarded[i]) {
                    live.push_back(guarded[i]);
                    liveSources.push_back(r.sources[i]);
                }
            }
            finishPrepare(r.metadata, r.error, live, liveSources);
        });
}

void RowEditSession::finishPrepare(std::shared_ptr<const schema::MetaData> metadata,
                                   const QString &error, std::vector<ResultView *> views,
                                   std::vector<SelectSource> sources)
{
    m_preparing = false;
    if (!metadata) {
        for (ResultView *v : views)
            v->setReadOnlyReason(tr("the table's definition could not be read (%1)").arg(error));
        emit editingReady();
        return;
    }
    session::SessionOptions options;
    options.autoflush = false;       // nothing reaches the database before Commit
    options.expireOnCommit = false;  // the grid keeps showing what was written
    options.maxRowsPerInsert = 1;    // a failed INSERT names exactly one row
    options.label = QStringLiteral("row editing");
    m_session = std::make_shared<session::Session>(*m_engine, metadata, options);
    for (size_t i = 0; i < views.size(); ++i) {
        ResultView *view = views[i];
        Result<EditTarget> target =
            EditTarget::resolve(sources[i], view->model()->columns(), *metadata, m_dialect);
        if (!target) {
            view->setReadOnlyReason(target.error().message);
            continue;
        }
        auto *layer = new RowEditLayer(view->model(), *target, m_session);
        view->model()->setEditLayer(layer);
        view->setEditable(target->displayName);
        connect(layer, &RowEditLayer::changed, this, &RowEditSession::pendingChanged);
        m_bound.push_back({view, layer});
    }
    emit editingReady();
    emit pendingChanged();
}

int RowEditSession::changeCount() const
{
    int n = 0;
    for (RowEditLayer *l : layers())
        n += l->changeCount();
    return n;
}

std::vector<ReviewChange> RowEditSession::changes() const
{
    std::vector<ReviewChange> out;
    for (RowEditLayer *l : layers()) {
        std::vector<ReviewChange> c = l->changes();
        out.insert(out.end(), c.begin(), c.end());
    }
    return out;
}

Result<std::vector<session::FlushStatement>> RowEditSession::preview() const
{
    Error e;
    e.code = QStringLiteral("no_preview");
    if (!m_session || m_busy) {
        e.message = m_busy ? tr("Committing\u2026") : tr("Nothing to write.");
        return e;
    }
    if (m_session->flushNeedsLoad()) {
        e.message = tr("Some rows to delete were not fetched with every column; their "
                       "statements are known once Commit has read them.");
        return e;
    }
    return m_session->previewFlush();
}

ResultView *RowEditSession::errorView() const
{
    for (const Bound &b : m_bound) {
        if (b.view && b.layer->firstErrorRow() >= 0)
            return b.view;
    }
    return nullptr;
}

void RowEditSession::setBusy(bool busy)
{
    m_busy = busy;
    for (RowEditLayer *l : layers()) {
        if (busy)
            l->freeze();
        else
            l->unfreeze();
    }
    emit pendingChanged();
}

bool RowEditSession::commit()
{
    if (m_busy || !m_session || !hasChanges())
        return false;
    if (m_runner->isBusy()) {
        emit commitRefused(tr("The console is running a statement; commit the edits when it "
                              "has finished."));
        return false;
    }
    if (m_runner->transactionStatus() != engine::TransactionStatus::Idle) {
        emit commitRefused(tr("The console has an open transaction. Commit or roll it back "
                              "first: the edits are written on a connection of their own and "
                              "would wait for its locks."));
        return false;
    }
    const Result<std::vector<session::FlushStatement>> planned = preview();
    if (!planned && planned.error().code != QLatin1String("no_preview")) {
        // The plan itself failed (a cycle of rows, say): nothing runs.
        emit commitFinished(false, planned.error(), 0);
        return false;
    }
    if (m_guard) {
        QStringList sql;
        if (planned) {
            for (const session::FlushStatement &s : *planned)
                sql << s.sql;
        } else {
            for (const ReviewChange &c : changes())
                sql << QStringLiteral("%1 %2").arg(c.kind == ReviewChange::Kind::Delete
                                                       ? QStringLiteral("DELETE FROM")
                                                       : QStringLiteral("UPDATE"),
                                                   c.table);
        }
        if (!m_guard(sql.join(QLatin1String(";\n"))))
            return false;
    }
    const int statements = planned ? int(planned->size()) : 0;
    std::vector<session::SessionObject> touched;
    for (RowEditLayer *l : layers()) {
        std::vector<session::SessionObject> t = l->touchedObjects();
        touched.insert(touched.end(), t.begin(), t.end());
    }
    auto outcome = std::make_shared<CommitOutcome>();
    std::shared_ptr<session::Session> s = m_session;
    setBusy(true);
    const bool started = m_runner->runTask([s, touched, outcome] {
        if (const Status ok = s->commit(); !ok) {
            outcome->failed = true;
            outcome->error = ok.error();
            outcome->failedRows = s->failedObjects();
            if (!s->recoverFailedFlush()) {
                s->rollback();
                outcome->lost = true;
            }
            return;
        }
        // Read back what was written: defaults, generated keys, triggers.
        for (const session::SessionObject &o : touched) {
            if (o.state() == session::ObjectState::Persistent)
                (void)s->refresh(o);
        }
        (void)s->commit();
    });
    if (!started) {
        setBusy(false);
        return false;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_runner, &QueryRunner::finished, this,
                          [this, outcome, connection, statements](bool) {
                              disconnect(*connection);
                              setBusy(false);
                              const std::vector<RowEditLayer *> all = layers();
                              if (!outcome->failed) {
                                  for (RowEditLayer *l : all)
                                      l->committed();
                                  emit commitFinished(true, Error{}, statements);
                                  return;
                              }
                              if (outcome->lost) {
                                  for (RowEditLayer *l : all)
                                      l->reverted();
                              } else {
                                  const QString text = fullMessage(outcome->error);
                                  for (RowEditLayer *l : all)
                                      l->setErrors(outcome->failedRows, text);
                              }
                              emit commitFinished(false, outcome->error, statements);
                              emit pendingChanged();
                          });
    emit commitStarted();
    return true;
}

void RowEditSession::revert()
{
    if (m_busy || !m_session)
        return;
    const auto done = [this] {
        for (RowEditLayer *l : layers())
            l->reverted();
        emit pendingChanged();
    };
    if (!m_session->inTransaction()) {
        // No connection is held: dropping the changes is memory work only.
        m_session->expungeAll();
        done();
        return;
    }
    std::shared_ptr<session::Session> s = m_session;
    setBusy(true);
    m_runner->runTask([s] { (void)s->rollback(); });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_runner, &QueryRunner::finished, this, [this, s, connection, done](bool) {
            disconnect(*connection);
            s->expungeAll();
            setBusy(false);
            done();
        });
}

}  // namespace stratum::ui
