#pragma once

#include "core/config/Result.h"
#include "core/pyread/Ast.h"

namespace stratum::pyread {

// One decoded Python string literal. Decoding follows CPython: escapes are
// processed unless the literal is raw; bytes keep \u, \U and \N verbatim and
// reject non-ASCII characters; unknown escapes keep their backslash (and so,
// flagged by hasNamedEscapes, do \N{...} escapes).
// f-strings are not decoded (value holds the text between the quotes).
// Value type, no shared state: safe from any thread.
struct StringLiteral
{
    QString value;  // bytes: one QChar (0-255) per byte
    bool isBytes = false;
    bool isRaw = false;
    bool isFString = false;
    // \N{NAME} escapes are kept verbatim: resolving names needs Unicode's name
    // table, which Qt does not carry. Such a value is not the exact string.
    bool hasNamedEscapes = false;

    // token is the literal's source text with prefix and quotes, span its
    // position (used to place errors on the offending escape).
    static Result<StringLiteral> decode(QStringView token, const Span &span,
                                        const QString &sourceName = {});
};

}  // namespace stratum::pyread
