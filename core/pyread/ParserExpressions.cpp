// Expression grammar of Parser: from star-expressions down to atoms.
#include "core/pyread/Parser.h"
#include "core/pyread/ParserSupport.h"
#include "core/pyread/StringLiteral.h"

namespace stratum::pyread {

namespace {

// Binding strength of binary operators; 0 means "not a binary operator".
int binaryPrecedence(QStringView op)
{
    if (op == u"|")
        return 1;
    if (op == u"^")
        return 2;
    if (op == u"&")
        return 3;
    if (op == u"<<" || op == u">>")
        return 4;
    if (op == u"+" || op == u"-")
        return 5;
    if (op == u"*" || op == u"/" || op == u"//" || op == u"%" || op == u"@")
        return 6;
    return 0;
}

}  // namespace

Expr Parser::parseStarExpressions(bool allowYield)
{
    if (allowYield && atKeyword(u"yield"))
        return parseYield();
    const Span start = peek().span;
    auto element = [this]() {
        if (atOp(u"*")) {
            const Span s = advance().span;
            return node(ExprKind::Starred, s, exprs(parseBinary(1)));
        }
        return parseExpressionNode();
    };
    Expr first = element();
    if (!atOp(u","))
        return first;
    std::vector<Expr> items;
    items.push_back(std::move(first));
    while (acceptOp(u",")) {
        if (!atExpressionStart())
            break;
        items.push_back(element());
    }
    return node(ExprKind::Tuple, start, std::move(items));
}

Expr Parser::parseStarOrNamed()
{
    if (atOp(u"*")) {
        const Span s = advance().span;
        return node(ExprKind::Starred, s, exprs(parseBinary(1)));
    }
    return parseNamedExpression();
}

Expr Parser::parseNamedExpression()
{
    if (peek().kind == TokenKind::Name && atOp(u":=", 1) && !isKeyword(peekText())) {
        const Span s = peek().span;
        Expr target = node(ExprKind::Name, s);
        target.text = peekText().toString();
        advance();
        target.span = m_lastEnd;
        advance();
        return node(ExprKind::NamedExpr, s, exprs(std::move(target), parseExpressionNode()));
    }
    return parseExpressionNode();
}

Expr Parser::parseExpressionNode()
{
    DepthGuard guard(*this);
    if (atKeyword(u"lambda"))
        return parseLambda();
    Expr body = parseDisjunction();
    if (!atKeyword(u"if"))
        return body;
    advance();
    const Span start = body.span;
    Expr test = parseDisjunction();
    expectKeyword(u"else", QStringLiteral("in the conditional expression"));
    Expr orelse = parseExpressionNode();
    return node(ExprKind::IfExp, start, exprs(std::move(body), std::move(test), std::move(orelse)));
}

Expr Parser::parseDisjunction()
{
    Expr first = parseConjunction();
    if (!atKeyword(u"or"))
        return first;
    const Span start = first.span;
    std::vector<Expr> operands;
    operands.push_back(std::move(first));
    while (acceptKeyword(u"or"))
        operands.push_back(parseConjunction());
    Expr e = node(ExprKind::BoolOp, start, std::move(operands));
    e.text = QStringLiteral("or");
    return e;
}

Expr Parser::parseConjunction()
{
    Expr first = parseInversion();
    if (!atKeyword(u"and"))
        return first;
    const Span start = first.span;
    std::vector<Expr> operands;
    operands.push_back(std::move(first));
    while (acceptKeyword(u"and"))
        operands.push_back(parseInversion());
    Expr e = node(ExprKind::BoolOp, start, std::move(operands));
    e.text = QStringLiteral("and");
    return e;
}

Expr Parser::parseInversion()
{
    if (!atKeyword(u"not"))
        return parseComparison();
    DepthGuard guard(*this);
    const Span start = advance().span;
    Expr e = node(ExprKind::UnaryOp, start, exprs(parseInversion()));
    e.text = QStringLiteral("not");
    return e;
}

Expr Parser::parseComparison()
{
    Expr first = parseBinary(1);
    auto comparisonOperator = [this]() -> QString {
        const Token &t = peek();
        if (t.kind == TokenKind::Operator) {
            const QStringView op = text(t);
            if (op == u"<" || op == u">" || op == u"==" || op == u">=" || op == u"<=" ||
                op == u"!=")
                return op.toString();
        } else if (t.kind == TokenKind::Name) {
            if (atKeyword(u"in"))
                return QStringLiteral("in");
            if (atKeyword(u"not") && atKeyword(u"in", 1))
                return QStringLiteral("not in");
            if (atKeyword(u"is"))
                return atKeyword(u"not", 1) ? QStringLiteral("is not") : QStringLiteral("is");
        }
        return {};
    };
    QString op = comparisonOperator();
    if (op.isEmpty())
        return first;
    const Span start = first.span;
    std::vector<Expr> operands;
    QStringList ops;
    operands.push_back(std::move(first));
    while (!op.isEmpty()) {
        advance();
        if (op == u"not in" || op == u"is not")
            advance();
        ops.push_back(op);
        operands.push_back(parseBinary(1));
        op = comparisonOperator();
    }
    Expr e = node(ExprKind::Compare, start, std::move(operands));
    e.ops = ops;
    return e;
}

// Precedence climbing over the binary operators from "|" up to "*": one
// function for all levels keeps the recursion per nesting level shallow.
Expr Parser::parseBinary(int minPrecedence)
{
    Expr left = parseUnary();
    for (;;) {
        if (peek().kind != TokenKind::Operator)
            break;
        const QStringView op = peekText();
        const int precedence = binaryPrecedence(op);
        if (precedence == 0 || precedence < minPrecedence)
            break;
        const QString opText = op.toString();
        advance();
        Expr right = parseBinary(precedence + 1);
        const Span start = left.span;
        left = node(ExprKind::BinaryOp, start, exprs(std::move(left), std::move(right)));
        left.text = opText;
    }
    return left;
}

Expr Parser::parseUnary()
{
    if (atOp(u"-") || atOp(u"+") || atOp(u"~")) {
        DepthGuard guard(*this);
        const Token &t = advance();
        const Span start = t.span;
        const QString op = text(t).toString();
        Expr e = node(ExprKind::UnaryOp, start, exprs(parseUnary()));
        e.text = op;
        return e;
    }
    return parsePower();
}

Expr Parser::parsePower()
{
    Expr base;
    if (atKeyword(u"await")) {
        const Span start = advance().span;
        base = node(ExprKind::Await, start, exprs(parsePrimary()));
    } else {
        base = parsePrimary();
    }
    if (!atOp(u"**"))
        return base;
    DepthGuard guard(*this);
    advance();
    const Span start = base.span;
    Expr e = node(ExprKind::BinaryOp, start, exprs(std::move(base), parseUnary()));
    e.text = QStringLiteral("**");
    return e;
}

Expr Parser::parsePrimary()
{
    Expr e = parseAtom();
    for (;;) {
        if (atOp(u".")) {
            advance();
            const Span start = e.span;
            const QString name = expectName(QStringLiteral("after '.'"));
            e = node(ExprKind::Attribute, start, exprs(std::move(e)));
            e.text = name;
        } else if (atOp(u"(")) {
            e = parseCallArguments(std::move(e));
        } else if (atOp(u"[")) {
            e = parseSubscript(std::move(e));
        } else {
            return e;
        }
    }
}

Expr Parser::parseAtom()
{
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::Name: {
        const QStringView word = text(t);
        ExprKind kind = ExprKind::Name;
        if (word == u"True")
            kind = ExprKind::True;
        else if (word == u"False")
            kind = ExprKind::False;
        else if (word == u"None")
            kind = ExprKind::None;
        else if (isKeyword(word))
            failHere(QStringLiteral("invalid syntax: unexpected keyword '%1'").arg(word));
        const Span start = advance().span;
        Expr e = node(kind, start);
        if (kind == ExprKind::Name)
            e.text = word.toString();
        return e;
    }
    case TokenKind::Number:
        return parseNumber();
    case TokenKind::String:
        return parseStrings();
    case TokenKind::Operator:
        if (atOp(u"("))
            return parseParenthesized();
        if (atOp(u"["))
            return parseListDisplay();
        if (atOp(u"{"))
            return parseBraceDisplay();
        if (atOp(u"...")) {
            const Span start = advance().span;
            return node(ExprKind::Ellipsis, start);
        }
        break;
    default:
        break;
    }
    failHere(QStringLiteral("expected an expression, found %1").arg(describe(t)));
}

