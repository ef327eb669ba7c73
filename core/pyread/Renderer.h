#pragma once

#include "core/pyread/Ast.h"

#include <vector>

namespace stratum::pyread {

// Renders AST nodes back to Python source in a canonical layout: 4-space
// indentation, single spaces around operators, parentheses only where
// precedence needs them, strings quoted the way Python's repr() quotes them.
// Opaque nodes (lambdas, comprehensions, f-strings) are rendered from their
// recorded source text. For the exact original text of a node use
// Module::sourceText(span) instead. Stateless: safe from any thread.
class Renderer
{
public:
    static QString expression(const Expr &expr);
    // One statement, its lines indented by indent levels, ending without a newline.
    static QString statement(const Stmt &stmt, int indent = 0);
    static QString statements(const std::vector<Stmt> &body, int indent = 0);
    // Python repr() of a str (or, with bytes, of a bytes value stored one byte per QChar).
    static QString quote(const QString &value, bool bytes = false);

private:
    static QString expr(const Expr &e, int minPrecedence);
    static QString joined(const std::vector<Expr> &items, size_t from, int minPrecedence);
    static QString parameters(const std::vector<Parameter> &params);
    static QString block(const std::vector<Stmt> &body, int indent);
};

}  // namespace stratum::pyread
