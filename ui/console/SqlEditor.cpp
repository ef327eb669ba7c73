#include "ui/console/SqlEditor.h"

#include "ui/console/SqlLexer.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>

namespace stratum::ui {

namespace {

constexpr int kCompletionListId = 1;
// Completion pops up by itself once a word has this many characters.
constexpr int kAutoCompleteChars = 2;

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

}  // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SqlLexer(this))
{
    setUtf8(true);
    setLexer(m_lexer);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginWidth(1, 0);
    setFolding(BoxedTreeFoldStyle, 2);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setWrapMode(WrapNone);
    setEolMode(EolUnix);
    setScrollWidthTracking(true);
    setScrollWidth(1);

    // Multiple cursors: Ctrl+click adds a caret, typing goes to all of them.
    SendScintilla(SCI_SETMULTIPLESELECTION, 1);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1);
    SendScintilla(SCI_SETMULTIPASTE, SC_MULTIPASTE_EACH);
    SendScintilla(SCI_SETVIRTUALSPACEOPTIONS, SCVS_RECTANGULARSELECTION);

    // The console's run actions own these keys.
    for (int key : {int(Qt::Key_Return) | int(Qt::CTRL), int(Qt::Key_Enter) | int(Qt::CTRL),
                    int(Qt::Key_Return) | int(Qt::CTRL) | int(Qt::SHIFT),
                    int(Qt::Key_Enter) | int(Qt::CTRL) | int(Qt::SHIFT)}) {
        if (QsciCommand *cmd = standardCommands()->boundTo(key)) {
            if (cmd->key() == key)
                cmd->setKey(0);
            else
                cmd->setAlternateKey(0);
        }
    }

    m_errorIndicator = indicatorDefine(SquiggleIndicator);
    setIndicatorForegroundColor(QColor(0xe0, 0x1b, 0x24), m_errorIndicator);
    SendScintilla(SCI_INDICSETUNDER, m_errorIndicator, 1);

    SendScintilla(SCI_AUTOCSETIGNORECASE, 1);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 12);
    connect(this, &QsciScintilla::SCN_CHARADDED, this, &SqlEditor::onCharAdded);
    connect(this, &QsciScintilla::userListActivated, this, &SqlEditor::onUserListActivated);
    // Editing clears a stale error squiggle.
    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (m_errorMarked)
            clearErrorMarks();
    });
    applyPalette();
}

void SqlEditor::setDialect(schema::Dialect dialect)
{
    m_lexer->setDialect(dialect);
    recolor();
}

schema::Dialect SqlEditor::dialect() const
{
    return m_lexer->dialect();
}

void SqlEditor::applyPalette()
{
    const QPalette p = palette();
    const bool dark = isDark(p);
    m_lexer->applyPalette(dark);
    const QColor base = m_lexer->defaultPaper();
    const QColor text = m_lexer->defaultColor();
    setMarginsBackgroundColor(dark ? base.lighter(115) : QColor(0xf3, 0xf4, 0xf6));
    setMarginsForegroundColor(dark ? QColor(0x80, 0x86, 0x90) : QColor(0x8a, 0x91, 0x9b));
    setFoldMarginColors(dark ? base.lighter(115) : QColor(0xf3, 0xf4, 0xf6),
                        dark ? base.lighter(115) : QColor(0xf3, 0xf4, 0xf6));
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(dark ? base.lighter(125) : QColor(0xf5, 0xf8, 0xff));
    setSelectionBackgroundColor(p.color(QPalette::Highlight));
    setSelectionForegroundColor(p.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3e, 0x44, 0x51) : QColor(0xd7, 0xe8, 0xff));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceForegroundColor(QColor(0xe0, 0x1b, 0x24));
    setUnmatchedBraceBackgroundColor(base);
    recolor();
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        complete();
        return;
    }
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        // Adds the next occurrence of the selection (or of the word) as a cursor.
        SendScintilla(SCI_TARGETWHOLEDOCUMENT);
        SendScintilla(SCI_SETSEARCHFLAGS, SCFIND_MATCHCASE);
        SendScintilla(SCI_MULTIPLESELECTADDNEXT);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

