// Parser: compound statements (def, class, if, with, for, while, try, match)
// and match patterns.
#include "core/pyread/Parser.h"
#include "core/pyread/ParserSupport.h"

namespace stratum::pyread {

Stmt Parser::parseCompound(std::vector<Expr> decorators)
{
    const Span start = peek().span;
    const bool isAsync = acceptKeyword(u"async");
    const QStringView w = peekText();
    if (w == u"def")
        return parseFunction(std::move(decorators), start, isAsync);
    if (w == u"class")
        return parseClass(std::move(decorators), start);
    if (w == u"with")
        return parseWith(start, isAsync);
    if (w == u"for")
        return parseFor(start, isAsync);
    if (w == u"if")
        return parseIf(start);
    if (w == u"while")
        return parseWhile(start);
    return parseTry(start);
}

Stmt Parser::parseFunction(std::vector<Expr> decorators, const Span &start, bool isAsync)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::FunctionDef;
    s.isAsync = isAsync;
    s.decorators = std::move(decorators);
    s.name = expectName(QStringLiteral("after 'def'"));
    const Token open = expectOp(u"(", QStringLiteral("after the function name"));
    s.parameters = parseParameters(u")", true);
    expectOpClosing(u")", open);
    if (acceptOp(u"->"))
        s.returns = parseExpressionNode();
    expectOp(u":", QStringLiteral("at the end of the function signature"));
    s.body = parseBlock(u"def", line);
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

std::vector<Parameter> Parser::parseParameters(QStringView closer, bool allowAnnotations)
{
    std::vector<Parameter> params;
    while (!atOp(closer)) {
        Parameter p;
        const Span start = peek().span;
        if (acceptOp(u"/")) {
            p.kind = Parameter::Kind::PositionalOnlyMarker;
        } else if (acceptOp(u"*")) {
            p.kind = Parameter::Kind::KeywordOnlyMarker;
            if (peek().kind == TokenKind::Name) {
                p.kind = Parameter::Kind::VarArgs;
                p.name = expectName(QStringLiteral("after '*'"));
                if (allowAnnotations && acceptOp(u":"))
                    p.annotation = parseExpressionNode();
            }
        } else if (acceptOp(u"**")) {
            p.kind = Parameter::Kind::KwArgs;
            p.name = expectName(QStringLiteral("after '**'"));
            if (allowAnnotations && acceptOp(u":"))
                p.annotation = parseExpressionNode();
        } else {
            p.name = expectName(QStringLiteral("for a parameter"));
            if (allowAnnotations && acceptOp(u":"))
                p.annotation = parseExpressionNode();
            if (acceptOp(u"="))
                p.defaultValue = parseExpressionNode();
        }
        p.span = spanTo(start);
        params.push_back(std::move(p));
        if (!acceptOp(u","))
            break;
    }
    return params;
}

Stmt Parser::parseClass(std::vector<Expr> decorators, const Span &start)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::ClassDef;
    s.decorators = std::move(decorators);
    const Span nameSpan = peek().span;
    s.name = expectName(QStringLiteral("after 'class'"));
    if (atOp(u"(")) {
        Expr callee = node(ExprKind::Name, nameSpan);
        callee.text = s.name;
        Expr call = parseCallArguments(std::move(callee));
        for (size_t i = 1; i < call.children.size(); ++i)
            s.bases.push_back(std::move(call.children[i]));
    }
    expectOp(u":", QStringLiteral("after the class name"));
    s.body = parseBlock(u"class", line);
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

Stmt Parser::parseIf(const Span &start)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::If;
    s.test = parseNamedExpression();
    expectOp(u":", QStringLiteral("after the 'if' condition"));
    s.body = parseBlock(u"if", line);
    while (atKeyword(u"elif")) {
        Clause c;
        const Span clauseStart = peek().span;
        const int elifLine = advance().span.line;
        c.test = parseNamedExpression();
        expectOp(u":", QStringLiteral("after the 'elif' condition"));
        c.body = parseBlock(u"elif", elifLine);
        c.span = spanTo(clauseStart);
        s.clauses.push_back(std::move(c));
    }
    if (atKeyword(u"else")) {
        const int elseLine = advance().span.line;
        expectOp(u":", QStringLiteral("after 'else'"));
        s.orelse = parseBlock(u"else", elseLine);
    }
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

Stmt Parser::parseWith(const Span &start, bool isAsync)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::With;
    s.isAsync = isAsync;
    auto item = [this]() {
        WithItem it;
        it.context = parseExpressionNode();
        if (acceptKeyword(u"as")) {
            Expr target = parseBinary(1);
            checkTarget(target, true);
            it.target = std::move(target);
        }
        return it;
    };
    // "with (a as b, c as d):" is a parenthesized item list; "with (a, b) as c:"
    // is an expression. Try the first and fall back to the second.
    bool parsed = false;
    if (atOp(u"(")) {
        const size_t save = m_pos;
        const Span saveEnd = m_lastEnd;
        try {
            const Token open = advance();
            std::vector<WithItem> items;
            while (!atOp(u")")) {
                items.push_back(item());
                if (!acceptOp(u","))
                    break;
            }
            expectOpClosing(u")", open);
            if (!atOp(u":") || items.empty())
                throw Failure{};
            s.items = std::move(items);
            parsed = true;
        } catch (const Failure &) {
            m_pos = save;
            m_lastEnd = saveEnd;
        }
    }
    if (!parsed) {
        do {
            s.items.push_back(item());
        } while (acceptOp(u","));
    }
    expectOp(u":", QStringLiteral("after the 'with' items"));
    s.body = parseBlock(u"with", line);
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

Stmt Parser::parseFor(const Span &start, bool isAsync)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::For;
    s.isAsync = isAsync;
    s.targets.push_back(parseTargetList(u"in"));
    expectKeyword(u"in", QStringLiteral("after the 'for' target"));
    s.value = parseStarExpressions();
    expectOp(u":", QStringLiteral("after the 'for' iterable"));
    s.body = parseBlock(u"for", line);
    if (atKeyword(u"else")) {
        const int elseLine = advance().span.line;
        expectOp(u":", QStringLiteral("after 'else'"));
        s.orelse = parseBlock(u"else", elseLine);
    }
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

Stmt Parser::parseWhile(const Span &start)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::While;
    s.test = parseNamedExpression();
    expectOp(u":", QStringLiteral("after the 'while' condition"));
    s.body = parseBlock(u"while", line);
    if (atKeyword(u"else")) {
        const int elseLine = advance().span.line;
        expectOp(u":", QStringLiteral("after 'else'"));
        s.orelse = parseBlock(u"else", elseLine);
    }
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

Stmt Parser::parseTry(const Span &start)
{
    const int line = advance().span.line;
    Stmt s;
    s.kind = StmtKind::Try;
    expectOp(u":", QStringLiteral("after 'try'"));
    s.body = parseBlock(u"try", line);
    while (atKeyword(u"except")) {
        Clause c;
        const Span clauseStart = peek().span;
        const int exceptLine = advance().span.line;
        if (acceptOp(u"*"))
            s.isStar = true;
        if (!atOp(u":")) {
            c.test = parseExpressionNode();
            if (atOp(u",")) {
                // "except A, B:" is Python 2; Python 3.11 wants parentheses.
                failHere(QStringLiteral("multiple exception types must be parenthesized"));
            }
            if (acceptKeyword(u"as"))
                c.name = expectName(QStringLiteral("after 'as'"));
        }
        expectOp(u":", QStringLiteral("after 'except'"));
        c.body = parseBlock(u"except", exceptLine);
        c.span = spanTo(clauseStart);
        s.clauses.push_back(std::move(c));
    }
    if (!s.clauses.empty() && atKeyword(u"else")) {
        const int elseLine = advance().span.line;
        expectOp(u":", QStringLiteral("after 'else'"));
        s.orelse = parseBlock(u"else", elseLine);
    }
    if (atKeyword(u"finally")) {
        const int finallyLine = advance().span.line;
        expectOp(u":", QStringLiteral("after 'finally'"));
        s.finalbody = parseBlock(u"finally", finallyLine);
    }
    if (s.clauses.empty() && s.finalbody.empty())
        failHere(QStringLiteral("expected 'except' or 'finally' block"));
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    return s;
}

// "match" is a soft keyword: "match = 1" and "match(x)" are ordinary code. It
// is a match statement only when "match SUBJECT:" is followed by an indented
// "case"; otherwise the tokens are re-read as a simple statement.
bool Parser::tryParseMatch(std::vector<Stmt> &out)
{
    const size_t save = m_pos;
    const Span saveEnd = m_lastEnd;
    const Span start = peek().span;
    Stmt s;
    s.kind = StmtKind::Match;
    try {
        advance();  // match
        if (!atExpressionStart() || atOp(u"*") || atOp(u"-") || atOp(u"+") || atOp(u"~"))
            throw Failure{};
        Expr subject = parseStarOrNamed();
        if (atOp(u",")) {
            std::vector<Expr> items;
            items.push_back(std::move(subject));
            while (acceptOp(u",")) {
                if (atOp(u":"))
                    break;
                items.push_back(parseStarOrNamed());
            }
            subject = node(ExprKind::Tuple, items.front().span, std::move(items));
        }
        s.value = std::move(subject);
        if (!atOp(u":") || peek(1).kind != TokenKind::Newline ||
            peek(2).kind != TokenKind::Indent || !atKeyword(u"case", 3))
            throw Failure{};
    } catch (const Failure &) {
        m_pos = save;
        m_lastEnd = saveEnd;
        return false;
    }
    advance();  // ':'
    advance();  // newline
    advance();  // indent
    DepthGuard guard(*this);
    while (!atKind(TokenKind::Dedent) && !atKind(TokenKind::EndMarker)) {
        Clause c;
        const Span clauseStart = peek().span;
        const int caseLine = expectKeyword(u"case", QStringLiteral("in the match block")).span.line;
        c.test = parsePatterns();
        if (acceptKeyword(u"if"))
            c.guard = parseNamedExpression();
        expectOp(u":", QStringLiteral("after the case pattern"));
        c.body = parseBlock(u"case", caseLine);
        c.span = spanTo(clauseStart);
        s.clauses.push_back(std::move(c));
    }
    m_blockEndLine = peek().span.line;
    if (atKind(TokenKind::Dedent))
        advance();
    s.span = spanTo(start);
    s.blockEndLine = m_blockEndLine;
    out.push_back(std::move(s));
    return true;
}

// ---- patterns --------------------------------------------------------------

Expr Parser::parsePatterns()
{
    const Span start = peek().span;
    Expr first = parsePattern();
    if (!atOp(u","))
        return first;
    std::vector<Expr> items;
    items.push_back(std::move(first));
    while (acceptOp(u",")) {
        if (atOp(u":") || atKeyword(u"if"))
            break;
        items.push_back(parsePattern());
    }
    return node(ExprKind::Tuple, start, std::move(items));
}

Expr Parser::parsePattern()
{
    DepthGuard guard(*this);
    Expr p = parseOrPattern();
    if (!acceptKeyword(u"as"))
        return p;
    const Span start = p.span;
    const QString name = expectName(QStringLiteral("after 'as' in a pattern"));
    Expr e = node(ExprKind::PatternAs, start, exprs(std::move(p)));
    e.text = name;
    return e;
}

Expr Parser::parseOrPattern()
{
    Expr left = parseClosedPattern();
    while (acceptOp(u"|")) {
        const Span start = left.span;
        left = node(ExprKind::BinaryOp, start, exprs(std::move(left), parseClosedPattern()));
        left.text = QStringLiteral("|");
    }
    return left;
}

Expr Parser::parseClosedPattern()
{
    const Token &t = peek();
    const Span start = t.span;
    if (atOp(u"*")) {
        advance();
        const Span nameSpan = peek().span;
        Expr name = node(ExprKind::Name, nameSpan);
        name.text = expectName(QStringLiteral("after '*' in a pattern"));
        name.span = spanTo(nameSpan);
        return node(ExprKind::Starred, start, exprs(std::move(name)));
    }
    if (atOp(u"("))
        return parsePatternSequence(advance(), u")", ExprKind::Tuple);
    if (atOp(u"["))
        return parsePatternSequence(advance(), u"]", ExprKind::List);
    if (atOp(u"{"))
        return parseMappingPattern();
    if (atOp(u"-") || t.kind == TokenKind::Number) {
        Expr number;
        if (acceptOp(u"-")) {
            if (peek().kind != TokenKind::Number)
                failHere(QStringLiteral("expected a number after '-' in a pattern"));
            number = node(ExprKind::UnaryOp, start, exprs(parseNumber()));
            number.text = QStringLiteral("-");
        } else {
            number = parseNumber();
        }
        if (atOp(u"+") || atOp(u"-")) {
            const QString op = peekText().toString();
            advance();
            if (peek().kind != TokenKind::Number)
                failHere(QStringLiteral("expected an imaginary number in a complex pattern"));
            number = node(ExprKind::BinaryOp, start, exprs(std::move(number), parseNumber()));
            number.text = op;
        }
        return number;
    }
    if (t.kind == TokenKind::String)
        return parseStrings();
    if (t.kind == TokenKind::Name) {
        const QStringView w = text(t);
        if (w == u"None" || w == u"True" || w == u"False")
            return parseAtom();
        Expr e = node(ExprKind::Name, start);
        e.text = expectName(QStringLiteral("in a pattern"));
        e.span = spanTo(start);
        while (acceptOp(u".")) {
            const QString attr = expectName(QStringLiteral("after '.'"));
            e = node(ExprKind::Attribute, start, exprs(std::move(e)));
            e.text = attr;
        }
        if (atOp(u"("))
            return parseClassPatternArguments(std::move(e));
        return e;
    }
    failHere(QStringLiteral("expected a pattern, found %1").arg(describe(t)));
}

Expr Parser::parsePatternSequence(const Token &open, QStringView closer, ExprKind kind)
{
    std::vector<Expr> items;
    bool sawComma = false;
    while (!atOp(closer)) {
        items.push_back(parsePattern());
        if (!acceptOp(u","))
            break;
        sawComma = true;
    }
    expectOpClosing(closer, open);
    if (kind == ExprKind::Tuple && items.size() == 1 && !sawComma) {
        items.front().parenthesized = true;  // a group, not a sequence
        return std::move(items.front());
    }
    Expr e = node(kind, open.span, std::move(items));
    e.parenthesized = kind == ExprKind::Tuple;
    return e;
}

Expr Parser::parseMappingPattern()
{
    const Token open = advance();
    std::vector<Expr> items;
    while (!atOp(u"}")) {
        if (atOp(u"**")) {
            const Span s = advance().span;
            items.push_back(node(ExprKind::Absent, s));
            const Span nameSpan = peek().span;
            Expr name = node(ExprKind::Name, nameSpan);
            name.text = expectName(QStringLiteral("after '**' in a pattern"));
            name.span = spanTo(nameSpan);
            items.push_back(std::move(name));
        } else {
            items.push_back(parseClosedPattern());
            expectOp(u":", QStringLiteral("after a mapping pattern key"));
            items.push_back(parsePattern());
        }
        if (!acceptOp(u","))
            break;
    }
    expectOpClosing(u"}", open);
    return node(ExprKind::Dict, open.span, std::move(items));
}

Expr Parser::parseClassPatternArguments(Expr callee)
{
    const Token open = advance();
    const Span start = callee.span;
    std::vector<Expr> children;
    children.push_back(std::move(callee));
    while (!atOp(u")")) {
        if (peek().kind == TokenKind::Name && atOp(u"=", 1)) {
            const Span kwStart = peek().span;
            const QString name = expectName(QStringLiteral("for a keyword pattern"));
            advance();
            Expr kw = node(ExprKind::Keyword, kwStart, exprs(parsePattern()));
            kw.text = name;
            children.push_back(std::move(kw));
        } else {
            children.push_back(parsePattern());
        }
        if (!acceptOp(u","))
            break;
    }
    expectOpClosing(u")", open);
    return node(ExprKind::Call, start, std::move(children));
}

}  // namespace stratum::pyread
