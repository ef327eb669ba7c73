#pragma once

#include "core/config/Result.h"

#include <QStringList>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::ui {

// Runs a query and returns its first column as text (NULL as a null QString),
// for the small catalogue reads of the workspace tree. Call on the worker
// thread that holds the connection.
Result<QStringList> readFirstColumn(engine::DriverConnection &connection, const QString &sql);

}  // namespace stratum::ui
