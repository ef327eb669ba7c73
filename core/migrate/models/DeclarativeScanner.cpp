// DeclarativeScanner: bases, MetaData, classes, Table(...) objects and
// __table_args__ (the columns themselves are in DeclarativeColumns.cpp).
#include "core/migrate/models/DeclarativeScanner.h"

#include "core/migrate/models/DeclarativeSupport.h"

#include "core/pyread/Literal.h"

#include <algorithm>
#include <functional>

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using pyread::Stmt;
using pyread::StmtKind;
using namespace declarative;

namespace {

// "@declared_attr def __tablename__(cls): return cls.__name__.lower()" and
// the same without .lower(): the only declared_attr logic worth reading.
std::optional<bool> tablenameFromClassName(const Stmt &fn)
{
    if (fn.body.empty())
        return std::nullopt;
    const Stmt &last = fn.body.back();
    if (last.kind != StmtKind::Return || !last.value)
        return std::nullopt;
    const QString text = last.value->dottedName();
    if (text == QLatin1String("cls.__name__"))
        return false;
    const Expr &v = *last.value;
    if (v.is(ExprKind::Call) && v.children.size() == 1 &&
        v.callee()->dottedName() == QLatin1String("cls.__name__.lower"))
        return true;
    return std::nullopt;
}

}  // namespace

DeclarativeScanner::DeclarativeScanner(const pyread::Module &module, const QString &file,
                                       schema::Dialect dialect)
    : m_module(module)
    , m_file(file)
    , m_dialect(dialect)
    , m_sa(module, file)
{}

bool DeclarativeScanner::isSa(const QString &canonicalName, QStringView shortName) const
{
    if (canonicalName == shortName)
        return true;
    return canonicalName.startsWith(QLatin1String("sa.")) &&
           canonicalName.section(u'.', -1) == shortName;
}

void DeclarativeScanner::warn(const Expr &at, const QString &message)
{
    warn(at.span.line, message);
}

void DeclarativeScanner::warn(int line, const QString &message)
{
    warnings.append({m_file, line, message});
}

const DeclarativeScanner::ClassInfo *DeclarativeScanner::classInfo(const QString &name) const
{
    const auto it = m_classes.find(name);
    return it == m_classes.end() ? nullptr : &it->second;
}

void DeclarativeScanner::scan()
{
    collectEnums();
    collectClasses();
    readBaseMetadata();
    for (const Stmt &s : m_module.body) {
        if (s.kind == StmtKind::ClassDef) {
            if (m_classes.count(s.name))
                processClass(s);
            continue;
        }
        if (s.kind == StmtKind::Assign || s.kind == StmtKind::AnnAssign) {
            if (!s.value)
                continue;
            const Expr &v = *s.value;
            if (v.is(ExprKind::Call) && isSa(canonical(*v.callee()), u"Sequence")) {
                readSequence(v);
                continue;
            }
            if (v.is(ExprKind::Call) && isSa(canonical(*v.callee()), u"Table")) {
                const size_t before = tables.size();
                processTableCall(v, s);
                const QString name = targetName(s);
                if (tables.size() > before && !name.isEmpty())
                    m_tableVariables[name] = tables.size() - 1;
            }
            continue;
        }
        if (s.kind == StmtKind::Expr && s.value && s.value->is(ExprKind::Call)) {
            const QString callee = canonical(*s.value->callee());
            if (isSa(callee, u"Index"))
                processModuleIndex(*s.value);
            else if (isSa(callee, u"Sequence"))
                readSequence(*s.value);
            else if (callee.startsWith(QLatin1String("sa.event.")) || isSa(callee, u"listen") ||
                     callee.startsWith(QLatin1String("sa.DDL")))
                warn(*s.value, QStringLiteral("%1(...) runs code at import time; Stratum does not "
                                              "apply it to the model")
                                   .arg(callee));
        }
    }
    resolveForeignKeyTypes();
    for (size_t i = 0; i < tables.size(); ++i)
        applyKeys(i);
}

void DeclarativeScanner::collectEnums()
{
    for (const Stmt &s : m_module.body) {
        if (s.kind != StmtKind::ClassDef)
            continue;
        bool isEnum = false;
        for (const Expr &b : s.bases) {
            const QString c = canonical(b);
            isEnum = isEnum || c == QLatin1String("enum.Enum") ||
                     c == QLatin1String("enum.IntEnum") || c == QLatin1String("enum.StrEnum");
        }
        if (!isEnum)
            continue;
        QStringList members;
        for (const Stmt &m : s.body) {
            const QString n = targetName(m);
            if (!n.isEmpty() && !n.startsWith(u'_'))
                members << n;
        }
        m_enums.insert(s.name, members);
    }
}

