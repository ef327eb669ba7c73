#include "ui/console/RowEditTour.h"

#include "ui/console/ConsoleWidget.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/RowEditLayer.h"

#include <QTableView>

#include <algorithm>

namespace stratum::ui {

bool RowEditTour::stage(ConsoleWidget *console)
{
    ResultView *view = console->resultView(0);
    ResultModel *model = view ? view->model() : nullptr;
    RowEditLayer *layer = model ? model->editLayer() : nullptr;
    if (!layer || model->rowCount() < 4)
        return false;
    // The first text column that is not part of the key.
    int text = -1;
    for (int c = 0; c < model->columnCount() && text < 0; ++c) {
        const bool key =
            std::find(layer->target().keyColumns.begin(), layer->target().keyColumns.end(), c) !=
            layer->target().keyColumns.end();
        if (!key && layer->target().isEditable(c) &&
            model->columns()[size_t(c)].kind == engine::ValueKind::Text)
            text = c;
    }
    if (text < 0)
        return false;
    // Near the end of the grid, so the changed, deleted and new rows show
    // together.
    const int last = model->rowCount() - 1;
    const QString title = model->cellText(last - 2, text);
    if (!model->setData(model->index(last - 2, text), title + QStringLiteral(" (Second Edition)")))
        return false;
    view->table()->selectRow(last);
    view->deleteRowsAction()->trigger();
    const int row = layer->insertRow();
    model->setData(model->index(row, text), QStringLiteral("The Pragmatic Databaser"));
    for (int c = 0; c < model->columnCount(); ++c) {
        if (c == text || !layer->target().isEditable(c))
            continue;
        // Copy the first row's other values (a valid foreign key, a price),
        // leaving the key to the database.
        const bool key =
            std::find(layer->target().keyColumns.begin(), layer->target().keyColumns.end(), c) !=
            layer->target().keyColumns.end();
        const QString name = model->columns()[size_t(c)].name;
        if (!key && !model->isNull(last, c) && name != QLatin1String("isbn"))
            model->setData(model->index(row, c), model->cellText(last, c));
    }
    view->table()->setCurrentIndex(model->index(row, text));
    view->table()->scrollToBottom();
    console->showReview(true);
    return true;
}

}  // namespace stratum::ui
