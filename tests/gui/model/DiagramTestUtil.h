#pragma once
// Helpers of the ER diagram tests and benchmark: a generated large model with
// foreign keys, Chinook in a SQLite file, and the set of (from, to, columns)
// edges of a model and of a diagram, to compare the two.

#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/schema/Inspector.h"
#include "core/schema/ModelFile.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/RelationshipItem.h"

#include <QFile>
#include <QSet>

#include <memory>

namespace diagramtest {

using namespace stratum;

// n tables t0000..; table i > 0 refers to one or two earlier tables (two for
// every third), with 4 to 9 columns; every tenth table lives in schema "audit".
inline schema::MetaData largeModel(int n)
{
    schema::MetaData md;
    md.tables.reserve(n);
    auto nameOf = [](int i) { return QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0')); };
    auto schemaOf = [](int i) { return i % 10 == 9 ? QStringLiteral("audit") : QString(); };
    for (int i = 0; i < n; ++i) {
        schema::Table t;
        t.schema = schemaOf(i);
        t.name = nameOf(i);
        schema::Column id;
        id.name = QStringLiteral("id");
        id.type = schema::ColumnType::integer();
        id.nullable = false;
        t.columns.push_back(id);
        t.primaryKey.columns = {id.name};
        const int extra = 3 + (i * 31) % 6;
        for (int c = 0; c < extra; ++c) {
            schema::Column col;
            col.name = QStringLiteral("column_%1").arg(c);
            col.type = c % 2 ? schema::ColumnType::string(80) : schema::ColumnType::numeric(12, 2);
            col.nullable = c % 3 != 0;
            t.columns.push_back(col);
        }
        const int refs = i == 0 ? 0 : (i % 3 == 0 && i > 1 ? 2 : 1);
        for (int r = 0; r < refs; ++r) {
            const int target = r == 0 ? (i * 7919) % i : (i * 104729 + 17) % i;
            schema::Column fkCol;
            fkCol.name = QStringLiteral("ref%1_id").arg(r);
            fkCol.type = schema::ColumnType::integer();
            fkCol.nullable = r == 1;
            t.columns.push_back(fkCol);
            schema::ForeignKey fk;
            fk.columns = {fkCol.name};
            fk.referredSchema = schemaOf(target);
            fk.referredTable = nameOf(target);
            fk.referredColumns = {QStringLiteral("id")};
            t.foreignKeys.push_back(fk);
        }
        md.tables.push_back(std::move(t));
    }
    return md;
}

inline std::unique_ptr<engine::DriverConnection> connectTo(const QString &url, QString *error)
{
    auto parsed = config::Url::parse(url);
    if (!parsed) {
        *error = parsed.error().message;
        return {};
    }
    auto driver = engine::Driver::create(*parsed);
    if (!driver) {
        *error = driver.error().message;
        return {};
    }
    auto c = driver.value()->connect();
    if (!c) {
        *error = c.error().message;
        return {};
    }
    return std::move(c).value();
}

// Runs a script file (as one batch) on the connection; empty on success.
inline QString runScript(engine::DriverConnection &c, const QString &sql)
{
    for (const QString &s : {QStringLiteral("BEGIN"), sql, QStringLiteral("COMMIT")}) {
        auto r = c.execute(s);
        if (!r)
            return r.error().message;
    }
    return {};
}

inline QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

using EdgeSet = QSet<QString>;

inline QString edgeText(const QString &from, const QString &to, const QStringList &columns,
                        const QStringList &referred)
{
    return from + QStringLiteral(" (") + columns.join(u',') + QStringLiteral(") -> ") + to +
           QStringLiteral(" (") + referred.join(u',') + u')';
}

inline EdgeSet foreignKeysOf(const schema::MetaData &md)
{
    EdgeSet out;
    for (const schema::Table &t : md.tables) {
        for (const schema::ForeignKey &fk : t.foreignKeys) {
            const QString to = fk.referredSchema.isEmpty()
                                   ? fk.referredTable
                                   : fk.referredSchema + u'.' + fk.referredTable;
            out.insert(edgeText(t.displayName(), to, fk.columns, fk.referredColumns));
        }
    }
    return out;
}

inline EdgeSet edgesOf(const ui::ErDiagramScene &scene)
{
    EdgeSet out;
    for (const ui::RelationshipItem *e : scene.relationships())
        out.insert(edgeText(e->info().fromKey, e->info().toKey, e->info().columns,
                            e->info().referredColumns));
    return out;
}

inline QString describe(const EdgeSet &a, const EdgeSet &b)
{
    const EdgeSet onlyA = EdgeSet(a).subtract(b), onlyB = EdgeSet(b).subtract(a);
    const QStringList missing(onlyA.begin(), onlyA.end()), extra(onlyB.begin(), onlyB.end());
    return QStringLiteral("missing: %1; extra: %2")
        .arg(missing.join(QStringLiteral("; ")), extra.join(QStringLiteral("; ")));
}

}  // namespace diagramtest