Expr Parser::parseNumber()
{
    const Token &t = advance();
    const QStringView s = text(t);
    Expr e = node(ExprKind::Number, t.span);
    e.text = s.toString();
    const QChar last = s.back().toLower();
    const bool prefixed = s.size() > 1 && s[0] == u'0' && s[1].isLetter();
    if (last == u'j')
        e.numberKind = NumberKind::Imaginary;
    else if (!prefixed && (s.contains(u'.') || s.contains(u'e') || s.contains(u'E')))
        e.numberKind = NumberKind::Float;
    return e;
}

// Adjacent string literals form one node, as in Python.
Expr Parser::parseStrings()
{
    const Span start = peek().span;
    bool anyBytes = false, anyText = false, anyF = false, anyNamed = false;
    QString value;
    while (peek().kind == TokenKind::String) {
        const Token &t = advance();
        Result<StringLiteral> lit = StringLiteral::decode(text(t), t.span, m_sourceName);
        if (!lit)
            throw Failure{lit.error()};
        if (lit->isBytes ? anyText : anyBytes)
            fail(t.span, QStringLiteral("cannot mix bytes and nonbytes literals"));
        anyBytes |= lit->isBytes;
        anyText |= !lit->isBytes;
        anyF |= lit->isFString;
        anyNamed |= lit->hasNamedEscapes;
        value += lit->value;
    }
    Expr e = node(anyBytes ? ExprKind::Bytes : ExprKind::String, start);
    e.isFString = anyF;
    e.hasNamedEscapes = anyNamed && !anyF;
    e.text = anyF ? m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset) : value;
    return e;
}

