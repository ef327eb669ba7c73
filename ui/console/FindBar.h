#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace stratum::ui {

class SqlEditor;

// Find and replace for a SqlEditor, shown under it (Ctrl+F, Escape hides):
// find next/previous, replace, replace all, case-sensitive and regular
// expression options. GUI thread only.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(SqlEditor *editor, QWidget *parent = nullptr);

    void showFind();
    bool findNext(bool forward = true);
    void replaceOne();
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    SqlEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_regex;
};

}  // namespace stratum::ui
