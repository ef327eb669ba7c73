#include "ui/shell/ColumnReader.h"

#include "core/engine/DriverConnection.h"
#include "core/engine/ResultStream.h"

namespace stratum::ui {

Result<QStringList> readFirstColumn(engine::DriverConnection &connection, const QString &sql)
{
    Result<std::unique_ptr<engine::ResultStream>> stream = connection.stream(sql);
    if (!stream) {
        return stream.error();
    }
    QStringList values;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = stream.value()->next(batch, 256);
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            return values;
        }
        for (int row = 0; row < batch.rowCount(); ++row) {
            values << batch.text(row, 0);
        }
    }
}

}  // namespace stratum::ui
