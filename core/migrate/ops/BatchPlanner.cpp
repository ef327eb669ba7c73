#include "core/migrate/ops/BatchPlanner.h"

#include <QHash>

namespace stratum::migrate {

using schema::TypeKind;

namespace {

Error batchError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("batch");
    return e;
}

// SQLAlchemy's type affinity, coarsely: a CAST is written when it changes.
QString affinity(const TypeSpec &t)
{
    if (t.type.isArray())
        return QStringLiteral("array");
    switch (t.type.kind) {
    case TypeKind::Integer:
    case TypeKind::BigInteger:
    case TypeKind::SmallInteger:
        return QStringLiteral("integer");
    case TypeKind::Numeric:
    case TypeKind::Float:
        return QStringLiteral("numeric");
    case TypeKind::String:
    case TypeKind::Char:
    case TypeKind::Text:
    case TypeKind::Enum:
        return QStringLiteral("string");
    case TypeKind::Json:
    case TypeKind::Jsonb:
        return QStringLiteral("json");
    case TypeKind::Verbatim:
        return t.type.verbatim.toLower();
    default:
        return schema::ColumnType::kindName(t.type.kind);
    }
}

QString actionText(schema::ReferentialAction a)
{
    switch (a) {
    case schema::ReferentialAction::NoAction:
        return {};
    case schema::ReferentialAction::Restrict:
        return QStringLiteral("RESTRICT");
    case schema::ReferentialAction::Cascade:
        return QStringLiteral("CASCADE");
    case schema::ReferentialAction::SetNull:
        return QStringLiteral("SET NULL");
    case schema::ReferentialAction::SetDefault:
        return QStringLiteral("SET DEFAULT");
    }
    return {};
}

void renameIn(QStringList &columns, const QString &from, const QString &to)
{
    for (QString &c : columns) {
        if (c == from)
            c = to;
    }
}

}  // namespace

bool BatchPlanner::needsRecreate(const BatchAlterTableOp &batch, schema::Dialect dialect)
{
    if (batch.recreate == QLatin1String("always"))
        return true;
    if (batch.recreate == QLatin1String("never") || dialect != schema::Dialect::SQLite)
        return false;
    for (const Operation &op : batch.operations) {
        if (const AddColumnOp *add = op.as<AddColumnOp>()) {
            if (add->column.serverDefault.kind == ServerDefault::Kind::Sql ||
                add->column.serverDefault.kind == ServerDefault::Kind::Boolean ||
                (add->column.computed &&
                 add->column.computed->persisted == std::optional<bool>(true)))
                return true;
        } else if (!op.as<CreateIndexOp>() && !op.as<DropIndexOp>()) {
            return true;
        }
    }
    return false;
}

