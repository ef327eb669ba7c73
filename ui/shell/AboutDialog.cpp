#include "ui/shell/AboutDialog.h"

#include "ui/common/ThemedIcon.h"
#include "ui/shell/VersionInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stratum::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stratum"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    auto *icon = new QLabel(this);
    icon->setPixmap(ThemedIcon::appIcon().pixmap(QSize(72, 72), devicePixelRatioF()));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    auto *name = new QLabel(tr("Stratum %1").arg(VersionInfo::stratum()), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    auto *blurb = new QLabel(tr("A desktop database workbench with a native connection pool, "
                                "schema tools and an Alembic-compatible migration engine."),
                             this);
    blurb->setWordWrap(true);
    titles->addWidget(name);
    titles->addWidget(blurb);
    titles->addStretch(1);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    grid->setContentsMargins(88, 0, 0, 0);
    auto *heading = new QLabel(tr("Running on"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid->addWidget(heading, 0, 0, 1, 2);
    int row = 1;
    for (const auto &[component, version] : VersionInfo::rows()) {
        if (component == QLatin1String("Stratum")) {
            continue;
        }
        auto *label = new QLabel(component, this);
        auto *value = new QLabel(version, this);
        value->setObjectName(QStringLiteral("version:") + component);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    if (VersionInfo::qtCompiled() != VersionInfo::qtRuntime()) {
        auto *note = new QLabel(tr("Built with Qt %1").arg(VersionInfo::qtCompiled()), this);
        grid->addWidget(note, row, 1);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setIcon(ThemedIcon::icon(QStringLiteral("copy")));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    setMinimumWidth(480);
}

QString AboutDialog::versionsText() const
{
    return VersionInfo::asText();
}

}  // namespace stratum::ui
