#pragma once

#include "core/migrate/models/ModelsPyReader.h"
#include "core/migrate/ops/Operation.h"
#include "core/migrate/ops/SaReader.h"
#include "core/pyread/Module.h"

#include <QHash>
#include <QSet>

#include <map>
#include <vector>

namespace stratum::migrate {

// Walks one parsed models.py the way SQLAlchemy's declarative scan would walk
// the classes at import time, without running anything: finds the declarative
// bases and their MetaData, the mapped classes (with mixins, abstract bases and
// single-table inheritance), module-level Table(...) objects and Index(...)
// calls, and turns every column declaration into the TableDef vocabulary of
// core/migrate/ops so that SaReader's reading of types, columns, constraints
// and indexes is shared with revision scripts. Whatever it cannot interpret is
// a ModelsWarning and is skipped. One scanner per module; not thread-safe.
class DeclarativeScanner
{
public:
    DeclarativeScanner(const pyread::Module &module, const QString &file, schema::Dialect dialect);

    void scan();

    // Results, after scan().
    std::vector<TableDef> tables;  // in declaration order
    schema::NamingConvention naming;
    QString defaultSchema;                    // MetaData(schema=...)
    std::vector<schema::Sequence> sequences;  // Sequence(...) objects (PostgreSQL only)
    QList<ModelsWarning> warnings;

private:
    // A column attribute found in a class body (or a mixin's).
    struct Attribute
    {
        QString key;  // the Python attribute name (SQLAlchemy's column key)
        const pyread::Stmt *stmt = nullptr;
        const pyread::Expr *annotation = nullptr;
        const pyread::Expr *value = nullptr;
    };
    struct ClassInfo
    {
        const pyread::Stmt *stmt = nullptr;
        QString tableName;  // own __tablename__, empty when none
        bool abstract = false;
        bool isBase = false;    // a declarative base (not mapped itself)
        bool mapped = false;    // has a table of its own
        QString singleTableOf;  // single-table inheritance: the class owning the table
        QString baseRoot;       // the declarative base it descends from, if known
        QStringList bases;      // base class names as written (dotted)
        std::map<QString, QString> columnNames;  // attribute key -> column name
    };
    struct PendingFkType
    {
        size_t table = 0;
        QString column;
        ConstraintDef fk;
        int line = 0;
    };

    // module-level pass (DeclarativeScanner.cpp)
    void collectEnums();
    void collectClasses();
    void readBaseMetadata();
    void readMetaDataCall(const pyread::Expr &call);
    bool isDeclarativeRootCall(const pyread::Expr &e) const;
    bool isMetadataReference(const pyread::Expr &e) const;
    void processClass(const pyread::Stmt &cls);
    void processTableCall(const pyread::Expr &call, const pyread::Stmt &at);
    void processModuleIndex(const pyread::Expr &call);
    void readSequence(const pyread::Expr &call);
    void tableArgs(TableDef &table, const pyread::Expr &args, const ClassInfo &info);
    void tableOption(TableDef &table, const QString &key, const pyread::Expr &value);
    void collectAttributes(const QString &className, std::vector<Attribute> &out,
                           QSet<QString> &seen, QSet<QString> &visited, bool own) const;
    void resolveForeignKeyTypes();
    void applyKeys(size_t tableIndex);
    size_t addTable(TableDef table, int line);

    // columns (DeclarativeColumns.cpp)
    // Reads one attribute; false when it is not a column (relationship, method...).
    bool readColumn(TableDef &table, size_t tableIndex, const Attribute &attr);
    bool readCoreColumn(TableDef &table, size_t tableIndex, pyread::Expr call,
                        const QString &fallbackName, const pyread::Expr *annotation,
                        bool mappedColumn);
    // What a Mapped[...] annotation says: the type (unset when it names none),
    // whether it is Optional, the mapped_column(...) arguments of an Annotated
    // alias, and whether it is a relationship rather than a column.
    struct AnnotationInfo
    {
        std::optional<TypeSpec> type;
        bool nullable = false;
        bool relationship = false;
        bool mapped = false;  // Mapped[...] (or WriteOnlyMapped...) at the top
        std::vector<pyread::Expr> extraArguments;
        QString problem;  // why no type could be inferred
    };
    AnnotationInfo annotationInfo(const pyread::Expr &annotation);
    void analyzeAnnotation(const pyread::Expr &e, AnnotationInfo &info, int depth);
    std::optional<TypeSpec> mappedTypeFor(const QString &canonicalName, const pyread::Expr &at,
                                          AnnotationInfo &info);
    Result<TypeSpec> typeOf(const pyread::Expr &typeExpr);
    TypeSpec realize(TypeSpec spec) const;
    void rewriteExpression(pyread::Expr &e) const;
    void warnRelationship(const pyread::Expr &call);
    void warn(const pyread::Expr &at, const QString &message);
    void warn(int line, const QString &message);

    const ClassInfo *classInfo(const QString &name) const;
    QString canonical(const pyread::Expr &e) const { return m_sa.canonical(e); }
    bool isSa(const QString &canonicalName, QStringView shortName) const;

    const pyread::Module &m_module;
    QString m_file;
    schema::Dialect m_dialect;
    SaReader m_sa;
    std::map<QString, ClassInfo> m_classes;
    QStringList m_classOrder;
    QSet<QString> m_rootNames;  // names bound to declarative bases (classes or declarative_base())
    QSet<QString> m_metadataNames;  // module-level names bound to MetaData(...) / registry(...)
    bool m_haveMetadata = false;
    QHash<QString, QStringList> m_enums;                      // Python enum class -> member names
    std::vector<std::pair<QString, pyread::Expr>> m_typeMap;  // type_annotation_map entries
    std::vector<PendingFkType> m_pendingFkTypes;
    QSet<int> m_warnedLines;                 // declared_attr functions already reported
    std::map<QString, size_t> m_tableIndex;  // "schema.name" -> index in tables
    std::map<size_t, std::map<QString, QString>> m_keys;  // per table: column key -> name
    std::map<QString, size_t> m_tableVariables;           // module-level "t = Table(...)" -> table
};

}  // namespace stratum::migrate
