#pragma once

#include "core/schema/ColumnType.h"
#include "core/schema/Dialect.h"
#include "core/schema/IdentifierPreparer.h"

#include <QString>
#include <QStringList>

namespace stratum::schema {

struct MetaData;

// Renders a ColumnType as the dialect's DDL type, like SQLAlchemy's
// TypeCompiler. Where the dialect has no such type (SQLite: ARRAY, INTERVAL,
// UUID, JSONB, enums, time zones) it renders the closest type SQLAlchemy would
// use and appends a warning naming `context` (e.g. "column t.c").
// Stateless apart from the dialect; thread-safe.
class TypeCompiler
{
public:
    explicit TypeCompiler(Dialect dialect)
        : m_preparer(dialect)
    {}

    QString compile(const ColumnType &type, const MetaData *metadata, const QString &context,
                    QStringList *warnings) const;

    // VARCHAR length used for an enum on a dialect without native enums: the
    // longest label, as SQLAlchemy's non-native Enum does.
    static int enumLength(const QStringList &labels);

private:
    QString compileElement(const ColumnType &type, const MetaData *metadata, const QString &context,
                           QStringList *warnings) const;

    IdentifierPreparer m_preparer;
};

}  // namespace stratum::schema
