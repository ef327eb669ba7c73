#include "core/schema/CatalogQuery.h"

#include "core/engine/ResultStream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stratum::schema {
namespace {

Error cancelledError()
{
    Error e;
    e.message = QStringLiteral("reflection was cancelled");
    e.code = QStringLiteral("cancelled");
    return e;
}

}  // namespace

Result<CatalogRows> CatalogQuery::run(const QString &what, const QString &sql,
                                      const engine::Params &params)
{
    if (m_cancelled.load())
        return cancelledError();
    if (m_progress)
        m_progress(m_count, m_steps, what);
    ++m_count;
    auto stream = m_connection.stream(sql, params);
    if (!stream) {
        Error e = stream.error();
        if (m_cancelled.load())
            return cancelledError();
        e.message = QStringLiteral("reflecting %1: %2").arg(what, e.message);
        return e;
    }
    CatalogRows rows;
    engine::RowBatch batch;
    for (;;) {
        const Result<bool> more = stream.value()->next(batch, 1000);
        if (!more) {
            if (m_cancelled.load())
                return cancelledError();
            Error e = more.error();
            e.message = QStringLiteral("reflecting %1: %2").arg(what, e.message);
            return e;
        }
        if (!*more)
            break;
        for (int r = 0; r < batch.rowCount(); ++r) {
            QStringList row;
            row.reserve(batch.columnCount());
            for (int c = 0; c < batch.columnCount(); ++c)
                row << batch.text(r, c);
            rows.push_back(std::move(row));
        }
        if (m_cancelled.load())
            return cancelledError();
    }
    if (m_progress)
        m_progress(m_count, m_steps, what);
    return rows;
}

QStringList CatalogQuery::jsonStrings(const QString &json)
{
    QStringList out;
    if (json.isEmpty())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

}  // namespace stratum::schema
