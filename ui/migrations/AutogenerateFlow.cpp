#include "ui/migrations/AutogenerateFlow.h"

#include "ui/common/WorkerTask.h"
#include "ui/migrations/AutogenerateReviewDialog.h"

#include <QWidget>

namespace stratum::ui {

void startAutogenerateReview(QWidget *parent, schema::Dialect dialect,
                             const migrate::RevisionGraph &graph,
                             const migrate::RevisionWriterConfig &config,
                             AutogenerateCompare compare,
                             std::function<void(AutogenerateReviewDialog *)> shown,
                             std::function<void(const Error &)> failed)
{
    runOnWorker(
        parent, [compare] { return compare({}); },
        [parent, dialect, graph, config, compare, shown = std::move(shown),
         failed = std::move(failed)](Result<migrate::autogen::AutogenResult> result) {
            if (!result) {
                if (failed)
                    failed(result.error());
                return;
            }
            auto *dialog = new AutogenerateReviewDialog(dialect, graph, config, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setResult(result.value());
            QObject::connect(dialog, &AutogenerateReviewDialog::renamesChanged, dialog,
                             [dialog, compare](const QStringList &renames) {
                                 runOnWorker(
                                     dialog, [compare, renames] { return compare(renames); },
                                     [dialog](Result<migrate::autogen::AutogenResult> r) {
                                         if (r)
                                             dialog->setResult(r.value());
                                     });
                             });
            dialog->open();
            if (shown)
                shown(dialog);
        });
}

}  // namespace stratum::ui
