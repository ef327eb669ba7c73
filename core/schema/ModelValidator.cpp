#include "core/schema/ModelValidator.h"

#include "core/schema/DdlCompiler.h"

#include <QCoreApplication>
#include <QSet>

#include <map>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes, and
// the name it records must be the one looked up at run time.
class ModelValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(ModelValidatorText)
};

namespace stratum::schema {

namespace {

using Kind = ModelProblem::ObjectKind;
using Severity = ModelProblem::Severity;

// Type families for foreign key compatibility: different families are an
// error, the same family with a different width a warning.
enum class Family {
    Integer,
    Text,
    Number,
    Boolean,
    Date,
    DateTime,
    Time,
    Interval,
    Uuid,
    Json,
    Binary,
    Enum,
    Verbatim
};

Family familyOf(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Integer:
    case TypeKind::BigInteger:
    case TypeKind::SmallInteger:
        return Family::Integer;
    case TypeKind::String:
    case TypeKind::Char:
    case TypeKind::Text:
        return Family::Text;
    case TypeKind::Numeric:
    case TypeKind::Float:
        return Family::Number;
    case TypeKind::Boolean:
        return Family::Boolean;
    case TypeKind::Date:
        return Family::Date;
    case TypeKind::DateTime:
        return Family::DateTime;
    case TypeKind::Time:
        return Family::Time;
    case TypeKind::Interval:
        return Family::Interval;
    case TypeKind::Uuid:
        return Family::Uuid;
    case TypeKind::Json:
    case TypeKind::Jsonb:
        return Family::Json;
    case TypeKind::LargeBinary:
        return Family::Binary;
    case TypeKind::Enum:
        return Family::Enum;
    case TypeKind::Verbatim:
        return Family::Verbatim;
    }
    return Family::Verbatim;
}

class Validator
{
public:
    Validator(const MetaData &metadata, Dialect dialect)
        : m_md(metadata)
        , m_dialect(dialect)
        , m_ddl(dialect)
    {}

    std::vector<ModelProblem> run()
    {
        checkTables();
        for (std::size_t t = 0; t < m_md.tables.size(); ++t)
            checkTable(m_md.tables[t]);
        checkSchemaNamespaces();
        checkEnums();
        checkSequences();
        return std::move(m_out);
    }

private:
    void add(Severity severity, const QString &table, Kind kind, int index, const QString &object,
             const QString &message)
    {
        m_out.push_back(
            {severity, table, object, message, severity == Severity::Error, kind, index});
    }
    void error(const Table &t, Kind kind, int index, const QString &object, const QString &message)
    {
        add(Severity::Error, t.displayName(), kind, index, object, message);
    }
    void warning(const Table &t, Kind kind, int index, const QString &object,
                 const QString &message)
    {
        add(Severity::Warning, t.displayName(), kind, index, object, message);
    }

    // Names longer than the server keeps: PostgreSQL truncates to 63 bytes
    // of UTF-8 without an error, so two long names can silently become one.
    bool tooLong(const QString &name) const
    {
        if (m_dialect == Dialect::PostgreSQL)
            return name.toUtf8().size() > maxIdentifierLength(m_dialect);
        return name.size() > maxIdentifierLength(m_dialect);
    }
    QString tooLongMessage(const QString &name) const
    {
        return ModelValidatorText::tr(
                   "The name \"%1\" is %2 bytes long; PostgreSQL keeps only the first %3 bytes "
                   "and would silently truncate it.")
            .arg(name)
            .arg(name.toUtf8().size())
            .arg(maxIdentifierLength(m_dialect));
    }

    QString typeText(const ColumnType &type) const
    {
        return m_ddl.typeCompiler().compile(type, &m_md, {}, nullptr);
    }