bool DeclarativeScanner::isDeclarativeRootCall(const Expr &e) const
{
    if (!e.is(ExprKind::Call))
        return false;
    const QString callee = canonical(*e.callee());
    return isSa(callee, u"declarative_base") || callee.endsWith(QLatin1String(".generate_base"));
}

bool DeclarativeScanner::isMetadataReference(const Expr &e) const
{
    const QString d = e.dottedName();
    return d.endsWith(QLatin1String(".metadata")) || m_metadataNames.contains(d);
}

void DeclarativeScanner::collectClasses()
{
    for (const Stmt &s : m_module.body) {
        const QString name = targetName(s);
        if (!name.isEmpty() && s.value) {
            const Expr &v = *s.value;
            if (isDeclarativeRootCall(v))
                m_rootNames.insert(name);
            if (v.is(ExprKind::Call) && (isSa(canonical(*v.callee()), u"MetaData") ||
                                         isSa(canonical(*v.callee()), u"registry")))
                m_metadataNames.insert(name);
        }
    }
    for (const Stmt &s : m_module.body) {
        if (s.kind != StmtKind::ClassDef || m_enums.contains(s.name))
            continue;
        ClassInfo info;
        info.stmt = &s;
        for (const Expr &b : s.bases) {
            if (b.is(ExprKind::Keyword))
                continue;
            const QString c = canonical(b);
            if (isSa(c, u"DeclarativeBase") || isSa(c, u"DeclarativeBaseNoMeta")) {
                info.isBase = true;
            }
            info.bases << b.dottedName();
        }
        for (const Expr &d : s.decorators) {
            const QString c = canonical(d.is(ExprKind::Call) ? *d.callee() : d);
            if (isSa(c, u"as_declarative") || c.endsWith(QLatin1String(".as_declarative_base")))
                info.isBase = true;
            else if (c.endsWith(QLatin1String(".mapped")) ||
                     c.endsWith(QLatin1String(".mapped_as_dataclass")))
                info.baseRoot = c.section(u'.', 0, 0);
        }
        for (const Stmt &m : s.body) {
            const QString key = targetName(m);
            if (key == QLatin1String("__tablename__") && m.value) {
                if (std::optional<QString> t = pyread::Literal::string(*m.value))
                    info.tableName = *t;
                else
                    warn(*m.value, QStringLiteral("__tablename__ of %1 is not a string literal; "
                                                  "the class is skipped")
                                       .arg(s.name));
            } else if (key == QLatin1String("__abstract__") && m.value) {
                info.abstract = m.value->is(ExprKind::True);
            } else if (!key.isEmpty() && m.value && m.value->is(ExprKind::Call)) {
                const Expr *first = m.value->positionalArgument(0);
                const Expr *named = m.value->keywordArgument(u"name");
                if (named && pyread::Literal::string(*named))
                    info.columnNames[key] = *pyread::Literal::string(*named);
                else if (first && pyread::Literal::string(*first))
                    info.columnNames[key] = *pyread::Literal::string(*first);
                else
                    info.columnNames[key] = key;
            } else if (!key.isEmpty() && m.kind == StmtKind::AnnAssign) {
                info.columnNames[key] = key;
            }
        }
        if (info.isBase)
            m_rootNames.insert(s.name);
        m_classes[s.name] = info;
        m_classOrder << s.name;
    }
    // Lineage: which classes descend from a declarative base, and which of
    // those own a table. A class with __tablename__ is taken as mapped even
    // when its base is imported from elsewhere.
    for (const QString &name : std::as_const(m_classOrder)) {
        ClassInfo &info = m_classes[name];
        if (info.isBase)
            continue;
        QString root = info.baseRoot;
        QString mappedAncestor;
        QSet<QString> visited;  // a redefined class may name itself as its base
        std::function<void(const QString &, int)> walk = [&](const QString &cls, int depth) {
            if (depth > 20 || visited.contains(cls))
                return;
            visited.insert(cls);
            const ClassInfo *ci = classInfo(cls);
            if (!ci) {
                if (m_rootNames.contains(cls) && root.isEmpty())
                    root = cls;
                return;
            }
            if (ci->isBase && root.isEmpty())
                root = cls;
            if (cls != name && ci->mapped && mappedAncestor.isEmpty())
                mappedAncestor = ci->singleTableOf.isEmpty() ? cls : ci->singleTableOf;
            for (const QString &b : ci->bases)
                walk(b, depth + 1);
        };
        walk(name, 0);
        info.baseRoot = root;
        if (info.abstract)
            continue;
        if (info.tableName.isEmpty()) {
            // declared_attr __tablename__ on the class or an ancestor
            QSet<QString> searched;
            std::function<const Stmt *(const QString &, int)> findFn =
                [&](const QString &cls, int depth) -> const Stmt * {
                const ClassInfo *ci = classInfo(cls);
                if (!ci || depth > 20 || searched.contains(cls))
                    return nullptr;
                searched.insert(cls);
                if (const Stmt *fn = ci->stmt->findFunction(u"__tablename__"))
                    return fn;
                for (const QString &b : ci->bases) {
                    if (const Stmt *fn = findFn(b, depth + 1))
                        return fn;
                }
                return nullptr;
            };
            const Stmt *fn = root.isEmpty() ? nullptr : findFn(name, 0);
            bool hasTable = false;
            for (const Stmt &m : info.stmt->body)
                hasTable = hasTable || targetName(m) == QLatin1String("__table__");
            if (!mappedAncestor.isEmpty() && !fn && !hasTable) {
                info.singleTableOf = mappedAncestor;
                info.mapped = true;
            } else if (fn) {
                if (std::optional<bool> lower = tablenameFromClassName(*fn)) {
                    info.tableName = *lower ? name.toLower() : name;
                    info.mapped = true;
                } else if (!root.isEmpty()) {
                    warn(fn->span.line, QStringLiteral("declared_attr __tablename__ needs Python "
                                                       "to evaluate; class %1 is skipped")
                                            .arg(name));
                }
            } else if (hasTable) {
                info.mapped = true;
            }
        } else {
            info.mapped = true;
        }
    }
}