Status BatchPlanner::apply(TableDef &t, const Operation &op, std::vector<Transfer> *transfers)
{
    auto findTransfer = [transfers](const QString &target) -> Transfer * {
        if (!transfers)
            return nullptr;
        for (Transfer &tr : *transfers) {
            if (tr.target == target)
                return &tr;
        }
        return nullptr;
    };
    if (const AddColumnOp *add = op.as<AddColumnOp>()) {
        if (t.column(add->column.name))
            return batchError(QStringLiteral("table %1 already has a column %2")
                                  .arg(t.displayName(), add->column.name));
        auto at = t.columns.end();
        const QString anchor = !add->insertBefore.isEmpty() ? add->insertBefore : add->insertAfter;
        if (!anchor.isEmpty()) {
            at = std::find_if(t.columns.begin(), t.columns.end(),
                              [&](const ColumnDef &c) { return c.name == anchor; });
            if (at == t.columns.end())
                return batchError(QStringLiteral("no column %1 in %2 to insert %3 next to")
                                      .arg(anchor, t.displayName(), add->column.name));
            if (add->insertBefore.isEmpty())
                ++at;
        }
        ColumnDef c = add->column;
        c.nullableGiven = true;
        c.nullable = add->column.nullableGiven ? add->column.nullable : !add->column.primaryKey;
        t.columns.insert(at, c);
        if (transfers)
            transfers->push_back({c.name, {}, {}});
        return Ok{};
    }
    if (const DropColumnOp *drop = op.as<DropColumnOp>()) {
        auto it = std::find_if(t.columns.begin(), t.columns.end(),
                               [&](const ColumnDef &c) { return c.name == drop->column; });
        if (it == t.columns.end())
            return batchError(
                QStringLiteral("no column %1 in %2").arg(drop->column, t.displayName()));
        t.columns.erase(it);
        for (ConstraintDef &c : t.constraints) {
            if (c.kind == ConstraintDef::Kind::PrimaryKey)
                c.columns.removeAll(drop->column);
        }
        if (transfers) {
            transfers->erase(
                std::remove_if(transfers->begin(), transfers->end(),
                               [&](const Transfer &tr) { return tr.target == drop->column; }),
                transfers->end());
        }
        return Ok{};
    }
    if (const AlterColumnOp *alter = op.as<AlterColumnOp>()) {
        ColumnDef *c = t.column(alter->column);
        if (!c)
            return batchError(
                QStringLiteral("no column %1 in %2").arg(alter->column, t.displayName()));
        if (alter->type) {
            if (Transfer *tr = findTransfer(c->name); tr &&
                                                      affinity(c->type) != affinity(*alter->type) &&
                                                      alter->type->type.kind != TypeKind::Json)
                tr->castTo = *alter->type;
            c->type = *alter->type;
        }
        if (alter->nullable) {
            c->nullable = *alter->nullable;
            c->nullableGiven = true;
        }
        if (alter->serverDefault)
            c->serverDefault = *alter->serverDefault;
        if (alter->commentGiven)
            c->comment = alter->comment;
        if (alter->newName && *alter->newName != c->name) {
            const QString from = c->name;
            const QString &to = *alter->newName;
            c->name = to;
            for (ConstraintDef &k : t.constraints)
                renameIn(k.columns, from, to);
            for (IndexDef &ix : t.indexes) {
                for (schema::IndexElement &e : ix.elements) {
                    if (e.column == from)
                        e.column = to;
                }
            }
            if (Transfer *tr = findTransfer(from))
                tr->target = to;
        }
        return Ok{};
    }
    if (const AddConstraintOp *add = op.as<AddConstraintOp>()) {
        ConstraintDef c = add->constraint;
        if (transfers && c.name.isEmpty())
            return batchError(QStringLiteral("a constraint added in batch mode must have a name"));
        if (c.kind == ConstraintDef::Kind::PrimaryKey) {
            t.constraints.erase(std::remove_if(t.constraints.begin(), t.constraints.end(),
                                               [](const ConstraintDef &k) {
                                                   return k.kind == ConstraintDef::Kind::PrimaryKey;
                                               }),
                                t.constraints.end());
            for (ColumnDef &col : t.columns)
                col.primaryKey = false;
        }
        t.constraints.push_back(c);
        return Ok{};
    }
    if (const DropConstraintOp *drop = op.as<DropConstraintOp>()) {
        auto it =
            std::find_if(t.constraints.begin(), t.constraints.end(),
                         [&](const ConstraintDef &k) { return k.name.value == drop->name.value; });
        if (it != t.constraints.end()) {
            t.constraints.erase(it);
            return Ok{};
        }
        for (ColumnDef &col : t.columns) {
            auto fk = std::find_if(
                col.foreignKeys.begin(), col.foreignKeys.end(),
                [&](const ConstraintDef &k) { return k.name.value == drop->name.value; });
            if (fk != col.foreignKeys.end()) {
                col.foreignKeys.erase(fk);
                return Ok{};
            }
        }
        return batchError(QStringLiteral("No such constraint: '%1' on %2")
                              .arg(drop->name.value, t.displayName()));
    }
    if (const CreateIndexOp *create = op.as<CreateIndexOp>()) {
        t.indexes.push_back(create->index);
        return Ok{};
    }
    if (const DropIndexOp *drop = op.as<DropIndexOp>()) {
        auto it = std::find_if(t.indexes.begin(), t.indexes.end(), [&](const IndexDef &ix) {
            return ix.name.value == drop->name.value;
        });
        if (it == t.indexes.end())
            return batchError(
                QStringLiteral("No such index: '%1' on %2").arg(drop->name.value, t.displayName()));
        t.indexes.erase(it);
        return Ok{};
    }
    if (const TableCommentOp *comment = op.as<TableCommentOp>()) {
        t.comment = comment->comment;
        return Ok{};
    }
    return batchError(QStringLiteral("%1 cannot be part of a batch").arg(op.call));
}

