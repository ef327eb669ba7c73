#pragma once

#include "core/schema/Dialect.h"

#include <Qsci/qscilexercustom.h>

namespace stratum::ui {

// Highlights SQL with the console's own SqlScanner, so that colouring agrees
// exactly with what the statement splitter treats as strings and comments:
// dollar quotes, E'' strings with backslash escapes, nested comments,
// parameters. Also sets fold levels: one fold per multi-line statement and per
// parenthesised block. Light and dark colours follow the editor's palette.
// GUI thread only.
class SqlLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    enum Style {
        Default = 0,
        Comment,
        String,
        Number,
        Keyword,
        TypeName,
        Identifier,  // quoted identifiers
        Operator,
        Parameter,
        StyleCount
    };

    explicit SqlLexer(QObject *parent = nullptr);

    void setDialect(schema::Dialect dialect) { m_dialect = dialect; }
    schema::Dialect dialect() const { return m_dialect; }

    // Picks the light or dark colour set.
    void applyPalette(bool dark);
    bool isDark() const { return m_dark; }

    const char *language() const override { return "SQL"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    const char *wordCharacters() const override;
    bool caseSensitive() const override { return false; }
    const char *blockStartKeyword(int *style = nullptr) const override;

private:
    schema::Dialect m_dialect = schema::Dialect::PostgreSQL;
    bool m_dark = false;
};

}  // namespace stratum::ui
