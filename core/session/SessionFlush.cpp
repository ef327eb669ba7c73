// SessionCore: flush() and previewFlush().
#include "core/session/FlushExecutor.h"
#include "core/session/SessionCore.h"

#include <algorithm>

namespace stratum::session {

namespace {

bool hasUnloaded(const ObjectData &o)
{
    return std::any_of(o.attributes.begin(), o.attributes.end(),
                       [](const Attribute &a) { return !a.loaded; });
}

QVariantList keyValues(const ObjectData &o)
{
    QVariantList key;
    for (const QString &name : o.tableRef().primaryKey.columns) {
        const int c = o.columnIndex(name);
        key << (c >= 0 ? o.attributes[size_t(c)].value : QVariant());
    }
    return key;
}

}  // namespace

Result<FlushInput> SessionCore::prepareFlush()
{
    FlushInput input;
    input.inserts.reserve(m_new.size());
    for (const auto &o : m_new)
        input.inserts.push_back(o.get());
    for (const auto &[key, o] : m_identity) {
        if (!o->markedDeleted && (o->isModified() || !o->references.empty()))
            input.updates.push_back(o.get());
    }
    std::sort(input.updates.begin(), input.updates.end(),
              [](const ObjectData *a, const ObjectData *b) { return a->sequence < b->sequence; });
    for (const auto &o : m_deleted)
        input.deletes.push_back(o.get());
    // Planning needs a deleted row's foreign keys and an updated row's version.
    for (ObjectData *o : input.deletes) {
        if (hasUnloaded(*o)) {
            if (const Status s = load(*o); !s)
                return s.error();
        }
    }
    for (ObjectData *o : input.updates) {
        const TableSettings &t = m_tableSettings[size_t(o->table)];
        if (t.check == ConcurrencyCheck::VersionColumn && t.versionColumn >= 0 &&
            !o->attributes[size_t(t.versionColumn)].loaded) {
            if (const Status s = load(*o); !s)
                return s.error();
        }
    }
    return input;
}

Result<std::vector<FlushStep>> SessionCore::planFlush(const FlushInput &input)
{
    FlushPlanner::Settings settings;
    settings.dialect = m_dialect;
    settings.maxRowsPerInsert = std::max(1, m_options.maxRowsPerInsert);
    settings.postUpdateCycles = m_options.postUpdateCycles;
    FlushPlanner planner(*m_metadata, m_rank, m_tableSettings, settings);
    return planner.plan(input);
}

Result<std::vector<FlushStatement>> SessionCore::previewFlush()
{
    Result<FlushInput> input = prepareFlush();
    if (!input)
        return input.error();
    Result<std::vector<FlushStep>> steps = planFlush(*input);
    if (!steps)
        return steps.error();
    std::vector<FlushStatement> out;
    out.reserve(steps->size());
    for (const FlushStep &s : *steps)
        out.push_back(FlushPlanner::toStatement(s));
    return out;
}

Status SessionCore::flush()
{
    if (m_needsRollback)
        return needsRollbackError();
    Result<FlushInput> input = prepareFlush();
    if (!input)
        return input.error();
    if (input->inserts.empty() && input->updates.empty() && input->deletes.empty())
        return Ok{};
    Result<std::vector<FlushStep>> steps = planFlush(*input);
    if (!steps)
        return steps.error();
    FlushExecutor executor(*this);
    if (const Status s = runFlush(*steps, executor); !s)
        return s;
    applyFlush(*input, *steps, executor.scratch());
    return Ok{};
}

Status SessionCore::runFlush(const std::vector<FlushStep> &steps, FlushExecutor &executor)
{
    m_failedObjects.clear();
    if (const Status s = executor.run(steps); !s) {
        const FlushStep *failed = executor.failedStep();
        flushFailed(s.error(), failed ? failed->objects : std::vector<ObjectData *>{});
        return s;
    }
    return Ok{};
}

void SessionCore::flushFailed(const Error &error, const std::vector<ObjectData *> &objects)
{
    // Nothing on the objects changed; the database forgets the transaction.
    m_flushError = error;
    m_needsRollback = true;
    releaseConnection();
    m_failedObjects.clear();
    const auto keep = [&](const std::shared_ptr<ObjectData> &o) {
        if (std::find(objects.begin(), objects.end(), o.get()) != objects.end())
            m_failedObjects.push_back(o);
    };
    for (const auto &o : m_new)
        keep(o);
    for (const auto &[key, o] : m_identity)
        keep(o);  // updated and deleted rows are in the identity map
}

bool SessionCore::flushNeedsLoad() const
{
    for (const auto &o : m_deleted) {
        if (hasUnloaded(*o))
            return true;
    }
    for (const auto &[key, o] : m_identity) {
        const TableSettings &t = m_tableSettings[size_t(o->table)];
        if (!o->markedDeleted && o->isModified() && t.check == ConcurrencyCheck::VersionColumn &&
            t.versionColumn >= 0 && !o->attributes[size_t(t.versionColumn)].loaded)
            return true;
    }
    return false;
}

Status SessionCore::commit()
{
    if (m_needsRollback)
        return needsRollbackError();
    // The flush is applied to the objects only once COMMIT succeeded, so that
    // a refused COMMIT (a deferred constraint, a lost connection) leaves every
    // pending change in place for recoverFailedFlush().
    Result<FlushInput> input = prepareFlush();
    if (!input)
        return input.error();
    const bool work = !input->inserts.empty() || !input->updates.empty() || !input->deletes.empty();
    std::vector<FlushStep> steps;
    FlushExecutor executor(*this);
    if (work) {
        Result<std::vector<FlushStep>> planned = planFlush(*input);
        if (!planned)
            return planned.error();
        steps = std::move(planned).value();
        if (const Status s = runFlush(steps, executor); !s)
            return s;
    }
    if (const Status s = commitTransaction(); !s)
        return s;
    if (work)
        applyFlush(*input, steps, executor.scratch());
    finishCommit();
    return Ok{};
}

void SessionCore::applyFlush(const FlushInput &input, const std::vector<FlushStep> &steps,
                             const FlushScratch &scratch)
{
    for (const FlushStep &step : steps) {
        switch (step.kind) {
        case StepKind::Insert: {
            const size_t columns = step.columns.size();
            for (size_t i = 0; i < step.objects.size(); ++i) {
                ObjectData &o = *step.objects[i];
                for (Attribute &a : o.attributes)
                    a = Attribute{QVariant(), QVariant(), true, false, false};
                for (size_t k = 0; k < columns; ++k)
                    o.attributes[size_t(step.columns[k])].value =
                        scratch.resolve(step.values[i * columns + k]);
                for (int c : step.returning) {
                    if (const QVariant *v = scratch.find(&o, c))
                        o.attributes[size_t(c)].value = *v;
                }
                for (int c : step.expired)
                    o.attributes[size_t(c)].loaded = false;
            }
            break;
        }
        case StepKind::FetchRowid:
            for (int c : step.returning) {
                if (const QVariant *v = scratch.find(step.objects.front(), c))
                    step.objects.front()->attributes[size_t(c)].value = *v;
            }
            break;
        case StepKind::Update:
        case StepKind::PostUpdate:
            for (size_t k = 0; k < step.columns.size(); ++k) {
                Attribute &a = step.objects.front()->attributes[size_t(step.columns[k])];
                a.value = scratch.resolve(step.values[k]);
                a.loaded = true;
            }
            break;
        case StepKind::Delete:
            break;
        }
    }
    Frame &frame = m_frames.back();
    // input.inserts is m_new in the same order; m_new holds the owning pointers.
    for (const auto &o : m_new) {
        o->markClean();
        o->references.clear();
        o->state = ObjectState::Persistent;
        o->identity = keyValues(*o);
        m_identity[identityKey(o->table, o->identity)] = o;
    }
    m_new.clear();
    for (ObjectData *o : input.updates) {
        o->markClean();
        o->references.clear();
        const QVariantList key = keyValues(*o);
        const auto it = m_identity.find(identityKey(o->table, o->identity));
        std::shared_ptr<ObjectData> self = it != m_identity.end() ? it->second : nullptr;
        if (self && key != o->identity) {
            m_identity.erase(it);
            o->identity = key;
            m_identity[identityKey(o->table, key)] = self;
        }
        if (self)
            frame.updated.push_back(self);
    }
    for (const auto &o : m_deleted) {
        o->markedDeleted = false;
        o->state = ObjectState::Deleted;
        m_identity.erase(identityKey(o->table, o->identity));
        frame.deleted.push_back(o);
    }
    m_deleted.clear();
}

}  // namespace stratum::session
