// Parser: token helpers and the statement grammar.
#include "core/pyread/Parser.h"
#include "core/pyread/ParserSupport.h"

#include <QSet>

#include <algorithm>

namespace stratum::pyread {

bool isKeyword(QStringView w)
{
    static const QSet<QStringView> keywords = {
        u"False",  u"None",   u"True",    u"and",      u"as",       u"assert", u"async",
        u"await",  u"break",  u"class",   u"continue", u"def",      u"del",    u"elif",
        u"else",   u"except", u"finally", u"for",      u"from",     u"global", u"if",
        u"import", u"in",     u"is",      u"lambda",   u"nonlocal", u"not",    u"or",
        u"pass",   u"raise",  u"return",  u"try",      u"while",    u"with",   u"yield"};
    return w.size() >= 2 && w.size() <= 8 && keywords.contains(w);
}

Parser::Parser(TokenStream tokens, const QString &sourceName)
    : m_ts(std::move(tokens))
    , m_sourceName(sourceName)
{}

Result<Module> Parser::parseModule(const QString &source, const QString &sourceName)
{
    Parser p(Tokenizer::tokenize(source, sourceName), sourceName);
    Module m;
    try {
        m.body = p.parseFile();
    } catch (const Failure &f) {
        return f.error;
    }
    m.source = p.m_ts.source;
    m.sourceName = sourceName;
    m.comments = std::move(p.m_ts.comments);
    if (!m.body.empty() && m.body.front().kind == StmtKind::Expr &&
        m.body.front().value->isStringLiteral())
        m.docstring = m.body.front().value->text;
    return m;
}

Result<Expr> Parser::parseExpression(const QString &source, const QString &sourceName)
{
    Parser p(Tokenizer::tokenize(source, sourceName), sourceName);
    try {
        while (p.atKind(TokenKind::Newline))
            p.advance();
        if (p.atKind(TokenKind::Indent))
            p.failHere(QStringLiteral("unexpected indent"));
        Expr e = p.parseStarExpressions();
        while (p.atKind(TokenKind::Newline) || p.atKind(TokenKind::Dedent))
            p.advance();
        if (!p.atKind(TokenKind::EndMarker))
            p.failHere(
                QStringLiteral("unexpected %1 after the expression").arg(p.describe(p.peek())));
        return e;
    } catch (const Failure &f) {
        return f.error;
    }
}

// ---- tokens ----------------------------------------------------------------

const Token &Parser::peek(int ahead) const
{
    const size_t i = m_pos + size_t(ahead);
    return i < m_ts.tokens.size() ? m_ts.tokens[i] : m_ts.tokens.back();
}

bool Parser::atOp(QStringView op, int ahead) const
{
    const Token &t = peek(ahead);
    return t.kind == TokenKind::Operator && text(t) == op;
}

bool Parser::atKeyword(QStringView kw, int ahead) const
{
    const Token &t = peek(ahead);
    return t.kind == TokenKind::Name && text(t) == kw;
}

bool Parser::atExpressionStart() const
{
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Name: {
        const QStringView w = text(t);
        return !isKeyword(w) || w == u"True" || w == u"False" || w == u"None" || w == u"lambda" ||
               w == u"not" || w == u"await";
    }
    case TokenKind::Operator: {
        const QStringView o = text(t);
        return o == u"(" || o == u"[" || o == u"{" || o == u"-" || o == u"+" || o == u"~" ||
               o == u"..." || o == u"*";
    }
    default:
        return false;
    }
}

const Token &Parser::advance()
{
    const Token &t = peek();
    if (t.kind == TokenKind::Error)
        throw Failure{*m_ts.error};
    if (t.kind != TokenKind::EndMarker)
        ++m_pos;
    // Spans end at the last real token, not at layout tokens.
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent &&
        t.kind != TokenKind::Dedent && t.kind != TokenKind::EndMarker)
        m_lastEnd = t.span;
    return t;
}

bool Parser::acceptOp(QStringView op)
{
    if (!atOp(op))
        return false;
    advance();
    return true;
}

bool Parser::acceptKeyword(QStringView kw)
{
    if (!atKeyword(kw))
        return false;
    advance();
    return true;
}

const Token &Parser::expectOp(QStringView op, const QString &what)
{
    if (!atOp(op))
        failHere(QStringLiteral("expected '%1' %2, found %3").arg(op, what, describe(peek())));
    return advance();
}