    void checkTables()
    {
        std::map<QString, int> seen;
        for (std::size_t i = 0; i < m_md.tables.size(); ++i) {
            const Table &t = m_md.tables[i];
            const QString object = ModelValidatorText::tr("table %1").arg(t.displayName());
            if (t.name.trimmed().isEmpty()) {
                error(t, Kind::Table, int(i), object,
                      ModelValidatorText::tr("The table has no name."));
                continue;
            }
            if (tooLong(t.name))
                error(t, Kind::Table, int(i), object, tooLongMessage(t.name));
            if (!seen.emplace(t.displayName(), int(i)).second)
                error(t, Kind::Table, int(i), object,
                      ModelValidatorText::tr("Another table is also named \"%1\".")
                          .arg(t.displayName()));
        }
    }

    void checkTable(const Table &t)
    {
        if (t.columns.empty())
            warning(t, Kind::Table, -1, ModelValidatorText::tr("table %1").arg(t.displayName()),
                    ModelValidatorText::tr("The table has no columns."));
        QSet<QString> names;
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            checkColumn(t, t.columns[i], int(i), names);
        checkPrimaryKey(t);
        for (std::size_t i = 0; i < t.foreignKeys.size(); ++i)
            checkForeignKey(t, t.foreignKeys[i], int(i));
        for (std::size_t i = 0; i < t.uniqueConstraints.size(); ++i) {
            const UniqueConstraint &uq = t.uniqueConstraints[i];
            const QString object = objectName(ModelValidatorText::tr("unique constraint"), uq.name);
            if (uq.columns.isEmpty())
                error(t, Kind::UniqueConstraint, int(i), object,
                      ModelValidatorText::tr("The unique constraint has no columns."));
            checkColumnsExist(t, uq.columns, Kind::UniqueConstraint, int(i), object);
        }
        for (std::size_t i = 0; i < t.checkConstraints.size(); ++i) {
            const CheckConstraint &ck = t.checkConstraints[i];
            if (ck.sqlText.trimmed().isEmpty())
                error(t, Kind::CheckConstraint, int(i),
                      objectName(ModelValidatorText::tr("check constraint"), ck.name),
                      ModelValidatorText::tr("The check constraint has no expression."));
        }
        for (std::size_t i = 0; i < t.indexes.size(); ++i)
            checkIndex(t, t.indexes[i], int(i));
        checkConstraintNames(t);
    }

    static QString objectName(const QString &what, const QString &name)
    {
        return name.isEmpty() ? what : what + u' ' + name;
    }

    void checkColumn(const Table &t, const Column &c, int i, QSet<QString> &names)
    {
        const QString object = ModelValidatorText::tr("column %1").arg(c.name);
        if (c.name.trimmed().isEmpty()) {
            error(t, Kind::Column, i, ModelValidatorText::tr("column %1").arg(i + 1),
                  ModelValidatorText::tr("The column has no name."));
            return;
        }
        if (tooLong(c.name))
            error(t, Kind::Column, i, object, tooLongMessage(c.name));
        if (names.contains(c.name))
            error(t, Kind::Column, i, object,
                  ModelValidatorText::tr("Another column of %1 is also named \"%2\".")
                      .arg(t.displayName(), c.name));
        names.insert(c.name);
        if (c.type.kind == TypeKind::Enum && !m_md.enumType(c.type.enumSchema, c.type.enumName))
            error(
                t, Kind::Column, i, object,
                ModelValidatorText::tr("The column's enum type \"%1\" is not defined in the model.")
                    .arg(c.type.enumSchema.isEmpty() ? c.type.enumName
                                                     : c.type.enumSchema + u'.' + c.type.enumName));
        if (c.type.kind == TypeKind::Verbatim && c.type.verbatim.trimmed().isEmpty())
            error(t, Kind::Column, i, object, ModelValidatorText::tr("The column has no type."));
        if (c.type.kind == TypeKind::Numeric && c.type.precision && c.type.scale &&
            *c.type.scale > *c.type.precision)
            error(t, Kind::Column, i, object,
                  ModelValidatorText::tr("The scale (%1) is larger than the precision (%2).")
                      .arg(*c.type.scale)
                      .arg(*c.type.precision));
        if (c.identity) {
            if (!c.type.isInteger() || c.type.isArray())
                error(t, Kind::Column, i, object,
                      ModelValidatorText::tr(
                          "An identity column must be smallint, integer or bigint, not %1.")
                          .arg(typeText(c.type)));
            if (!c.serverDefault.isEmpty())
                error(t, Kind::Column, i, object,
                      ModelValidatorText::tr("An identity column cannot also have a default."));
        }
    }

