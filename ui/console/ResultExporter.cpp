#include "ui/console/ResultExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>
#include <QThreadPool>

#include <cmath>

namespace stratum::ui {

// The worker reports through this object's signals: it has no thread
// affinity, so the pool thread may emit and delete it, and a queued
// connection to a destroyed exporter is simply gone.
class ExportNotifier : public QObject
{
    Q_OBJECT

signals:
    void progress(qint64 rows);
    void finished(qint64 rows, const stratum::Error &error);
};

struct ResultExporter::Shared
{
    std::atomic<bool> cancelled{false};
    std::unique_ptr<ExportNotifier> notifier;
};

namespace {

constexpr qint64 kProgressEvery = 50000;

QByteArray csvField(std::string_view v)
{
    const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
    QByteArray out(v.data(), qsizetype(v.size()));
    if (!quote)
        return out;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

QByteArray tsvField(std::string_view v)
{
    QByteArray out;
    out.reserve(qsizetype(v.size()));
    for (char c : v) {
        switch (c) {
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray jsonString(const QString &s)
{
    // QJsonDocument escapes exactly as JSON requires; strip the array brackets.
    const QByteArray doc = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QByteArray jsonValue(const engine::RowBatch &b, int r, int c, engine::ValueKind kind)
{
    if (b.isNull(r, c))
        return "null";
    switch (kind) {
    case engine::ValueKind::Int:
        if (const auto v = b.toInt64(r, c))
            return QByteArray::number(*v);
        break;
    case engine::ValueKind::Float:
        if (const auto v = b.toDouble(r, c); v && std::isfinite(*v))
            return QByteArray::number(*v, 'g', 17);
        break;
    case engine::ValueKind::Bool:
        if (const auto v = b.toBool(r, c))
            return *v ? "true" : "false";
        break;
    case engine::ValueKind::Json: {
        const std::string_view raw = b.view(r, c);
        const QByteArray bytes(raw.data(), qsizetype(raw.size()));
        QJsonParseError err;
        QJsonDocument::fromJson(bytes, &err);
        if (err.error == QJsonParseError::NoError)
            return bytes;
        break;
    }
    default:
        break;
    }
    return jsonString(b.text(r, c));
}

}  // namespace

ResultExporter::ResultExporter(QObject *parent)
    : QObject(parent)
{}

ResultExporter::~ResultExporter()
{
    cancel();
}

ResultExporter::Format ResultExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return Format::Tsv;
    return Format::Csv;
}

Result<qint64> ResultExporter::write(const ResultModel::Snapshot &snapshot, const QString &path,
                                     Format format, const std::atomic<bool> *cancelled,
                                     const std::function<void(qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e;
        e.message = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        e.source = path;
        return e;
    }
    const int columns = int(snapshot.columns.size());
    QByteArray buffer;
    const auto flushIfLarge = [&] {
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    };
    QList<QByteArray> names;
    for (const engine::ColumnInfo &c : snapshot.columns)
        names << c.name.toUtf8();
    if (format == Format::Csv || format == Format::Tsv) {
        QList<QByteArray> header;
        for (const QByteArray &n : names)
            header << (format == Format::Csv ? csvField(n.toStdString())
                                             : tsvField(n.toStdString()));
        buffer += header.join(format == Format::Csv ? ',' : '\t') + "\r\n";
    } else {
        buffer += "[";
    }
    QList<QByteArray> jsonKeys;
    for (const engine::ColumnInfo &c : snapshot.columns)
        jsonKeys << jsonString(c.name) + ':';

    qint64 rows = 0;
    for (const SharedRowBatch &b : snapshot.batches) {
        for (int r = 0; r < b->rowCount(); ++r) {
            if (format == Format::Json) {
                buffer += rows ? ",\n{" : "\n{";
                for (int c = 0; c < columns; ++c) {
                    if (c)
                        buffer += ',';
                    buffer += jsonKeys[c];
                    buffer += jsonValue(*b, r, c, snapshot.columns[std::size_t(c)].kind);
                }
                buffer += '}';
            } else {
                for (int c = 0; c < columns; ++c) {
                    if (c)
                        buffer += format == Format::Csv ? ',' : '\t';
                    if (b->isNull(r, c)) {
                        if (format == Format::Tsv)
                            buffer += "\\N";
                        continue;
                    }
                    const QByteArray text = b->text(r, c).toUtf8();
                    buffer += format == Format::Csv ? csvField(text.toStdString())
                                                    : tsvField(text.toStdString());
                }
                buffer += "\r\n";
            }
            ++rows;
            flushIfLarge();
            if (rows % kProgressEvery == 0) {
                if (cancelled && cancelled->load()) {
                    file.cancelWriting();
                    Error e;
                    e.message = QObject::tr("The export was cancelled.");
                    e.code = QStringLiteral("cancelled");
                    return e;
                }
                if (progress)
                    progress(rows);
            }
        }
    }
    if (format == Format::Json)
        buffer += "\n]\n";
    file.write(buffer);
    if (!file.commit()) {
        Error e;
        e.message = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        e.source = path;
        return e;
    }
    return rows;
}

bool ResultExporter::start(const ResultModel::Snapshot &snapshot, const QString &path,
                           Format format)
{
    if (m_running)
        return false;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->notifier = std::make_unique<ExportNotifier>();
    m_shared->notifier->moveToThread(nullptr);
    connect(m_shared->notifier.get(), &ExportNotifier::progress, this, &ResultExporter::progress,
            Qt::QueuedConnection);
    connect(
        m_shared->notifier.get(), &ExportNotifier::finished, this,
        [this](qint64 rows, const Error &error) {
            m_running = false;
            emit finished(rows, error);
        },
        Qt::QueuedConnection);
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, snapshot, path, format] {
        Result<qint64> r = write(snapshot, path, format, &shared->cancelled,
                                 [&](qint64 rows) { emit shared->notifier->progress(rows); });
        emit shared->notifier->finished(r ? r.value() : 0, r ? Error{} : r.error());
    });
    return true;
}

void ResultExporter::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

}  // namespace stratum::ui

#include "ResultExporter.moc"
