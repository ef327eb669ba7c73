#include "core/migrate/autogen/SchemaComparer.h"

#include "core/migrate/autogen/ComparerRun.h"
#include "core/schema/DdlCompiler.h"
#include "core/schema/DependencyOrder.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace stratum::migrate::autogen {

using namespace detail;

namespace detail {

QString tableKey(const QString &schema, const QString &name)
{
    return schema + u'.' + name;
}

bool Run::accepted(const RenameCandidate &c) const
{
    const QString spec = c.spec();
    for (const QString &r : options.renames) {
        if (r == spec)
            return true;
        // "table.old:table.new" for a column is accepted too.
        if (c.kind == RenameCandidate::Kind::Column &&
            r == c.table + u'.' + c.from + u':' + c.table + u'.' + c.to)
            return true;
    }
    return false;
}

}  // namespace detail

namespace {

bool sameShape(const schema::Table &a, const schema::MetaData &am, const schema::Table &b,
               const schema::MetaData &bm, const schema::TypeCompiler &types)
{
    if (a.columns.size() != b.columns.size())
        return false;
    for (const schema::Column &c : a.columns) {
        const schema::Column *o = b.column(c.name);
        if (!o || SchemaComparer::typeKey(types.compile(c.type, &am, {}, nullptr)) !=
                      SchemaComparer::typeKey(types.compile(o->type, &bm, {}, nullptr)))
            return false;
    }
    return true;
}

QString sequenceAlter(const schema::Sequence &s, const schema::IdentifierPreparer &p)
{
    auto opt = [](const std::optional<qint64> &v, const char *set, const char *unset) {
        return v ? QStringLiteral(" %1 %2").arg(QLatin1String(set)).arg(*v)
                 : QStringLiteral(" %1").arg(QLatin1String(unset));
    };
    return QStringLiteral("ALTER SEQUENCE ") + p.qualified(s.schema, s.name) +
           QStringLiteral(" INCREMENT BY %1").arg(s.increment.value_or(1)) +
           opt(s.minValue, "MINVALUE", "NO MINVALUE") + opt(s.maxValue, "MAXVALUE", "NO MAXVALUE") +
           (s.start ? QStringLiteral(" START WITH %1").arg(*s.start) : QString()) +
           QStringLiteral(" CACHE %1").arg(s.cache.value_or(1)) +
           (s.cycle ? QStringLiteral(" CYCLE") : QStringLiteral(" NO CYCLE"));
}

bool sameSequence(schema::Sequence a, schema::Sequence b)
{
    a.ownedByTable = b.ownedByTable;
    a.ownedByColumn = b.ownedByColumn;
    return a == b;
}

Operation execute(const QString &sql)
{
    return makeOp(ExecuteOp{sql}, "op.execute");
}

void compareTypes(Run &run)
{
    if (!run.pg())
        return;
    const schema::DdlCompiler ddl(run.dialect);
    const schema::IdentifierPreparer &p = ddl.preparer();
    for (const schema::EnumType &e : run.target.enums) {
        const schema::EnumType *old = run.db.enumType(e.schema, e.name);
        if (!old) {
            Result<schema::DdlScript> up = ddl.createEnum(e);
            Result<schema::DdlScript> down = ddl.dropEnum(e);
            if (up && down && !up->statements.isEmpty() && !down->statements.isEmpty())
                run.add(Phase::CreateTypes, {}, Sub::AlterColumn, execute(up->statements.front()),
                        execute(down->statements.front()));
            continue;
        }
        // ADD VALUE keeps existing labels; anything else needs a new type.
        int pos = 0;
        bool subsequence = true;
        for (const QString &l : old->labels) {
            const int at = int(e.labels.indexOf(l, pos));
            if (at < 0) {
                subsequence = false;
                break;
            }
            pos = at + 1;
        }
        if (!subsequence) {
            run.result.notes << QStringLiteral("enum %1: labels removed or reordered (database: "
                                               "%2; model: %3); PostgreSQL cannot alter that "
                                               "in place")
                                    .arg(p.typeName(e.schema, e.name), old->labels.join(u','),
                                         e.labels.join(u','));
            continue;
        }
        for (int i = 0; i < e.labels.size(); ++i) {
            if (old->labels.contains(e.labels[i]))
                continue;
            QString sql = QStringLiteral("ALTER TYPE %1 ADD VALUE %2")
                              .arg(p.typeName(e.schema, e.name), p.literal(e.labels[i]));
            // Place it after the label before it, or before the first one.
            if (i > 0)
                sql += QStringLiteral(" AFTER ") + p.literal(e.labels[i - 1]);
            else if (e.labels.size() > 1)
                sql += QStringLiteral(" BEFORE ") + p.literal(e.labels[1]);
            run.add(Phase::CreateTypes, {}, Sub::AlterColumn, execute(sql), std::nullopt);
            run.result.notes << QStringLiteral("the downgrade cannot remove the label %1 from "
                                               "enum %2 (PostgreSQL has no DROP VALUE)")
                                    .arg(p.literal(e.labels[i]), p.typeName(e.schema, e.name));
        }
    }
    for (const schema::EnumType &e : run.db.enums) {
        if (run.target.enumType(e.schema, e.name))
            continue;
        Result<schema::DdlScript> up = ddl.dropEnum(e);
        Result<schema::DdlScript> down = ddl.createEnum(e);
        if (up && down && !up->statements.isEmpty() && !down->statements.isEmpty())
            run.add(Phase::DropTypes, {}, Sub::AlterColumn, execute(up->statements.front()),
                    execute(down->statements.front()));
    }
    for (const schema::Sequence &s : run.target.sequences) {
        const schema::Sequence *old = run.db.sequence(s.schema, s.name);
        if (!old) {
            Result<schema::DdlScript> up = ddl.createSequence(s);
            Result<schema::DdlScript> down = ddl.dropSequence(s);
            if (up && down && !up->statements.isEmpty() && !down->statements.isEmpty())
                run.add(Phase::CreateTypes, {}, Sub::AlterColumn, execute(up->statements.front()),
                        execute(down->statements.front()));
        } else if (!sameSequence(s, *old)) {
            run.add(Phase::CreateTypes, {}, Sub::AlterColumn, execute(sequenceAlter(s, p)),
                    execute(sequenceAlter(*old, p)));
        }
    }
    for (const schema::Sequence &s : run.db.sequences) {
        // Sequences of serial columns belong to their column, not the model.
        if (!s.ownedByTable.isEmpty() || run.target.sequence(s.schema, s.name))
            continue;
        Result<schema::DdlScript> up = ddl.dropSequence(s);
        Result<schema::DdlScript> down = ddl.createSequence(s);
        if (up && down && !up->statements.isEmpty() && !down->statements.isEmpty())
            run.add(Phase::DropTypes, {}, Sub::AlterColumn, execute(up->statements.front()),
                    execute(down->statements.front()));
    }
}

void compareTables(Run &run)
{
    std::map<QString, int> inTarget;
    std::map<QString, int> inDb;
    for (size_t i = 0; i < run.target.tables.size(); ++i) {
        const schema::Table &t = run.target.tables[i];
        inTarget[tableKey(t.schema, t.name)] = int(i);
    }
    for (size_t i = 0; i < run.db.tables.size(); ++i) {
        const schema::Table &t = run.db.tables[i];
        if (t.name == run.options.versionTable && t.schema == run.options.versionTableSchema)
            continue;
        inDb[tableKey(t.schema, t.name)] = int(i);
    }
    // Renames: a dropped and an added table of the same shape.
    std::map<QString, int> renamedFrom;  // target key -> db table index
    QSet<int> renamedDb;
    for (const auto &[key, ti] : inTarget) {
        if (inDb.count(key))
            continue;
        const schema::Table &t = run.target.tables[size_t(ti)];
        for (const auto &[dkey, di] : inDb) {
            const schema::Table &d = run.db.tables[size_t(di)];
            if (inTarget.count(dkey) || d.schema != t.schema || renamedDb.contains(di) ||
                !sameShape(t, run.target, d, run.db, run.types))
                continue;
            const RenameCandidate c{RenameCandidate::Kind::Table, t.schema, {}, d.name, t.name};
            if (run.accepted(c) && !renamedFrom.count(key)) {
                renamedFrom[key] = di;
                renamedDb.insert(di);
            } else if (!run.accepted(c)) {
                run.result.renameCandidates.push_back(c);
            }
        }
    }

    const schema::TableOrder targetOrder = schema::DependencyOrder::sortTables(run.target);
    for (int ti : targetOrder.order) {
        const schema::Table &t = run.target.tables[size_t(ti)];
        const QString key = tableKey(t.schema, t.name);
        if (auto it = inDb.find(key); it != inDb.end()) {
            run.compareTable(t, run.db.tables[size_t(it->second)]);
            continue;
        }
        if (auto it = renamedFrom.find(key); it != renamedFrom.end()) {
            schema::Table d = run.db.tables[size_t(it->second)];
            run.add(Phase::RenameTables, {}, Sub::AlterColumn,
                    makeOp(RenameTableOp{t.schema, d.name, t.name}, "op.rename_table"),
                    makeOp(RenameTableOp{t.schema, t.name, d.name}, "op.rename_table"));
            d.name = t.name;
            run.compareTable(t, d);
            continue;
        }
        // A new table: foreign keys inline, except those closing a cycle.
        schema::Table inline_ = t;
        std::vector<schema::ForeignKey> later;
        inline_.foreignKeys.clear();
        for (size_t f = 0; f < t.foreignKeys.size(); ++f) {
            if (run.pg() && targetOrder.isCyclic(ti, int(f)))
                later.push_back(t.foreignKeys[f]);
            else
                inline_.foreignKeys.push_back(t.foreignKeys[f]);
        }
        run.add(Phase::CreateTables, {}, Sub::AlterColumn,
                makeOp(CreateTableOp{run.targetDefs.table(inline_)}, "op.create_table"),
                makeOp(DropTableOp{t.schema, t.name}, "op.drop_table"));
        for (const schema::Index &ix : t.indexes) {
            const IndexDef def = run.targetDefs.index(t, ix);
            run.add(Phase::CreateTables, {}, Sub::AlterColumn,
                    makeOp(CreateIndexOp{t.schema, t.name, def}, "op.create_index"),
                    makeOp(DropIndexOp{t.schema, t.name, def.name}, "op.drop_index"));
        }
        for (const schema::ForeignKey &fk : later) {
            const ConstraintDef c = run.targetDefs.foreignKey(t, fk);
            run.add(Phase::CreateForeignKeys, {}, Sub::AlterColumn,
                    makeOp(AddConstraintOp{t.schema, t.name, c}, "op.create_foreign_key"),
                    makeOp(DropConstraintOp{t.schema, t.name, c.name, QStringLiteral("foreignkey")},
                           "op.drop_constraint"));
        }
    }

    // Dropped tables: children first; foreign keys of a cycle dropped first.
    const schema::TableOrder dbOrder = schema::DependencyOrder::sortTables(run.db);
    for (auto it = dbOrder.order.rbegin(); it != dbOrder.order.rend(); ++it) {
        const schema::Table &d = run.db.tables[size_t(*it)];
        const QString key = tableKey(d.schema, d.name);
        if (!inDb.count(key) || inTarget.count(key) || renamedDb.contains(*it))
            continue;
        schema::Table inline_ = d;
        inline_.foreignKeys.clear();
        for (size_t f = 0; f < d.foreignKeys.size(); ++f) {
            if (run.pg() && dbOrder.isCyclic(*it, int(f))) {
                const ConstraintDef c = run.dbDefs.foreignKey(d, d.foreignKeys[f]);
                run.add(
                    Phase::DropForeignKeys, {}, Sub::AlterColumn,
                    makeOp(DropConstraintOp{d.schema, d.name, c.name, QStringLiteral("foreignkey")},
                           "op.drop_constraint"),
                    makeOp(AddConstraintOp{d.schema, d.name, c}, "op.create_foreign_key"));
            } else {
                inline_.foreignKeys.push_back(d.foreignKeys[f]);
            }
        }
        // Downgrade recreates the indexes after the table (reverse order).
        for (const schema::Index &ix : d.indexes) {
            const IndexDef def = run.dbDefs.index(d, ix);
            run.add(Phase::DropTables, {}, Sub::AlterColumn,
                    makeOp(DropIndexOp{d.schema, d.name, def.name}, "op.drop_index"),
                    makeOp(CreateIndexOp{d.schema, d.name, def}, "op.create_index"));
        }
        run.add(Phase::DropTables, {}, Sub::AlterColumn,
                makeOp(DropTableOp{d.schema, d.name}, "op.drop_table"),
                makeOp(CreateTableOp{run.dbDefs.table(inline_)}, "op.create_table"));
    }
}

// SQLite alters existing tables in batch mode (move and copy), as Alembic's
// render_as_batch does.
Operation batch(const QString &schema, const QString &table, std::vector<Operation> ops)
{
    BatchAlterTableOp b;
    b.schema = schema;
    b.table = table;
    for (Operation &o : ops)
        o.call.replace(QLatin1String("op."), QLatin1String("batch_op."));
    b.operations = std::move(ops);
    return makeOp(std::move(b), "op.batch_alter_table");
}

}  // namespace

