#pragma once

#include "core/schema/MetaData.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace stratum::migrate {

// A Python string literal for value: double-quoted when nothing needs
// escaping, repr() otherwise.
QString pyQuote(const QString &value);

// Spells schema column types as SQLAlchemy type expressions for
// ModelsPyWriter, remembering which imports and enum definitions the
// generated module needs. One per written module; not thread-safe.
class ModelsPyTypes
{
public:
    explicit ModelsPyTypes(const schema::MetaData &metadata)
        : m_metadata(metadata)
    {}

    // "sa.String(40)", "postgresql.ARRAY(sa.Integer())", "mood_enum"... typed
    // selects SQLAlchemy 2.0 spellings where 1.4 has none (sa.Uuid).
    QString expression(const schema::ColumnType &type, bool typed);
    // The Python type of Mapped[...]: "int", "str", "datetime.datetime"...
    QString pythonType(const schema::ColumnType &type);

    QStringList pythonImports() const { return QStringList(m_imports.begin(), m_imports.end()); }
    bool usesPostgresql() const { return m_postgresql; }
    // "mood_enum = sa.Enum(...)" lines for the enums used, in first-use order.
    QString enumDefinitions() const;

private:
    QString element(const schema::ColumnType &type, bool typed);
    QString verbatim(const QString &sql, bool typed);

    const schema::MetaData &m_metadata;
    QSet<QString> m_imports;
    bool m_postgresql = false;
    QStringList m_enumOrder;
    QMap<QString, QString> m_enumLines;      // variable -> definition
    QMap<QString, QString> m_enumVariables;  // "schema.name" -> variable
};

}  // namespace stratum::migrate
