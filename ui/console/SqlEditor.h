#pragma once

#include "core/schema/Dialect.h"

#include <Qsci/qsciscintilla.h>

#include <functional>

namespace stratum::ui {

class SqlLexer;

// The console's SQL editor: QScintilla with the console's own SQL lexer, line
// numbers, bracket matching, folding, multiple cursors (Ctrl+click, Ctrl+D
// adds the next occurrence), an error squiggle, and completion popups fed by a
// caller-supplied provider. Colours follow the application palette (light or
// dark). Positions in its API are UTF-16 indexes into text(), as QString
// uses, not Scintilla's byte positions. Ctrl+Return and Ctrl+Shift+Return are
// left to the console's actions. GUI thread only.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    // Returns completion candidates for the text at the caret; prefix receives
    // the partial word the candidates replace.
    using CompletionProvider =
        std::function<QStringList(const QString &text, int cursor, QString *prefix)>;

    explicit SqlEditor(QWidget *parent = nullptr);

    void setDialect(schema::Dialect dialect);
    schema::Dialect dialect() const;

    int cursorIndex() const;
    void setCursorIndex(int index);
    // The selection as UTF-16 [from, to); false when nothing is selected.
    bool selectionRange(int *from, int *to) const;

    // Squiggles the word at index and moves the caret there (scrolled into view).
    void markError(int index);
    void clearErrorMarks();
    bool hasErrorMark() const { return m_errorMarked; }
    // The range of the error indicator, for tests; -1 when there is none.
    int errorMarkStart() const;

    void setCompletionProvider(CompletionProvider provider) { m_completion = std::move(provider); }
    // Shows the completion list for the caret position (also Ctrl+Space).
    void complete();

    int bytePosition(int index) const;
    int utf16Index(int bytePosition) const;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyPalette();
    void onCharAdded(int ch);
    void onUserListActivated(int id, const QString &text);

    SqlLexer *m_lexer;
    CompletionProvider m_completion;
    int m_errorIndicator = -1;
    bool m_errorMarked = false;
};

}  // namespace stratum::ui
