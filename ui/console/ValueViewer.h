#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace stratum::ui {

class ResultModel;

// The pane beside the result grid that shows one cell in full: JSON
// pretty-printed, bytea as a hex dump with offsets and ASCII, long text with
// its line breaks, NULL as NULL. Read-only; large values are shown up to a
// cap with a note. GUI thread only.
class ValueViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ValueViewer(QWidget *parent = nullptr);

    void showCell(const ResultModel &model, int row, int column);
    void clear();
    QString text() const;
    QString caption() const;

    // Whether a cell deserves the pane without being asked: JSON, bytes, or
    // text that is long or spans lines.
    static bool wantsViewer(const ResultModel &model, int row, int column);
    // The hex dump: "00000000  48 65 6c 6c 6f ...  |Hello...|".
    static QString hexDump(const QByteArray &bytes, int maxBytes);

signals:
    void closeRequested();

private:
    QLabel *m_caption;
    QToolButton *m_close;
    QPlainTextEdit *m_text;
};

}  // namespace stratum::ui