QString RenameCandidate::spec() const
{
    if (kind == Kind::Column)
        return table + u'.' + from + u':' + to;
    return (schema.isEmpty() ? from : schema + u'.' + from) + u':' + to;
}

QString NormalizeProbe::key() const
{
    return (kind == Kind::Default ? QStringLiteral("d\x1f") + typeSql
                                  : QStringLiteral("c\x1f") + table) +
           u'\x1f' + expression;
}

QStringList AutogenResult::differences() const
{
    // What an alter_column changes, so that `check` says more than its name.
    auto describe = [](const Operation &op) {
        const AlterColumnOp *a = op.as<AlterColumnOp>();
        if (!a)
            return op.describe();
        const schema::TypeCompiler types(schema::Dialect::PostgreSQL);
        QStringList what;
        if (a->newName)
            what << QStringLiteral("rename to ") + *a->newName;
        if (a->type)
            what << QStringLiteral("type %1 -> %2")
                        .arg(a->existingType
                                 ? types.compile(a->existingType->type, nullptr, {}, nullptr)
                                 : QStringLiteral("?"),
                             types.compile(a->type->type, nullptr, {}, nullptr));
        if (a->nullable)
            what << (*a->nullable ? QStringLiteral("nullable") : QStringLiteral("not null"));
        if (a->serverDefault)
            what << QStringLiteral("server default ") + (a->serverDefault->isNone()
                                                             ? QStringLiteral("dropped")
                                                             : a->serverDefault->value);
        if (a->commentGiven)
            what << QStringLiteral("comment ") +
                        (a->comment ? *a->comment : QStringLiteral("dropped"));
        return op.describe() + QStringLiteral(": ") + what.join(QLatin1String(", "));
    };
    QStringList out;
    for (const Operation &op : upgrade) {
        if (const BatchAlterTableOp *b = op.as<BatchAlterTableOp>()) {
            for (const Operation &inner : b->operations)
                out << describe(inner);
        } else {
            out << describe(op);
        }
    }
    out += notes;
    return out;
}