void DeclarativeScanner::readMetaDataCall(const Expr &expr)
{
    const Expr &call = m_sa.resolve(expr);
    if (!call.is(ExprKind::Call))
        return;
    const QString callee = canonical(*call.callee());
    if (isSa(callee, u"registry")) {
        if (const Expr *m = call.keywordArgument(u"metadata"))
            readMetaDataCall(*m);
        if (const Expr *tm = call.keywordArgument(u"type_annotation_map")) {
            const Expr &d = m_sa.resolve(*tm);
            for (int i = 0; i < d.dictSize(); ++i)
                m_typeMap.emplace_back(canonical(d.dictKey(i)), d.dictValue(i));
        }
        return;
    }
    if (!isSa(callee, u"MetaData"))
        return;
    if (m_haveMetadata) {
        warn(call, QStringLiteral("a second MetaData(...) for the declarative bases; Stratum "
                                  "reads the first one's naming convention and schema"));
        return;
    }
    m_haveMetadata = true;
    if (const Expr *s = call.keywordArgument(u"schema")) {
        if (std::optional<QString> v = pyread::Literal::string(m_sa.resolve(*s)))
            defaultSchema = *v;
        else
            warn(*s, QStringLiteral("MetaData(schema=...) is not a string literal; ignored"));
    }
    const Expr *nc = call.keywordArgument(u"naming_convention");
    if (!nc)
        return;
    const Expr &d = m_sa.resolve(*nc);
    if (!d.is(ExprKind::Dict)) {
        warn(*nc, QStringLiteral("naming_convention is not a dict literal; SQLAlchemy's default "
                                 "convention is assumed"));
        return;
    }
    naming = schema::NamingConvention::none();
    for (int i = 0; i < d.dictSize(); ++i) {
        const Expr &k = d.dictKey(i);
        QString key;
        if (std::optional<QString> s = pyread::Literal::string(k)) {
            key = *s;
        } else {
            const QString c = canonical(k).section(u'.', -1);
            static const std::pair<const char *, const char *> classes[] = {
                {"Index", "ix"},
                {"UniqueConstraint", "uq"},
                {"CheckConstraint", "ck"},
                {"ForeignKeyConstraint", "fk"},
                {"PrimaryKeyConstraint", "pk"}};
            for (const auto &[cls, shortKey] : classes) {
                if (c == QLatin1String(cls))
                    key = QString::fromLatin1(shortKey);
            }
        }
        std::optional<QString> templ = pyread::Literal::string(m_sa.resolve(d.dictValue(i)));
        if (key.isEmpty() || !templ) {
            warn(k, QStringLiteral("naming_convention entry %1 needs Python (a callable token or "
                                   "a computed key); ignored")
                        .arg(m_module.sourceText(k.span).left(60)));
            continue;
        }
        if (!QStringList{"ix", "uq", "ck", "fk", "pk"}.contains(key)) {
            warn(k, QStringLiteral("naming_convention key '%1' defines a custom token, which needs "
                                   "Python; ignored")
                        .arg(key));
            continue;
        }
        naming.set(key, *templ);
    }
}

