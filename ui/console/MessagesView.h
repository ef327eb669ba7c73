#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"
#include "ui/console/QueryTypes.h"

#include <QTextBrowser>

namespace stratum::ui {

// The console's Messages tab: one entry per statement (what ran, the row count
// or command tag, the time), server notices, and errors with their detail,
// hint and position. Plain rich text; plainText() is what tests read.
// GUI thread only.
class MessagesView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessagesView(QWidget *parent = nullptr);

    void addRunHeader(const QString &what);
    void addSuccess(const QString &statement, const QString &outcome, qint64 elapsedMs);
    void addNotices(const QStringList &notices);
    // line/column: the error's place in the editor (1-based; 0 when unknown).
    void addError(const QString &statement, const Error &error, int line, int column);
    void addInfo(const QString &text);

    QString plainText() const { return toPlainText(); }

    // "3 rows", "UPDATE 2", "4 row(s) affected" or "done" for a statement.
    static QString outcomeText(const StatementSummary &summary, const QString &sql,
                               schema::Dialect dialect);

private:
    void appendHtml(const QString &html);
};

}  // namespace stratum::ui
