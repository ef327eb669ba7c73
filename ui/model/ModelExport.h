#pragma once

#include "core/config/Result.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QString>

namespace stratum::ui {

class EditableModelDocument;

// Writing a model editor document out: Save (in place, model files only),
// Save as model file (any source; the document then is that file), and the
// exports (models.py in either declarative style, DDL for a dialect). Every
// file is written atomically (QSaveFile): a failed write leaves the old one.
// Errors name the file. GUI thread for the document functions; the text
// functions are pure and thread-safe.
namespace ModelExport {

// Writes the document back to its model file. Refuses, saying why, when the
// document did not come from one (models.py, a database, a revision).
Status save(EditableModelDocument &document);
// Writes a model file at path (positions included) and makes it the
// document's source, marked saved.
Status saveAs(EditableModelDocument &document, const QString &path);

// models.py whose create_all makes this schema (ModelsPyWriter).
QString modelsPyText(const schema::MetaData &metadata, migrate::ModelsPyStyle style);
Status exportModelsPy(const schema::MetaData &metadata, migrate::ModelsPyStyle style,
                      const QString &path);
// The model's CREATE script for dialect (DdlPlanner::createAll), one
// statement per paragraph, each ending in ";".
Result<QString> ddlText(const schema::MetaData &metadata, schema::Dialect dialect);
Status exportDdl(const schema::MetaData &metadata, schema::Dialect dialect, const QString &path);

// Writes text to path atomically, as UTF-8.
Status writeText(const QString &path, const QString &text);

}  // namespace ModelExport

}  // namespace stratum::ui
