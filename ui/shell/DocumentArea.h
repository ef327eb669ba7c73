#pragma once

#include <QColor>
#include <QIcon>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace stratum::ui {

class EmptyState;

// The centre of the window: closable, movable document tabs (consoles, table
// editors, the history view, the welcome page). A document can refuse to close
// by ignoring its QCloseEvent, e.g. to keep unsaved SQL. Documents with a key
// are singletons: adding the same key again activates the open one. GUI thread
// only.
class DocumentArea : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentArea(QWidget *parent = nullptr);

    // Takes ownership of document. Returns its tab index.
    int addDocument(QWidget *document, const QIcon &icon, const QString &title,
                    const QString &key = QString());
    QWidget *findDocument(const QString &key) const;
    QWidget *currentDocument() const;
    int count() const;
    QTabWidget *tabs() const { return m_tabs; }

    void setDocumentTitle(QWidget *document, const QString &title);
    // A colour marker on the tab (the connection's environment colour).
    void setDocumentMarker(QWidget *document, const QColor &colour);

    // Asks the document to close; false when it refused.
    bool closeDocument(QWidget *document);
    bool closeAll();

    // Buttons for the "no documents" state.
    void setEmptyActions(const QList<QAction *> &actions);

public slots:
    bool closeCurrent();
    void activateNext();
    void activatePrevious();

signals:
    void currentDocumentChanged(QWidget *document);
    void countChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePage();

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    EmptyState *m_empty = nullptr;
};

}  // namespace stratum::ui