    void checkColumnsExist(const Table &t, const QStringList &columns, Kind kind, int i,
                           const QString &object)
    {
        for (const QString &name : columns) {
            if (!t.column(name))
                error(t, kind, i, object,
                      ModelValidatorText::tr("Column \"%1\" does not exist in %2.")
                          .arg(name, t.displayName()));
        }
    }

    void checkPrimaryKey(const Table &t)
    {
        const QString object = objectName(ModelValidatorText::tr("primary key"), t.primaryKey.name);
        checkColumnsExist(t, t.primaryKey.columns, Kind::PrimaryKey, 0, object);
        for (const QString &name : t.primaryKey.columns) {
            const Column *c = t.column(name);
            if (!c || !c->nullable)
                continue;
            const QString message =
                m_dialect == Dialect::PostgreSQL
                    ? ModelValidatorText::tr(
                          "Primary key column \"%1\" is nullable; PostgreSQL would silently make "
                          "it NOT NULL, so the database would differ from the model.")
                    : ModelValidatorText::tr(
                          "Primary key column \"%1\" is nullable; SQLite would accept NULL in "
                          "it (a legacy quirk), so the key would not identify rows.");
            error(t, Kind::Column, int(c - t.columns.data()),
                  ModelValidatorText::tr("column %1").arg(name), message.arg(name));
        }
    }

    // The referred columns must be the primary key or carry a unique
    // constraint/index: PostgreSQL refuses the key otherwise, SQLite reports a
    // "foreign key mismatch" on the first write.
    static bool isUniqueKey(const Table &target, const QStringList &columns)
    {
        const auto same = [&](const QStringList &other) {
            return QSet<QString>(other.begin(), other.end()) ==
                   QSet<QString>(columns.begin(), columns.end());
        };
        if (same(target.primaryKey.columns))
            return true;
        for (const UniqueConstraint &uq : target.uniqueConstraints) {
            if (same(uq.columns))
                return true;
        }
        for (const Index &ix : target.indexes) {
            if (ix.unique && ix.where.isEmpty() &&
                qsizetype(ix.elements.size()) == ix.columnNames().size() && same(ix.columnNames()))
                return true;
        }
        return false;
    }

    void checkForeignKey(const Table &t, const ForeignKey &fk, int i)
    {
        const QString object = objectName(ModelValidatorText::tr("foreign key"), fk.name);
        if (fk.columns.isEmpty())
            error(t, Kind::ForeignKey, i, object,
                  ModelValidatorText::tr("The foreign key has no columns."));
        checkColumnsExist(t, fk.columns, Kind::ForeignKey, i, object);
        const QString target = fk.referredSchema.isEmpty()
                                   ? fk.referredTable
                                   : fk.referredSchema + u'.' + fk.referredTable;
        const Table *referred = m_md.table(fk.referredSchema, fk.referredTable);
        if (!referred) {
            error(t, Kind::ForeignKey, i, object,
                  fk.referredTable.isEmpty()
                      ? ModelValidatorText::tr(
                            "The foreign key does not name the table it refers to.")
                      : ModelValidatorText::tr(
                            "The referred table \"%1\" does not exist in the model.")
                            .arg(target));
            return;
        }
        if (fk.columns.size() != fk.referredColumns.size()) {
            error(t, Kind::ForeignKey, i, object,
                  ModelValidatorText::tr(
                      "The foreign key has %1 column(s) but refers to %2 column(s) of %3.")
                      .arg(fk.columns.size())
                      .arg(fk.referredColumns.size())
                      .arg(target));
            return;
        }
        bool allFound = true;
        for (qsizetype c = 0; c < fk.referredColumns.size(); ++c) {
            const Column *to = referred->column(fk.referredColumns[c]);
            if (!to) {
                allFound = false;
                error(t, Kind::ForeignKey, i, object,
                      ModelValidatorText::tr("The referred column \"%1\" does not exist in %2.")
                          .arg(fk.referredColumns[c], target));
                continue;
            }
            const Column *from = t.column(fk.columns[c]);
            if (from)
                checkTypes(t, i, object, *from, target, *to);
        }
        if (allFound && !fk.referredColumns.isEmpty() &&
            !isUniqueKey(*referred, fk.referredColumns))
            error(t, Kind::ForeignKey, i, object,
                  ModelValidatorText::tr(
                      "The referred column(s) %1 of %2 are neither the primary key nor unique.")
                      .arg(fk.referredColumns.join(QLatin1String(", ")), target));
    }

