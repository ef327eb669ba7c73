#include "ui/shell/StartPage.h"

#include "ui/common/ThemedIcon.h"
#include "ui/shell/ActionCard.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/VersionInfo.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 0, 0, 4);
    return label;
}

QString shortcutText(QAction *action)
{
    return action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
}

}  // namespace

StartPage::StartPage(ActionRegistry &registry, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(40, 32, 40, 32);
    column->setSpacing(24);
    column->addWidget(buildHeader());

    auto *row = new QHBoxLayout;
    row->setSpacing(40);
    row->addWidget(buildStartColumn(registry), 3, Qt::AlignTop);
    row->addWidget(buildFeatureColumn(registry), 2, Qt::AlignTop);
    column->addLayout(row);
    column->addStretch(1);

    // Keep the page a readable width on wide windows.
    auto *wrapper = new QWidget(scroll);
    wrapper->setBackgroundRole(QPalette::Base);
    wrapper->setAutoFillBackground(true);
    auto *wrapperLayout = new QHBoxLayout(wrapper);
    wrapperLayout->setContentsMargins(0, 0, 0, 0);
    wrapperLayout->addStretch(1);
    content->setMaximumWidth(960);
    wrapperLayout->addWidget(content, 100);
    wrapperLayout->addStretch(1);
    scroll->setWidget(wrapper);
}

QWidget *StartPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    auto *icon = new QLabel(header);
    icon->setPixmap(ThemedIcon::appIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    layout->addWidget(icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    auto *title = new QLabel(tr("Welcome to Stratum"), header);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    auto *subtitle = new QLabel(tr("A desktop workbench for databases reached through a URL, "
                                   "described by models and changed through Alembic "
                                   "migrations."),
                                header);
    subtitle->setWordWrap(true);
    auto *version = new QLabel(tr("Version %1").arg(VersionInfo::stratum()), header);
    version->setForegroundRole(QPalette::PlaceholderText);
    texts->addStretch(1);
    texts->addWidget(title);
    texts->addWidget(subtitle);
    texts->addWidget(version);
    texts->addStretch(1);
    layout->addLayout(texts, 1);
    return header;
}

QWidget *StartPage::buildStartColumn(ActionRegistry &registry)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Start"), box));
    for (const QString &id : {ActionId::OpenDemo, ActionId::NewConnection, ActionId::OpenProject,
                              ActionId::NewConsole}) {
        if (QAction *action = registry.action(id)) {
            layout->addWidget(new ActionCard(action, box));
        }
    }
    return box;
}

QWidget *StartPage::buildFeatureColumn(ActionRegistry &registry)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("In this build"), box));

    const QList<QPair<QString, QString>> features = {
        {tr("Demo workspace"), ActionId::OpenDemo},
        {tr("Connections and project folders"), ActionId::NewConnection},
        {tr("Query console"), ActionId::NewConsole},
        {tr("Migration history"), ActionId::MigrationHistory},
        {tr("Model editor"), ActionId::ModelEditor},
        {tr("Pool monitor"), ActionId::PoolLoad},
    };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int rowIndex = 0;
    for (const auto &[name, id] : features) {
        FeatureRow row;
        row.name = name;
        row.action = registry.action(id);
        row.icon = new QLabel(box);
        row.state = new QLabel(box);
        grid->addWidget(row.icon, rowIndex, 0);
        grid->addWidget(new QLabel(name, box), rowIndex, 1);
        grid->addWidget(row.state, rowIndex, 2, Qt::AlignRight);
        if (row.action) {
            connect(row.action, &QAction::changed, this, &StartPage::syncFeatures);
        }
        m_features.append(row);
        ++rowIndex;
    }
    layout->addLayout(grid);

    layout->addSpacing(16);
    layout->addWidget(sectionTitle(tr("Keyboard"), box));
    auto *keys = new QGridLayout;
    keys->setHorizontalSpacing(16);
    keys->setVerticalSpacing(6);
    keys->setColumnStretch(1, 1);
    const QList<QPair<QString, QString>> shortcuts = {
        {ActionId::CommandPalette, tr("Find any command")},
        {ActionId::NewConsole, tr("New console")},
        {ActionId::Run, tr("Run the statement")},
        {ActionId::Refresh, tr("Refresh the workspace")},
    };
    int keyRow = 0;
    for (const auto &[id, description] : shortcuts) {
        auto *key = new QLabel(shortcutText(registry.action(id)), box);
        QFont mono = key->font();
        mono.setBold(true);
        key->setFont(mono);
        keys->addWidget(key, keyRow, 0);
        keys->addWidget(new QLabel(description, box), keyRow, 1);
        ++keyRow;
    }
    layout->addLayout(keys);
    syncFeatures();
    return box;
}

void StartPage::syncFeatures()
{
    const QColor available(0x2e, 0x9d, 0x5b);
    const int size = fontMetrics().height();
    for (FeatureRow &row : m_features) {
        const bool ok = row.action && !ActionRegistry::isPending(row.action);
        row.state->setText(ok ? tr("Available") : tr("Not yet"));
        // Only WindowText is set, so every other role still follows the parent.
        QPalette pal;
        if (ok) {
            pal.setColor(QPalette::WindowText, available);
        }
        row.state->setPalette(pal);
        row.state->setForegroundRole(ok ? QPalette::WindowText : QPalette::PlaceholderText);
        row.state->setToolTip(ok ? QString() : ActionRegistry::pendingReason(row.action));
        const QIcon icon = ok ? ThemedIcon::icon(QStringLiteral("success"), available)
                              : ThemedIcon::icon(QStringLiteral("history"),
                                                 palette().color(QPalette::PlaceholderText));
        row.icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    }
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        syncFeatures();
    }
    QWidget::changeEvent(event);
}

QList<QPair<QString, bool>> StartPage::featureStates() const
{
    QList<QPair<QString, bool>> states;
    for (const FeatureRow &row : m_features) {
        states.append({row.name, row.action && !ActionRegistry::isPending(row.action)});
    }
    return states;
}

}  // namespace stratum::ui
