#include "core/session/FlushExecutor.h"

#include "core/session/SessionCore.h"

namespace stratum::session {

Status FlushExecutor::run(const std::vector<FlushStep> &steps)
{
    for (const FlushStep &step : steps) {
        if (const Status s = runStep(step); !s) {
            m_failed = &step;
            return s;
        }
    }
    return Ok{};
}

Status FlushExecutor::runStep(const FlushStep &step)
{
    engine::Params params;
    params.reserve(step.params.size());
    for (const ParamValue &p : step.params) {
        if (p.source && !m_scratch.find(p.source, p.column))
            return sessionError(QStringLiteral("The value of %1.%2 was not generated before "
                                               "\"%3\" needed it.")
                                    .arg(FlushPlanner::describe(*p.source),
                                         p.source->tableRef().columns[size_t(p.column)].name,
                                         step.description));
        params.push_back(m_scratch.resolve(p));
    }
    if (!step.returning.empty()) {
        Result<QueryRows> rows = m_core.query(step.sql, params);
        if (!rows)
            return rows.error();
        if (rows->rows.size() != step.objects.size())
            return sessionError(QStringLiteral("\"%1\" returned %2 rows for %3 objects.")
                                    .arg(step.description)
                                    .arg(rows->rows.size())
                                    .arg(step.objects.size()));
        for (size_t i = 0; i < step.objects.size(); ++i) {
            for (size_t k = 0; k < step.returning.size(); ++k)
                m_scratch.set(step.objects[i], step.returning[k],
                              rows->rows[i].value(qsizetype(k)));
        }
    } else {
        Result<engine::ExecResult> r = m_core.execute(step.sql, params);
        if (!r)
            return r.error();
        const bool checked = step.kind == StepKind::Update || step.kind == StepKind::Delete ||
                             step.kind == StepKind::PostUpdate;
        if (checked && step.expectedRows >= 0 && r->rowsAffected >= 0 &&
            r->rowsAffected != step.expectedRows)
            return staleError(step, r->rowsAffected);
    }
    // Foreign keys taken from a parent's generated key: later steps may refer
    // to these columns of this row in turn.
    if (step.kind == StepKind::Insert) {
        const size_t columns = step.columns.size();
        for (size_t i = 0; i < step.values.size(); ++i) {
            if (step.values[i].source)
                m_scratch.set(step.objects[i / columns], step.columns[i % columns], params[i]);
        }
    }
    return Ok{};
}

Error FlushExecutor::staleError(const FlushStep &step, qint64 matched) const
{
    const QString verb =
        step.kind == StepKind::Delete ? QStringLiteral("DELETE") : QStringLiteral("UPDATE");
    const QString row = FlushPlanner::describe(*step.objects.front());
    Error e = sessionError(
        QStringLiteral("%1 of %2 expected to match %3 row but matched %4: the row was changed "
                       "or deleted by another transaction since this session loaded it (stale "
                       "data). The transaction was rolled back; the session keeps its pending "
                       "changes until rollback().")
            .arg(verb, row)
            .arg(step.expectedRows)
            .arg(matched),
        QStringLiteral("stale_data"));
    e.detail = step.sql;
    e.context = row;
    return e;
}

}  // namespace stratum::session
