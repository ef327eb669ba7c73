#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace stratum::pyread {

// Where a node or token sits in its source. Lines and columns are 1-based and
// columns count characters (code points); offsets are UTF-16 indexes into the
// source QString, so that Module::sourceText() can slice the original text.
// The end is exclusive: endColumn is the column just after the last character.
struct Span
{
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    int offset = 0;
    int endOffset = 0;

    bool contains(int atLine, int atColumn) const;
};

enum class ExprKind : unsigned char {
    Absent,  // a missing part: the omitted bounds of a Slice, the key of a "**m" Dict entry
    Name,    // text = identifier
    String,  // text = decoded value (raw source text when isFString)
    Bytes,   // text = decoded value, one QChar per byte (Latin-1)
    Number,  // text = source spelling; numberKind says int, float or imaginary
    True,
    False,
    None,
    Ellipsis,
    Attribute,      // children[0] = object, text = attribute name
    Call,           // children[0] = callee, then the arguments in source order
    Keyword,        // a keyword argument: text = name, children[0] = value
    Starred,        // *x (call argument, display element or target): children[0]
    DoubleStarred,  // **x (call argument): children[0]
    Subscript,      // children[0] = object, children[1] = index (a Tuple for "a[x, y]")
    Slice,          // children = lower, upper, step (each may be Absent)
    Tuple,          // children = elements; parenthesized says whether written with "(...)"
    List,
    Set,
    Dict,      // children = key, value, key, value...; a "**m" entry has an Absent key
    UnaryOp,   // text = "-", "+", "~" or "not"; children[0]
    BinaryOp,  // text = operator; children = left, right
    BoolOp,    // text = "and" / "or"; children = operands (flattened)
    Compare,   // children = operands; ops = the operators between them ("<", "not in", "is not"...)
    IfExp,     // children = body, test, orelse ("body if test else orelse")
    NamedExpr,      // children = target, value ("target := value")
    Await,          // children[0]
    Yield,          // children = [value] or empty
    YieldFrom,      // children[0]
    Lambda,         // opaque: text = source text; children = defaults and body, for walking only
    Comprehension,  // opaque: text = source text, comprehension = which kind; children for walking
    PatternAs,      // in match patterns only: children[0] = pattern (or Absent), text = bound name
};

enum class NumberKind : unsigned char { Integer, Float, Imaginary };
enum class ComprehensionKind : unsigned char { List, Set, Dict, Generator };

// One expression node, held by value. Its meaning of text/children depends on
// kind (see ExprKind). Plain data: safe to copy and to read from any thread.
struct Expr
{
    ExprKind kind = ExprKind::Absent;
    NumberKind numberKind = NumberKind::Integer;
    ComprehensionKind comprehension = ComprehensionKind::List;
    bool isFString = false;        // String: an f-string (or a concatenation with one); text is raw
    bool hasNamedEscapes = false;  // String: \N{...} kept verbatim in text (see StringLiteral)
    bool parenthesized = false;    // written inside its own "( ... )"; span includes them
    int height = 1;                // 1 + the height of the tallest child
    Span span;
    QString text;
    QStringList ops;  // Compare only
    std::vector<Expr> children;

    bool is(ExprKind k) const { return kind == k; }
    bool isName(QStringView name) const { return kind == ExprKind::Name && text == name; }
    // A plain string whose text is its exact value (not an f-string, no \N{...}).
    bool isStringLiteral() const
    {
        return kind == ExprKind::String && !isFString && !hasNamedEscapes;
    }

    // "op.create_table" for a chain of Names and Attributes; empty otherwise.
    QString dottedName() const;

    // Call helpers; callee() is null when this is not a Call.
    const Expr *callee() const;
    QString calleeName() const { return callee() ? callee()->dottedName() : QString(); }
    std::vector<const Expr *> positionalArguments() const;
    const Expr *positionalArgument(int index) const;
    const Expr *keywordArgument(QStringView name) const;
    bool hasStarArguments() const;  // "*args" or "**kwargs" in the call

    // Dict helpers: the key (Absent for "**m") and value of entry i.
    int dictSize() const { return kind == ExprKind::Dict ? int(children.size() / 2) : 0; }
    const Expr &dictKey(int i) const { return children[size_t(i) * 2]; }
    const Expr &dictValue(int i) const { return children[size_t(i) * 2 + 1]; }
};

