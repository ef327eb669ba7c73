#pragma once

// Helpers for the row-editing tests: run a script in a console and wait until
// its results know whether they are editable, edit cells through the model
// (as the grid's delegate does), and commit and wait.
#include "ConsoleTestUtil.h"

#include "ui/console/ChangeReviewPanel.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/RowEditLayer.h"
#include "ui/console/RowEditSession.h"

#include <QSignalSpy>

namespace stratum::test {

// Runs the editor's whole text and waits for the edit layers.
inline bool runForEditing(ui::ConsoleWidget &console, const QString &sql)
{
    console.editor()->setText(sql);
    QSignalSpy ready(&console, &ui::ConsoleWidget::editingReady);
    console.runScript();
    if (!waitIdle(console))
        return false;
    return ready.count() > 0 || ready.wait(20000);
}

inline int columnOf(const ui::ResultModel &model, const QString &name)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString().compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

// Sets a cell as the grid's editor does (text, converted by the model).
inline bool setCell(ui::ResultModel &model, int row, const QString &column, const QVariant &value)
{
    const int c = columnOf(model, column);
    return c >= 0 && model.setData(model.index(row, c), value);
}

inline QString cell(const ui::ResultModel &model, int row, const QString &column)
{
    return model.data(model.index(row, columnOf(model, column))).toString();
}

// Commits and waits; returns whether the commit succeeded.
inline bool commitAndWait(ui::ConsoleWidget &console, bool *finished = nullptr)
{
    QSignalSpy done(&console, &ui::ConsoleWidget::commitEditsFinished);
    if (!console.commitEdits()) {
        if (finished)
            *finished = false;
        return false;
    }
    const bool arrived = done.count() > 0 || done.wait(30000);
    if (finished)
        *finished = arrived;
    return arrived && done.first().first().toBool();
}

}  // namespace stratum::test
