#include "core/config/PercentEncoding.h"

#include <QByteArray>

namespace stratum::config::percent {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

}  // namespace

QString decode(QStringView text, bool plusIsSpace)
{
    if (!text.contains(QLatin1Char('%')) && !(plusIsSpace && text.contains(QLatin1Char('+'))))
        return text.toString();
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%' && i + 2 < in.size() && isHex(in[i + 1]) && isHex(in[i + 2])) {
            out.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

QString encode(const QString &text, bool (*mustEscape)(char32_t), bool spaceAsPlus)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        char32_t cp = ch.unicode();
        qsizetype len = 1;
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(ch, text.at(i + 1));
            len = 2;
        }
        if (spaceAsPlus && cp == U' ') {
            out += QLatin1Char('+');
        } else if (mustEscape(cp)) {
            const QByteArray bytes = QStringView(text).mid(i, len).toUtf8();
            for (const char b : bytes) {
                const auto u = static_cast<unsigned char>(b);
                out += QLatin1Char('%');
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            }
        } else {
            out += QStringView(text).mid(i, len);
        }
        i += len - 1;
    }
    return out;
}

bool isUnreserved(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') ||
           c == U'_' || c == U'.' || c == U'-' || c == U'~';
}

}  // namespace stratum::config::percent
