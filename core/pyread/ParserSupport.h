#pragma once

#include "core/pyread/Errors.h"
#include "core/pyread/Parser.h"

namespace stratum::pyread {

// Python's hard keywords; soft keywords (match, case, _) are ordinary names.
bool isKeyword(QStringView word);

// Builds a children vector by moving (a braced list would copy whole subtrees).
template <typename... E> std::vector<Expr> exprs(E &&...items)
{
    std::vector<Expr> v;
    v.reserve(sizeof...(E));
    (v.push_back(std::forward<E>(items)), ...);
    return v;
}

// Counts recursion in the parser and fails cleanly past Parser::kMaxDepth.
class Parser::DepthGuard
{
public:
    explicit DepthGuard(Parser &parser)
        : m_parser(parser)
    {
        if (++m_parser.m_depth > kMaxDepth) {
            --m_parser.m_depth;
            m_parser.failHere(
                QStringLiteral("too many nested levels (more than %1)").arg(kMaxDepth));
        }
    }
    ~DepthGuard() { --m_parser.m_depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;

private:
    Parser &m_parser;
};

}  // namespace stratum::pyread
