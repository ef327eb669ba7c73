// stratum-cli query URL "SQL": streams one statement's rows through the
// engine's ResultStream and RowBatch and writes them as CSV, TSV or JSON.
#include "app/cli/CommandRegistry.h"
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <cmath>

namespace stratum::cli {
namespace {

using engine::ColumnInfo;
using engine::RowBatch;
using engine::ValueKind;

enum class Format { Csv, Tsv, Json, None };

constexpr int kBatchRows = 1000;

QString csvField(const QString &v)
{
    if (v.isEmpty())
        return QStringLiteral("\"\"");  // an empty string, unlike NULL's empty field
    static const QRegularExpression special(QStringLiteral("[,\"\\r\\n]"));
    if (!v.contains(special) && !v.startsWith(QLatin1Char(' ')) && !v.endsWith(QLatin1Char(' ')))
        return v;
    QString out = v;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// PostgreSQL's COPY text escaping, so that tabs and newlines stay one field.
QString tsvField(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (const QChar ch : v) {
        switch (ch.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString jsonString(const QString &v)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : v) {
        switch (ch.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    return out + QLatin1Char('"');
}

QString jsonValue(const RowBatch &b, int r, int c)
{
    if (b.isNull(r, c))
        return QStringLiteral("null");
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    const QString text = b.text(r, c);
    switch (b.kind(c)) {
    case ValueKind::Bool:
        if (const auto v = b.toBool(r, c))
            return *v ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ValueKind::Int:
    case ValueKind::Float:
    case ValueKind::Numeric:
        if (number.match(text).hasMatch())
            return text;  // exact decimals stay exact: JSON numbers are text
        break;
    case ValueKind::Json:
        return text;
    default:
        break;
    }
    return jsonString(text);
}

class Writer
{
public:
    Writer(QTextStream &out, Format format)
        : m_out(out)
        , m_format(format)
    {}

    void header(const std::vector<ColumnInfo> &columns)
    {
        for (const ColumnInfo &c : columns)
            m_names << c.name;
        if (m_format == Format::Csv || m_format == Format::Tsv) {
            QStringList cells;
            for (const QString &n : m_names)
                cells << (m_format == Format::Csv ? csvField(n) : tsvField(n));
            m_out << cells.join(m_format == Format::Csv ? QLatin1Char(',') : QLatin1Char('\t'))
                  << '\n';
        } else if (m_format == Format::Json) {
            m_out << '[';
        }
    }

    void rows(const RowBatch &b)
    {
        for (int r = 0; r < b.rowCount(); ++r) {
            switch (m_format) {
            case Format::Csv:
            case Format::Tsv: {
                const bool csv = m_format == Format::Csv;
                for (int c = 0; c < b.columnCount(); ++c) {
                    if (c)
                        m_out << (csv ? ',' : '\t');
                    if (b.isNull(r, c))
                        m_out << (csv ? "" : "\\N");
                    else
                        m_out << (csv ? csvField(b.text(r, c)) : tsvField(b.text(r, c)));
                }
                m_out << '\n';
                break;
            }
            case Format::Json: {
                m_out << (m_rows ? ",\n " : "\n ") << '{';
                for (int c = 0; c < b.columnCount(); ++c)
                    m_out << (c ? ", " : "") << jsonString(m_names.value(c)) << ": "
                          << jsonValue(b, r, c);
                m_out << '}';
                break;
            }
            case Format::None:
                break;
            }
            ++m_rows;
        }
    }

    void finish(bool hasColumns)
    {
        if (m_format == Format::Json && hasColumns)
            m_out << (m_rows ? "\n]\n" : "]\n");
        m_out.flush();
    }

    qint64 rowCount() const { return m_rows; }

private:
    QTextStream &m_out;
    Format m_format;
    QStringList m_names;
    qint64 m_rows = 0;
};

// psql-style report: the message, the statement line with a caret under the
// error position, then detail, hint and context.
void printServerError(CliIo &io, const Error &e, const QString &sql)
{
    io.out.flush();
    io.err << "ERROR:  " << e.message;
    if (!e.code.isEmpty())
        io.err << " (" << e.code << ')';
    io.err << '\n';
    if (e.position > 0 && e.line > 0) {
        const QString line = sql.split(QLatin1Char('\n')).value(e.line - 1);
        const QString prefix = QStringLiteral("LINE %1: ").arg(e.line);
        io.err << prefix << line << '\n';
        // Columns count characters; tabs keep their width by being copied.
        QString pad(prefix.size(), QLatin1Char(' '));
        const QList<uint> chars = line.toUcs4();
        for (int i = 0; i < e.column - 1 && i < chars.size(); ++i)
            pad += chars[i] == '\t' ? QLatin1Char('\t') : QLatin1Char(' ');
        io.err << pad << "^\n";
        io.err << "(at line " << e.line << ", column " << e.column << ", character " << e.position
               << ")\n";
    }
    if (!e.detail.isEmpty())
        io.err << "DETAIL:  " << e.detail << '\n';
    if (!e.hint.isEmpty())
        io.err << "HINT:  " << e.hint << '\n';
    if (!e.context.isEmpty())
        io.err << "CONTEXT:  " << e.context << '\n';
    io.err.flush();
}

int runQuery(QStringList args, CliIo &io)
{
    const QString formatName = takeOption(args, QStringLiteral("--format"), QStringLiteral("csv"));
    Format format = Format::Csv;
    if (formatName == QLatin1String("csv"))
        format = Format::Csv;
    else if (formatName == QLatin1String("tsv"))
        format = Format::Tsv;
    else if (formatName == QLatin1String("json"))
        format = Format::Json;
    else if (formatName == QLatin1String("none"))
        format = Format::None;
    else {
        io.err << "stratum-cli query: --format must be csv, tsv, json or none, not '" << formatName
               << "'\n";
        return ExitUsage;
    }
    engine::Params params;
    while (args.contains(QLatin1String("--param")) ||
           std::any_of(args.begin(), args.end(),
                       [](const QString &a) { return a.startsWith(QLatin1String("--param=")); }))
        params.push_back(takeOption(args, QStringLiteral("--param")));
    if (args.size() != 2) {
        io.err << "Usage: stratum-cli query URL \"SQL\" [--format csv|tsv|json|none] [--param "
                  "VALUE]...\n";
        return ExitUsage;
    }
    const QString sql = args.at(1);
    const auto url = config::Url::parse(args.at(0));
    if (!url) {
        io.err << "stratum-cli query: " << url.error().toString() << '\n';
        return ExitUsage;
    }
    auto driver = engine::Driver::create(*url);
    if (!driver) {
        io.err << "stratum-cli query: " << driver.error().toString() << '\n';
        return ExitFailure;
    }
    auto connection = driver.value()->connect();
    if (!connection) {
        io.err << "stratum-cli query: " << connection.error().toString() << '\n';
        if (!connection.error().hint.isEmpty())
            io.err << "HINT:  " << connection.error().hint << '\n';
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto stream = connection.value()->stream(sql, params);
    if (!stream) {
        for (const QString &n : connection.value()->lastNotices())
            io.err << n << '\n';
        printServerError(io, stream.error(), sql);
        return ExitFailure;
    }
    engine::ResultStream &s = *stream.value();
    Writer writer(io.out, format);
    const bool hasColumns = !s.columns().empty();
    if (hasColumns)
        writer.header(s.columns());
    RowBatch batch;
    while (true) {
        const Result<bool> more = s.next(batch, kBatchRows);
        if (!more) {
            writer.finish(false);
            for (const QString &n : s.notices())
                io.err << n << '\n';
            printServerError(io, more.error(), sql);
            return ExitFailure;
        }
        if (!*more)
            break;
        writer.rows(batch);
    }
    writer.finish(hasColumns);
    for (const QString &n : s.notices())
        io.err << n << '\n';
    const QString tag = s.commandTag();
    io.err << '(' << (tag.isEmpty() ? QStringLiteral("%1 rows").arg(writer.rowCount()) : tag)
           << ", " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms)\n";
    io.err.flush();
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("query"), QStringLiteral("query URL \"SQL\" [--format csv|tsv|json|none]"),
     QStringLiteral("run one statement and stream its rows to stdout"), runQuery});

}  // namespace
}  // namespace stratum::cli
