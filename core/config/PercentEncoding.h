#pragma once

#include <QString>
#include <QStringView>

namespace stratum::config::percent {

// Percent-encoding as Python's urllib.parse does it, shared by the URL parser
// and renderer. Pure functions; thread-safe.

// unquote / unquote_plus: %XX becomes a byte, an invalid escape stays as
// written, and decoded bytes that are not UTF-8 become U+FFFD.
QString decode(QStringView text, bool plusIsSpace);

// Writes every character for which mustEscape(code point) is true as %XX of
// its UTF-8 bytes (upper-case hex); with spaceAsPlus a space becomes '+'.
QString encode(const QString &text, bool (*mustEscape)(char32_t), bool spaceAsPlus = false);

// The unreserved set that urllib.parse.quote never escapes: A-Z a-z 0-9 _ . - ~
bool isUnreserved(char32_t c);

}  // namespace stratum::config::percent
