#pragma once

#include "core/config/Result.h"
#include "core/pyread/Ast.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace stratum::migrate {

// Binds the arguments of one Python call to a signature the way Python
// would: positional parameters in order, then keywords; an unknown keyword,
// a duplicate, *args/**kwargs or too many positional arguments is an Error at
// the offending argument. Keywords matching one of kwPrefixes (e.g.
// "postgresql_") are collected in dialectKeywords for the caller to judge.
// Stateless; thread-safe.
struct BoundCall
{
    const pyread::Expr *call = nullptr;
    std::map<QString, const pyread::Expr *> args;
    std::vector<const pyread::Expr *> rest;  // extra positional arguments (varargs)
    std::vector<std::pair<QString, const pyread::Expr *>> dialectKeywords;

    const pyread::Expr *get(const QString &name) const
    {
        const auto it = args.find(name);
        return it == args.end() ? nullptr : it->second;
    }
    bool has(const QString &name) const { return args.count(name) != 0; }
};

struct CallSignature
{
    QString what;            // "op.create_table", for messages
    QStringList positional;  // parameters that may be given by position (or keyword)
    QStringList keywordOnly;
    bool varargs = false;
    QStringList kwPrefixes;  // accepted keyword prefixes, e.g. "postgresql_"
    QStringList required;    // parameters that must be given
};

Result<BoundCall> bindCall(const pyread::Expr &call, const CallSignature &signature,
                           const QString &file);

// Keyword prefixes of SQLAlchemy's dialect-specific arguments.
QStringList otherDialectPrefixes();

// An Error located at a node, for a revision file.
Error errorAt(const QString &file, const pyread::Expr &at, const QString &message,
              const QString &code = QStringLiteral("unsupported"));

}  // namespace stratum::migrate
