// Benchmark: `history` over 1,000 revisions (with branches and merges), in
// Alembic's own file layout. Times stratum-cli and /usr/bin/alembic on the same
// project in the same run, checks that both print the same lines, and prints
// the ratio (target: Stratum at least 10x faster). Also times Stratum's
// in-process load + graph + walk.
#include "core/migrate/HistoryReport.h"
#include "core/migrate/ScriptDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace stratum;
using namespace stratum::migrate;

namespace {

QString revisionId(int i)
{
    // 12 hex characters, like Alembic's uuid4()[-12:]; deterministic.
    return QStringLiteral("%1").arg(quint64(i + 1) * 0x9E3779B1ULL % 0xFFFFFFFFFFFFULL, 12, 16,
                                    QLatin1Char('0'));
}

void writeRevision(const QString &dir, const QString &id, const QStringList &down, int n)
{
    const QString message = QStringLiteral("step %1 add table t%1").arg(n);
    QString downText = down.isEmpty() ? QStringLiteral("None")
                       : down.size() == 1
                           ? QLatin1Char('\'') + down.first() + QLatin1Char('\'')
                           : QStringLiteral("('%1')").arg(down.join(QLatin1String("', '")));
    QFile f(QStringLiteral("%1/%2_step_%3_add_table_t%3.py").arg(dir, id).arg(n));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    QTextStream s(&f);
    s << "\"\"\"" << message << "\n\nRevision ID: " << id
      << "\nRevises: " << down.join(QLatin1String(", "))
      << "\nCreate Date: 2024-01-01 00:00:00.000000\n\n\"\"\"\n"
      << "from alembic import op\nimport sqlalchemy as sa\n\n\n"
      << "# revision identifiers, used by Alembic.\nrevision = '" << id << "'\n"
      << "down_revision = " << downText << "\nbranch_labels = None\ndepends_on = None\n\n\n"
      << "def upgrade() -> None:\n    op.create_table(\n        't" << n << "',\n"
      << "        sa.Column('id', sa.Integer(), nullable=False),\n"
      << "        sa.Column('name', sa.String(length=50), nullable=True),\n"
      << "        sa.PrimaryKeyConstraint('id')\n    )\n\n\n"
      << "def downgrade() -> None:\n    op.drop_table('t" << n << "')\n";
}

struct Timing
{
    double medianMs = 0;
    QByteArray output;
};

Timing timeCommand(const QString &program, const QStringList &args, const QString &cwd, int runs)
{
    QList<double> times;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setWorkingDirectory(cwd);
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        p.waitForFinished(600000);
        times << double(timer.nsecsElapsed()) / 1e6;
        if (p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        t.output = p.readAllStandardOutput();
    }
    std::sort(times.begin(), times.end());
    t.medianMs = times[times.size() / 2];
    return t;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 1000;
    QTemporaryDir dir;
    // STRATUM_BENCH_KEEP=1 leaves the generated project behind for profiling.
    if (qEnvironmentVariableIsSet("STRATUM_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("project kept in %s\n", qPrintable(dir.path()));
    }
    // The header cache (Stratum's counterpart of __pycache__) stays in the
    // temporary directory; both tools are measured cold once, then warm.
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    const QString versions = dir.filePath(QStringLiteral("alembic/versions"));
    QDir().mkpath(versions);
    QFile ini(dir.filePath(QStringLiteral("alembic.ini")));
    if (!ini.open(QIODevice::WriteOnly))
        qFatal("cannot write alembic.ini");
    ini.write("[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///x.db\n");
    ini.close();

    // A trunk; every 50 revisions a two-revision side branch that merges back.
    QString previous;
    int n = 0;
    while (n < count) {
        const QString id = revisionId(n);
        writeRevision(versions, id, previous.isEmpty() ? QStringList{} : QStringList{previous}, n);
        ++n;
        if (n % 50 == 0 && n + 3 <= count) {
            const QString side1 = revisionId(n), side2 = revisionId(n + 1),
                          trunk = revisionId(n + 2), merge = revisionId(n + 3);
            writeRevision(versions, side1, {id}, n);
            writeRevision(versions, side2, {side1}, n + 1);
            writeRevision(versions, trunk, {id}, n + 2);
            writeRevision(versions, merge, {side2, trunk}, n + 3);
            n += 4;
            previous = merge;
        } else {
            previous = id;
        }
    }

    QElapsedTimer inProcess;
    inProcess.start();
    Result<ScriptDirectory> scripts =
        ScriptDirectory::load({QStringLiteral("alembic"), {}, dir.path(), false});
    Result<stratum::migrate::RevisionGraph> graph = scripts->strictGraph();
    if (!graph)
        qFatal("%s", qPrintable(graph.error().toString()));
    Result<QString> text = HistoryReport::history(graph.value(), QString(), false);
    const double inProcessMs = double(inProcess.nsecsElapsed()) / 1e6;

    const QString cli = QStringLiteral(STRATUM_CLI_PATH);
    const QStringList history{QStringLiteral("history")};
    const Timing stratumCold = timeCommand(cli, history, dir.path(), 1);
    const Timing alembicCold =
        timeCommand(QStringLiteral("/usr/bin/alembic"), history, dir.path(), 1);
    const Timing stratum = timeCommand(cli, history, dir.path(), 5);
    const Timing alembic = timeCommand(QStringLiteral("/usr/bin/alembic"), history, dir.path(), 3);
    const bool same = stratum.output == alembic.output && stratumCold.output == alembic.output;

    std::printf("revisions:                 %d (%lld lines of history)\n", count,
                static_cast<long long>(text->count(QLatin1Char('\n'))));
    std::printf("stratum in-process parse+graph+history, no cache: %.1f ms\n", inProcessMs);
    std::printf("first run  (no header cache / no __pycache__):\n");
    std::printf("  stratum-cli history: %8.1f ms\n", stratumCold.medianMs);
    std::printf("  alembic history:     %8.1f ms   ratio %.1fx\n", alembicCold.medianMs,
                alembicCold.medianMs / stratumCold.medianMs);
    std::printf("warm runs  (median of 5 / 3):\n");
    std::printf("  stratum-cli history: %8.1f ms\n", stratum.medianMs);
    std::printf("  alembic history:     %8.1f ms   ratio %.1fx (target >= 10x)\n", alembic.medianMs,
                alembic.medianMs / stratum.medianMs);
    std::printf("outputs identical:     %s\n", same ? "yes" : "NO");
    return same ? 0 : 1;
}
