#include "ui/connect/ProductionGuard.h"

#include "ui/connect/SqlChangeClassifier.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

constexpr int kMaxListed = 5;

}  // namespace

bool ProductionGuard::needsConfirmation(const ConnectionProfile &profile, const QString &sql)
{
    return profile.isProduction() && SqlChangeClassifier::changesDataOrSchema(sql);
}

bool ProductionGuard::confirm(QWidget *parent, const ConnectionProfile &profile, const QString &sql)
{
    if (!needsConfirmation(profile, sql))
        return true;
    ProductionConfirmDialog dialog(profile, sql, parent);
    return dialog.exec() == QDialog::Accepted;
}

ProductionConfirmDialog::ProductionConfirmDialog(const ConnectionProfile &profile,
                                                 const QString &sql, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change production data?"));
    const QList<SqlChangeClassifier::Finding> found = SqlChangeClassifier::changes(sql);

    const QString count = found.size() == 1
                              ? tr("This statement changes data or schema:")
                              : tr("%1 statements change data or schema:").arg(found.size());
    m_plain =
        tr("%1 is a production connection.").arg(profile.displayName()) + QLatin1Char(' ') + count;
    QString listing;
    for (int i = 0; i < found.size() && i < kMaxListed; ++i) {
        QString statement = found.at(i).statement.simplified();
        if (statement.size() > 200)
            statement = statement.left(199) + QChar(0x2026);
        listing += (i ? QStringLiteral("\n") : QString()) + statement;
    }
    if (found.size() > kMaxListed)
        listing += QLatin1Char('\n') + tr("…and %1 more.").arg(found.size() - kMaxListed);
    m_plain += QLatin1Char('\n') + listing;

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_message = new QLabel(
        tr("<b>%1</b> is a production connection.").arg(profile.displayName().toHtmlEscaped()) +
        QLatin1Char(' ') + count.toHtmlEscaped());
    m_message->setWordWrap(true);
    auto *statements = new QPlainTextEdit(listing);
    statements->setReadOnly(true);
    statements->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    statements->setMaximumHeight(statements->fontMetrics().lineSpacing() * 7);
    statements->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *buttons = new QDialogButtonBox;
    QPushButton *run = buttons->addButton(tr("&Run on Production"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("run"));
    run->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A strip in the connection's colour, as on its tabs.
    auto *strip = new QWidget;
    strip->setFixedWidth(4);
    strip->setAutoFillBackground(true);
    QPalette pal = strip->palette();
    pal.setColor(QPalette::Window, profile.effectiveColor());
    strip->setPalette(pal);

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(statements);
    auto *row = new QHBoxLayout;
    row->addWidget(strip);
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString ProductionConfirmDialog::message() const
{
    return m_plain;
}

}  // namespace stratum::ui
