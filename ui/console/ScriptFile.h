#pragma once

#include "core/config/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace stratum::ui {

class SqlEditor;

// The file behind a console's script, and its autosave. open()/save()/saveAs()
// read and write .sql files (UTF-8). While the script has unsaved changes, its
// text is written (debounced, atomically) to <data folder>/autosave/<id>.json
// with the file it belongs to and the console's connection; saving the file or
// emptying an untitled script removes that copy. Nothing is removed on quit or
// crash, so recoverable() offers those scripts back at the next start.
// GUI thread only.
class ScriptFile : public QObject
{
    Q_OBJECT

public:
    // An autosaved script from an earlier run.
    struct Recovered
    {
        QString autosavePath;  // the .json copy
        QString filePath;      // the .sql file it belongs to; empty for untitled
        QString connection;    // the workspace connection id it ran on
        QString text;
        QDateTime saved;
    };

    explicit ScriptFile(SqlEditor *editor, QObject *parent = nullptr);
    // Keeps the autosave copy (quitting must not lose the script); it becomes
    // recoverable().
    ~ScriptFile() override;

    QString path() const { return m_path; }
    // The file name, or "Untitled"; with a trailing '*' while modified.
    QString title() const;
    bool isModified() const;

    Status open(const QString &path);
    Status saveAs(const QString &path);
    Status save() { return saveAs(m_path); }

    // Kept in the autosave so that the script reopens on its connection.
    void setConnection(const QString &id) { m_connection = id; }
    // Writes the autosave copy now when modified (else removes it); returns
    // its path, empty when there is none.
    QString autosaveNow();
    QString autosavePath() const { return m_autosavePath; }

    // Takes over an earlier run's autosave: the editor gets its text (marked
    // modified), and this script writes to the same copy from now on.
    void adopt(const Recovered &recovered);

    static QString autosaveDirectory();
    // Autosaves left by earlier runs, newest first. Copies that this run's
    // open scripts own are skipped.
    static QList<Recovered> recoverable();
    // Deletes an autosave the user chose not to restore.
    static void discard(const Recovered &recovered);

signals:
    void titleChanged(const QString &title);

private:
    void onModified();
    void removeAutosave();

    SqlEditor *m_editor;
    QTimer *m_timer;
    QString m_path;
    QString m_connection;
    QString m_autosavePath;
};

}  // namespace stratum::ui