const Token &Parser::expectOpClosing(QStringView op, const Token &opening)
{
    if (!atOp(op))
        failHere(QStringLiteral("expected '%1' to close '%2' at %3:%4, found %5")
                     .arg(op, text(opening))
                     .arg(opening.span.line)
                     .arg(opening.span.column)
                     .arg(describe(peek())));
    return advance();
}

const Token &Parser::expectKeyword(QStringView kw, const QString &what)
{
    if (!atKeyword(kw))
        failHere(QStringLiteral("expected '%1' %2, found %3").arg(kw, what, describe(peek())));
    return advance();
}

QString Parser::expectName(const QString &what)
{
    const Token &t = peek();
    if (t.kind != TokenKind::Name || isKeyword(text(t)))
        failHere(QStringLiteral("expected a name %1, found %2").arg(what, describe(t)));
    advance();
    return text(t).toString();
}

void Parser::expectNewline()
{
    if (atKind(TokenKind::Newline)) {
        advance();
        return;
    }
    if (atKind(TokenKind::EndMarker) || atKind(TokenKind::Dedent))
        return;
    failHere(QStringLiteral("invalid syntax: unexpected %1 (expected the end of the statement)")
                 .arg(describe(peek())));
}

void Parser::fail(const Span &at, const QString &message) const
{
    if (peek().kind == TokenKind::Error)
        throw Failure{*m_ts.error};
    throw Failure{makeError(message, m_sourceName, at.line, at.column)};
}

void Parser::failHere(const QString &message) const
{
    fail(peek().span, message);
}

