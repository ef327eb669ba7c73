#include "ui/console/SqlLexer.h"

#include "ui/console/SqlKeywords.h"
#include "ui/console/SqlScanner.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>

#include <vector>

namespace stratum::ui {

namespace {

int utf8Length(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                 QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    return n;
}

struct Colours
{
    QColor paper, text, comment, string, number, keyword, type, identifier, op, parameter;
};

Colours colours(bool dark)
{
    if (dark)
        return {QColor(0x1e, 0x1f, 0x22), QColor(0xdc, 0xdf, 0xe4), QColor(0x7f, 0x84, 0x8e),
                QColor(0x98, 0xc3, 0x79), QColor(0xd1, 0x9a, 0x66), QColor(0x61, 0xaf, 0xef),
                QColor(0xc6, 0x78, 0xdd), QColor(0xe5, 0xc0, 0x7b), QColor(0xab, 0xb2, 0xbf),
                QColor(0xe0, 0x6c, 0x75)};
    return {QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x23, 0x28), QColor(0x6a, 0x73, 0x7d),
            QColor(0x0a, 0x7d, 0x32), QColor(0x98, 0x50, 0x00), QColor(0x00, 0x4f, 0xb8),
            QColor(0x86, 0x3b, 0xbf), QColor(0x95, 0x5f, 0x00), QColor(0x40, 0x46, 0x4f),
            QColor(0xc4, 0x1a, 0x3a)};
}

}  // namespace

SqlLexer::SqlLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    applyPalette(false);
}

QString SqlLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Default");
    case Comment:
        return tr("Comment");
    case String:
        return tr("String");
    case Number:
        return tr("Number");
    case Keyword:
        return tr("Keyword");
    case TypeName:
        return tr("Type name");
    case Identifier:
        return tr("Quoted identifier");
    case Operator:
        return tr("Operator");
    case Parameter:
        return tr("Parameter");
    default:
        return {};
    }
}

const char *SqlLexer::wordCharacters() const
{
    return "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$";
}

const char *SqlLexer::blockStartKeyword(int *style) const
{
    if (style)
        *style = Keyword;
    return "begin case";
}

void SqlLexer::applyPalette(bool dark)
{
    m_dark = dark;
    const Colours c = colours(dark);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = mono;
    bold.setBold(true);
    QFont italic = mono;
    italic.setItalic(true);
    setDefaultPaper(c.paper);
    setDefaultColor(c.text);
    setDefaultFont(mono);
    for (int s = 0; s < StyleCount; ++s) {
        setPaper(c.paper, s);
        setFont(mono, s);
    }
    setColor(c.text, Default);
    setColor(c.comment, Comment);
    setFont(italic, Comment);
    setColor(c.string, String);
    setColor(c.number, Number);
    setColor(c.keyword, Keyword);
    setFont(bold, Keyword);
    setColor(c.type, TypeName);
    setColor(c.identifier, Identifier);
    setColor(c.op, Operator);
    setColor(c.parameter, Parameter);
    setFont(bold, Parameter);
}

void SqlLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed || end <= start)
        return;
    // Scan from the top of the document: a dollar quote or comment opened far
    // above decides how this range reads. Scanning is linear and cheap next to
    // drawing; tokens are clipped to the requested range.
    const auto *doc = reinterpret_cast<const char *>(
        ed->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    if (!doc)
        return;
    const QString text = QString::fromUtf8(doc, end);
    SqlScanner scanner(text, m_dialect);
    startStyling(start);

    const int firstLine = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    std::vector<int> lineDepth{0};  // fold depth at the start of each line
    int depth = 0;
    int parens = 0;
    bool inStatement = false;
    const auto newlines = [&](const SqlToken &t, int extra) {
        for (QChar ch : scanner.text(t)) {
            if (ch == QLatin1Char('\n'))
                lineDepth.push_back(depth + extra);
        }
    };

    int byte = 0;
    while (!scanner.atEnd()) {
        const SqlToken t = scanner.next();
        const int tokenStart = byte;
        byte += utf8Length(scanner.text(t));
        int style = Default;
        switch (t.kind) {
        case SqlToken::Whitespace:
            newlines(t, 0);
            break;
        case SqlToken::LineComment:
            style = Comment;
            break;
        case SqlToken::BlockComment:
            style = Comment;
            newlines(t, 1);
            break;
        case SqlToken::String:
        case SqlToken::DollarString:
            style = String;
            newlines(t, 1);
            break;
        case SqlToken::QuotedIdentifier:
            style = Identifier;
            break;
        case SqlToken::Number:
            style = Number;
            break;
        case SqlToken::Parameter:
            style = Parameter;
            break;
        case SqlToken::Word: {
            const QString w = scanner.text(t).toString().toLower();
            if (SqlKeywords::isKeyword(w))
                style = Keyword;
            else if (SqlKeywords::isTypeName(w))
                style = TypeName;
            break;
        }
        case SqlToken::OpenParen:
            style = Operator;
            ++parens;
            ++depth;
            break;
        case SqlToken::CloseParen:
            style = Operator;
            if (parens > 0) {
                --parens;
                --depth;
            }
            break;
        case SqlToken::Semicolon:
            style = Operator;
            if (inStatement && parens == 0) {
                inStatement = false;
                --depth;
            }
            break;
        default:
            style = Operator;
            break;
        }
        if (!t.isTrivia() && t.kind != SqlToken::Semicolon && !inStatement && parens == 0) {
            inStatement = true;
            ++depth;
            // The statement's first line is its fold header, not its body.
        }
        if (byte > start) {
            const int from = std::max(tokenStart, start);
            setStyling(byte - from, style);
        }
    }

    // Fold levels of the lines that were styled; the first line of a block is
    // its header.
    const int lastLine = int(lineDepth.size()) - 1;
    for (int line = firstLine; line <= lastLine; ++line) {
        const int here = lineDepth[std::size_t(line)];
        const int next = line + 1 <= lastLine ? lineDepth[std::size_t(line + 1)] : depth;
        int level = QsciScintillaBase::SC_FOLDLEVELBASE + std::max(0, here);
        if (next > here)
            level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        ed->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, line, level);
    }
}

}  // namespace stratum::ui