SchemaComparer::SchemaComparer(schema::Dialect dialect, CompareOptions options)
    : m_dialect(dialect)
    , m_options(std::move(options))
{}

std::vector<NormalizeProbe> SchemaComparer::probes(const schema::MetaData &target,
                                                   const schema::MetaData &reflected) const
{
    std::vector<NormalizeProbe> out;
    if (m_dialect != schema::Dialect::PostgreSQL)
        return out;
    const schema::TypeCompiler types(m_dialect);
    const schema::IdentifierPreparer p(m_dialect);
    QSet<QString> seen;
    for (const schema::Table &t : target.tables) {
        const schema::Table *d = reflected.table(t.schema, t.name);
        if (!d)
            continue;
        for (const schema::Column &c : t.columns) {
            const schema::Column *dc = d->column(c.name);
            if (c.serverDefault.isEmpty() || !dc || dc->serverDefault == c.serverDefault)
                continue;
            NormalizeProbe probe;
            probe.typeSql = types.compile(dc->type, &reflected, {}, nullptr);
            probe.expression = c.serverDefault;
            if (!seen.contains(probe.key())) {
                seen.insert(probe.key());
                out.push_back(probe);
            }
        }
        for (const schema::CheckConstraint &ck : t.checkConstraints) {
            bool loose = false;
            for (const schema::CheckConstraint &dk : d->checkConstraints)
                loose = loose || looseSql(dk.sqlText) == looseSql(ck.sqlText);
            if (loose)
                continue;
            NormalizeProbe probe;
            probe.kind = NormalizeProbe::Kind::Check;
            probe.table = p.qualified(t.schema, t.name);
            probe.expression = ck.sqlText;
            if (!seen.contains(probe.key())) {
                seen.insert(probe.key());
                out.push_back(probe);
            }
        }
    }
    return out;
}