    void checkTypes(const Table &t, int i, const QString &object, const Column &from,
                    const QString &target, const Column &to)
    {
        const ColumnType &a = from.type;
        const ColumnType &b = to.type;
        if (a == b)
            return;
        const QString message =
            ModelValidatorText::tr("Column %1.%2 (%3) refers to %4.%5 (%6): ")
                .arg(t.displayName(), from.name, typeText(a), target, to.name, typeText(b));
        const Family fa = familyOf(a.kind);
        const Family fb = familyOf(b.kind);
        if (a.arrayDimensions != b.arrayDimensions || fa != fb) {
            error(t, Kind::ForeignKey, i, object,
                  message + ModelValidatorText::tr("the types do not match."));
            return;
        }
        if (fa == Family::Enum) {
            error(t, Kind::ForeignKey, i, object,
                  message + ModelValidatorText::tr("the enum types differ."));
            return;
        }
        if (fa == Family::Verbatim &&
            a.verbatim.trimmed().compare(b.verbatim.trimmed(), Qt::CaseInsensitive) == 0)
            return;
        warning(t, Kind::ForeignKey, i, object,
                message + ModelValidatorText::tr(
                              "the types differ in width or precision; values may not fit."));
    }

    void checkIndex(const Table &t, const Index &ix, int i)
    {
        const QString object = objectName(ModelValidatorText::tr("index"), ix.name);
        if (ix.elements.empty())
            error(t, Kind::Index, i, object, ModelValidatorText::tr("The index has no columns."));
        for (const IndexElement &e : ix.elements) {
            if (e.isExpression() && e.expression.trimmed().isEmpty())
                error(t, Kind::Index, i, object,
                      ModelValidatorText::tr("An index element is empty."));
        }
        checkColumnsExist(t, ix.columnNames(), Kind::Index, i, object);
        checkColumnsExist(t, ix.include, Kind::Index, i, object);
        static const QStringList methods = {"btree", "hash", "gin", "gist", "brin", "spgist"};
        if (!ix.method.isEmpty()) {
            if (m_dialect == Dialect::SQLite)
                warning(t, Kind::Index, i, object,
                        ModelValidatorText::tr("SQLite has no index methods; \"%1\" is ignored.")
                            .arg(ix.method));
            else if (!methods.contains(ix.method.toLower()))
                error(t, Kind::Index, i, object,
                      ModelValidatorText::tr("\"%1\" is not a PostgreSQL index method.")
                          .arg(ix.method));
        }
    }

    // A constraint or index as named in the database: its explicit name, or
    // the naming convention's; empty when the server picks one.
    struct Named
    {
        QString name;
        Kind kind;
        int index;
        QString object;
    };

