#include "core/pyread/Renderer.h"

namespace stratum::pyread {

namespace {

// Precedence levels, loosest first; a node is parenthesized when it binds
// more loosely than its context requires.
enum Level : int {
    Tuple = 0,
    LambdaLevel = 1,
    Conditional = 2,
    Or = 3,
    And = 4,
    Not = 5,
    Comparison = 6,
    BitOr = 7,
    BitXor = 8,
    BitAnd = 9,
    Shift = 10,
    Arith = 11,
    Term = 12,
    Unary = 13,
    Power = 14,
    AwaitLevel = 15,
    Atom = 16,
};

int binaryLevel(const QString &op)
{
    if (op == QLatin1String("|"))
        return BitOr;
    if (op == QLatin1String("^"))
        return BitXor;
    if (op == QLatin1String("&"))
        return BitAnd;
    if (op == QLatin1String("<<") || op == QLatin1String(">>"))
        return Shift;
    if (op == QLatin1String("+") || op == QLatin1String("-"))
        return Arith;
    if (op == QLatin1String("**"))
        return Power;
    return Term;
}

int levelOf(const Expr &e)
{
    switch (e.kind) {
    case ExprKind::Tuple:
        return e.children.empty() ? Atom : Tuple;
    case ExprKind::NamedExpr:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return Tuple - 1;  // parenthesized wherever they appear inside an expression
    case ExprKind::PatternAs:
        return Tuple;
    case ExprKind::Lambda:
        return LambdaLevel;
    case ExprKind::IfExp:
        return Conditional;
    case ExprKind::BoolOp:
        return e.text == QLatin1String("or") ? Or : And;
    case ExprKind::UnaryOp:
        return e.text == QLatin1String("not") ? Not : Unary;
    case ExprKind::Compare:
        return Comparison;
    case ExprKind::BinaryOp:
        return binaryLevel(e.text);
    case ExprKind::Await:
        return AwaitLevel;
    default:
        return Atom;
    }
}

QString indentation(int indent)
{
    return QString(indent * 4, QLatin1Char(' '));
}

// Rendering recurses once per tree level (up to Parser::kMaxHeight), so each
// node kind gets its own small function: the recursive path then carries one
// small frame per level instead of one frame holding every case's temporaries.
QString render(const Expr &e, int minPrecedence);

QString renderList(const std::vector<Expr> &items, size_t from, int minPrecedence)
{
    QString out;
    for (size_t i = from; i < items.size(); ++i) {
        if (i > from)
            out += QLatin1String(", ");
        out += render(items[i], minPrecedence);
    }
    return out;
}

QString renderAttribute(const Expr &e)
{
    QString object = render(e.children[0], Atom);
    // "1.real" would read as a float; Python needs "(1).real".
    if (e.children[0].kind == ExprKind::Number)
        object = QLatin1Char('(') + object + QLatin1Char(')');
    return object + QLatin1Char('.') + e.text;
}

QString renderSubscript(const Expr &e)
{
    const Expr &index = e.children[1];
    QString inner;
    if (index.kind == ExprKind::Tuple && !index.children.empty()) {
        inner = renderList(index.children, 0, LambdaLevel);
        if (index.children.size() == 1)
            inner += QLatin1Char(',');
    } else {
        inner = render(index, LambdaLevel);
    }
    return render(e.children[0], Atom) + QLatin1Char('[') + inner + QLatin1Char(']');
}

QString renderSlice(const Expr &e)
{
    QString s =
        render(e.children[0], LambdaLevel) + QLatin1Char(':') + render(e.children[1], LambdaLevel);
    if (e.children[2].kind != ExprKind::Absent)
        s += QLatin1Char(':') + render(e.children[2], LambdaLevel);
    return s;
}

QString renderDict(const Expr &e)
{
    QString s = QStringLiteral("{");
    for (int i = 0; i < e.dictSize(); ++i) {
        if (i > 0)
            s += QLatin1String(", ");
        if (e.dictKey(i).kind == ExprKind::Absent)
            s += QLatin1String("**") + render(e.dictValue(i), BitOr);
        else
            s += render(e.dictKey(i), LambdaLevel) + QLatin1String(": ") +
                 render(e.dictValue(i), LambdaLevel);
    }
    return s + QLatin1Char('}');
}

QString renderUnary(const Expr &e)
{
    if (e.text == QLatin1String("not"))
        return QLatin1String("not ") + render(e.children[0], Not);
    return e.text + render(e.children[0], Unary);
}

QString renderBinary(const Expr &e)
{
    const int level = binaryLevel(e.text);
    if (level == Power)
        return render(e.children[0], AwaitLevel) + QLatin1String(" ** ") +
               render(e.children[1], Unary);
    return render(e.children[0], level) + QLatin1Char(' ') + e.text + QLatin1Char(' ') +
           render(e.children[1], level + 1);
}

QString renderBoolOp(const Expr &e)
{
    const int level = levelOf(e);
    QString s;
    for (size_t i = 0; i < e.children.size(); ++i) {
        if (i > 0)
            s += QLatin1Char(' ') + e.text + QLatin1Char(' ');
        s += render(e.children[i], level + 1);
    }
    return s;
}

QString renderCompare(const Expr &e)
{
    QString s = render(e.children[0], BitOr);
    for (size_t i = 1; i < e.children.size(); ++i)
        s += QLatin1Char(' ') + e.ops.value(qsizetype(i - 1)) + QLatin1Char(' ') +
             render(e.children[i], BitOr);
    return s;
}

QString renderIfExp(const Expr &e)
{
    return render(e.children[0], Or) + QLatin1String(" if ") + render(e.children[1], Or) +
           QLatin1String(" else ") + render(e.children[2], Conditional);
}

QString renderPrefixed(const char *prefix, const Expr &child, int level)
{
    return QLatin1String(prefix) + render(child, level);
}

QString renderWrapped(const char *open, const std::vector<Expr> &items, size_t from,
                      const char *close)
{
    return QLatin1String(open) + renderList(items, from, LambdaLevel) + QLatin1String(close);
}

QString renderText(const Expr &e)
{
    const auto &c = e.children;
    switch (e.kind) {
    case ExprKind::Absent:
        return {};
    case ExprKind::Name:
    case ExprKind::Number:
    case ExprKind::Lambda:
    case ExprKind::Comprehension:
        return e.text;
    case ExprKind::String:
        return e.isFString ? e.text : Renderer::quote(e.text);
    case ExprKind::Bytes:
        return Renderer::quote(e.text, true);
    case ExprKind::True:
        return QStringLiteral("True");
    case ExprKind::False:
        return QStringLiteral("False");
    case ExprKind::None:
        return QStringLiteral("None");
    case ExprKind::Ellipsis:
        return QStringLiteral("...");
    case ExprKind::Attribute:
        return renderAttribute(e);
    case ExprKind::Call:
        return render(c[0], Atom) + renderWrapped("(", c, 1, ")");
    case ExprKind::Keyword:
        return e.text + renderPrefixed("=", c[0], LambdaLevel);
    case ExprKind::Starred:
        return renderPrefixed("*", c[0], BitOr);
    case ExprKind::DoubleStarred:
        return renderPrefixed("**", c[0], BitOr);
    case ExprKind::Subscript:
        return renderSubscript(e);
    case ExprKind::Slice:
        return renderSlice(e);
    case ExprKind::Tuple:
        return renderWrapped("(", c, 0, c.size() == 1 ? ",)" : ")");
    case ExprKind::List:
        return renderWrapped("[", c, 0, "]");
    case ExprKind::Set:
        return c.empty() ? QStringLiteral("set()") : renderWrapped("{", c, 0, "}");
    case ExprKind::Dict:
        return renderDict(e);
    case ExprKind::UnaryOp:
        return renderUnary(e);
    case ExprKind::BinaryOp:
        return renderBinary(e);
    case ExprKind::BoolOp:
        return renderBoolOp(e);
    case ExprKind::Compare:
        return renderCompare(e);
    case ExprKind::IfExp:
        return renderIfExp(e);
    case ExprKind::NamedExpr:
        return render(c[0], Atom) + renderPrefixed(" := ", c[1], LambdaLevel);
    case ExprKind::Await:
        return renderPrefixed("await ", c[0], Atom);
    case ExprKind::Yield:
        return c.empty() ? QStringLiteral("yield") : renderPrefixed("yield ", c[0], Tuple);
    case ExprKind::YieldFrom:
        return renderPrefixed("yield from ", c[0], LambdaLevel);
    case ExprKind::PatternAs:
        if (c[0].kind == ExprKind::Absent)
            return e.text;
        return render(c[0], BitOr) + QLatin1String(" as ") + e.text;
    }
    return {};
}

QString render(const Expr &e, int minPrecedence)
{
    if (levelOf(e) < minPrecedence)
        return QLatin1Char('(') + renderText(e) + QLatin1Char(')');
    return renderText(e);
}

}  // namespace

QString Renderer::quote(const QString &value, bool bytes)
{
    const bool useDouble = value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('"'));
    const QChar q = useDouble ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(value.size() + 3);
    if (bytes)
        out += QLatin1Char('b');
    out += q;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (c == q || u == '\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == '\n') {
            out += QLatin1String("\\n");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u == '\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || u == 0x7F || (bytes && u > 0x7F)) {
            out += QStringLiteral("\\x%1").arg(uint(u & 0xFF), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += q;
    return out;
}

QString Renderer::expression(const Expr &e)
{
    return expr(e, Tuple);
}

QString Renderer::joined(const std::vector<Expr> &items, size_t from, int minPrecedence)
{
    return renderList(items, from, minPrecedence);
}

QString Renderer::expr(const Expr &e, int minPrecedence)
{
    return render(e, minPrecedence);
}

QString Renderer::parameters(const std::vector<Parameter> &params)
{
    QString out;
    for (const Parameter &p : params) {
        if (!out.isEmpty())
            out += QLatin1String(", ");
        switch (p.kind) {
        case Parameter::Kind::PositionalOnlyMarker:
            out += QLatin1Char('/');
            continue;
        case Parameter::Kind::KeywordOnlyMarker:
            out += QLatin1Char('*');
            continue;
        case Parameter::Kind::VarArgs:
            out += QLatin1Char('*');
            break;
        case Parameter::Kind::KwArgs:
            out += QLatin1String("**");
            break;
        case Parameter::Kind::Normal:
            break;
        }
        out += p.name;
        if (p.annotation)
            out += QLatin1String(": ") + expr(*p.annotation, LambdaLevel);
        if (p.defaultValue)
            out += (p.annotation ? QLatin1String(" = ") : QLatin1String("=")) +
                   expr(*p.defaultValue, LambdaLevel);
    }
    return out;
}

QString Renderer::block(const std::vector<Stmt> &body, int indent)
{
    if (body.empty())
        return QLatin1Char('\n') + indentation(indent) + QLatin1String("pass");
    return QLatin1Char('\n') + statements(body, indent);
}

QString Renderer::statements(const std::vector<Stmt> &body, int indent)
{
    QString out;
    for (const Stmt &s : body) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += statement(s, indent);
    }
    return out;
}

QString Renderer::statement(const Stmt &s, int indent)
{
    const QString pad = indentation(indent);
    QString out = pad;
    auto maybe = [](const std::optional<Expr> &e, const QString &before) {
        return e ? before + expr(*e, Tuple) : QString();
    };
    switch (s.kind) {
    case StmtKind::Expr:
        out += expr(*s.value, Tuple);
        break;
    case StmtKind::Assign:
        for (const Expr &t : s.targets)
            out += expr(t, Tuple) + QLatin1String(" = ");
        out += expr(*s.value, Tuple);
        break;
    case StmtKind::AnnAssign:
        out += expr(s.targets.front(), Atom) + QLatin1String(": ") +
               expr(*s.annotation, LambdaLevel) + maybe(s.value, QStringLiteral(" = "));
        break;
    case StmtKind::AugAssign:
        out += expr(s.targets.front(), Atom) + QLatin1Char(' ') + s.name + QLatin1Char(' ') +
               expr(*s.value, Tuple);
        break;
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
        QStringList names;
        for (const ImportName &n : s.names)
            names.push_back(n.asName.isEmpty() ? n.name
                                               : n.name + QLatin1String(" as ") + n.asName);
        if (s.kind == StmtKind::Import)
            out += QLatin1String("import ") + names.join(QLatin1String(", "));
        else
            out += QLatin1String("from ") + QString(s.level, QLatin1Char('.')) + s.name +
                   QLatin1String(" import ") + names.join(QLatin1String(", "));
        break;
    }
    case StmtKind::FunctionDef:
    case StmtKind::ClassDef:
        out.clear();
        for (const Expr &d : s.decorators)
            out += pad + QLatin1Char('@') + expr(d, LambdaLevel) + QLatin1Char('\n');
        out += pad;
        if (s.kind == StmtKind::FunctionDef) {
            out += (s.isAsync ? QLatin1String("async def ") : QLatin1String("def ")) + s.name +
                   QLatin1Char('(') + parameters(s.parameters) + QLatin1Char(')') +
                   maybe(s.returns, QStringLiteral(" -> "));
        } else {
            out += QLatin1String("class ") + s.name;
            if (!s.bases.empty())
                out += QLatin1Char('(') + joined(s.bases, 0, LambdaLevel) + QLatin1Char(')');
        }
        out += QLatin1Char(':') + block(s.body, indent + 1);
        break;
    case StmtKind::With: {
        out += s.isAsync ? QLatin1String("async with ") : QLatin1String("with ");
        for (size_t i = 0; i < s.items.size(); ++i) {
            if (i > 0)
                out += QLatin1String(", ");
            out += expr(s.items[i].context, LambdaLevel) +
                   maybe(s.items[i].target, QStringLiteral(" as "));
        }
        out += QLatin1Char(':') + block(s.body, indent + 1);
        break;
    }
    case StmtKind::If:
        out += QLatin1String("if ") + expr(*s.test, LambdaLevel) + QLatin1Char(':') +
               block(s.body, indent + 1);
        for (const Clause &c : s.clauses)
            out += QLatin1Char('\n') + pad + QLatin1String("elif ") + expr(*c.test, LambdaLevel) +
                   QLatin1Char(':') + block(c.body, indent + 1);
        break;
    case StmtKind::For:
        out += (s.isAsync ? QLatin1String("async for ") : QLatin1String("for ")) +
               expr(s.targets.front(), Tuple) + QLatin1String(" in ") + expr(*s.value, Tuple) +
               QLatin1Char(':') + block(s.body, indent + 1);
        break;
    case StmtKind::While:
        out += QLatin1String("while ") + expr(*s.test, LambdaLevel) + QLatin1Char(':') +
               block(s.body, indent + 1);
        break;
    case StmtKind::Try:
        out += QLatin1String("try:") + block(s.body, indent + 1);
        for (const Clause &c : s.clauses) {
            out += QLatin1Char('\n') + pad +
                   (s.isStar ? QLatin1String("except*") : QLatin1String("except"));
            if (c.test)
                out += QLatin1Char(' ') + expr(*c.test, LambdaLevel);
            if (!c.name.isEmpty())
                out += QLatin1String(" as ") + c.name;
            out += QLatin1Char(':') + block(c.body, indent + 1);
        }
        break;
    case StmtKind::Match:
        out += QLatin1String("match ") + expr(*s.value, Tuple) + QLatin1Char(':');
        for (const Clause &c : s.clauses)
            out += QLatin1Char('\n') + indentation(indent + 1) + QLatin1String("case ") +
                   expr(*c.test, Tuple) + maybe(c.guard, QStringLiteral(" if ")) +
                   QLatin1Char(':') + block(c.body, indent + 2);
        break;
    case StmtKind::Pass:
        out += QLatin1String("pass");
        break;
    case StmtKind::Break:
        out += QLatin1String("break");
        break;
    case StmtKind::Continue:
        out += QLatin1String("continue");
        break;
    case StmtKind::Return:
        out += QLatin1String("return") + maybe(s.value, QStringLiteral(" "));
        break;
    case StmtKind::Raise:
        out += QLatin1String("raise") + maybe(s.value, QStringLiteral(" ")) +
               maybe(s.cause, QStringLiteral(" from "));
        break;
    case StmtKind::Delete:
        out += QLatin1String("del ") + joined(s.targets, 0, BitOr);
        break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
        out +=
            (s.kind == StmtKind::Global ? QLatin1String("global ") : QLatin1String("nonlocal ")) +
            s.identifiers.join(QLatin1String(", "));
        break;
    case StmtKind::Assert:
        out += QLatin1String("assert ") + expr(*s.test, LambdaLevel) +
               maybe(s.value, QStringLiteral(", "));
        break;
    }
    if (!s.orelse.empty())
        out += QLatin1Char('\n') + pad + QLatin1String("else:") + block(s.orelse, indent + 1);
    if (!s.finalbody.empty())
        out += QLatin1Char('\n') + pad + QLatin1String("finally:") + block(s.finalbody, indent + 1);
    return out;
}

}  // namespace stratum::pyread
