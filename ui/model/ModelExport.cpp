#include "ui/model/ModelExport.h"

#include "core/schema/DdlPlanner.h"
#include "core/schema/ModelFile.h"
#include "ui/model/EditableModelDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

// The translation context of this file's messages (outside any namespace:
// the context lupdate records must be the one looked up at run time).
class ModelExportText
{
    Q_DECLARE_TR_FUNCTIONS(ModelExportText)
};

namespace stratum::ui::ModelExport {

Status save(EditableModelDocument &document)
{
    const ModelSource &source = document.source();
    if (!source.savesInPlace()) {
        Error e;
        switch (source.kind) {
        case ModelSource::Kind::ModelsPy:
            e.message =
                ModelExportText::tr(
                    "%1 is read only: Stratum does not rewrite a models.py. Use Save as model "
                    "file, or Export ▸ models.py to write a new one.")
                    .arg(QFileInfo(source.location).fileName());
            break;
        case ModelSource::Kind::Database:
            e.message = ModelExportText::tr(
                            "This model was reflected from the database of %1 and cannot be "
                            "saved in place: use Save as model file, or Generate revision to "
                            "change the database.")
                            .arg(source.location);
            break;
        case ModelSource::Kind::Revision:
            e.message =
                ModelExportText::tr("This model is the state at revision %1 and cannot be saved in "
                                    "place: use Save as model file.")
                    .arg(source.location);
            break;
        default:
            e.message = ModelExportText::tr("This model has no file yet: use Save as model file.");
            break;
        }
        e.code = QStringLiteral("read-only");
        return e;
    }
    return saveAs(document, source.location);
}

Status saveAs(EditableModelDocument &document, const QString &path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).suffix().isEmpty())
        target += u'.' + QLatin1String(schema::ModelFile::kSuffix);
    if (Status written = schema::writeModelFile(target, document.document()); !written)
        return written;
    ModelSource source;
    source.kind = ModelSource::Kind::ModelFile;
    source.location = target;
    // The project it relates to stays: Generate revision keeps working.
    source.connectionName = document.source().connectionName;
    if (!(source == document.source()))
        document.setSource(source);
    document.markSaved();
    return Ok{};
}

QString modelsPyText(const schema::MetaData &metadata, migrate::ModelsPyStyle style)
{
    return migrate::writeModelsPy(metadata, style);
}

Status exportModelsPy(const schema::MetaData &metadata, migrate::ModelsPyStyle style,
                      const QString &path)
{
    return writeText(path, modelsPyText(metadata, style));
}

Result<QString> ddlText(const schema::MetaData &metadata, schema::Dialect dialect)
{
    Result<schema::DdlScript> script = schema::DdlPlanner::createAll(metadata, dialect);
    if (!script)
        return script.error();
    QString out;
    for (const QString &warning : script->warnings)
        out += QStringLiteral("-- ") + warning + u'\n';
    if (!out.isEmpty())
        out += u'\n';
    for (const QString &statement : script->statements)
        out += statement.trimmed() + QStringLiteral(";\n\n");
    return out;
}

Status exportDdl(const schema::MetaData &metadata, schema::Dialect dialect, const QString &path)
{
    Result<QString> text = ddlText(metadata, dialect);
    if (!text)
        return text.error();
    return writeText(path, text.value());
}

Status writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const auto failed = [&] {
        Error e;
        e.source = QDir::toNativeSeparators(path);
        e.message = ModelExportText::tr("cannot write: %1").arg(file.errorString());
        return e;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    file.write(text.toUtf8());
    if (!file.commit())
        return failed();
    return Ok{};
}

}  // namespace stratum::ui::ModelExport
