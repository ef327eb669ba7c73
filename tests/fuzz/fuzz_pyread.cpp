// libFuzzer target for core/pyread. Beyond "no crash, no sanitizer report" it
// checks invariants: errors carry a position; every node's span lies inside
// the source; the Renderer's output of a parsed module parses again and
// renders identically (so precedence and quoting are right).
#include "core/pyread/Literal.h"
#include "core/pyread/Module.h"
#include "core/pyread/Parser.h"
#include "core/pyread/Renderer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace stratum::pyread;

namespace {

[[noreturn]] void failWith(const char *what, const QString &a = {}, const QString &b = {})
{
    std::fprintf(stderr, "pyread invariant broken: %s\n--- a\n%s\n--- b\n%s\n", what,
                 a.toUtf8().constData(), b.toUtf8().constData());
    std::abort();
}

void checkSpan(const Span &s, qsizetype size)
{
    if (s.offset < 0 || s.endOffset < s.offset || s.endOffset > size || s.line < 1 ||
        s.column < 1 || s.endLine < s.line)
        failWith("span out of range");
}

void checkExpr(const Expr &e, qsizetype size)
{
    if (e.kind != ExprKind::Absent)
        checkSpan(e.span, size);
    (void)Literal::evaluate(e);
    for (const Expr &c : e.children)
        checkExpr(c, size);
}

void checkStmt(const Stmt &s, qsizetype size)
{
    checkSpan(s.span, size);
    forEachExpression(s, [size](const Expr &e) { checkExpr(e, size); });
    forEachChildStatement(s, [size](const Stmt &c) { checkStmt(c, size); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto expr = Parser::parseExpression(source);
    if (!expr && (expr.error().line < 1 || expr.error().column < 1))
        failWith("expression error without a position", expr.error().message);

    auto module = Module::parse(source, QStringLiteral("fuzz.py"));
    if (!module) {
        if (module.error().line < 1 || module.error().column < 1)
            failWith("error without a position", module.error().message);
        return 0;
    }
    for (const Stmt &s : module->body)
        checkStmt(s, source.size());
    (void)module->statementAt(1, 1);
    (void)module->expressionAt(module->body.empty() ? 1 : module->body.back().span.line, 2);
    for (const Stmt &s : module->body)
        if (s.blockEndLine > 0)
            (void)module->commentsInBlock(s);

    const QString rendered = Renderer::statements(module->body);
    auto again = Module::parse(rendered);
    if (!again)
        failWith("rendered module does not parse", rendered, again.error().toString());
    const QString renderedAgain = Renderer::statements(again->body);
    if (renderedAgain != rendered)
        failWith("rendering is not stable", rendered, renderedAgain);
    return 0;
}