int SqlEditor::bytePosition(int index) const
{
    const QString t = text();
    return int(QStringView(t).left(std::clamp(index, 0, int(t.size()))).toUtf8().size());
}

int SqlEditor::utf16Index(int bytePos) const
{
    const QByteArray bytes = text().toUtf8();
    return int(QString::fromUtf8(bytes.left(std::clamp(bytePos, 0, int(bytes.size())))).size());
}

int SqlEditor::cursorIndex() const
{
    return utf16Index(int(SendScintilla(SCI_GETCURRENTPOS)));
}

void SqlEditor::setCursorIndex(int index)
{
    SendScintilla(SCI_GOTOPOS, bytePosition(index));
}

bool SqlEditor::selectionRange(int *from, int *to) const
{
    const int start = int(SendScintilla(SCI_GETSELECTIONSTART));
    const int end = int(SendScintilla(SCI_GETSELECTIONEND));
    if (start == end)
        return false;
    *from = utf16Index(start);
    *to = utf16Index(end);
    return true;
}

void SqlEditor::markError(int index)
{
    clearErrorMarks();
    const int pos = bytePosition(index);
    const int docLength = int(SendScintilla(SCI_GETLENGTH));
    int end = int(SendScintilla(SCI_WORDENDPOSITION, pos, 1));
    if (end <= pos)
        end = std::min(docLength, int(SendScintilla(SCI_POSITIONAFTER, pos)));
    int start = pos;
    if (start >= docLength && docLength > 0) {
        // An error at the very end ("unexpected end of input"): mark the last character.
        start = int(SendScintilla(SCI_POSITIONBEFORE, docLength));
        end = docLength;
    }
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORFILLRANGE, start, std::max(1, end - start));
    m_errorMarked = true;
    SendScintilla(SCI_GOTOPOS, pos);
    SendScintilla(SCI_SCROLLCARET);
}

void SqlEditor::clearErrorMarks()
{
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, SendScintilla(SCI_GETLENGTH));
    m_errorMarked = false;
}

int SqlEditor::errorMarkStart() const
{
    if (!m_errorMarked)
        return -1;
    const int length = int(SendScintilla(SCI_GETLENGTH));
    for (int pos = 0; pos < length; ++pos) {
        if (SendScintilla(SCI_INDICATORVALUEAT, m_errorIndicator, pos))
            return utf16Index(pos);
    }
    return -1;
}

void SqlEditor::complete()
{
    if (!m_completion)
        return;
    QString prefix;
    const QStringList candidates = m_completion(text(), cursorIndex(), &prefix);
    if (candidates.isEmpty()) {
        cancelList();
        return;
    }
    showUserList(kCompletionListId, candidates);
}

void SqlEditor::onCharAdded(int ch)
{
    if (!m_completion || SendScintilla(SCI_GETSELECTIONS) > 1)
        return;
    if (ch == '.') {
        complete();
        return;
    }
    const QChar c(ch);
    if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || isListActive())
        return;
    const long pos = SendScintilla(SCI_GETCURRENTPOS);
    const long wordStart = SendScintilla(SCI_WORDSTARTPOSITION, pos, 1);
    if (pos - wordStart == kAutoCompleteChars)
        complete();
}

void SqlEditor::onUserListActivated(int id, const QString &chosen)
{
    if (id != kCompletionListId)
        return;
    // The list stays open while the user types on, so the word to replace is
    // whatever stands before the caret now.
    const long pos = SendScintilla(SCI_GETCURRENTPOS);
    const long start = SendScintilla(SCI_WORDSTARTPOSITION, pos, 1);
    SendScintilla(SCI_SETSELECTIONSTART, start);
    SendScintilla(SCI_SETSELECTIONEND, pos);
    replaceSelectedText(chosen);
}

}  // namespace stratum::ui