Result<QStringList> BatchPlanner::moveAndCopy(const TableDef &existing,
                                              const BatchAlterTableOp &batch, const DdlWriter &w)
{
    TableDef next = existing;
    // Column-level flags become real constraints and indexes, as in the copy Alembic makes.
    next.constraints = w.effectiveConstraints(existing);
    next.indexes = w.effectiveIndexes(existing);
    for (ColumnDef &c : next.columns) {
        c.foreignKeys.clear();
        c.unique = c.index = c.primaryKey = false;
        c.nullableGiven = true;
        c.nullable = existing.column(c.name)->nullableGiven
                         ? existing.column(c.name)->nullable
                         : existing.column(c.name)->nullable &&
                               !DdlWriter::primaryKeyColumns(existing).contains(c.name);
    }
    const std::vector<IndexDef> oldIndexes = next.indexes;
    next.indexes.clear();
    std::vector<IndexDef> keptIndexes = oldIndexes;
    std::vector<Transfer> transfers;
    for (const ColumnDef &c : existing.columns)
        transfers.push_back({c.name, c.name, {}});
    for (const Operation &op : batch.operations) {
        if (const DropIndexOp *drop = op.as<DropIndexOp>()) {
            auto it = std::find_if(keptIndexes.begin(), keptIndexes.end(), [&](const IndexDef &ix) {
                return ix.name.value == drop->name.value;
            });
            if (it == keptIndexes.end())
                return batchError(QStringLiteral("No such index: '%1' on %2")
                                      .arg(drop->name.value, existing.displayName()));
            keptIndexes.erase(it);
            continue;
        }
        if (const AlterColumnOp *alter = op.as<AlterColumnOp>(); alter && alter->newName) {
            for (IndexDef &ix : keptIndexes) {
                for (schema::IndexElement &e : ix.elements) {
                    if (e.column == alter->column)
                        e.column = *alter->newName;
                }
            }
        }
        if (Status s = apply(next, op, &transfers); !s)
            return s.error();
    }
    // Constraints whose columns are gone go with them (Alembic's issubset rule).
    next.constraints.erase(std::remove_if(next.constraints.begin(), next.constraints.end(),
                                          [&](const ConstraintDef &k) {
                                              for (const QString &c : k.columns) {
                                                  if (!next.column(c))
                                                      return true;
                                              }
                                              return k.kind == ConstraintDef::Kind::PrimaryKey &&
                                                     k.columns.isEmpty();
                                          }),
                           next.constraints.end());
    std::vector<IndexDef> indexes = keptIndexes;
    indexes.insert(indexes.end(), next.indexes.begin(), next.indexes.end());
    for (const IndexDef &ix : indexes) {
        for (const schema::IndexElement &e : ix.elements) {
            if (!e.isExpression() && !next.column(e.column))
                return batchError(QStringLiteral("index %1 refers to column %2, which the batch "
                                                 "removes from %3; drop the index first")
                                      .arg(ix.name.value, e.column, existing.displayName()));
        }
    }
    next.indexes.clear();

    const QString temp = tempName(existing.name);
    TableDef tempTable = next;
    tempTable.name = temp;
    QStringList out;
    Result<QString> create = w.createTable(tempTable);
    if (!create)
        return create.error();
    out << *create;
    QStringList targets;
    QStringList sources;
    const QString oldTable = w.table(existing.schema, existing.name);
    for (const Transfer &tr : transfers) {
        if (tr.source.isEmpty())
            continue;
        targets << w.quote(tr.target);
        QString expr = w.quote(existing.name) + u'.' + w.quote(tr.source);
        if (tr.castTo) {
            Result<QString> type = w.type(*tr.castTo, tr.target);
            if (!type)
                return type.error();
            expr = QStringLiteral("CAST(") + expr + QStringLiteral(" AS ") + *type + u')';
        }
        sources << expr;
    }
    if (!targets.isEmpty())
        out << QStringLiteral("INSERT INTO ") + w.table(existing.schema, temp) +
                   QStringLiteral(" (") + targets.join(QStringLiteral(", ")) +
                   QStringLiteral(") SELECT ") + sources.join(QStringLiteral(", ")) +
                   QStringLiteral(" \nFROM ") + oldTable;
    out << QStringLiteral("DROP TABLE ") + oldTable;
    out << QStringLiteral("ALTER TABLE ") + w.table(existing.schema, temp) +
               QStringLiteral(" RENAME TO ") + w.quote(existing.name);
    for (const IndexDef &ix : indexes) {
        Result<QString> sql = w.createIndex(existing.schema, existing.name, ix);
        if (!sql)
            return sql.error();
        out << *sql;
    }
    return out;
}

