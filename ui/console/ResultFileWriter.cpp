#include "ui/console/ResultFileWriter.h"

#include "core/engine/RowBatch.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QObject>

#include <cmath>

namespace stratum::ui {

namespace {

constexpr qsizetype kBufferBytes = 1 << 20;

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

QByteArray quotedIdentifier(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + n.toUtf8() + '"';
}

QByteArray sqlLiteral(const engine::RowBatch &b, int r, int c, engine::ValueKind kind)
{
    if (b.isNull(r, c))
        return "NULL";
    switch (kind) {
    case engine::ValueKind::Int:
        if (const auto v = b.toInt64(r, c))
            return QByteArray::number(*v);
        break;
    case engine::ValueKind::Float:
        if (const auto v = b.toDouble(r, c); v && std::isfinite(*v))
            return QByteArray::number(*v, 'g', 17);
        break;
    case engine::ValueKind::Numeric: {
        const QByteArray text = b.text(r, c).toUtf8();
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return text;
        break;
    }
    case engine::ValueKind::Bool:
        if (const auto v = b.toBool(r, c))
            return *v ? "TRUE" : "FALSE";
        break;
    case engine::ValueKind::Bytes:
        return "X'" + b.bytes(r, c).toHex() + '\'';
    default:
        break;
    }
    QByteArray text = b.text(r, c).toUtf8();
    text.replace('\'', "''");
    return '\'' + text + '\'';
}

}  // namespace

ResultFileWriter::Format ResultFileWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return Format::Tsv;
    if (suffix == QLatin1String("sql"))
        return Format::SqlInsert;
    return Format::Csv;
}

Error ResultFileWriter::fileError() const
{
    Error e;
    e.message = QObject::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    e.source = m_file.fileName();
    return e;
}

Status ResultFileWriter::open(const QString &path, Format format, const ColumnList &columns)
{
    m_file.setFileName(path);
    m_format = format;
    m_columns = columns;
    m_rows = 0;
    m_buffer.clear();
    m_writeFailed = false;
    if (!m_file.open(QIODevice::WriteOnly))
        return fileError();
    m_jsonKeys.clear();
    for (const engine::ColumnInfo &c : columns)
        m_jsonKeys << jsonString(c.name) + ':';
    if (format == Format::Json) {
        m_buffer += "[";
        return Ok{};
    }
    if (format == Format::SqlInsert) {
        QList<QByteArray> names;
        for (const engine::ColumnInfo &c : columns)
            names << quotedIdentifier(c.name);
        const QString table = QFileInfo(path).completeBaseName();
        m_insertPrefix = "INSERT INTO " +
                         quotedIdentifier(table.isEmpty() ? QStringLiteral("result") : table) +
                         " (" + names.join(", ") + ") VALUES (";
        return Ok{};
    }
    QList<QByteArray> header;
    for (const engine::ColumnInfo &c : columns) {
        const std::string name = c.name.toStdString();
        header << (format == Format::Csv ? csvField(name) : tsvField(name));
    }
    m_buffer += header.join(format == Format::Csv ? ',' : '\t') + "\r\n";
    return Ok{};
}

void ResultFileWriter::flushIfLarge()
{
    if (m_buffer.size() < kBufferBytes)
        return;
    if (m_file.write(m_buffer) != m_buffer.size())
        m_writeFailed = true;
    m_buffer.clear();
}

void ResultFileWriter::write(const engine::RowBatch &b)
{
    const int columns = std::min(int(m_columns.size()), b.columnCount());
    for (int r = 0; r < b.rowCount(); ++r) {
        if (m_format == Format::SqlInsert) {
            m_buffer += m_insertPrefix;
            for (int c = 0; c < columns; ++c) {
                if (c)
                    m_buffer += ", ";
                m_buffer += sqlLiteral(b, r, c, m_columns[std::size_t(c)].kind);
            }
            m_buffer += ");\n";
        } else if (m_format == Format::Json) {
            m_buffer += m_rows ? ",\n{" : "\n{";
            for (int c = 0; c < columns; ++c) {
                if (c)
                    m_buffer += ',';
                m_buffer += m_jsonKeys[c];
                m_buffer += jsonValue(b, r, c, m_columns[std::size_t(c)].kind);
            }
            m_buffer += '}';
        } else {
            for (int c = 0; c < columns; ++c) {
                if (c)
                    m_buffer += m_format == Format::Csv ? ',' : '\t';
                if (b.isNull(r, c)) {
                    if (m_format == Format::Tsv)
                        m_buffer += "\\N";
                    continue;
                }
                const QByteArray text = b.text(r, c).toUtf8();
                m_buffer += m_format == Format::Csv ? csvField(text.toStdString())
                                                    : tsvField(text.toStdString());
            }
            m_buffer += "\r\n";
        }
        ++m_rows;
        flushIfLarge();
    }
}

Result<qint64> ResultFileWriter::commit()
{
    if (m_format == Format::Json)
        m_buffer += "\n]\n";
    if (m_file.write(m_buffer) != m_buffer.size())
        m_writeFailed = true;
    m_buffer.clear();
    if (m_writeFailed) {
        const Error e = fileError();
        m_file.cancelWriting();
        m_file.commit();
        return e;
    }
    if (!m_file.commit())
        return fileError();
    return m_rows;
}

void ResultFileWriter::cancel()
{
    m_buffer.clear();
    m_file.cancelWriting();
    m_file.commit();
}

}  // namespace stratum::ui
