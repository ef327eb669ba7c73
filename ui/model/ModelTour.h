#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace stratum::ui {

class ModelEditorWidget;

// The model editor's part of the screenshot tour: Chinook reflected from a
// scratch SQLite database (the fixture's script), Pagila as the state at the
// head of its Alembic history (the fixture revisions, replayed without a
// database) and the table editor on Chinook's Track after adding a column and
// an index (Chinook's tab has a scratch Alembic project for Generate revision).
// Everything lives in a temporary folder; nothing is saved. The fixtures come
// from the source tree (tests/fixtures), found from $STRATUM_FIXTURES, the
// working folder or the executable's folder upwards; without them the part
// is skipped (an installed binary has none). GUI thread only.
class ModelTour
{
public:
    using SaveFn = std::function<bool(QWidget *widget, const QString &name)>;
    using WaitFn = std::function<bool(const std::function<bool()> &done, int timeoutMs)>;
    // Puts an editor on screen (the shell adds it as a document tab and
    // makes it current); the tour deletes the editors when it is done.
    using ShowFn = std::function<void(ModelEditorWidget *editor)>;

    // The tests/fixtures folder, or empty.
    static QString fixturesFolder();

    // Names are "<index>-model-..."; index is advanced. False with *error
    // set on failure; true without shots when there are no fixtures.
    static bool run(QWidget *window, const ShowFn &show, const SaveFn &save, const WaitFn &waitFor,
                    int *index, QString *error);
};

}  // namespace stratum::ui