TableDef BatchPlanner::fromSchemaTable(const schema::Table &t,
                                       const QHash<QString, QString> &declared)
{
    TableDef out;
    out.schema = t.schema;
    out.name = t.name;
    if (!t.comment.isEmpty())
        out.comment = t.comment;
    for (const schema::Column &c : t.columns) {
        ColumnDef d;
        d.name = c.name;
        d.type.type = c.type;
        d.type.declared = declared.value(c.name);
        d.nullable = c.nullable;
        d.nullableGiven = true;
        if (!c.serverDefault.isEmpty())
            d.serverDefault = ServerDefault::sql(c.serverDefault);
        if (!c.computed.isEmpty())
            d.computed = Computed{c.computed, true};
        if (!c.comment.isEmpty())
            d.comment = c.comment;
        out.sqliteAutoincrement = out.sqliteAutoincrement || c.autoincrement;
        out.columns.push_back(d);
    }
    if (!t.primaryKey.columns.isEmpty()) {
        ConstraintDef pk;
        pk.kind = ConstraintDef::Kind::PrimaryKey;
        pk.name = {t.primaryKey.name, true};
        pk.columns = t.primaryKey.columns;
        out.constraints.push_back(pk);
    }
    for (const schema::ForeignKey &fk : t.foreignKeys) {
        ConstraintDef c;
        c.kind = ConstraintDef::Kind::ForeignKey;
        c.name = {fk.name, true};
        c.columns = fk.columns;
        c.referredSchema = fk.referredSchema == t.schema ? QString() : fk.referredSchema;
        c.referredTable = fk.referredTable;
        c.referredColumns = fk.referredColumns;
        c.onDelete = actionText(fk.onDelete);
        c.onUpdate = actionText(fk.onUpdate);
        if (fk.deferrable)
            c.deferrable = true;
        if (fk.initiallyDeferred)
            c.initially = QStringLiteral("DEFERRED");
        out.constraints.push_back(c);
    }
    for (const schema::UniqueConstraint &u : t.uniqueConstraints) {
        ConstraintDef c;
        c.kind = ConstraintDef::Kind::Unique;
        c.name = {u.name, true};
        c.columns = u.columns;
        if (u.deferrable)
            c.deferrable = true;
        if (u.initiallyDeferred)
            c.initially = QStringLiteral("DEFERRED");
        out.constraints.push_back(c);
    }
    for (const schema::CheckConstraint &ck : t.checkConstraints) {
        ConstraintDef c;
        c.kind = ConstraintDef::Kind::Check;
        c.name = {ck.name, true};
        c.sqlText = ck.sqlText;
        out.constraints.push_back(c);
    }
    for (const schema::Index &ix : t.indexes) {
        IndexDef d;
        d.name = {ix.name, true};
        d.elements = ix.elements;
        d.unique = ix.unique;
        d.sqliteWhere = ix.where;
        d.postgresqlWhere = ix.where;
        d.postgresqlUsing = ix.method == QLatin1String("btree") ? QString() : ix.method;
        d.postgresqlInclude = ix.include;
        out.indexes.push_back(d);
    }
    return out;
}

}  // namespace stratum::migrate