void DeclarativeScanner::readBaseMetadata()
{
    // Base classes: "metadata = MetaData(...)", "registry = registry(...)",
    // "type_annotation_map = {...}" in the class body.
    for (const QString &name : std::as_const(m_classOrder)) {
        const ClassInfo &info = m_classes[name];
        if (!info.isBase)
            continue;
        for (const Stmt &m : info.stmt->body) {
            const QString key = targetName(m);
            if (!m.value)
                continue;
            if (key == QLatin1String("metadata") || key == QLatin1String("registry")) {
                readMetaDataCall(*m.value);
            } else if (key == QLatin1String("type_annotation_map")) {
                const Expr &d = m_sa.resolve(*m.value);
                for (int i = 0; i < d.dictSize(); ++i)
                    m_typeMap.emplace_back(canonical(d.dictKey(i)), d.dictValue(i));
            }
        }
        for (const Expr &d : info.stmt->decorators) {
            if (d.is(ExprKind::Call))
                readMetaDataCall(d.keywordArgument(u"metadata") ? *d.keywordArgument(u"metadata")
                                                                : d);
        }
    }
    // declarative_base(metadata=...) and registry(metadata=...).generate_base()
    for (const Stmt &s : m_module.body) {
        if (targetName(s).isEmpty() || !s.value || !isDeclarativeRootCall(*s.value))
            continue;
        const Expr &call = *s.value;
        if (const Expr *m = call.keywordArgument(u"metadata"))
            readMetaDataCall(*m);
        const Expr &callee = *call.callee();
        if (callee.is(ExprKind::Attribute))
            readMetaDataCall(callee.children.front());  // registry(...).generate_base()
        if (const Expr *tm = call.keywordArgument(u"type_annotation_map")) {
            const Expr &d = m_sa.resolve(*tm);
            for (int i = 0; i < d.dictSize(); ++i)
                m_typeMap.emplace_back(canonical(d.dictKey(i)), d.dictValue(i));
        }
    }
    // A lone module-level MetaData(...) used by Table(...) objects.
    if (!m_haveMetadata) {
        for (const Stmt &s : m_module.body) {
            if (!targetName(s).isEmpty() && s.value && s.value->is(ExprKind::Call) &&
                isSa(canonical(*s.value->callee()), u"MetaData")) {
                readMetaDataCall(*s.value);
                break;
            }
        }
    }
}

size_t DeclarativeScanner::addTable(TableDef table, int line)
{
    const QString key = tableKey(table.schema, table.name);
    if (m_tableIndex.count(key)) {
        warn(line, QStringLiteral("table %1 is declared twice; the second declaration is skipped")
                       .arg(table.displayName()));
        return m_tableIndex[key];
    }
    tables.push_back(std::move(table));
    m_tableIndex[key] = tables.size() - 1;
    return tables.size() - 1;
}

void DeclarativeScanner::collectAttributes(const QString &className, std::vector<Attribute> &out,
                                           QSet<QString> &seen, QSet<QString> &visited,
                                           bool own) const
{
    const ClassInfo *info = classInfo(className);
    if (!info || visited.contains(className))
        return;
    visited.insert(className);
    // A mapped ancestor keeps its columns in its own table (joined inheritance).
    if (!own && info->mapped)
        return;
    std::vector<Attribute> mine;
    for (const Stmt &m : info->stmt->body) {
        const QString key = targetName(m);
        if (key.isEmpty() || key.startsWith(QLatin1String("__")) || seen.contains(key))
            continue;
        if (info->isBase && (key == QLatin1String("metadata") || key == QLatin1String("registry") ||
                             key == QLatin1String("type_annotation_map")))
            continue;
        Attribute a;
        a.key = key;
        a.stmt = &m;
        a.annotation = m.annotation ? &*m.annotation : nullptr;
        a.value = m.value ? &*m.value : nullptr;
        mine.push_back(a);
        seen.insert(key);
    }
    std::vector<Attribute> inherited;
    for (const QString &b : info->bases)
        collectAttributes(b, inherited, seen, visited, false);
    // Columns from mixins and abstract bases come first (SQLAlchemy 1.4 and
    // 2.0 alike: their copies keep the creation order of the originals, which
    // were made when the earlier class bodies ran), in the order the file
    // defines them; then the class's own.
    std::stable_sort(inherited.begin(), inherited.end(),
                     [](const Attribute &x, const Attribute &y) {
                         return x.stmt->span.line < y.stmt->span.line;
                     });
    if (own) {
        out.insert(out.end(), inherited.begin(), inherited.end());
        out.insert(out.end(), mine.begin(), mine.end());
    } else {
        out.insert(out.end(), mine.begin(), mine.end());
        out.insert(out.end(), inherited.begin(), inherited.end());
    }
}

