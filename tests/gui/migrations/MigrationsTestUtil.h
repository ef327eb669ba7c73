#pragma once
// Shared helpers of the migration history viewer's tests: generated Alembic
// projects (linear, with branches and merges, at any size) and waiting for a
// signal without fixed sleeps.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTextStream>

namespace migtest {

// 12 hex characters, like Alembic's ids; deterministic.
inline QString revisionId(int i)
{
    return QStringLiteral("%1").arg(quint64(i + 1) * 0x9E3779B1ULL % 0xFFFFFFFFFFFFULL, 12, 16,
                                    QLatin1Char('0'));
}

// A revision script as Alembic 1.8 writes it. upgrade/downgrade are the
// bodies' statements (one per entry, already indented by the caller if multi-line).
inline void writeRevision(const QString &dir, const QString &id, const QStringList &down,
                          const QString &message, const QStringList &upgrade,
                          const QStringList &downgrade, const QString &dependsOn = QString(),
                          const QString &date = QStringLiteral("2024-01-01 00:00:00.000000"))
{
    const QString downText = down.isEmpty() ? QStringLiteral("None")
                             : down.size() == 1
                                 ? QLatin1Char('\'') + down.first() + u'\''
                                 : QStringLiteral("('%1')").arg(down.join(QLatin1String("', '")));
    QFile f(QStringLiteral("%1/%2_rev.py").arg(dir, id));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    QTextStream s(&f);
    s << "\"\"\"" << message << "\n\nRevision ID: " << id
      << "\nRevises: " << down.join(QLatin1String(", ")) << "\nCreate Date: " << date
      << "\n\n\"\"\"\n"
      << "from alembic import op\nimport sqlalchemy as sa\n\n\n"
      << "# revision identifiers, used by Alembic.\nrevision = '" << id << "'\n"
      << "down_revision = " << downText << "\nbranch_labels = None\ndepends_on = "
      << (dependsOn.isEmpty() ? QStringLiteral("None") : u'\'' + dependsOn + u'\'') << "\n\n\n"
      << "def upgrade() -> None:\n";
    for (const QString &line : upgrade)
        s << "    " << line << "\n";
    if (upgrade.isEmpty())
        s << "    pass\n";
    s << "\n\ndef downgrade() -> None:\n";
    for (const QString &line : downgrade)
        s << "    " << line << "\n";
    if (downgrade.isEmpty())
        s << "    pass\n";
}

inline QStringList createTable(int n)
{
    return {QStringLiteral("op.create_table('t%1',\n        sa.Column('id', sa.Integer(), "
                           "nullable=False),\n        sa.Column('name', sa.String(length=50), "
                           "nullable=True),\n        sa.PrimaryKeyConstraint('id')\n    )")
                .arg(n)};
}

inline QStringList dropTable(int n)
{
    return {QStringLiteral("op.drop_table('t%1')").arg(n)};
}

// alembic.ini + migrations/versions in root; returns the versions folder.
inline QString writeProject(const QString &root, const QString &url)
{
    QDir(root).mkpath(QStringLiteral("migrations/versions"));
    QFile ini(root + QStringLiteral("/alembic.ini"));
    if (!ini.open(QIODevice::WriteOnly))
        qFatal("cannot write alembic.ini");
    ini.write(QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"
                             "sqlalchemy.url = %1\n")
                  .arg(url)
                  .toUtf8());
    return root + QStringLiteral("/migrations/versions");
}

// n revisions that create tables; every 50th starts a two-revision side branch
// that a merge joins again. Returns the ids in creation order.
inline QStringList writeLargeHistory(const QString &versions, int n)
{
    QStringList ids;
    QString previous;
    int i = 0;
    while (ids.size() < n) {
        const QString id = revisionId(i++);
        writeRevision(versions, id, previous.isEmpty() ? QStringList{} : QStringList{previous},
                      QStringLiteral("step %1 add table t%1").arg(ids.size()),
                      createTable(ids.size()), dropTable(ids.size()));
        ids << id;
        previous = id;
        if (ids.size() % 50 == 0 && ids.size() + 3 <= n) {
            const QString side = revisionId(i++), trunk = revisionId(i++), merge = revisionId(i++);
            writeRevision(versions, side, {id}, QStringLiteral("side %1").arg(ids.size()),
                          createTable(ids.size()), dropTable(ids.size()));
            ids << side;
            writeRevision(versions, trunk, {id}, QStringLiteral("trunk %1").arg(ids.size()),
                          createTable(ids.size()), dropTable(ids.size()));
            ids << trunk;
            writeRevision(versions, merge, {side, trunk},
                          QStringLiteral("merge %1").arg(ids.size()), {}, {});
            ids << merge;
            previous = merge;
        }
    }
    return ids;
}

// Waits for spy to have at least count signals (generous: CI is a loaded 2-core box).
inline bool waitFor(QSignalSpy &spy, int count = 1, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (spy.count() < count && t.elapsed() < timeoutMs)
        spy.wait(200);
    return spy.count() >= count;
}

}  // namespace migtest
