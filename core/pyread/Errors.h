#pragma once

#include "core/config/Result.h"

namespace stratum::pyread {

// An Error for a position in a Python source file; code is "syntax" for parse
// errors and something more specific ("literal", "io") otherwise.
inline Error makeError(const QString &message, const QString &source, int line, int column,
                       const QString &code = QStringLiteral("syntax"))
{
    Error e;
    e.message = message;
    e.source = source;
    e.line = line;
    e.column = column;
    e.code = code;
    return e;
}

}  // namespace stratum::pyread