QString Parser::describe(const Token &t) const
{
    switch (t.kind) {
    case TokenKind::Newline:
        return QStringLiteral("end of line");
    case TokenKind::Indent:
        return QStringLiteral("indent");
    case TokenKind::Dedent:
        return QStringLiteral("unindent");
    case TokenKind::EndMarker:
    case TokenKind::Error:
        return QStringLiteral("end of file");
    default:
        break;
    }
    QString s = text(t).toString();
    if (s.size() > 24)
        s = s.left(21) + QStringLiteral("...");
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// ---- nodes -----------------------------------------------------------------

Span Parser::spanTo(const Span &start) const
{
    Span s = start;
    s.endLine = m_lastEnd.endLine;
    s.endColumn = m_lastEnd.endColumn;
    s.endOffset = m_lastEnd.endOffset;
    return s;
}

void Parser::finish(Expr &e) const
{
    int h = 0;
    for (const Expr &c : e.children)
        h = std::max(h, c.height);
    e.height = h + 1;
    if (e.height > kMaxHeight)
        fail(e.span, QStringLiteral("expression is nested too deeply (more than %1 levels)")
                         .arg(kMaxHeight));
}

Expr Parser::node(ExprKind kind, const Span &start, std::vector<Expr> children) const
{
    Expr e;
    e.kind = kind;
    e.span = spanTo(start);
    e.children = std::move(children);
    finish(e);
    return e;
}

// ---- statements ------------------------------------------------------------

std::vector<Stmt> Parser::parseFile()
{
    std::vector<Stmt> body;
    for (;;) {
        if (atKind(TokenKind::EndMarker))
            break;
        if (atKind(TokenKind::Newline)) {
            advance();
            continue;
        }
        if (atKind(TokenKind::Indent))
            failHere(QStringLiteral("unexpected indent"));
        parseStatement(body);
    }
    if (atKind(TokenKind::Error))
        throw Failure{*m_ts.error};
    return body;
}

void Parser::parseStatement(std::vector<Stmt> &out)
{
    if (atOp(u"@")) {
        out.push_back(parseDecorated());
        return;
    }
    if (peek().kind == TokenKind::Name) {
        const QStringView w = peekText();
        if (w == u"def" || w == u"class" || w == u"if" || w == u"with" || w == u"for" ||
            w == u"while" || w == u"try" ||
            (w == u"async" &&
             (atKeyword(u"def", 1) || atKeyword(u"with", 1) || atKeyword(u"for", 1)))) {
            out.push_back(parseCompound({}));
            return;
        }
        if (w == u"match" && tryParseMatch(out))
            return;
        if (w == u"elif" || w == u"else" || w == u"except" || w == u"finally")
            failHere(QStringLiteral("invalid syntax: '%1' without a matching statement before it")
                         .arg(w));
    }
    parseSimpleStatements(out);
}

Stmt Parser::parseDecorated()
{
    std::vector<Expr> decorators;
    const Span start = peek().span;
    while (acceptOp(u"@")) {
        decorators.push_back(parseNamedExpression());
        expectNewline();
    }
    if (!(atKeyword(u"def") || atKeyword(u"class") ||
          (atKeyword(u"async") && atKeyword(u"def", 1))))
        failHere(QStringLiteral("expected 'def' or 'class' after a decorator, found %1")
                     .arg(describe(peek())));
    Stmt s = parseCompound(std::move(decorators));
    s.span.line = start.line;
    s.span.column = start.column;
    s.span.offset = start.offset;
    return s;
}

void Parser::parseSimpleStatements(std::vector<Stmt> &out)
{
    for (;;) {
        out.push_back(parseSimpleStatement());
        if (!acceptOp(u";"))
            break;
        if (atKind(TokenKind::Newline) || atKind(TokenKind::EndMarker))
            break;
    }
    expectNewline();
}

Stmt Parser::parseSimpleStatement()
{
    const Span start = peek().span;
    Stmt s;
    auto done = [&](StmtKind kind) {
        s.kind = kind;
        s.span = spanTo(start);
        return s;
    };
    if (peek().kind != TokenKind::Name)
        return parseExpressionStatement();
    const QStringView w = peekText();
    if (w == u"pass" || w == u"break" || w == u"continue") {
        advance();
        return done(w == u"pass"    ? StmtKind::Pass
                    : w == u"break" ? StmtKind::Break
                                    : StmtKind::Continue);
    }
    if (w == u"return") {
        advance();
        if (atExpressionStart())
            s.value = parseStarExpressions();
        return done(StmtKind::Return);
    }
    if (w == u"raise") {
        advance();
        if (atExpressionStart()) {
            s.value = parseExpressionNode();
            if (acceptKeyword(u"from"))
                s.cause = parseExpressionNode();
        }
        return done(StmtKind::Raise);
    }
    if (w == u"global" || w == u"nonlocal") {
        const bool global = w == u"global";
        advance();
        do {
            s.identifiers.push_back(expectName(QStringLiteral("in the declaration")));
        } while (acceptOp(u","));
        return done(global ? StmtKind::Global : StmtKind::Nonlocal);
    }
    if (w == u"del") {
        advance();
        do {
            if (!atExpressionStart())
                break;
            Expr t = parseBinary(1);
            checkTarget(t, true);
            s.targets.push_back(std::move(t));
        } while (acceptOp(u","));
        if (s.targets.empty())
            failHere(QStringLiteral("expected what to delete after 'del'"));
        return done(StmtKind::Delete);
    }
    if (w == u"assert") {
        advance();
        s.test = parseExpressionNode();
        if (acceptOp(u","))
            s.value = parseExpressionNode();
        return done(StmtKind::Assert);
    }
    if (w == u"import")
        return parseImport();
    if (w == u"from")
        return parseFromImport();
    return parseExpressionStatement();
}

Stmt Parser::parseExpressionStatement()
{
    static const char16_t *const augmented[] = {u"+=", u"-=", u"*=", u"/=",  u"//=", u"%=", u"@=",
                                                u"&=", u"|=", u"^=", u">>=", u"<<=", u"**="};
    const Span start = peek().span;
    Stmt s;
    Expr first = parseStarExpressions(true);
    auto valueOrYield = [this]() {
        return atKeyword(u"yield") ? parseYield() : parseStarExpressions();
    };
    if (atOp(u":")) {
        if (first.kind == ExprKind::Tuple)
            fail(first.span, QStringLiteral("only single target (not tuple) can be annotated"));
        checkTarget(first, false);
        advance();
        s.kind = StmtKind::AnnAssign;
        s.annotation = parseExpressionNode();
        s.targets.push_back(std::move(first));
        if (acceptOp(u"="))
            s.value = valueOrYield();
    } else if (peek().kind == TokenKind::Operator &&
               std::any_of(std::begin(augmented), std::end(augmented),
                           [this](const char16_t *op) { return atOp(op); })) {
        if (first.kind == ExprKind::Tuple || first.kind == ExprKind::List)
            fail(first.span, QStringLiteral("illegal expression for augmented assignment"));
        checkTarget(first, false);
        s.kind = StmtKind::AugAssign;
        s.name = peekText().toString();
        advance();
        s.targets.push_back(std::move(first));
        s.value = valueOrYield();
    } else if (atOp(u"=")) {
        s.kind = StmtKind::Assign;
        checkTarget(first, true);
        s.targets.push_back(std::move(first));
        while (acceptOp(u"=")) {
            Expr v = valueOrYield();
            if (atOp(u"=")) {
                checkTarget(v, true);
                s.targets.push_back(std::move(v));
            } else {
                s.value = std::move(v);
            }
        }
    } else {
        s.kind = StmtKind::Expr;
        s.value = std::move(first);
    }
    s.span = spanTo(start);
    return s;
}

void Parser::checkTarget(const Expr &e, bool allowTuple) const
{
    switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return;
    case ExprKind::Starred:
        checkTarget(e.children.front(), allowTuple);
        return;
    case ExprKind::Tuple:
    case ExprKind::List:
        if (allowTuple) {
            for (const Expr &c : e.children)
                checkTarget(c, true);
            return;
        }
        break;
    default:
        break;
    }
    QString what = QStringLiteral("expression");
    switch (e.kind) {
    case ExprKind::Call:
        what = QStringLiteral("function call");
        break;
    case ExprKind::String:
    case ExprKind::Bytes:
    case ExprKind::Number:
    case ExprKind::Ellipsis:
    case ExprKind::Dict:
    case ExprKind::Set:
        what = QStringLiteral("literal");
        break;
    case ExprKind::True:
        what = QStringLiteral("True");
        break;
    case ExprKind::False:
        what = QStringLiteral("False");
        break;
    case ExprKind::None:
        what = QStringLiteral("None");
        break;
    case ExprKind::Tuple:
        what = QStringLiteral("tuple");
        break;
    case ExprKind::List:
        what = QStringLiteral("list");
        break;
    case ExprKind::Lambda:
        what = QStringLiteral("lambda");
        break;
    case ExprKind::Comprehension:
        what = QStringLiteral("comprehension");
        break;
    default:
        break;
    }
    fail(e.span, QStringLiteral("cannot assign to %1").arg(what));
}

