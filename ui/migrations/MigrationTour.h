#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace stratum::ui {

class MigrationView;

// The migration history viewer's part of the screenshot tour: the graph with
// the demo's branch and merge, the review pane on each tab for the pending
// range, the drift matrix (three scratch copies of the demo database at
// different revisions, in a temporary folder; nothing is saved) and the
// confirmation dialog. save(widget, name) writes one PNG; waitFor runs the
// event loop until done() or the timeout. GUI thread only.
class MigrationTour
{
public:
    using SaveFn = std::function<bool(QWidget *widget, const QString &name)>;
    using WaitFn = std::function<bool(const std::function<bool()> &done, int timeoutMs)>;

    // view must be loaded (MigrationView::loaded) and on screen in window.
    // Names are "<index>-migrations-..."; index is advanced. False with
    // *error set on failure.
    static bool run(MigrationView *view, QWidget *window, const SaveFn &save, const WaitFn &waitFor,
                    int *index, QString *error);
};

}  // namespace stratum::ui
