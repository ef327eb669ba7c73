#pragma once

#include <QString>

namespace stratum::session {

// An object's state with respect to a Session, as SQLAlchemy defines them:
//   Transient  not in a session and not in the database (just created)
//   Pending    added to a session, not yet inserted (flush() inserts it)
//   Persistent in the session's identity map, with a row in the database
//   Deleted    its DELETE was flushed; commit() makes it Detached, rollback()
//              Persistent again
//   Detached   has (or had) a row but belongs to no session (expunged, closed,
//              or deleted and committed)
// An object marked with Session::remove() stays Persistent until the flush.
enum class ObjectState { Transient, Pending, Persistent, Deleted, Detached };

QString objectStateName(ObjectState state);  // "transient", "pending", ...

}  // namespace stratum::session
