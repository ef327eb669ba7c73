#include "core/session/Savepoint.h"

#include "core/session/SessionCore.h"

#include <utility>

namespace stratum::session {

Savepoint::Savepoint(Savepoint &&other) noexcept
    : m_core(std::move(other.m_core))
    , m_id(std::exchange(other.m_id, 0))
{}

Savepoint &Savepoint::operator=(Savepoint &&other) noexcept
{
    if (this != &other) {
        if (isActive())
            (void)rollback();
        m_core = std::move(other.m_core);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

Savepoint::~Savepoint()
{
    if (isActive())
        (void)rollback();
}

bool Savepoint::isActive() const
{
    const std::shared_ptr<SessionCore> core = m_core.lock();
    return core && m_id != 0 && core->hasSavepoint(m_id) && !core->m_needsRollback;
}

Status Savepoint::commit()
{
    const std::shared_ptr<SessionCore> core = m_core.lock();
    if (!core || m_id == 0)
        return sessionError(QStringLiteral("The savepoint is no longer active."),
                            QStringLiteral("invalid_request"));
    return core->releaseSavepoint(std::exchange(m_id, 0));
}

Status Savepoint::rollback()
{
    const std::shared_ptr<SessionCore> core = m_core.lock();
    if (!core || m_id == 0)
        return sessionError(QStringLiteral("The savepoint is no longer active."),
                            QStringLiteral("invalid_request"));
    return core->rollbackSavepoint(std::exchange(m_id, 0));
}

}  // namespace stratum::session