AutogenResult SchemaComparer::compare(const schema::MetaData &target,
                                      const schema::MetaData &reflected,
                                      const Normalized &normalized) const
{
    Run run(target, reflected, m_dialect, m_options, normalized);
    compareTypes(run);
    compareTables(run);

    std::stable_sort(run.steps.begin(), run.steps.end(), [](const Step &a, const Step &b) {
        if (a.phase != b.phase)
            return a.phase < b.phase;
        if (a.phase == Phase::AlterTables) {
            if (a.table != b.table)
                return a.table < b.table;
            if (a.sub != b.sub)
                return a.sub < b.sub;
        }
        return a.seq < b.seq;
    });

    AutogenResult &out = run.result;
    std::vector<Operation> downs;  // in upgrade order; reversed below
    const bool sqlite = m_dialect == schema::Dialect::SQLite;
    for (size_t i = 0; i < run.steps.size();) {
        const Step &s = run.steps[i];
        if (sqlite && s.phase == Phase::AlterTables) {
            std::vector<Operation> ups;
            std::vector<Operation> tableDowns;
            size_t j = i;
            QString schemaName;
            QString tableName;
            for (; j < run.steps.size() && run.steps[j].phase == Phase::AlterTables &&
                   run.steps[j].table == s.table;
                 ++j) {
                ups.push_back(run.steps[j].up);
                if (run.steps[j].down)
                    tableDowns.insert(tableDowns.begin(), *run.steps[j].down);
            }
            const int dot = int(s.table.indexOf(u'.'));
            schemaName = s.table.left(dot);
            tableName = s.table.mid(dot + 1);
            out.upgrade << batch(schemaName, tableName, std::move(ups));
            if (!tableDowns.empty()) {
                downs.push_back(batch(schemaName, tableName, std::move(tableDowns)));
            }
            i = j;
            continue;
        }
        out.upgrade << s.up;
        if (s.down)
            downs.push_back(*s.down);
        ++i;
    }
    for (auto it = downs.rbegin(); it != downs.rend(); ++it)
        out.downgrade << *it;
    return out;
}

