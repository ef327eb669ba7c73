#include "core/migrate/run/OfflineScript.h"

#include "core/migrate/run/HeadMaintainer.h"

namespace stratum::migrate {

namespace {

Error commandError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("usage");
    return e;
}

// Alembic's impl._exec in as_sql mode: tabs become four spaces, the text is
// stripped and terminated, and static_output adds a blank line.
QString statement(const QString &sql)
{
    QString text = sql;
    text.replace(u'\t', QLatin1String("    "));
    return text.trimmed() + QLatin1String(";\n\n");
}

}  // namespace

OfflineScript::OfflineScript(const RevisionGraph &graph, schema::Dialect dialect,
                             StepOperations &operations, MigratorOptions options)
    : m_graph(graph)
    , m_dialect(dialect)
    , m_operations(operations)
    , m_options(std::move(options))
    , m_table(dialect, m_options.versionTable, m_options.versionTableSchema)
{}

Result<QString> OfflineScript::upgrade(const QString &revision)
{
    const qsizetype colon = revision.indexOf(u':');
    if (colon < 0)
        return run(Command::Upgrade, QString(), {revision});
    return run(Command::Upgrade, revision.left(colon), {revision.mid(colon + 1)});
}

Result<QString> OfflineScript::downgrade(const QString &revision)
{
    const qsizetype colon = revision.indexOf(u':');
    if (colon < 0)
        return commandError(QStringLiteral("downgrade with --sql requires <fromrev>:<torev>"));
    return run(Command::Downgrade, revision.left(colon), {revision.mid(colon + 1)});
}

Result<QString> OfflineScript::stamp(const QStringList &revisions)
{
    QString start;
    bool haveStart = false;
    QStringList destinations;
    for (const QString &r : revisions) {
        const qsizetype colon = r.indexOf(u':');
        if (colon >= 0) {
            const QString s = r.left(colon);
            if (haveStart && s != start)
                return commandError(QStringLiteral("Stamp operation with --sql only supports a "
                                                   "single starting revision at a time"));
            start = s;
            haveStart = true;
            destinations << r.mid(colon + 1);
        } else {
            destinations << r;
        }
    }
    return run(Command::Stamp, start, destinations);
}

Result<QStringList> OfflineScript::startingHeads(const QString &start) const
{
    // MigrationContext.get_current_heads in as_sql mode: starting_rev
    // resolved with get_revision, "base" meaning none.
    if (start.isEmpty() || start == QLatin1String("base"))
        return QStringList();
    Result<int> rev = m_graph.revisionFor(start);
    if (!rev)
        return rev.error();
    if (rev.value() < 0)
        return QStringList();
    return QStringList{m_graph.id(rev.value())};
}

Result<QString> OfflineScript::run(Command command, const QString &start,
                                   const QStringList &destinations)
{
    Result<QStringList> heads = startingHeads(start);
    if (!heads)
        return heads.error();
    Result<QList<MigrationStep>> steps =
        command == Command::Upgrade ? planUpgrade(m_graph, heads.value(), destinations.value(0))
        : command == Command::Downgrade
            ? planDowngrade(m_graph, heads.value(), destinations.value(0))
            : planStamp(m_graph, heads.value(), destinations);
    if (!steps)
        return steps.error();
    for (const MigrationStep &step : steps.value())
        if (!step.isStamp())
            if (Status s = m_operations.check(step); !s)
                return s.error();

    const bool transactional = m_dialect == schema::Dialect::PostgreSQL;
    const bool perMigration = m_options.transactionPerMigration;
    auto info = [this](const QString &line) {
        if (m_info)
            m_info(line);
    };
    info(transactional ? QStringLiteral("Context impl PostgresqlImpl.")
                       : QStringLiteral("Context impl SQLiteImpl."));
    info(QStringLiteral("Generating static SQL"));
    info(transactional ? QStringLiteral("Will assume transactional DDL.")
                       : QStringLiteral("Will assume non-transactional DDL."));

    QString out;
    HeadMaintainer maintainer(
        m_graph, m_table, heads.value(),
        [&out](const QString &sql) -> Result<qint64> {
            out += statement(sql);
            return qint64(-1);
        },
        true);
    if (transactional && !perMigration)
        out += QStringLiteral("BEGIN;\n\n");
    for (const MigrationStep &step : steps.value()) {
        if (transactional && perMigration)
            out += QStringLiteral("BEGIN;\n\n");
        if (maintainer.heads().isEmpty())
            out += statement(m_table.createSql());
        info(QStringLiteral("Running ") + step.toString());
        out += QStringLiteral("-- Running ") + step.shortLog() + QLatin1String("\n\n");
        if (!step.isStamp()) {
            Result<QStringList> sql = m_operations.render(step);
            if (!sql)
                return sql.error();
            for (const QString &s : sql.value())
                out += statement(s);
        }
        if (Status s = maintainer.updateToStep(step); !s)
            return s.error();
        if (transactional && perMigration)
            out += QStringLiteral("COMMIT;\n\n");
    }
    if (maintainer.heads().isEmpty())
        out += statement(m_table.dropSql());
    if (transactional && !perMigration)
        out += QStringLiteral("COMMIT;\n\n");
    return out;
}

}  // namespace stratum::migrate
