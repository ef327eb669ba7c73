#include "core/session/Session.h"

#include "core/engine/Engine.h"
#include "core/schema/Inspector.h"
#include "core/session/SessionCore.h"

namespace stratum::session {

namespace {

schema::Dialect dialectOf(const engine::Engine &engine)
{
    const Result<schema::Dialect> d = schema::Inspector::dialectForDriver(engine.dialectName());
    return d ? *d : schema::Dialect::PostgreSQL;
}

Error unknownTable(const QString &schema, const QString &table)
{
    return sessionError(QStringLiteral("The model has no table %1.")
                            .arg(schema.isEmpty() ? table : schema + u'.' + table),
                        QStringLiteral("invalid_request"));
}

}  // namespace

Session::Session(engine::Engine &engine, std::shared_ptr<const schema::MetaData> metadata,
                 SessionOptions options)
    : d(std::make_shared<SessionCore>(engine.pool().shared_from_this(), dialectOf(engine),
                                      std::move(metadata), std::move(options)))
{}

Session::Session(std::shared_ptr<engine::Pool> pool, schema::Dialect dialect,
                 std::shared_ptr<const schema::MetaData> metadata, SessionOptions options)
    : d(std::make_shared<SessionCore>(std::move(pool), dialect, std::move(metadata),
                                      std::move(options)))
{}

Session::~Session()
{
    d->close();
}

const schema::MetaData &Session::metadata() const
{
    return *d->m_metadata;
}

schema::Dialect Session::dialect() const
{
    return d->m_dialect;
}

Result<SessionObject> Session::create(const QString &table, const QString &schema) const
{
    return SessionObject::create(d->m_metadata, table, schema);
}

Status Session::add(const SessionObject &object)
{
    return d->add(object.data());
}

Status Session::remove(const SessionObject &object)
{
    return d->remove(object.data());
}

void Session::expunge(const SessionObject &object)
{
    d->expunge(object.data().get());
}

void Session::expungeAll()
{
    d->expungeAll();
}

void Session::expire(const SessionObject &object)
{
    if (!object.isNull() && object.data()->session == d.get() &&
        object.state() == ObjectState::Persistent)
        object.data()->expire();
}

void Session::expireAll()
{
    d->expireAll();
}

Status Session::refresh(const SessionObject &object)
{
    if (object.isNull() || object.data()->session != d.get() ||
        object.state() != ObjectState::Persistent)
        return sessionError(QStringLiteral("refresh() needs a persistent object of this session."),
                            QStringLiteral("invalid_request"));
    object.data()->expire();
    object.data()->references.clear();
    return d->load(*object.data());
}

bool Session::contains(const SessionObject &object) const
{
    return !object.isNull() && object.data()->session == d.get();
}

std::vector<SessionObject> Session::objects() const
{
    return d->objects();
}

Result<SessionObject> Session::merge(const QString &table, const QVariantMap &values,
                                     const QString &schema)
{
    const int t = d->tableIndex(schema, table);
    if (t < 0)
        return unknownTable(schema, table);
    return d->merge(t, values);
}

Result<SessionObject> Session::get(const QString &table, const QVariantList &primaryKey,
                                   const QString &schema)
{
    const int t = d->tableIndex(schema, table);
    if (t < 0)
        return unknownTable(schema, table);
    return d->get(t, primaryKey);
}

Result<std::vector<SessionObject>>
Session::select(const QString &table, const SelectOptions &options, const QString &schema)
{
    const int t = d->tableIndex(schema, table);
    if (t < 0)
        return unknownTable(schema, table);
    return d->select(t, options);
}

Status Session::flush()
{
    return d->flush();
}

Status Session::commit()
{
    return d->commit();
}

Status Session::rollback()
{
    return d->rollback();
}

void Session::close()
{
    d->close();
}

Result<Savepoint> Session::beginNested()
{
    return d->beginNested();
}

Status Session::recoverFailedFlush()
{
    return d->recoverFailedFlush();
}

std::vector<SessionObject> Session::failedObjects() const
{
    std::vector<SessionObject> out;
    for (const auto &w : d->m_failedObjects) {
        if (std::shared_ptr<ObjectData> o = w.lock())
            out.emplace_back(std::move(o));
    }
    return out;
}

bool Session::flushNeedsLoad() const
{
    return d->flushNeedsLoad();
}

std::vector<PendingChange> Session::pendingChanges() const
{
    return d->pendingChanges();
}

Result<std::vector<FlushStatement>> Session::previewFlush()
{
    return d->previewFlush();
}

bool Session::inTransaction() const
{
    return d->hasConnection();
}

bool Session::needsRollback() const
{
    return d->m_needsRollback;
}

bool Session::autoflush() const
{
    return d->m_options.autoflush;
}

void Session::setAutoflush(bool on)
{
    d->m_options.autoflush = on;
}

const SessionOptions &Session::options() const
{
    return d->m_options;
}

Status Session::setConcurrencyCheck(const QString &table, ConcurrencyCheck check,
                                    const QString &versionColumn, const QString &schema)
{
    const int t = d->tableIndex(schema, table);
    if (t < 0)
        return unknownTable(schema, table);
    TableSettings settings;
    settings.check = check;
    if (check == ConcurrencyCheck::VersionColumn) {
        const schema::Table &tt = d->m_metadata->tables[size_t(t)];
        const schema::Column *c = tt.column(versionColumn);
        if (!c)
            return sessionError(QStringLiteral("The table %1 has no column %2.")
                                    .arg(tt.displayName(), versionColumn),
                                QStringLiteral("invalid_request"));
        settings.versionColumn = int(c - tt.columns.data());
    }
    d->m_tableSettings[size_t(t)] = settings;
    return Ok{};
}

void Session::setStatementHook(StatementHook hook)
{
    d->m_hook = std::move(hook);
}

}  // namespace stratum::session
