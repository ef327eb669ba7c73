#include "ui/shell/EmptyState.h"

#include "ui/common/ThemedIcon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

EmptyState::EmptyState(const QString &iconName, const QString &title, const QString &text,
                       QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addStretch(1);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);

    m_title = new QLabel(title, this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);

    m_text = new QLabel(text, this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);

    // Buttons share one width, centred, however long their labels are.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_buttons = new QVBoxLayout;
    m_buttons->setSpacing(6);
    m_buttons->setContentsMargins(0, 8, 0, 0);
    buttonRow->addLayout(m_buttons);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(2);

    updateColours();
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_buttons->addWidget(button);
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateColours();
    }
    QWidget::changeEvent(event);
}

void EmptyState::updateColours()
{
    const int size = fontMetrics().height() * 3;
    m_icon->setPixmap(ThemedIcon::icon(m_iconName, palette().color(QPalette::PlaceholderText))
                          .pixmap(QSize(size, size), devicePixelRatioF()));
}

}  // namespace stratum::ui
