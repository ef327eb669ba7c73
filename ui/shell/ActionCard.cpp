#include "ui/shell/ActionCard.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stratum::ui {

ActionCard::ActionCard(QAction *action, QWidget *parent)
    : QPushButton(parent)
    , m_action(action)
{
    setObjectName(QStringLiteral("card:") + action->objectName());
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 10, 12, 10);
    row->setSpacing(12);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    row->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    texts->addWidget(m_title);
    texts->addWidget(m_description);
    row->addLayout(texts, 1);

    for (QLabel *label : {m_icon, m_title, m_description}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    connect(this, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, &ActionCard::sync);
    sync();
}

QSize ActionCard::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(240, 0));
}

QSize ActionCard::minimumSizeHint() const
{
    return layout()->minimumSize();
}

void ActionCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::EnabledChange) {
        sync();
    }
    QPushButton::changeEvent(event);
}

void ActionCard::sync()
{
    QString title = m_action->text();
    title.remove(QLatin1Char('&'));
    m_title->setText(title);
    m_description->setText(m_action->statusTip());
    setToolTip(m_action->statusTip());
    setAccessibleName(title);
    setAccessibleDescription(m_action->statusTip());
    if (isEnabled() != m_action->isEnabled()) {
        setEnabled(m_action->isEnabled());
    }
    const int size = fontMetrics().height() * 2;
    m_icon->setPixmap(m_action->icon().pixmap(QSize(size, size), devicePixelRatioF(),
                                              isEnabled() ? QIcon::Normal : QIcon::Disabled));
    updateGeometry();
}

}  // namespace stratum::ui
