// ConsoleWidget and files: opening and saving the script as a .sql file (the
// file and its autosave are ScriptFile's job), and writing the rest of a
// result paused by the size guard straight to a file.
#include "ui/console/ConsoleWidget.h"
#include "ui/console/MessagesView.h"
#include "ui/console/QueryRunner.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/ScriptFile.h"
#include "ui/console/SqlEditor.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QTabWidget>

namespace stratum::ui {

namespace {

QString sqlFilter()
{
    return ConsoleWidget::tr("SQL scripts (*.sql);;All files (*)");
}

}  // namespace

bool ConsoleWidget::openScript(const QString &path)
{
    if (Status s = m_script->open(path); !s) {
        m_messages->addError(QString(), s.error(), 0, 0);
        return false;
    }
    m_messages->addInfo(tr("Opened %1").arg(QDir::toNativeSeparators(m_script->path())));
    return true;
}

bool ConsoleWidget::saveScript(const QString &path)
{
    if (path.isEmpty() && m_script->path().isEmpty()) {
        chooseScriptToSave();
        return !m_script->isModified();
    }
    if (Status s = m_script->saveAs(path.isEmpty() ? m_script->path() : path); !s) {
        m_messages->addError(QString(), s.error(), 0, 0);
        return false;
    }
    m_messages->addInfo(tr("Saved %1").arg(QDir::toNativeSeparators(m_script->path())));
    return true;
}

void ConsoleWidget::chooseScriptToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Script"), QFileInfo(m_script->path()).absolutePath(), sqlFilter());
    if (!path.isEmpty())
        openScript(path);
}

void ConsoleWidget::chooseScriptToSave()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Script As"), m_script->path(), sqlFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sql");
    saveScript(path);
}

bool ConsoleWidget::exportRest(int i, const QString &path)
{
    ResultView *view = resultView(i);
    if (!view || !view->isLimitBarVisible() || !m_runner->isBusy())
        return false;
    view->hideLimitBar();
    m_messages->addInfo(
        tr("Writing every row of result %1 to %2…").arg(i + 1).arg(QDir::toNativeSeparators(path)));
    m_runner->exportRest(path, view->model()->snapshot().batches);
    return true;
}

void ConsoleWidget::chooseExportRestFile(int i)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the whole result"), QString(),
        tr("CSV (*.csv);;Tab-separated (*.tsv);;JSON (*.json);;SQL INSERT statements (*.sql)"));
    if (!path.isEmpty())
        exportRest(i, path);
}

void ConsoleWidget::onRestExported(int index, qint64 rows, const QString &path, const Error &error)
{
    Q_UNUSED(index);
    if (!error.message.isEmpty()) {
        m_messages->addError(QString(), error, 0, 0);
        m_tabs->setCurrentWidget(m_messages);
        emit restExported(0, path, error.message);
        return;
    }
    m_messages->addInfo(tr("Wrote %1 rows to %2; the grid keeps the first ones.")
                            .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
    emit restExported(rows, path, QString());
}

}  // namespace stratum::ui
