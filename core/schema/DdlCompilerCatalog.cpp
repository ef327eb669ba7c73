// DdlCompiler's statements for the objects that live beside tables: schemas,
// enum types, sequences and views (split from DdlCompiler.cpp for size).
#include "core/schema/DdlCompiler.h"

namespace stratum::schema {
namespace {

Status checkName(const QString &schema, const QString &name, const QString &what)
{
    Error e;
    e.source = QStringLiteral("DDL");
    e.code = QStringLiteral("ddl");
    if (name.isEmpty())
        e.message = QStringLiteral("%1 has an empty name").arg(what);
    else if (name.contains(QChar(0)) || schema.contains(QChar(0)))
        e.message = QStringLiteral("%1 name contains a NUL character").arg(what);
    else
        return Ok{};
    return e;
}

DdlScript warningOnly(const QString &warning)
{
    DdlScript s;
    s.warnings << warning;
    return s;
}

QString sequenceOptions(const Sequence &s)
{
    QString out;
    if (s.dataType == TypeKind::Integer)
        out += QLatin1String(" AS INTEGER");
    else if (s.dataType == TypeKind::SmallInteger)
        out += QLatin1String(" AS SMALLINT");
    if (s.increment)
        out += QStringLiteral(" INCREMENT BY %1").arg(*s.increment);
    if (s.minValue)
        out += QStringLiteral(" MINVALUE %1").arg(*s.minValue);
    if (s.maxValue)
        out += QStringLiteral(" MAXVALUE %1").arg(*s.maxValue);
    if (s.start)
        out += QStringLiteral(" START WITH %1").arg(*s.start);
    if (s.cache)
        out += QStringLiteral(" CACHE %1").arg(*s.cache);
    if (s.cycle)
        out += QLatin1String(" CYCLE");
    return out;
}

}  // namespace

Result<DdlScript> DdlCompiler::createEnum(const EnumType &type) const
{
    if (Status s = checkName(type.schema, type.name, QStringLiteral("enum type")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return warningOnly(QStringLiteral("enum %1: SQLite has no enum types; its columns are "
                                          "created as VARCHAR with a CHECK constraint")
                               .arg(type.name));
    QStringList labels;
    for (const QString &l : type.labels)
        labels << m_preparer.literal(l);
    DdlScript script;
    script.statements << QLatin1String("CREATE TYPE ") +
                             m_preparer.typeName(type.schema, type.name) +
                             QLatin1String(" AS ENUM (") + labels.join(QLatin1String(", ")) + u')';
    return script;
}

Result<DdlScript> DdlCompiler::dropEnum(const EnumType &type, bool ifExists) const
{
    if (Status s = checkName(type.schema, type.name, QStringLiteral("enum type")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return DdlScript{};
    DdlScript script;
    script.statements << QLatin1String(ifExists ? "DROP TYPE IF EXISTS " : "DROP TYPE ") +
                             m_preparer.typeName(type.schema, type.name);
    return script;
}

Result<DdlScript> DdlCompiler::createSequence(const Sequence &sequence) const
{
    if (Status s = checkName(sequence.schema, sequence.name, QStringLiteral("sequence")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return warningOnly(QStringLiteral("sequence %1: SQLite has no sequences; it is not created")
                               .arg(sequence.name));
    DdlScript script;
    script.statements << QLatin1String("CREATE SEQUENCE ") +
                             m_preparer.qualified(sequence.schema, sequence.name) +
                             sequenceOptions(sequence);
    return script;
}

Result<DdlScript> DdlCompiler::dropSequence(const Sequence &sequence, bool ifExists) const
{
    if (Status s = checkName(sequence.schema, sequence.name, QStringLiteral("sequence")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return DdlScript{};
    DdlScript script;
    script.statements << QLatin1String(ifExists ? "DROP SEQUENCE IF EXISTS " : "DROP SEQUENCE ") +
                             m_preparer.qualified(sequence.schema, sequence.name);
    return script;
}

Result<DdlScript> DdlCompiler::sequenceOwnedBy(const Sequence &sequence) const
{
    if (Status s = checkName(sequence.schema, sequence.name, QStringLiteral("sequence")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite || sequence.ownedByTable.isEmpty())
        return DdlScript{};
    if (Status s = checkName(sequence.schema, sequence.ownedByColumn,
                             QStringLiteral("owner column of sequence ") + sequence.name);
        !s)
        return s.error();
    DdlScript script;
    script.statements << QLatin1String("ALTER SEQUENCE ") +
                             m_preparer.qualified(sequence.schema, sequence.name) +
                             QLatin1String(" OWNED BY ") +
                             m_preparer.qualified(sequence.schema, sequence.ownedByTable) + u'.' +
                             m_preparer.quote(sequence.ownedByColumn);
    return script;
}

Result<DdlScript> DdlCompiler::createView(const View &view) const
{
    if (Status s = checkName(view.schema, view.name, QStringLiteral("view")); !s)
        return s.error();
    DdlScript script;
    const bool materialized = view.materialized && m_dialect == Dialect::PostgreSQL;
    if (view.materialized && !materialized)
        script.warnings << QStringLiteral("view %1: SQLite has no materialized views; created as "
                                          "a plain view")
                               .arg(view.name);
    QString definition = view.definition.trimmed();
    if (definition.endsWith(u';'))
        definition.chop(1);
    const QString name = m_preparer.qualified(view.schema, view.name);
    script.statements << QLatin1String(materialized ? "CREATE MATERIALIZED VIEW "
                                                    : "CREATE VIEW ") +
                             name + QLatin1String(" AS ") + definition;
    if (!view.comment.isEmpty()) {
        if (m_dialect == Dialect::PostgreSQL)
            script.statements << QLatin1String(materialized ? "COMMENT ON MATERIALIZED VIEW "
                                                            : "COMMENT ON VIEW ") +
                                     name + QLatin1String(" IS ") +
                                     m_preparer.literal(view.comment);
        else
            script.warnings << QStringLiteral("view %1: SQLite has no comments; the view comment "
                                              "is not stored")
                                   .arg(view.name);
    }
    return script;
}

Result<DdlScript> DdlCompiler::dropView(const View &view, bool ifExists) const
{
    if (Status s = checkName(view.schema, view.name, QStringLiteral("view")); !s)
        return s.error();
    const bool materialized = view.materialized && m_dialect == Dialect::PostgreSQL;
    QString sql = QLatin1String(materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ");
    if (ifExists)
        sql += QLatin1String("IF EXISTS ");
    DdlScript script;
    script.statements << sql + m_preparer.qualified(view.schema, view.name);
    return script;
}

Result<DdlScript> DdlCompiler::createSchema(const QString &schema, bool ifNotExists) const
{
    if (Status s = checkName({}, schema, QStringLiteral("schema")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return warningOnly(QStringLiteral("schema %1: SQLite schemas are attached database "
                                          "files; attach one instead of creating it")
                               .arg(schema));
    DdlScript script;
    script.statements << QLatin1String(ifNotExists ? "CREATE SCHEMA IF NOT EXISTS "
                                                   : "CREATE SCHEMA ") +
                             m_preparer.quote(schema);
    return script;
}

Result<DdlScript> DdlCompiler::dropSchema(const QString &schema, bool ifExists) const
{
    if (Status s = checkName({}, schema, QStringLiteral("schema")); !s)
        return s.error();
    if (m_dialect == Dialect::SQLite)
        return DdlScript{};
    DdlScript script;
    script.statements << QLatin1String(ifExists ? "DROP SCHEMA IF EXISTS " : "DROP SCHEMA ") +
                             m_preparer.quote(schema);
    return script;
}

}  // namespace stratum::schema
