#pragma once

#include "core/config/Result.h"

#include <QtGlobal>

#include <memory>

namespace stratum::session {

class SessionCore;

// A nested transaction (SAVEPOINT) from Session::beginNested(). commit()
// releases it; rollback() undoes only what happened since it began: objects
// added since are expunged, objects deleted since are persistent again, and
// objects changed since are expired so they reload the outer state. Destroying
// an active Savepoint rolls it back. Inactive after either call, after the
// session's commit(), rollback() or close(), or once the session is gone.
// Move-only; same thread as its session.
class Savepoint
{
public:
    Savepoint() = default;
    Savepoint(Savepoint &&other) noexcept;
    Savepoint &operator=(Savepoint &&other) noexcept;
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    ~Savepoint();

    bool isActive() const;
    Status commit();
    Status rollback();

private:
    friend class SessionCore;
    Savepoint(std::weak_ptr<SessionCore> core, quint64 id)
        : m_core(std::move(core))
        , m_id(id)
    {}

    std::weak_ptr<SessionCore> m_core;
    quint64 m_id = 0;
};

}  // namespace stratum::session
