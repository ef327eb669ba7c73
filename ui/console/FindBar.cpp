#include "ui/console/FindBar.h"

#include "ui/console/SqlEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace stratum::ui {

FindBar::FindBar(SqlEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_regex(new QCheckBox(tr("Regex"), this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->setClearButtonEnabled(true);
    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_find, 2);
    layout->addWidget(button(tr("Previous"), [this] { findNext(false); }));
    layout->addWidget(button(tr("Next"), [this] { findNext(true); }));
    layout->addWidget(m_replace, 2);
    layout->addWidget(button(tr("Replace"), [this] { replaceOne(); }));
    layout->addWidget(button(tr("Replace all"), [this] { replaceAll(); }));
    layout->addWidget(m_case);
    layout->addWidget(m_regex);
    layout->addWidget(button(tr("Close"), [this] {
        hide();
        m_editor->setFocus();
    }));
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceOne(); });
}

void FindBar::showFind()
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::findNext(bool forward)
{
    if (m_find->text().isEmpty())
        return false;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        int l2 = 0, i2 = 0;
        m_editor->getSelection(&line, &index, &l2, &i2);
    }
    return m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(), false,
                               true, forward, line, index, true, false, m_regex->isChecked());
}

void FindBar::replaceOne()
{
    if (m_editor->hasSelectedText())
        m_editor->replace(m_replace->text());
    findNext(true);
}

int FindBar::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                     false, false, true, 0, 0, false, false, m_regex->isChecked());
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace stratum::ui
