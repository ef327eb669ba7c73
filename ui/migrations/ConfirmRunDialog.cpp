#include "ui/migrations/ConfirmRunDialog.h"

#include "ui/migrations/RevisionGraphDelegate.h"
#include "ui/migrations/RunDialogBand.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stratum::ui {

QString commandName(RunRequest::Command command)
{
    switch (command) {
    case RunRequest::Command::Upgrade:
        return QObject::tr("Upgrade");
    case RunRequest::Command::Downgrade:
        return QObject::tr("Downgrade");
    case RunRequest::Command::Stamp:
        return QObject::tr("Stamp");
    }
    return {};
}

namespace {

QString lintSummary(int bits, const QList<ReviewContent::OperationRow> &ops)
{
    QStringList parts;
    const struct
    {
        int bit;
        QString name;
    } classes[] = {{LintDestructive, QObject::tr("destructive")},
                   {LintIrreversible, QObject::tr("irreversible")},
                   {LintLocking, QObject::tr("locking")},
                   {LintDataDependent, QObject::tr("data-dependent")}};
    for (const auto &c : classes) {
        int n = 0;
        for (const ReviewContent::OperationRow &op : ops)
            n += (op.lintBit & c.bit) ? 1 : 0;
        if (bits & c.bit)
            parts << QStringLiteral("<span style='color:%1'><b>%2</b> %3</span>")
                         .arg(RevisionGraphDelegate::lintColour(c.bit).name(), QString::number(n),
                              c.name);
    }
    return parts.isEmpty() ? QObject::tr("no findings") : parts.join(QStringLiteral(", "));
}

}  // namespace

ConfirmRunDialog::ConfirmRunDialog(const MigrationHistory &history, const QStringList &heads,
                                   const RunRequest &request, const ReviewContent &range,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1 the database?").arg(commandName(request.command)));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    const std::optional<ConnectionProfile> &profile = history.source().profile;
    QColor colour = profile ? profile->effectiveColor() : QColor();
    if (!colour.isValid())
        colour = palette().color(QPalette::Highlight);
    const QString env =
        profile ? ConnectionProfile::environmentName(profile->environment) : QString();
    const QString database = history.databaseLabel();
    layout->addWidget(new RunDialogBand(colour,
                                        env.isEmpty()
                                            ? tr("Target: %1").arg(database)
                                            : tr("Target: %1 (%2)").arg(database, env.toUpper()),
                                        this));

    const QString target = request.targets.join(QStringLiteral(", "));
    const QString from = heads.isEmpty() ? tr("base") : heads.join(QStringLiteral(", "));
    QString body = tr("<p><b>%1</b> from <code>%2</code> to <code>%3</code></p>")
                       .arg(commandName(request.command).toHtmlEscaped(), from.toHtmlEscaped(),
                            target.toHtmlEscaped());
    if (request.command != RunRequest::Command::Stamp) {
        body += tr("<p>Revisions to run (%1):</p><ul>").arg(range.stepIds.size());
        for (const QString &id : range.stepIds) {
            const int rev = history.graph().indexOf(id);
            const QString message = rev >= 0 ? history.summary(rev).message : QString();
            body += QStringLiteral("<li><code>%1</code> %2</li>")
                        .arg(id.left(12).toHtmlEscaped(), message.toHtmlEscaped());
        }
        body += QStringLiteral("</ul>");
        body += tr("<p>Lint: %1</p>").arg(lintSummary(range.lintSummary, range.operations));
    } else {
        body += tr("<p>Stamping only rewrites the version table; no schema change runs.</p>");
    }
    body += history.migratorOptions().transactionPerMigration
                ? tr("<p>Each revision commits on its own; a failure keeps the revisions "
                     "before it.</p>")
                : tr("<p>The run is one transaction where the database allows it; a failure "
                     "rolls it back.</p>");
    m_summary = body;
    auto *text = new QLabel(body, this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setMinimumWidth(460);
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(commandName(request.command), QDialogButtonBox::AcceptRole);
    m_run->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (profile && profile->isProduction()) {
        auto *prompt = new QLabel(tr("This is a production database. Type <b>%1</b> to continue.")
                                      .arg(profile->name.toHtmlEscaped()),
                                  this);
        layout->addWidget(prompt);
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setAccessibleName(tr("Connection name"));
        layout->addWidget(m_nameEdit);
        m_run->setEnabled(false);
        const QString name = profile->name;
        connect(m_nameEdit, &QLineEdit::textChanged, this,
                [this, name](const QString &typed) { m_run->setEnabled(typed == name); });
    }
    layout->addWidget(buttons);
}

}  // namespace stratum::ui
