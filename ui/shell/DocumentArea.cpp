#include "ui/shell/DocumentArea.h"

#include "ui/common/ThemedIcon.h"
#include "ui/shell/EmptyState.h"

#include <QMouseEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {
const char *const kKeyProperty = "stratumDocumentKey";
}

DocumentArea::DocumentArea(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setTabsClosable(false);  // close buttons are added per tab
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideRight);
    // Middle-click closes a tab, as in browsers.
    m_tabs->tabBar()->installEventFilter(this);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { emit currentDocumentChanged(m_tabs->widget(index)); });

    m_empty = new EmptyState(QStringLiteral("console"), tr("No open documents"),
                             tr("Consoles, table editors and the migration history open here "
                                "as tabs."),
                             m_stack);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_empty);
    updatePage();
}

int DocumentArea::addDocument(QWidget *document, const QIcon &icon, const QString &title,
                              const QString &key)
{
    if (QWidget *existing = findDocument(key)) {
        m_tabs->setCurrentWidget(existing);
        if (existing != document) {
            delete document;
        }
        return m_tabs->indexOf(existing);
    }
    document->setProperty(kKeyProperty, key);
    const int index = m_tabs->addTab(document, icon, title);
    m_tabs->setTabToolTip(index, title);
    // Our own close button: the style's default is inconsistent across
    // platforms (a red box under Fusion offscreen) and ignores the palette.
    auto *close = new QToolButton(m_tabs->tabBar());
    close->setObjectName(QStringLiteral("tabCloseButton"));
    close->setAutoRaise(true);
    close->setIcon(ThemedIcon::icon(QStringLiteral("close")));
    close->setIconSize(QSize(12, 12));
    close->setFixedSize(18, 18);
    close->setFocusPolicy(Qt::NoFocus);
    close->setToolTip(tr("Close %1").arg(title));
    connect(close, &QToolButton::clicked, document, [this, document] { closeDocument(document); });
    m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
    m_tabs->setCurrentIndex(index);
    updatePage();
    emit countChanged(count());
    return index;
}

QWidget *DocumentArea::findDocument(const QString &key) const
{
    if (key.isEmpty()) {
        return nullptr;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(kKeyProperty).toString() == key) {
            return m_tabs->widget(i);
        }
    }
    return nullptr;
}

QWidget *DocumentArea::currentDocument() const
{
    return m_tabs->currentWidget();
}

int DocumentArea::count() const
{
    return m_tabs->count();
}

void DocumentArea::setDocumentTitle(QWidget *document, const QString &title)
{
    const int index = m_tabs->indexOf(document);
    if (index >= 0) {
        m_tabs->setTabText(index, title);
        m_tabs->setTabToolTip(index, title);
    }
}

void DocumentArea::setDocumentMarker(QWidget *document, const QColor &colour)
{
    const int index = m_tabs->indexOf(document);
    if (index >= 0) {
        m_tabs->tabBar()->setTabTextColor(index, colour);
    }
}

bool DocumentArea::closeDocument(QWidget *document)
{
    const int index = m_tabs->indexOf(document);
    if (index < 0) {
        return true;
    }
    // QWidget::close() lets the document veto through its closeEvent.
    if (!document->close()) {
        return false;
    }
    m_tabs->removeTab(m_tabs->indexOf(document));
    document->deleteLater();
    updatePage();
    emit countChanged(count());
    return true;
}

bool DocumentArea::closeAll()
{
    while (m_tabs->count() > 0) {
        if (!closeDocument(m_tabs->widget(m_tabs->count() - 1))) {
            return false;
        }
    }
    return true;
}

void DocumentArea::setEmptyActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        m_empty->addAction(action);
    }
}

bool DocumentArea::closeCurrent()
{
    QWidget *current = currentDocument();
    return current ? closeDocument(current) : false;
}

void DocumentArea::activateNext()
{
    if (m_tabs->count() > 1) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    }
}

void DocumentArea::activatePrevious()
{
    if (m_tabs->count() > 1) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    }
}

bool DocumentArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const int index = m_tabs->tabBar()->tabAt(mouse->position().toPoint());
        if (mouse->button() == Qt::MiddleButton && index >= 0) {
            closeDocument(m_tabs->widget(index));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentArea::updatePage()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_empty);
}

}  // namespace stratum::ui
