#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace stratum {

// A failure that a user can act on: what was wrong and where. The message never
// contains a password; code paths that build one from user input must hide it.
struct Error
{
    QString message;
    QString source;  // a file path, "URL", "server", ... empty when not meaningful
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based; 0 when unknown
    QString code;    // machine-readable class, e.g. a SQLSTATE or "syntax"
    // Server diagnostics, filled by database drivers where available.
    QString detail;
    QString hint;
    QString context;
    int position = 0;  // 1-based character offset into the statement; 0 when unknown

    // "source:line:column: message", leaving out the parts that are unknown.
    QString toString() const
    {
        QString out;
        if (!source.isEmpty()) {
            out += source;
            if (line > 0) {
                out += QLatin1Char(':') + QString::number(line);
                if (column > 0)
                    out += QLatin1Char(':') + QString::number(column);
            }
            out += QLatin1String(": ");
        }
        return out + message;
    }
};

// Either a value or an Error. A small stand-in for C++23's std::expected.
template <typename T> class Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void>: success carries nothing.
struct Ok
{};

using Status = Result<Ok>;

}  // namespace stratum
