// Loads a generated 1,000-revision history (with a branch and a merge every
// 50 revisions) into the migration history viewer and prints how long each
// part takes: the whole load (read, interpret, lint, lay out), the layout
// alone, and scrolling the graph from top to bottom. Target: load < 1 s.
#include "MigrationsTestUtil.h"

#include "ui/migrations/GraphLayout.h"
#include "ui/migrations/MigrationHistory.h"
#include "ui/migrations/RevisionGraphModel.h"
#include "ui/migrations/RevisionGraphView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace stratum::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const QString versions =
        migtest::writeProject(dir.path(), QStringLiteral("sqlite:///%1/big.db").arg(dir.path()));
    migtest::writeLargeHistory(versions, n);
    const MigrationSource source{QStringLiteral("bench"),
                                 dir.filePath(QStringLiteral("alembic.ini")), QString(),
                                 std::nullopt};

    QList<qint64> loads;
    HistoryPtr history;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto h = MigrationHistory::load(source);
        loads << t.elapsed();
        if (!h) {
            std::fprintf(stderr, "%s\n", qPrintable(h.error().toString()));
            return 1;
        }
        history = h.value();
    }
    std::sort(loads.begin(), loads.end());

    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 20; ++i)
        GraphLayout::compute(history->graph());
    const double layoutMs = t.nsecsElapsed() / 20.0 / 1e6;

    RevisionGraphModel model;
    RevisionGraphView view(&model);
    view.resize(1200, 800);
    view.show();
    model.setHistory(history);
    app.processEvents();
    const int layouts = GraphLayout::computeCount();
    t.restart();
    QScrollBar *bar = view.verticalScrollBar();
    int frames = 0;
    for (int v = 0; v <= bar->maximum(); v += bar->pageStep() / 4, ++frames) {
        bar->setValue(v);
        view.viewport()->repaint();
    }
    const double frameMs = t.nsecsElapsed() / std::max(1, frames) / 1e6;
    std::printf("revisions: %d, lanes: %d\n", n, history->layout().laneCount());
    std::printf("load (median of 5): %lld ms (min %lld, max %lld)\n", loads[2], loads[0], loads[4]);
    std::printf("layout alone: %.2f ms\n", layoutMs);
    std::printf("scroll: %d frames, %.2f ms per frame, layouts during scroll: %d\n", frames,
                frameMs, GraphLayout::computeCount() - layouts);
    return 0;
}