Expr Parser::parseParenthesized()
{
    const Token open = advance();
    if (atOp(u")")) {
        advance();
        Expr e = node(ExprKind::Tuple, open.span);
        e.parenthesized = true;
        return e;
    }
    if (atKeyword(u"yield")) {
        Expr e = parseYield();
        expectOpClosing(u")", open);
        e.parenthesized = true;
        e.span = spanTo(open.span);
        return e;
    }
    Expr first = parseStarOrNamed();
    if (atComprehensionFor()) {
        Expr e =
            finishComprehension(ComprehensionKind::Generator, first.span, exprs(std::move(first)));
        expectOpClosing(u")", open);
        e.span = spanTo(open.span);
        e.text = m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset);
        e.parenthesized = true;
        return e;
    }
    if (!atOp(u",")) {
        expectOpClosing(u")", open);
        first.parenthesized = true;
        first.span = spanTo(open.span);
        return first;
    }
    std::vector<Expr> items;
    items.push_back(std::move(first));
    while (acceptOp(u",")) {
        if (atOp(u")"))
            break;
        items.push_back(parseStarOrNamed());
    }
    expectOpClosing(u")", open);
    Expr e = node(ExprKind::Tuple, open.span, std::move(items));
    e.parenthesized = true;
    return e;
}

Expr Parser::parseListDisplay()
{
    const Token open = advance();
    std::vector<Expr> items;
    if (!atOp(u"]")) {
        Expr first = parseStarOrNamed();
        if (atComprehensionFor()) {
            Expr e =
                finishComprehension(ComprehensionKind::List, open.span, exprs(std::move(first)));
            expectOpClosing(u"]", open);
            e.span = spanTo(open.span);
            e.text = m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset);
            return e;
        }
        items.push_back(std::move(first));
        while (acceptOp(u",")) {
            if (atOp(u"]"))
                break;
            items.push_back(parseStarOrNamed());
        }
    }
    expectOpClosing(u"]", open);
    return node(ExprKind::List, open.span, std::move(items));
}

