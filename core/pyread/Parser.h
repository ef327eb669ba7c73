#pragma once

#include "core/config/Result.h"
#include "core/pyread/Module.h"
#include "core/pyread/Tokenizer.h"

namespace stratum::pyread {

// Recursive-descent parser for Python 3 (3.11 grammar) over a TokenStream. It
// builds the AST of Ast.h and evaluates nothing. Recursion is bounded
// (kMaxDepth) and so is the height of any expression tree (kMaxHeight), so
// hostile input yields an Error instead of a stack overflow. Errors are
// thrown internally as Failure and never leave parseModule/parseExpression.
// One Parser per parse; the static entry points are safe from any thread.
class Parser
{
public:
    static constexpr int kMaxDepth = 200;
    static constexpr int kMaxHeight = 500;

    static Result<Module> parseModule(const QString &source, const QString &sourceName = {});
    // A single expression (like Python's eval mode); surrounding blank lines allowed.
    static Result<Expr> parseExpression(const QString &source, const QString &sourceName = {});

private:
    struct Failure
    {
        Error error;
    };
    class DepthGuard;

    Parser(TokenStream tokens, const QString &sourceName);

    // tokens
    const Token &peek(int ahead = 0) const;
    QStringView text(const Token &t) const { return m_ts.text(t); }
    QStringView peekText(int ahead = 0) const { return text(peek(ahead)); }
    bool atOp(QStringView op, int ahead = 0) const;
    bool atKeyword(QStringView kw, int ahead = 0) const;
    bool atKind(TokenKind kind) const { return peek().kind == kind; }
    bool atExpressionStart() const;
    const Token &advance();
    bool acceptOp(QStringView op);
    bool acceptKeyword(QStringView kw);
    const Token &expectOp(QStringView op, const QString &what);
    const Token &expectOpClosing(QStringView op, const Token &opening);
    const Token &expectKeyword(QStringView kw, const QString &what);
    QString expectName(const QString &what);
    void expectNewline();
    [[noreturn]] void fail(const Span &at, const QString &message) const;
    [[noreturn]] void failHere(const QString &message) const;
    QString describe(const Token &t) const;

    // node helpers
    Expr node(ExprKind kind, const Span &start, std::vector<Expr> children = {}) const;
    Span spanTo(const Span &start) const;  // from start to the end of the last consumed token
    void finish(Expr &e) const;            // sets height, enforces kMaxHeight

    // statements (Parser.cpp)
    std::vector<Stmt> parseFile();
    void parseStatement(std::vector<Stmt> &out);
    void parseSimpleStatements(std::vector<Stmt> &out);
    Stmt parseSimpleStatement();
    Stmt parseExpressionStatement();
    Stmt parseImport();
    Stmt parseFromImport();
    std::vector<Stmt> parseBlock(QStringView keyword, int line);
    Stmt parseCompound(std::vector<Expr> decorators);
    Stmt parseFunction(std::vector<Expr> decorators, const Span &start, bool isAsync);
    std::vector<Parameter> parseParameters(QStringView closer, bool allowAnnotations);
    Stmt parseClass(std::vector<Expr> decorators, const Span &start);
    Stmt parseIf(const Span &start);
    Stmt parseDecorated();
    Stmt parseWith(const Span &start, bool isAsync);
    Stmt parseFor(const Span &start, bool isAsync);
    Stmt parseWhile(const Span &start);
    Stmt parseTry(const Span &start);
    bool tryParseMatch(std::vector<Stmt> &out);
    void checkTarget(const Expr &e, bool allowTuple) const;

    // expressions (ParserExpressions.cpp)
    Expr parseStarExpressions(bool allowYield = false);  // "a, *b" -> Tuple
    Expr parseStarOrNamed();
    Expr parseNamedExpression();
    Expr parseExpressionNode();  // conditional expressions and lambdas
    Expr parseDisjunction();
    Expr parseConjunction();
    Expr parseInversion();
    Expr parseComparison();
    Expr parseBinary(int minPrecedence);
    Expr parseUnary();
    Expr parsePower();
    Expr parsePrimary();
    Expr parseAtom();
    Expr parseStrings();
    Expr parseNumber();
    Expr parseParenthesized();
    Expr parseListDisplay();
    Expr parseBraceDisplay();
    Expr parseCallArguments(Expr callee);
    Expr parseSubscript(Expr object);
    Expr parseSliceItem();
    Expr parseLambda();
    Expr parseYield();
    Expr parseTargetList(QStringView stopKeyword);
    Expr finishComprehension(ComprehensionKind kind, const Span &start, std::vector<Expr> elements);
    bool atComprehensionFor() const;

    // match patterns (ParserPatterns.cpp)
    Expr parsePatterns();
    Expr parsePattern();
    Expr parseOrPattern();
    Expr parseClosedPattern();
    Expr parsePatternSequence(const Token &open, QStringView closer, ExprKind kind);
    Expr parseMappingPattern();
    Expr parseClassPatternArguments(Expr callee);

    TokenStream m_ts;
    QString m_sourceName;
    size_t m_pos = 0;
    int m_depth = 0;
    Span m_lastEnd;          // span of the last consumed token
    int m_blockEndLine = 0;  // set by parseBlock: the line of the token after the block
};

}  // namespace stratum::pyread
