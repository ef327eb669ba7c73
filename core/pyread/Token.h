#pragma once

#include "core/pyread/Ast.h"

namespace stratum::pyread {

enum class TokenKind : unsigned char {
    Name,  // identifiers and keywords alike; the parser tells them apart
    Number,
    String,    // one literal with its prefix and quotes; StringLiteral decodes it
    Operator,  // punctuation and operators, including brackets
    Newline,   // end of a logical line
    Indent,
    Dedent,
    EndMarker,
    Error,  // the tokenizer stopped here; TokenStream::error says why
};

// One token: its kind and where it is. The text is not copied; slice the
// source with span.offset / span.endOffset (TokenStream::text does that).
struct Token
{
    TokenKind kind = TokenKind::EndMarker;
    Span span;
};

}  // namespace stratum::pyread