// A "def" parameter. The "/" and "*" markers are kept as their own entries so
// that a rendered signature round-trips.
struct Parameter
{
    enum class Kind : unsigned char {
        Normal,
        VarArgs,
        KwArgs,
        PositionalOnlyMarker,
        KeywordOnlyMarker
    };
    Kind kind = Kind::Normal;
    QString name;
    std::optional<Expr> annotation;
    std::optional<Expr> defaultValue;
    Span span;
};

struct ImportName
{
    QString name;    // dotted module name, or the imported name for "from x import name"
    QString asName;  // empty without "as"
    Span span;
};

struct WithItem
{
    Expr context;
    std::optional<Expr> target;
};

enum class StmtKind : unsigned char {
    Expr,         // value
    Assign,       // targets (chained "a = b = v" gives two), value
    AnnAssign,    // targets[0], annotation, value (optional)
    AugAssign,    // targets[0], name = operator ("+="), value
    Import,       // names
    ImportFrom,   // name = module (may be empty for "from . import x"), level = leading dots, names
                  // ("*" for star)
    FunctionDef,  // name, decorators, parameters, returns, body, isAsync
    ClassDef,     // name, decorators, bases (Keyword nodes for "metaclass=..."), body
    With,         // items, body, isAsync
    If,           // test, body, clauses (one per "elif": test, body), orelse (the "else" body)
    For,          // targets[0], value = iterable, body, orelse, isAsync
    While,        // test, body, orelse
    Try,          // body, clauses (except handlers), orelse, finalbody
    Match,        // value = subject, clauses (cases)
    Pass,
    Break,
    Continue,
    Return,    // value (optional)
    Raise,     // value (optional), cause (optional, "from X")
    Delete,    // targets
    Global,    // identifiers
    Nonlocal,  // identifiers
    Assert,    // test, value (message, optional)
};

struct Clause;

// One statement, held by value. A single struct for every kind keeps the tree
// simple to walk; StmtKind documents which members each kind uses and the rest
// stay empty. Plain data: safe to copy and to read from any thread.
struct Stmt
{
    StmtKind kind = StmtKind::Pass;
    bool isAsync = false;
    bool isStar = false;  // Try: "except*" clauses
    int level = 0;        // ImportFrom: number of leading dots
    Span span;            // the whole statement including its body, up to its last token
    // Compound statements: the line of the first token after the block. Comments
    // before that line and indented deeper than the header belong to the block,
    // e.g. Alembic's "# ### end Alembic commands ###" after the last statement.
    int blockEndLine = 0;
    QString name;
    std::vector<Expr> targets;
    std::optional<Expr> value;
    std::optional<Expr> annotation;
    std::optional<Expr> test;
    std::optional<Expr> cause;
    std::optional<Expr> returns;
    std::vector<Expr> decorators;
    std::vector<Expr> bases;
    std::vector<Parameter> parameters;
    std::vector<WithItem> items;
    std::vector<ImportName> names;
    QStringList identifiers;
    std::vector<Stmt> body;
    std::vector<Stmt> orelse;
    std::vector<Stmt> finalbody;
    std::vector<Clause> clauses;

    // The docstring of a def/class body, if its first statement is a plain string.
    std::optional<QString> docstring() const;
    // Top-level statements of body that are "def name(...)" or "class name".
    const Stmt *findFunction(QStringView functionName) const;
};

// An "elif" of an If, an "except" handler of a Try or a "case" of a Match.
struct Clause
{
    Span span;
    std::optional<Expr> test;  // elif: the condition; except: the exception type; case: the pattern
    std::optional<Expr> guard;  // case: "if guard"
    QString name;               // except: "as name"
    std::vector<Stmt> body;
};

struct Comment
{
    QString text;  // including the leading "#", without the line break
    Span span;
};

// Calls f on every expression a statement holds directly (targets, value,
// tests, decorators, bases, parameter annotations and defaults, with items,
// clause tests and guards), in source order, without entering nested
// statements.
void forEachExpression(const Stmt &stmt, const std::function<void(const Expr &)> &f);
// Calls f on every statement nested directly in stmt (body, elif/except/case
// bodies, else, finally), in source order.
void forEachChildStatement(const Stmt &stmt, const std::function<void(const Stmt &)> &f);

}  // namespace stratum::pyread
