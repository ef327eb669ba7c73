#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/autogen/SchemaComparer.h"
#include "core/migrate/write/RevisionWriter.h"
#include "core/schema/Dialect.h"

#include <QStringList>

#include <functional>

class QWidget;

namespace stratum::ui {

class AutogenerateReviewDialog;

// Compares a target with a database or a state, given the accepted renames
// (RenameCandidate::spec()). Runs on a worker: it must not touch widgets.
using AutogenerateCompare =
    std::function<Result<migrate::autogen::AutogenResult>(const QStringList &renames)>;

// The path from "Generate" to the review, shared by the history viewer and
// the model editor: runs compare({}) on a worker, then opens an
// AutogenerateReviewDialog (parented to parent, deleted on close) with the
// result; each rename decision in the dialog runs compare(renames) again and
// refreshes it. shown(dialog) is called once the dialog is open (connect its
// written() there); failed(error) when the first comparison fails. Nothing
// is called when parent is destroyed first. GUI thread only.
void startAutogenerateReview(QWidget *parent, schema::Dialect dialect,
                             const migrate::RevisionGraph &graph,
                             const migrate::RevisionWriterConfig &config,
                             AutogenerateCompare compare,
                             std::function<void(AutogenerateReviewDialog *)> shown,
                             std::function<void(const Error &)> failed);

}  // namespace stratum::ui
