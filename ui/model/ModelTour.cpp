#include "ui/model/ModelTour.h"

#include "core/engine/Engine.h"
#include "ui/migrations/AutogenerateReviewDialog.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/ModelEditorWidget.h"
#include "ui/model/ModelSources.h"
#include "ui/model/RevisionGenerator.h"
#include "ui/model/TableEditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSplitter>
#include <QTemporaryDir>

#include <memory>

namespace stratum::ui {

namespace {

QString shotName(int *index, const QString &what)
{
    return QStringLiteral("%1-model-%2").arg((*index)++, 2, 10, QLatin1Char('0')).arg(what);
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Chinook's SQLite script into a new database file; empty on success.
QString loadChinook(const QString &fixtures, const QString &path)
{
    QFile script(fixtures + QStringLiteral("/chinook/Chinook_Sqlite.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return script.errorString();
    Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite:///") + path);
    if (!url)
        return url.error().message;
    Result<std::unique_ptr<engine::Engine>> engine = engine::Engine::create(url.value());
    if (!engine)
        return engine.error().message;
    Result<engine::ConnectionHandle> handle = engine.value()->connect(QStringLiteral("tour"));
    if (!handle)
        return handle.error().message;
    for (const QString &sql :
         {QStringLiteral("BEGIN"), QString::fromUtf8(script.readAll()), QStringLiteral("COMMIT")}) {
        if (Result<engine::ExecResult> r = handle.value().execute(sql); !r)
            return r.error().message;
    }
    return {};
}

}  // namespace

QString ModelTour::fixturesFolder()
{
    const auto has = [](const QString &dir) {
        return QFileInfo::exists(dir + QStringLiteral("/chinook/Chinook_Sqlite.sql")) &&
               QFileInfo::exists(dir + QStringLiteral("/migrations/pagila/versions"));
    };
    const QString fromEnv = qEnvironmentVariable("STRATUM_FIXTURES");
    if (!fromEnv.isEmpty())
        return has(fromEnv) ? fromEnv : QString();
    for (QString start : {QDir::currentPath(), QCoreApplication::applicationDirPath()}) {
        QDir dir(start);
        for (int up = 0; up < 6; ++up) {
            const QString candidate = dir.filePath(QStringLiteral("tests/fixtures"));
            if (has(candidate))
                return QDir(candidate).absolutePath();
            if (!dir.cdUp())
                break;
        }
    }
    return {};
}

bool ModelTour::run(QWidget *window, const ShowFn &show, const SaveFn &save, const WaitFn &waitFor,
                    int *index, QString *error)
{
    Q_UNUSED(window);
    const QString fixtures = fixturesFolder();
    if (fixtures.isEmpty())
        return true;  // an installed binary: no Chinook or Pagila to show
    QTemporaryDir scratch;
    const QString db = scratch.filePath(QStringLiteral("chinook.db"));
    if (const QString failed = loadChinook(fixtures, db); !failed.isEmpty()) {
        *error = QStringLiteral("Chinook: ") + failed;
        return false;
    }
    // A project beside it, so that Generate revision has somewhere to write.
    QDir(scratch.path()).mkpath(QStringLiteral("project/migrations/versions"));
    const QString ini = scratch.filePath(QStringLiteral("project/alembic.ini"));
    writeFile(ini, QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"
                                  "sqlalchemy.url = sqlite:///%1\n")
                       .arg(db)
                       .toUtf8());
    // Pagila's history, read where it is (nothing is written there).
    const QString pagilaIni = scratch.filePath(QStringLiteral("pagila.ini"));
    writeFile(pagilaIni, QStringLiteral("[alembic]\nscript_location = %1/migrations/pagila\n")
                             .arg(fixtures)
                             .toUtf8());

    std::vector<QPointer<ModelEditorWidget>> editors;
    const auto cleanup = [&editors] {
        for (const QPointer<ModelEditorWidget> &e : editors)
            if (e)
                e->deleteLater();
    };

    // Chinook, reflected from the database.
    Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite:///") + db);
    Result<std::unique_ptr<engine::Engine>> engine = engine::Engine::create(url.value());
    if (!engine) {
        *error = engine.error().message;
        return false;
    }
    DatabaseModelLoader loader;
    bool done = false;
    QString failure;
    QObject::connect(&loader, &DatabaseModelLoader::loaded, [&] { done = true; });
    QObject::connect(&loader, &DatabaseModelLoader::failed, [&](const QString &m) {
        failure = m;
        done = true;
    });
    loader.start(std::shared_ptr<engine::Engine>(std::move(engine.value())),
                 QStringLiteral("Chinook"), ini);
    if (!waitFor([&] { return done; }, 120000) || !failure.isEmpty()) {
        *error = QStringLiteral("Chinook did not open: ") + failure;
        return false;
    }
    auto *chinook = new ModelEditorWidget(loader.result());
    MigrationSource project;
    project.title = QStringLiteral("Chinook migrations");
    project.iniPath = ini;
    chinook->setProject(project);
    editors.emplace_back(chinook);
    show(chinook);
    waitFor([] { return false; }, 300);
    chinook->diagram()->fitAll();
    if (!save(window, shotName(index, QStringLiteral("chinook-diagram")))) {
        cleanup();
        return false;
    }

    // Pagila, the state at the head of its migration history.
    Result<OpenedModel> pagila =
        ModelSources::openRevision(pagilaIni, QStringLiteral("head"), schema::Dialect::PostgreSQL);
    if (!pagila) {
        *error = pagila.error().toString();
        cleanup();
        return false;
    }
    auto *pagilaEditor = new ModelEditorWidget(std::move(pagila.value()));
    editors.emplace_back(pagilaEditor);
    show(pagilaEditor);
    waitFor([] { return false; }, 300);
    pagilaEditor->diagram()->fitAll();
    if (!save(window, shotName(index, QStringLiteral("pagila-diagram")))) {
        cleanup();
        return false;
    }

    // The table editor on Chinook's track, after adding a column and an index.
    show(chinook);
    const QString track = QStringLiteral("Track");
    schema::Table edited = *chinook->document()->table(track);
    schema::Column rating;
    rating.name = QStringLiteral("rating");
    rating.type = schema::ColumnType::smallInteger();
    rating.comment = QStringLiteral("1 to 5 stars");
    edited.columns.push_back(rating);
    schema::Index byRating;
    byRating.name = QStringLiteral("ix_Track_rating");
    byRating.elements.push_back(schema::IndexElement::ofColumn(rating.name));
    edited.indexes.push_back(byRating);
    chinook->document()->replaceTable(track, edited, QStringLiteral("add rating"));
    chinook->diagram()->centerOnTable(track);
    chinook->editTable(track);
    waitFor([] { return false; }, 200);
    if (!save(window, shotName(index, QStringLiteral("table-editor")))) {
        cleanup();
        return false;
    }

    // Generate revision from that edit: the shared review dialog, compared
    // with the Chinook database, shows exactly the column and the index.
    AutogenerateReviewDialog *review = nullptr;
    QString generateFailure;
    QObject::connect(chinook->generator(), &RevisionGenerator::reviewShown,
                     [&](AutogenerateReviewDialog *dialog) { review = dialog; });
    QObject::connect(chinook->generator(), &RevisionGenerator::failed,
                     [&](const QString &m) { generateFailure = m; });
    chinook->generator()->generate();
    if (!waitFor([&] { return review != nullptr || !generateFailure.isEmpty(); }, 120000) ||
        !review) {
        *error = QStringLiteral("Generate revision: ") + generateFailure;
        cleanup();
        return false;
    }
    review->setMessage(QStringLiteral("rate tracks"));
    review->resize(960, 640);
    waitFor([] { return false; }, 200);
    const bool saved = save(review, shotName(index, QStringLiteral("generate-review")));
    review->reject();
    if (!saved) {
        cleanup();
        return false;
    }

    cleanup();
    return true;
}

}  // namespace stratum::ui
