#pragma once

#include "core/session/FlushPlanner.h"

#include <unordered_map>

namespace stratum::session {

class SessionCore;

// Values the database produced during one flush (RETURNING rows, rowids) and
// foreign key values resolved from them, kept aside until the whole flush has
// succeeded: a failed flush leaves every object exactly as it was.
class FlushScratch
{
public:
    void set(const ObjectData *object, int column, const QVariant &value)
    {
        m_values[object].emplace_back(column, value);
    }
    const QVariant *find(const ObjectData *object, int column) const
    {
        const auto it = m_values.find(object);
        if (it == m_values.end())
            return nullptr;
        for (const auto &[c, v] : it->second) {
            if (c == column)
                return &v;
        }
        return nullptr;
    }
    QVariant resolve(const ParamValue &p) const
    {
        if (!p.source)
            return p.value;
        const QVariant *v = find(p.source, p.column);
        return v ? *v : QVariant();
    }

private:
    std::unordered_map<const ObjectData *, std::vector<std::pair<int, QVariant>>> m_values;
};

// Runs a flush plan's statements in order on the session's transaction,
// stopping at the first failure: a server error, or an UPDATE/DELETE that
// matched fewer rows than expected (stale data, code "stale_data", naming the
// row). Changes nothing on the objects. Not thread-safe.
class FlushExecutor
{
public:
    explicit FlushExecutor(SessionCore &core)
        : m_core(core)
    {}

    Status run(const std::vector<FlushStep> &steps);
    const FlushScratch &scratch() const { return m_scratch; }
    // The step run() stopped at; null when every step succeeded.
    const FlushStep *failedStep() const { return m_failed; }

private:
    Status runStep(const FlushStep &step);
    Error staleError(const FlushStep &step, qint64 matched) const;

    SessionCore &m_core;
    FlushScratch m_scratch;
    const FlushStep *m_failed = nullptr;
};

}  // namespace stratum::session