    std::vector<Named> constraintNames(const Table &t)
    {
        std::vector<Named> out;
        auto resolve = [&](const char *key, const QStringList &columns, const QString &name,
                           Kind kind, int i, const QString &object, const ForeignKey *fk) {
            Result<QString> r = m_ddl.resolveName(QLatin1String(key), t, columns, name, m_md, fk);
            if (!r) {
                error(t, kind, i, object,
                      ModelValidatorText::tr("The naming convention cannot name it: %1")
                          .arg(r.error().message));
                return;
            }
            if (!r->isEmpty())
                out.push_back({*r, kind, i, object});
        };
        if (!t.primaryKey.columns.isEmpty())
            resolve("pk", t.primaryKey.columns, t.primaryKey.name, Kind::PrimaryKey, 0,
                    objectName(ModelValidatorText::tr("primary key"), t.primaryKey.name), nullptr);
        for (std::size_t i = 0; i < t.foreignKeys.size(); ++i)
            resolve("fk", t.foreignKeys[i].columns, t.foreignKeys[i].name, Kind::ForeignKey, int(i),
                    objectName(ModelValidatorText::tr("foreign key"), t.foreignKeys[i].name),
                    &t.foreignKeys[i]);
        for (std::size_t i = 0; i < t.uniqueConstraints.size(); ++i)
            resolve("uq", t.uniqueConstraints[i].columns, t.uniqueConstraints[i].name,
                    Kind::UniqueConstraint, int(i),
                    objectName(ModelValidatorText::tr("unique constraint"),
                               t.uniqueConstraints[i].name),
                    nullptr);
        for (std::size_t i = 0; i < t.checkConstraints.size(); ++i)
            resolve(
                "ck", {}, t.checkConstraints[i].name, Kind::CheckConstraint, int(i),
                objectName(ModelValidatorText::tr("check constraint"), t.checkConstraints[i].name),
                nullptr);
        for (std::size_t i = 0; i < t.indexes.size(); ++i)
            resolve("ix", t.indexes[i].columnNames(), t.indexes[i].name, Kind::Index, int(i),
                    objectName(ModelValidatorText::tr("index"), t.indexes[i].name), nullptr);
        return out;
    }

    // Constraint names must be unique within their table (PostgreSQL).
    void checkConstraintNames(const Table &t)
    {
        std::vector<Named> named = constraintNames(t);
        QSet<QString> seen;
        for (const Named &n : named) {
            if (tooLong(n.name))
                error(t, n.kind, n.index, n.object, tooLongMessage(n.name));
            if (n.kind == Kind::Index)
                continue;  // indexes live in the schema namespace, checked below
            if (m_dialect == Dialect::PostgreSQL && seen.contains(n.name))
                error(t, n.kind, n.index, n.object,
                      ModelValidatorText::tr("Another constraint of %1 is also named \"%2\".")
                          .arg(t.displayName(), n.name));
            seen.insert(n.name);
        }
        m_named.emplace_back(&t, std::move(named));
    }

    // Per schema, PostgreSQL keeps tables, views, sequences and indexes
    // (including those behind primary keys and unique constraints) in one
    // namespace; SQLite keeps tables, views and indexes in one.
    void checkSchemaNamespaces()
    {
        const bool pg = m_dialect == Dialect::PostgreSQL;
        std::map<std::pair<QString, QString>, QString> owner;  // (schema, name) -> what
        for (const Table &t : m_md.tables)
            owner.emplace(std::pair{t.schema, t.name},
                          ModelValidatorText::tr("table %1").arg(t.displayName()));
        for (const View &v : m_md.views)
            owner.emplace(std::pair{v.schema, v.name},
                          ModelValidatorText::tr("view %1").arg(v.name));
        if (pg) {
            for (const Sequence &s : m_md.sequences)
                owner.emplace(std::pair{s.schema, s.name},
                              ModelValidatorText::tr("sequence %1").arg(s.name));
        }
        for (const auto &[table, named] : m_named) {
            for (const Named &n : named) {
                const bool indexBacked =
                    n.kind == Kind::Index ||
                    (pg && (n.kind == Kind::PrimaryKey || n.kind == Kind::UniqueConstraint));
                if (!indexBacked)
                    continue;
                const auto [it, inserted] = owner.emplace(
                    std::pair{table->schema, n.name},
                    n.object + u' ' + ModelValidatorText::tr("of %1").arg(table->displayName()));
                if (!inserted)
                    error(*table, n.kind, n.index, n.object,
                          ModelValidatorText::tr(
                              "The name \"%1\" is already used by %2 in the same schema.")
                              .arg(n.name, it->second));
            }
        }
    }