Expr Parser::parseBraceDisplay()
{
    const Token open = advance();
    std::vector<Expr> items;
    auto closeWith = [&](ExprKind kind) {
        expectOpClosing(u"}", open);
        return node(kind, open.span, std::move(items));
    };
    if (atOp(u"}"))
        return closeWith(ExprKind::Dict);
    auto dictEntry = [&]() {
        if (atOp(u"**")) {
            const Span s = advance().span;
            items.push_back(node(ExprKind::Absent, s));
            items.push_back(parseBinary(1));
            return;
        }
        items.push_back(parseExpressionNode());
        expectOp(u":", QStringLiteral("after a dictionary key"));
        items.push_back(parseExpressionNode());
    };
    const bool isDict = atOp(u"**") || [&] {
        if (atOp(u"*"))
            return false;
        items.push_back(parseNamedExpression());
        return atOp(u":");
    }();
    if (isDict) {
        if (items.empty()) {
            dictEntry();
        } else {
            advance();  // ':'
            items.push_back(parseExpressionNode());
            if (atComprehensionFor()) {
                Expr e = finishComprehension(ComprehensionKind::Dict, open.span, std::move(items));
                expectOpClosing(u"}", open);
                e.span = spanTo(open.span);
                e.text = m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset);
                return e;
            }
        }
        while (acceptOp(u",")) {
            if (atOp(u"}"))
                break;
            dictEntry();
        }
        return closeWith(ExprKind::Dict);
    }
    if (items.empty())
        items.push_back(parseStarOrNamed());
    if (atComprehensionFor()) {
        Expr e = finishComprehension(ComprehensionKind::Set, open.span, std::move(items));
        expectOpClosing(u"}", open);
        e.span = spanTo(open.span);
        e.text = m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset);
        return e;
    }
    while (acceptOp(u",")) {
        if (atOp(u"}"))
            break;
        items.push_back(parseStarOrNamed());
    }
    return closeWith(ExprKind::Set);
}

bool Parser::atComprehensionFor() const
{
    return atKeyword(u"for") || (atKeyword(u"async") && atKeyword(u"for", 1));
}

// The "for ... in ... if ..." clauses; the structure is not modelled, the
// sub-expressions are kept as children only so that walkers see them.
Expr Parser::finishComprehension(ComprehensionKind kind, const Span &start,
                                 std::vector<Expr> elements)
{
    while (atComprehensionFor()) {
        acceptKeyword(u"async");
        advance();  // for
        elements.push_back(parseTargetList(u"in"));
        expectKeyword(u"in", QStringLiteral("in the comprehension"));
        elements.push_back(parseDisjunction());
        while (acceptKeyword(u"if"))
            elements.push_back(parseDisjunction());
    }
    Expr e = node(ExprKind::Comprehension, start, std::move(elements));
    e.comprehension = kind;
    e.text = m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset);
    return e;
}

Expr Parser::parseTargetList(QStringView stopKeyword)
{
    const Span start = peek().span;
    auto target = [this]() {
        Expr t;
        if (atOp(u"*")) {
            const Span s = advance().span;
            t = node(ExprKind::Starred, s, exprs(parseBinary(1)));
        } else {
            t = parseBinary(1);
        }
        checkTarget(t, true);
        return t;
    };
    Expr first = target();
    if (!atOp(u","))
        return first;
    std::vector<Expr> items;
    items.push_back(std::move(first));
    while (acceptOp(u",")) {
        if (atKeyword(stopKeyword) || !atExpressionStart())
            break;
        items.push_back(target());
    }
    return node(ExprKind::Tuple, start, std::move(items));
}

