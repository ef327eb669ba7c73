#pragma once

#include <QWidget>

class QStackedWidget;
class QTreeWidget;

namespace stratum::ui {

class EmptyState;

// The Messages panel: a timestamped list of what happened (server notices,
// errors with detail and hint, connection events). Features post here instead
// of opening message boxes. GUI thread only; post from workers through a
// queued signal.
class MessageLog : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Info, Success, Warning, Error };
    Q_ENUM(Level)

    explicit MessageLog(QWidget *parent = nullptr);

    int count() const;
    QString messageText(int row) const;

public slots:
    // source names who says it (e.g. "demo", "console 1"); detail is shown as a
    // child row when not empty.
    void post(stratum::ui::MessageLog::Level level, const QString &text,
              const QString &source = QString(), const QString &detail = QString());
    void clear();

signals:
    void posted(stratum::ui::MessageLog::Level level, const QString &text);

private:
    void updatePage();

    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    EmptyState *m_empty = nullptr;
};

}  // namespace stratum::ui