Stmt Parser::parseImport()
{
    const Span start = advance().span;
    Stmt s;
    s.kind = StmtKind::Import;
    do {
        ImportName n;
        const Span nameStart = peek().span;
        n.name = expectName(QStringLiteral("after 'import'"));
        while (acceptOp(u"."))
            n.name += QLatin1Char('.') + expectName(QStringLiteral("after '.'"));
        if (acceptKeyword(u"as"))
            n.asName = expectName(QStringLiteral("after 'as'"));
        n.span = spanTo(nameStart);
        s.names.push_back(std::move(n));
    } while (acceptOp(u","));
    s.span = spanTo(start);
    return s;
}

Stmt Parser::parseFromImport()
{
    const Span start = advance().span;
    Stmt s;
    s.kind = StmtKind::ImportFrom;
    for (;;) {
        if (acceptOp(u"."))
            s.level += 1;
        else if (acceptOp(u"..."))
            s.level += 3;
        else
            break;
    }
    if (!atKeyword(u"import") || s.level == 0) {
        s.name = expectName(QStringLiteral("after 'from'"));
        while (acceptOp(u"."))
            s.name += QLatin1Char('.') + expectName(QStringLiteral("after '.'"));
    }
    expectKeyword(u"import", QStringLiteral("after the module name"));
    if (atOp(u"*")) {
        ImportName n;
        n.name = QStringLiteral("*");
        n.span = advance().span;
        s.names.push_back(n);
        s.span = spanTo(start);
        return s;
    }
    const bool parenthesized = atOp(u"(");
    Token open;
    if (parenthesized)
        open = advance();
    do {
        if (parenthesized && atOp(u")") && !s.names.empty())
            break;
        ImportName n;
        const Span nameStart = peek().span;
        n.name = expectName(QStringLiteral("to import"));
        if (acceptKeyword(u"as"))
            n.asName = expectName(QStringLiteral("after 'as'"));
        n.span = spanTo(nameStart);
        s.names.push_back(std::move(n));
    } while (acceptOp(u","));
    if (parenthesized)
        expectOpClosing(u")", open);
    s.span = spanTo(start);
    return s;
}

std::vector<Stmt> Parser::parseBlock(QStringView keyword, int line)
{
    std::vector<Stmt> body;
    if (!atKind(TokenKind::Newline)) {
        parseSimpleStatements(body);
        m_blockEndLine = m_lastEnd.endLine + 1;
        return body;
    }
    advance();
    if (!atKind(TokenKind::Indent))
        failHere(QStringLiteral("expected an indented block after '%1' statement on line %2")
                     .arg(keyword)
                     .arg(line));
    advance();
    DepthGuard guard(*this);
    while (!atKind(TokenKind::Dedent) && !atKind(TokenKind::EndMarker)) {
        if (atKind(TokenKind::Indent))
            failHere(QStringLiteral("unexpected indent"));
        parseStatement(body);
    }
    m_blockEndLine = peek().span.line;
    if (atKind(TokenKind::Dedent))
        advance();
    return body;
}

}  // namespace stratum::pyread