Expr Parser::parseCallArguments(Expr callee)
{
    const Token open = advance();
    const Span start = callee.span;
    std::vector<Expr> children;
    children.push_back(std::move(callee));
    bool sawKeyword = false, sawDoubleStar = false;
    while (!atOp(u")")) {
        const Span argStart = peek().span;
        if (atOp(u"*")) {
            advance();
            if (sawDoubleStar)
                fail(argStart, QStringLiteral("iterable argument unpacking follows keyword "
                                              "argument unpacking"));
            children.push_back(node(ExprKind::Starred, argStart, exprs(parseExpressionNode())));
        } else if (atOp(u"**")) {
            advance();
            sawDoubleStar = true;
            children.push_back(
                node(ExprKind::DoubleStarred, argStart, exprs(parseExpressionNode())));
        } else if (peek().kind == TokenKind::Name && atOp(u"=", 1) && !isKeyword(peekText())) {
            const QString name = peekText().toString();
            advance();
            advance();
            sawKeyword = true;
            Expr kw = node(ExprKind::Keyword, argStart, exprs(parseExpressionNode()));
            kw.text = name;
            children.push_back(std::move(kw));
        } else {
            Expr arg = parseNamedExpression();
            if (atComprehensionFor())
                arg = finishComprehension(ComprehensionKind::Generator, arg.span,
                                          exprs(std::move(arg)));
            if (sawDoubleStar)
                fail(argStart, QStringLiteral("positional argument follows keyword argument "
                                              "unpacking"));
            if (sawKeyword)
                fail(argStart, QStringLiteral("positional argument follows keyword argument"));
            children.push_back(std::move(arg));
        }
        if (!acceptOp(u","))
            break;
    }
    expectOpClosing(u")", open);
    // As in Python's ast, a lone generator argument spans the call's parentheses.
    if (children.size() == 2 && children[1].kind == ExprKind::Comprehension &&
        children[1].comprehension == ComprehensionKind::Generator && !children[1].parenthesized) {
        Expr &gen = children[1];
        gen.span = spanTo(open.span);
        gen.text = m_ts.source.mid(gen.span.offset, gen.span.endOffset - gen.span.offset);
    }
    return node(ExprKind::Call, start, std::move(children));
}

Expr Parser::parseSubscript(Expr object)
{
    const Token open = advance();
    const Span start = object.span;
    Expr index = parseSliceItem();
    if (atOp(u",")) {
        std::vector<Expr> items;
        items.push_back(std::move(index));
        while (acceptOp(u",")) {
            if (atOp(u"]"))
                break;
            items.push_back(parseSliceItem());
        }
        const Span tupleStart = items.front().span;
        index = node(ExprKind::Tuple, tupleStart, std::move(items));
    }
    expectOpClosing(u"]", open);
    return node(ExprKind::Subscript, start, exprs(std::move(object), std::move(index)));
}

Expr Parser::parseSliceItem()
{
    const Span start = peek().span;
    if (atOp(u"*")) {
        advance();
        return node(ExprKind::Starred, start, exprs(parseBinary(1)));
    }
    auto absent = [this]() {
        Expr a;
        a.kind = ExprKind::Absent;
        a.span = peek().span;
        a.span.endLine = a.span.line;
        a.span.endColumn = a.span.column;
        a.span.endOffset = a.span.offset;
        return a;
    };
    Expr lower = atOp(u":") ? absent() : parseNamedExpression();
    if (!atOp(u":"))
        return lower;
    advance();
    auto boundEnds = [this]() { return atOp(u":") || atOp(u"]") || atOp(u","); };
    Expr upper = boundEnds() ? absent() : parseExpressionNode();
    Expr step = absent();
    if (acceptOp(u":") && !(atOp(u"]") || atOp(u",")))
        step = parseExpressionNode();
    return node(ExprKind::Slice, start, exprs(std::move(lower), std::move(upper), std::move(step)));
}

Expr Parser::parseLambda()
{
    const Span start = advance().span;
    std::vector<Parameter> params = parseParameters(u":", false);
    expectOp(u":", QStringLiteral("after the lambda parameters"));
    std::vector<Expr> children;
    for (Parameter &p : params)
        if (p.defaultValue)
            children.push_back(std::move(*p.defaultValue));
    children.push_back(parseExpressionNode());
    Expr e = node(ExprKind::Lambda, start, std::move(children));
    e.text = m_ts.source.mid(e.span.offset, e.span.endOffset - e.span.offset);
    return e;
}

Expr Parser::parseYield()
{
    const Span start = advance().span;
    if (acceptKeyword(u"from"))
        return node(ExprKind::YieldFrom, start, exprs(parseExpressionNode()));
    if (!atExpressionStart())
        return node(ExprKind::Yield, start);
    return node(ExprKind::Yield, start, exprs(parseStarExpressions()));
}

}  // namespace stratum::pyread