void DeclarativeScanner::processClass(const Stmt &cls)
{
    const ClassInfo &info = m_classes[cls.name];
    if (!info.mapped || info.isBase)
        return;
    size_t index = 0;
    if (!info.singleTableOf.isEmpty()) {
        const ClassInfo *owner = classInfo(info.singleTableOf);
        const auto it = owner ? m_tableIndex.find(tableKey(defaultSchema, owner->tableName))
                              : m_tableIndex.end();
        if (it == m_tableIndex.end()) {
            warn(cls.span.line, QStringLiteral("class %1 inherits the table of %2, which was not "
                                               "read; skipped")
                                    .arg(cls.name, info.singleTableOf));
            return;
        }
        index = it->second;
    } else {
        for (const Stmt &m : cls.body) {
            if (targetName(m) == QLatin1String("__table__") && m.value) {
                if (m.value->is(ExprKind::Call) && isSa(canonical(*m.value->callee()), u"Table"))
                    processTableCall(*m.value, m);
                else
                    warn(*m.value, QStringLiteral("__table__ of %1 is not a Table(...) call; "
                                                  "skipped")
                                       .arg(cls.name));
                return;
            }
        }
        TableDef t;
        t.name = info.tableName;
        t.schema = defaultSchema;
        // __table_args__ may set the schema, which is part of the table's key.
        const Expr *args = nullptr;
        QSet<QString> searched;
        std::function<void(const QString &, int)> findArgs = [&](const QString &c, int depth) {
            const ClassInfo *ci = classInfo(c);
            if (!ci || args || depth > 20 || searched.contains(c))
                return;
            searched.insert(c);
            for (const Stmt &m : ci->stmt->body) {
                if (targetName(m) == QLatin1String("__table_args__") && m.value)
                    args = &*m.value;
            }
            if (ci->stmt->findFunction(u"__table_args__"))
                warn(ci->stmt->findFunction(u"__table_args__")->span.line,
                     QStringLiteral("declared_attr __table_args__ needs Python; ignored"));
            for (const QString &b : ci->bases)
                findArgs(b, depth + 1);
        };
        findArgs(cls.name, 0);
        if (args)
            tableArgs(t, *args, info);
        index = addTable(std::move(t), cls.span.line);
    }
    std::vector<Attribute> attrs;
    QSet<QString> seen;
    QSet<QString> visited;
    collectAttributes(cls.name, attrs, seen, visited, true);
    for (const Attribute &a : attrs)
        readColumn(tables[index], index, a);
    // declared_attr functions on the class and on its mixins and abstract bases
    QSet<QString> searched;
    std::function<void(const QString &, int)> declaredAttrs = [&](const QString &c, int depth) {
        const ClassInfo *ci = classInfo(c);
        if (!ci || depth > 20 || (depth > 0 && ci->mapped) || searched.contains(c))
            return;
        searched.insert(c);
        for (const Stmt &m : ci->stmt->body) {
            if (m.kind != StmtKind::FunctionDef || m.name == QLatin1String("__tablename__") ||
                m.name == QLatin1String("__table_args__") || m_warnedLines.contains(m.span.line))
                continue;
            for (const Expr &d : m.decorators) {
                const Expr &callee = d.is(ExprKind::Call) ? *d.callee() : d;
                if (!callee.dottedName().contains(QLatin1String("declared_attr")) &&
                    !canonical(callee).contains(QLatin1String("declared_attr")))
                    continue;
                m_warnedLines.insert(m.span.line);
                warn(m.span.line, QStringLiteral("declared_attr %1.%2 needs Python to evaluate; "
                                                 "any column it makes is not in the model")
                                      .arg(c, m.name));
                break;
            }
        }
        for (const QString &b : ci->bases)
            declaredAttrs(b, depth + 1);
    };
    declaredAttrs(cls.name, 0);
}

}  // namespace stratum::migrate