    void checkEnums()
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < m_md.enums.size(); ++i) {
            const EnumType &e = m_md.enums[i];
            const QString key = e.schema.isEmpty() ? e.name : e.schema + u'.' + e.name;
            const QString object = ModelValidatorText::tr("enum %1").arg(key);
            auto problem = [&](Severity s, const QString &message) {
                add(s, {}, Kind::Enum, int(i), object, message);
            };
            if (e.name.trimmed().isEmpty())
                problem(Severity::Error, ModelValidatorText::tr("The enum has no name."));
            else if (tooLong(e.name))
                problem(Severity::Error, tooLongMessage(e.name));
            if (seen.contains(key))
                problem(Severity::Error,
                        ModelValidatorText::tr("Another enum is also named \"%1\".").arg(key));
            seen.insert(key);
            if (e.labels.isEmpty())
                problem(Severity::Warning, ModelValidatorText::tr("The enum has no labels."));
            QSet<QString> labels;
            for (const QString &label : e.labels) {
                if (labels.contains(label))
                    problem(Severity::Error,
                            ModelValidatorText::tr("The label \"%1\" appears twice.").arg(label));
                labels.insert(label);
                if (label.isEmpty())
                    problem(Severity::Error, ModelValidatorText::tr("A label is empty."));
                else if (tooLong(label))
                    problem(Severity::Error, tooLongMessage(label));
            }
        }
    }

    void checkSequences()
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < m_md.sequences.size(); ++i) {
            const Sequence &s = m_md.sequences[i];
            const QString key = s.schema.isEmpty() ? s.name : s.schema + u'.' + s.name;
            const QString object = ModelValidatorText::tr("sequence %1").arg(key);
            auto problem = [&](Severity sev, const QString &message) {
                add(sev, {}, Kind::Sequence, int(i), object, message);
            };
            if (s.name.trimmed().isEmpty())
                problem(Severity::Error, ModelValidatorText::tr("The sequence has no name."));
            else if (tooLong(s.name))
                problem(Severity::Error, tooLongMessage(s.name));
            if (seen.contains(key))
                problem(Severity::Error,
                        ModelValidatorText::tr("Another sequence is also named \"%1\".").arg(key));
            seen.insert(key);
            if (s.minValue && s.maxValue && *s.minValue > *s.maxValue)
                problem(Severity::Error,
                        ModelValidatorText::tr("The minimum value is larger than the maximum."));
            if (s.increment && *s.increment == 0)
                problem(Severity::Error, ModelValidatorText::tr("The increment cannot be zero."));
            if (m_dialect == Dialect::SQLite)
                problem(Severity::Warning,
                        ModelValidatorText::tr("SQLite has no sequences; it is not created."));
            if (m_dialect == Dialect::PostgreSQL && m_md.table(s.schema, s.name))
                problem(Severity::Error,
                        ModelValidatorText::tr(
                            "A table is also named \"%1\"; PostgreSQL keeps tables and sequences "
                            "in one namespace.")
                            .arg(key));
        }
    }

    const MetaData &m_md;
    Dialect m_dialect;
    DdlCompiler m_ddl;
    std::vector<ModelProblem> m_out;
    std::vector<std::pair<const Table *, std::vector<Named>>> m_named;
};

}  // namespace

std::vector<ModelProblem> validateModel(const MetaData &metadata, Dialect dialect)
{
    return Validator(metadata, dialect).run();
}

bool hasBlockingProblems(const std::vector<ModelProblem> &problems)
{
    for (const ModelProblem &p : problems) {
        if (p.blocksGeneration)
            return true;
    }
    return false;
}

}  // namespace stratum::schema
