#include "core/migrate/autogen/ServerNormalizer.h"

#include "core/engine/DriverConnection.h"
#include "core/schema/CatalogQuery.h"

#include <QRegularExpression>

#include <atomic>
#include <map>

namespace stratum::migrate::autogen {

namespace {

constexpr int kColumnsPerTable = 1000;  // PostgreSQL allows 1,600
const QString kSavepoint = QStringLiteral("stratum_autogen_probe");

QString checkText(const QString &definition)
{
    static const QRegularExpression re(
        QStringLiteral("^CHECK *\\((.+)\\)( NO INHERIT)?( NOT VALID)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(definition);
    return m.hasMatch() ? m.captured(1) : definition;
}

}  // namespace

ServerNormalizer::ServerNormalizer(engine::DriverConnection &connection)
    : m_connection(connection)
{}

Status ServerNormalizer::run(const QString &sql)
{
    ++m_statements;
    Result<engine::ExecResult> r = m_connection.execute(sql);
    if (!r)
        return r.error();
    return Ok{};
}

Status ServerNormalizer::defaults(const std::vector<const NormalizeProbe *> &probes, int batch,
                                  Normalized &out)
{
    auto createSql = [](const QString &table, const std::vector<const NormalizeProbe *> &list) {
        QStringList cols;
        for (size_t i = 0; i < list.size(); ++i)
            cols << QStringLiteral("c%1 %2 DEFAULT %3")
                        .arg(i)
                        .arg(list[i]->typeSql, list[i]->expression);
        return QStringLiteral("CREATE TEMPORARY TABLE %1 (%2)")
            .arg(table, cols.join(QLatin1String(", ")));
    };
    const QString table = QStringLiteral("stratum_autogen_d%1").arg(batch);
    if (Status s = m_connection.savepoint(kSavepoint); !s)
        return s;
    Status created = run(createSql(table, probes));
    std::vector<std::pair<QString, const NormalizeProbe *>> columns;  // "table.cN" -> probe
    if (created) {
        for (size_t i = 0; i < probes.size(); ++i)
            columns.push_back({table + QStringLiteral(".c%1").arg(i), probes[i]});
    } else {
        // One expression the server rejects spoils the batch: retry one by one.
        if (Status s = m_connection.rollbackToSavepoint(kSavepoint); !s)
            return s;
        for (size_t i = 0; i < probes.size(); ++i) {
            const QString single = table + QStringLiteral("_%1").arg(i);
            if (Status s = m_connection.savepoint(kSavepoint); !s)
                return s;
            if (run(createSql(single, {probes[i]}))) {
                columns.push_back({single + QStringLiteral(".c0"), probes[i]});
            } else if (Status s = m_connection.rollbackToSavepoint(kSavepoint); !s) {
                return s;
            }
        }
    }
    if (columns.empty())
        return Ok{};
    std::atomic<bool> cancelled{false};
    schema::CatalogQuery q(m_connection, cancelled, {}, 0);
    ++m_statements;
    Result<schema::CatalogRows> rows = q.run(
        QStringLiteral("normalised defaults"),
        QStringLiteral("SELECT c.relname || '.' || a.attname, pg_catalog.pg_get_expr(d.adbin, "
                       "d.adrelid) FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON "
                       "c.oid = d.adrelid JOIN pg_catalog.pg_attribute a ON a.attrelid = "
                       "d.adrelid AND a.attnum = d.adnum WHERE c.relnamespace = "
                       "pg_catalog.pg_my_temp_schema() AND c.relname LIKE $1"),
        {table + u'%'});
    if (!rows)
        return rows.error();
    std::map<QString, QString> byColumn;
    for (const QStringList &r : *rows)
        byColumn[r.value(0)] = r.value(1);
    for (const auto &[column, probe] : columns) {
        if (auto it = byColumn.find(column); it != byColumn.end())
            out.insert(probe->key(), it->second);
    }
    return Ok{};
}

Status ServerNormalizer::checks(const std::vector<const NormalizeProbe *> &probes, Normalized &out)
{
    std::map<QString, std::vector<const NormalizeProbe *>> byTable;
    for (const NormalizeProbe *p : probes)
        byTable[p->table].push_back(p);
    std::map<QString, const NormalizeProbe *> byConstraint;  // "table.kN"
    int n = 0;
    for (const auto &[table, list] : byTable) {
        const QString temp = QStringLiteral("stratum_autogen_c%1").arg(n++);
        if (Status s = m_connection.savepoint(kSavepoint); !s)
            return s;
        if (!run(QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE %2)").arg(temp, table))) {
            if (Status s = m_connection.rollbackToSavepoint(kSavepoint); !s)
                return s;
            continue;
        }
        for (size_t i = 0; i < list.size(); ++i) {
            if (Status s = m_connection.savepoint(kSavepoint); !s)
                return s;
            const QString name = QStringLiteral("k%1").arg(i);
            if (run(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3) NOT VALID")
                        .arg(temp, name, list[i]->expression))) {
                byConstraint[temp + u'.' + name] = list[i];
            } else if (Status s = m_connection.rollbackToSavepoint(kSavepoint); !s) {
                return s;
            }
        }
    }
    if (byConstraint.empty())
        return Ok{};
    std::atomic<bool> cancelled{false};
    schema::CatalogQuery q(m_connection, cancelled, {}, 0);
    ++m_statements;
    Result<schema::CatalogRows> rows =
        q.run(QStringLiteral("normalised checks"),
              QStringLiteral(
                  "SELECT c.relname || '.' || k.conname, pg_catalog.pg_get_constraintdef(k.oid) "
                  "FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = "
                  "k.conrelid WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND "
                  "c.relname LIKE 'stratum_autogen_c%' AND k.contype = 'c'"));
    if (!rows)
        return rows.error();
    for (const QStringList &r : *rows) {
        if (auto it = byConstraint.find(r.value(0)); it != byConstraint.end())
            out.insert(it->second->key(), checkText(r.value(1)));
    }
    return Ok{};
}

Result<Normalized> ServerNormalizer::normalize(const std::vector<NormalizeProbe> &probes)
{
    Normalized out;
    if (probes.empty())
        return out;
    std::vector<const NormalizeProbe *> defaultProbes;
    std::vector<const NormalizeProbe *> checkProbes;
    for (const NormalizeProbe &p : probes)
        (p.kind == NormalizeProbe::Kind::Default ? defaultProbes : checkProbes).push_back(&p);

    // Everything happens in a transaction of our own (or a savepoint inside
    // the caller's) that is rolled back: the temporary tables never persist.
    const bool own = m_connection.transactionStatus() == engine::TransactionStatus::Idle;
    const QString outer = QStringLiteral("stratum_autogen");
    Status opened = own ? m_connection.begin() : m_connection.savepoint(outer);
    if (!opened)
        return opened.error();
    Status status = Ok{};
    for (size_t i = 0; status && i < defaultProbes.size(); i += kColumnsPerTable) {
        const auto end = defaultProbes.begin() +
                         std::ptrdiff_t(std::min(defaultProbes.size(), i + kColumnsPerTable));
        status = defaults({defaultProbes.begin() + std::ptrdiff_t(i), end},
                          int(i / kColumnsPerTable), out);
    }
    if (status && !checkProbes.empty())
        status = checks(checkProbes, out);
    Status closed = own ? m_connection.rollback() : m_connection.rollbackToSavepoint(outer);
    if (!status)
        return status.error();
    if (!closed)
        return closed.error();
    if (!own)
        (void)m_connection.releaseSavepoint(outer);
    return out;
}

}  // namespace stratum::migrate::autogen
