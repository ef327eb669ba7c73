// libFuzzer target for the console's SQL scanner and statement splitter. For
// arbitrary bytes read as UTF-8, in both dialects: tokens tile the text, the
// split pieces concatenate back to the input, each statement lies inside its
// piece, the statement under any cursor is a real piece, and parameter
// rewriting maps every position back into the original text.
#include "ui/console/SqlScanner.h"
#include "ui/console/SqlStatementSplitter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using stratum::schema::Dialect;
using stratum::ui::SqlParameters;
using stratum::ui::SqlScanner;
using stratum::ui::SqlStatement;
using stratum::ui::SqlStatementSplitter;
using stratum::ui::SqlToken;

namespace {

[[noreturn]] void fail(const char *what, const QString &input, Dialect dialect)
{
    std::fprintf(stderr, "fuzz_splitter (%s): %s\n  input: %s\n",
                 dialect == Dialect::SQLite ? "sqlite" : "postgresql", what,
                 input.toUtf8().constData());
    std::abort();
}

void check(const QString &text, Dialect dialect, unsigned cursorSeed)
{
    // Tokens tile the text without gaps and always advance.
    SqlScanner scanner(text, dialect);
    int pos = 0;
    while (!scanner.atEnd()) {
        const SqlToken t = scanner.next();
        if (t.start != pos || t.length <= 0)
            fail("tokens do not tile the text", text, dialect);
        pos = t.end();
    }
    if (pos != text.size())
        fail("tokens stop before the end", text, dialect);

    const std::vector<SqlStatement> pieces = SqlStatementSplitter::split(text, dialect);
    QString joined;
    int expect = 0;
    for (const SqlStatement &s : pieces) {
        if (s.pieceStart != expect || s.pieceEnd < s.pieceStart)
            fail("pieces are not contiguous", text, dialect);
        if (s.start < s.pieceStart || s.end < s.start || s.end > s.pieceEnd)
            fail("statement outside its piece", text, dialect);
        joined += text.mid(s.pieceStart, s.pieceEnd - s.pieceStart);
        expect = s.pieceEnd;
    }
    if (joined != text)
        fail("pieces do not concatenate back to the input", text, dialect);

    const int cursor = text.isEmpty() ? 0 : int(cursorSeed % unsigned(text.size() + 1));
    const int at = SqlStatementSplitter::statementAt(pieces, text, cursor);
    if (at < -1 || at >= int(pieces.size()))
        fail("statementAt out of range", text, dialect);
    if (at >= 0 && pieces[std::size_t(at)].blank)
        fail("statementAt picked a blank piece", text, dialect);

    for (const SqlStatement &s : SqlStatementSplitter::statements(text, dialect)) {
        const QString sql = text.mid(s.start, s.length());
        const SqlParameters p = SqlParameters::rewrite(sql, dialect);
        for (int i = 0; i <= p.sql().size(); ++i) {
            const int o = p.toOriginal(i);
            if (o < 0 || o > sql.size())
                fail("parameter position maps outside the statement", text, dialect);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    unsigned seed = 0;
    for (size_t i = 0; i < size && i < 4; ++i)
        seed = seed * 131 + data[i];
    check(text, Dialect::PostgreSQL, seed);
    check(text, Dialect::SQLite, seed);
    return 0;
}