QString SchemaComparer::typeKey(const QString &compiledSql)
{
    QString t = compiledSql.toUpper().simplified();
    t.replace(QLatin1String(", "), QLatin1String(","));
    t.replace(QLatin1String("CHARACTER VARYING"), QLatin1String("VARCHAR"));
    t.replace(QLatin1String("TIMESTAMP WITHOUT TIME ZONE"), QLatin1String("TIMESTAMP"));
    t.replace(QLatin1String("TIME WITHOUT TIME ZONE"), QLatin1String("TIME"));
    t.replace(QLatin1String("DOUBLE PRECISION"), QLatin1String("FLOAT(53)"));
    if (t == QLatin1String("FLOAT"))
        t = QStringLiteral("FLOAT(53)");
    if (t == QLatin1String("REAL"))
        t = QStringLiteral("FLOAT(24)");
    static const QRegularExpression flt(QStringLiteral("^FLOAT\\((\\d+)\\)"));
    const QRegularExpressionMatch m = flt.match(t);
    if (m.hasMatch())
        t = (m.captured(1).toInt() <= 24 ? QStringLiteral("FLOAT(24)")
                                         : QStringLiteral("FLOAT(53)")) +
            t.mid(m.capturedLength());
    if (t.startsWith(QLatin1String("DECIMAL")))
        t = QStringLiteral("NUMERIC") + t.mid(7);
    if (t == QLatin1String("INT") || t == QLatin1String("INT4"))
        t = QStringLiteral("INTEGER");
    if (t == QLatin1String("BOOL"))
        t = QStringLiteral("BOOLEAN");
    return t;
}

QString SchemaComparer::looseSql(const QString &sql)
{
    static const QRegularExpression cast(
        QStringLiteral("::\\s*(\"[^\"]+\"|[a-z_][a-z0-9_]*)(\\s+(varying|precision|with(out)? time "
                       "zone))?(\\[\\])*"),
        QRegularExpression::CaseInsensitiveOption);
    QString t = sql;
    t.remove(cast);
    static const QRegularExpression noise(QStringLiteral("[\\s()]"));
    t.remove(noise);
    return t.toLower();
}

}  // namespace stratum::migrate::autogen
