// SchemaComparer: one table that exists on both sides (columns, keys,
// constraints, indexes, comment).
#include "core/migrate/autogen/ComparerRun.h"

#include <QRegularExpression>

namespace stratum::migrate::autogen::detail {

namespace {

bool isSerialLike(const schema::Table &t, const schema::Column &c)
{
    return c.autoincrement ||
           (t.primaryKey.columns == QStringList{c.name} && c.type.isInteger() && !c.identity);
}

QString sqliteDefault(QString text)
{
    text = text.trimmed();
    while (text.startsWith(u'(') && text.endsWith(u')'))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

ServerDefault defaultOf(const QString &sql)
{
    return sql.isEmpty() ? ServerDefault{} : ServerDefault::sql(sql);
}

}  // namespace

bool Run::sameDefault(const schema::Table &t, const schema::Column &tc,
                      const schema::Column &dc) const
{
    if (tc.serverDefault.isEmpty()) {
        if (dc.serverDefault.isEmpty())
            return true;
        // A SERIAL column's nextval() default is the database's side of
        // autoincrement, not a default the model left out.
        return dc.serverDefault.startsWith(QLatin1String("nextval(")) && isSerialLike(t, tc);
    }
    if (dc.serverDefault.isEmpty())
        return false;
    if (!pg())
        return sqliteDefault(tc.serverDefault) == sqliteDefault(dc.serverDefault);
    NormalizeProbe probe;
    probe.typeSql = compiled(dc.type, db);
    probe.expression = tc.serverDefault;
    const QString server = normalized.value(probe.key(), tc.serverDefault);
    // now(), CURRENT_TIMESTAMP and transaction_timestamp() are one function
    // that PostgreSQL keeps in the spelling it was given.
    auto canonical = [](const QString &sql) {
        static const QRegularExpression now(
            QStringLiteral("\\b(current_timestamp|transaction_timestamp)\\b"));
        return SchemaComparer::looseSql(sql).replace(now, QStringLiteral("now"));
    };
    return server == dc.serverDefault || canonical(server) == canonical(dc.serverDefault);
}

bool Run::sameCheck(const schema::Table &t, const schema::CheckConstraint &tc,
                    const schema::CheckConstraint &dc) const
{
    if (SchemaComparer::looseSql(tc.sqlText) == SchemaComparer::looseSql(dc.sqlText))
        return true;
    NormalizeProbe probe;
    probe.kind = NormalizeProbe::Kind::Check;
    probe.table = schema::IdentifierPreparer(dialect).qualified(t.schema, t.name);
    probe.expression = tc.sqlText;
    const auto it = normalized.constFind(probe.key());
    return it != normalized.constEnd() &&
           SchemaComparer::looseSql(*it) == SchemaComparer::looseSql(dc.sqlText);
}

void Run::compareColumn(const schema::Table &t, const schema::Column &tc, const schema::Table &d,
                        const schema::Column &dc)
{
    const QString key = tableKey(t.schema, t.name);
    AlterColumnOp up;
    up.schema = t.schema;
    up.table = t.name;
    up.column = tc.name;
    AlterColumnOp down = up;
    const TypeSpec targetType = targetDefs.type(tc.type);
    const TypeSpec dbType = dbDefs.type(dc.type);
    up.existingType = dbType;
    down.existingType = targetType;
    bool changed = false;
    if (SchemaComparer::typeKey(compiled(tc.type, target)) !=
        SchemaComparer::typeKey(compiled(dc.type, db))) {
        up.type = targetType;
        down.type = dbType;
        down.existingType = targetType;
        changed = true;
    }
    if (tc.nullable != dc.nullable) {
        up.nullable = tc.nullable;
        down.nullable = dc.nullable;
        changed = true;
    } else {
        up.existingNullable = dc.nullable;
        down.existingNullable = tc.nullable;
    }
    if (!sameDefault(t, tc, dc)) {
        up.serverDefault = defaultOf(tc.serverDefault);
        down.serverDefault = defaultOf(dc.serverDefault);
        changed = true;
    } else if (!dc.serverDefault.isEmpty() && !isSerialLike(t, tc)) {
        up.existingServerDefault = defaultOf(dc.serverDefault);
        down.existingServerDefault = defaultOf(tc.serverDefault);
    }
    if (tc.comment != dc.comment) {
        up.commentGiven = down.commentGiven = true;
        if (!tc.comment.isEmpty())
            up.comment = tc.comment;
        if (!dc.comment.isEmpty()) {
            down.comment = dc.comment;
            up.existingComment = dc.comment;
        }
        if (!tc.comment.isEmpty())
            down.existingComment = tc.comment;
        changed = true;
    }
    if (changed)
        add(Phase::AlterTables, key, Sub::AlterColumn, makeOp(up, "op.alter_column"),
            makeOp(down, "op.alter_column"));
    if (tc.identity != dc.identity)
        result.notes << QStringLiteral("identity of column %1.%2 differs (model: %3, database: "
                                       "%4); change it by hand")
                            .arg(t.displayName(), tc.name,
                                 tc.identity ? QStringLiteral("identity") : QStringLiteral("none"),
                                 dc.identity ? QStringLiteral("identity") : QStringLiteral("none"));
    if (!tc.computed.isEmpty() &&
        SchemaComparer::looseSql(tc.computed) != SchemaComparer::looseSql(dc.computed))
        result.notes << QStringLiteral("computed expression of column %1.%2 differs")
                            .arg(t.displayName(), tc.name);
    Q_UNUSED(d);
}

void Run::compareTable(const schema::Table &t, const schema::Table &d)
{
    const QString key = tableKey(t.schema, t.name);
    // Columns: accepted renames first, then adds, alters and drops.
    QHash<QString, QString> renamedFrom;  // target column -> database column
    QStringList added;
    QStringList dropped;
    for (const schema::Column &c : t.columns) {
        if (!d.column(c.name))
            added << c.name;
    }
    for (const schema::Column &c : d.columns) {
        if (!t.column(c.name))
            dropped << c.name;
    }
    for (const QString &a : std::as_const(added)) {
        const schema::Column *tc = t.column(a);
        for (const QString &r : std::as_const(dropped)) {
            const schema::Column *dc = d.column(r);
            if (SchemaComparer::typeKey(compiled(tc->type, target)) !=
                    SchemaComparer::typeKey(compiled(dc->type, db)) ||
                tc->nullable != dc->nullable)
                continue;
            RenameCandidate c{RenameCandidate::Kind::Column, t.schema, t.name, r, a};
            if (accepted(c) && !renamedFrom.contains(a) && !renamedFrom.values().contains(r)) {
                renamedFrom.insert(a, r);
            } else if (!accepted(c)) {
                result.renameCandidates.push_back(c);
            }
        }
    }
    for (auto it = renamedFrom.cbegin(); it != renamedFrom.cend(); ++it) {
        AlterColumnOp up;
        up.schema = t.schema;
        up.table = t.name;
        up.column = it.value();
        up.newName = it.key();
        up.existingType = dbDefs.type(d.column(it.value())->type);
        up.existingNullable = d.column(it.value())->nullable;
        AlterColumnOp down = up;
        down.column = it.key();
        down.newName = it.value();
        add(Phase::AlterTables, key, Sub::RenameColumn, makeOp(up, "op.alter_column"),
            makeOp(down, "op.alter_column"));
        added.removeAll(it.key());
        dropped.removeAll(it.value());
    }
    for (const schema::Column &c : t.columns) {
        if (added.contains(c.name)) {
            AddColumnOp up{t.schema, t.name, targetDefs.column(t, c), {}, {}};
            DropColumnOp down{t.schema, t.name, c.name, targetDefs.type(c.type)};
            add(Phase::AlterTables, key, Sub::AddColumn, makeOp(up, "op.add_column"),
                makeOp(down, "op.drop_column"));
            continue;
        }
        const QString dbName = renamedFrom.value(c.name, c.name);
        if (const schema::Column *dc = d.column(dbName))
            compareColumn(t, c, d, *dc);
    }
    for (const schema::Column &c : d.columns) {
        if (!dropped.contains(c.name))
            continue;
        DropColumnOp up{t.schema, t.name, c.name, dbDefs.type(c.type)};
        AddColumnOp down{t.schema, t.name, dbDefs.column(d, c), {}, {}};
        add(Phase::AlterTables, key, Sub::DropColumn, makeOp(up, "op.drop_column"),
            makeOp(down, "op.add_column"));
    }
    compareConstraints(t, d);
    compareIndexes(t, d);
    if (t.comment != d.comment) {
        TableCommentOp up{t.schema, t.name, {}, {}};
        TableCommentOp down = up;
        if (!t.comment.isEmpty())
            up.comment = down.existingComment = t.comment;
        if (!d.comment.isEmpty())
            down.comment = up.existingComment = d.comment;
        add(Phase::AlterTables, key, Sub::Comment,
            makeOp(up, up.comment ? "op.create_table_comment" : "op.drop_table_comment"),
            makeOp(down, down.comment ? "op.create_table_comment" : "op.drop_table_comment"));
    }
}

}  // namespace stratum::migrate::autogen::detail
