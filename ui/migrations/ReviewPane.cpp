#include "ui/migrations/ReviewPane.h"

#include "ui/common/WorkerTask.h"
#include "ui/console/SqlEditor.h"
#include "ui/migrations/RevisionGraphDelegate.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

namespace stratum::ui {

namespace {

constexpr int kUnsupportedMarker = 1;

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

}  // namespace

ReviewPane::ReviewPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 6);
    m_title = new QLabel(tr("Select a revision"), header);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_range = new QCheckBox(tr("From the database to here"), header);
    m_range->setToolTip(
        tr("Review the whole range the database would run to reach the selected revision"));
    headerLayout->addWidget(m_title, 1);
    headerLayout->addWidget(m_range);
    layout->addWidget(header);
    connect(m_range, &QCheckBox::toggled, this, &ReviewPane::rangeModeChanged);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_operations = new QTreeWidget(m_tabs);
    m_operations->setRootIsDecorated(false);
    m_operations->setAlternatingRowColors(true);
    m_operations->setWordWrap(true);
    m_operations->setHeaderLabels({tr("Revision"), tr("Operation"), tr("Lint"), tr("Why")});
    m_operations->header()->setStretchLastSection(true);
    m_operations->setColumnWidth(0, 90);
    m_operations->setColumnWidth(1, 300);
    m_operations->setColumnWidth(2, 110);
    m_tabs->addTab(m_operations, tr("Operations"));

    auto *sqlPage = new QWidget(m_tabs);
    auto *sqlLayout = new QVBoxLayout(sqlPage);
    sqlLayout->setContentsMargins(0, 4, 0, 0);
    sqlLayout->setSpacing(4);
    auto *sqlBar = new QHBoxLayout;
    sqlBar->setContentsMargins(8, 0, 8, 0);
    m_upgradeButton = new QToolButton(sqlPage);
    m_upgradeButton->setText(tr("Upgrade"));
    m_downgradeButton = new QToolButton(sqlPage);
    m_downgradeButton->setText(tr("Downgrade"));
    auto *group = new QButtonGroup(sqlPage);
    for (QToolButton *b : {m_upgradeButton, m_downgradeButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        group->addButton(b);
        sqlBar->addWidget(b);
    }
    m_upgradeButton->setChecked(true);
    m_sqlNote = new QLabel(sqlPage);
    m_sqlNote->setWordWrap(true);
    sqlBar->addWidget(m_sqlNote, 1);
    sqlLayout->addLayout(sqlBar);
    m_sql = new SqlEditor(sqlPage);
    m_sql->setReadOnly(true);
    m_sql->setAccessibleName(tr("Migration SQL"));
    sqlLayout->addWidget(m_sql, 1);
    connect(group, &QButtonGroup::buttonToggled, this, [this] { fillSql(); });
    m_tabs->addTab(sqlPage, tr("SQL"));

    m_schema = new QTextBrowser(m_tabs);
    m_schema->setOpenLinks(false);
    m_tabs->addTab(m_schema, tr("Schema"));

    auto *scriptPage = new QWidget(m_tabs);
    auto *scriptLayout = new QVBoxLayout(scriptPage);
    scriptLayout->setContentsMargins(0, 0, 0, 0);
    scriptLayout->setSpacing(0);
    m_scriptNote = new QLabel(scriptPage);
    m_scriptNote->setContentsMargins(8, 4, 8, 4);
    m_scriptNote->setWordWrap(true);
    scriptLayout->addWidget(m_scriptNote);
    m_script = new QsciScintilla(scriptPage);
    auto *lexer = new QsciLexerPython(m_script);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    m_script->setLexer(lexer);
    m_script->setReadOnly(true);
    m_script->setMarginType(0, QsciScintilla::NumberMargin);
    m_script->setMarginWidth(0, QStringLiteral("00000"));
    m_script->setMarginType(1, QsciScintilla::SymbolMargin);
    m_script->setMarginWidth(1, 14);
    m_script->markerDefine(QsciScintilla::RightTriangle, kUnsupportedMarker);
    m_script->setMarkerBackgroundColor(QColor(0xC6, 0x28, 0x28), kUnsupportedMarker);
    m_script->setMarkerForegroundColor(QColor(0xC6, 0x28, 0x28), kUnsupportedMarker);
    m_script->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_script->setAccessibleName(tr("Revision script"));
    scriptLayout->addWidget(m_script, 1);
    m_tabs->addTab(scriptPage, tr("Script"));
}

bool ReviewPane::rangeMode() const
{
    return m_range->isChecked();
}

void ReviewPane::setRangeMode(bool range)
{
    m_range->setChecked(range);
}

void ReviewPane::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ReviewPane::showDowngradeSql(bool downgrade)
{
    (downgrade ? m_downgradeButton : m_upgradeButton)->setChecked(true);
}

QString ReviewPane::sqlText() const
{
    return m_sql->text();
}

QString ReviewPane::scriptText() const
{
    return m_script->text();
}

void ReviewPane::review(const ReviewRequest &request)
{
    const quint64 generation = ++m_generation;
    if (request.history)
        m_sql->setDialect(request.history->dialect());
    runOnWorker(
        this, [request] { return ReviewBuilder::build(request); },
        [this, generation](ReviewContent content) {
            if (generation == m_generation)
                setContent(std::move(content));
        });
}

void ReviewPane::setContent(ReviewContent content)
{
    m_content = std::move(content);
    m_title->setText(m_content.title);
    fillOperations();
    if (!m_content.upgrade && m_content.upgradeSql.isEmpty())
        m_downgradeButton->setChecked(true);
    else if (m_content.upgrade && m_content.downgradeSql.isEmpty())
        m_upgradeButton->setChecked(true);
    fillSql();
    fillSchema();
    fillScript();
    emit contentReady();
}

void ReviewPane::fillOperations()
{
    m_operations->clear();
    const QColor base = palette().color(QPalette::Base);
    for (const ReviewContent::OperationRow &row : m_content.operations) {
        auto *item = new QTreeWidgetItem(m_operations);
        item->setText(0, row.revision);
        item->setText(1, row.description);
        item->setText(2, row.unsupported ? tr("needs Alembic") : row.lintClass);
        QString why = row.explanation;
        if (!row.saferAlternative.isEmpty())
            why += QStringLiteral("\n") + tr("Safer: %1").arg(row.saferAlternative);
        item->setText(3, why);
        item->setToolTip(3, why);
        item->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (row.lintBit || row.unsupported) {
            const QColor c = RevisionGraphDelegate::lintColour(row.unsupported ? 0 : row.lintBit);
            item->setForeground(2, c);
            QFont bold = item->font(2);
            bold.setWeight(QFont::DemiBold);
            item->setFont(2, bold);
            item->setBackground(2, blend(base, c, 0.10));
        }
    }
    if (m_content.operations.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_operations);
        item->setText(1, tr("No operations"));
        item->setDisabled(true);
    }
}

void ReviewPane::fillSql()
{
    const bool down = m_downgradeButton->isChecked();
    const QString sql = down ? m_content.downgradeSql : m_content.upgradeSql;
    m_sql->setText(sql);
    m_sqlNote->setText(sql.isEmpty() && m_content.sqlNote.isEmpty() && !m_content.title.isEmpty()
                           ? tr("No SQL in this direction for this selection.")
                           : m_content.sqlNote);
}

void ReviewPane::fillSchema()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor added = blend(base, QColor(0x2E, 0x9D, 0x4B), 0.22);
    const QColor removed = blend(base, QColor(0xD3, 0x2F, 0x2F), 0.22);
    const QColor changed = blend(base, QColor(0xE6, 0x9F, 0x00), 0.25);
    const QColor muted = blend(base, text, 0.55);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    const auto cell = [&](const DiffLine &line) {
        QColor bg = base;
        QString mark = QStringLiteral("&nbsp;");
        switch (line.kind) {
        case DiffLine::Kind::Added:
            bg = added;
            mark = QStringLiteral("+");
            break;
        case DiffLine::Kind::Removed:
            bg = removed;
            mark = QStringLiteral("−");
            break;
        case DiffLine::Kind::Changed:
            bg = changed;
            mark = QStringLiteral("~");
            break;
        default:
            break;
        }
        return QStringLiteral("<td width='2%' style='color:%1;background:%2'>%3</td>"
                              "<td width='48%' style='background:%2;white-space:pre'>%4</td>")
            .arg(muted.name(), bg.name(), mark, html(line.text));
    };
    QString out = QStringLiteral("<html><body style='font-family:\"%1\"'>").arg(mono);
    if (!m_content.schemaDiff.isEmpty()) {
        out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>"
                              "<tr><th colspan='2' align='left'>%1</th>"
                              "<th colspan='2' align='left'>%2</th></tr>")
                   .arg(tr("Before"), tr("After"));
        for (const TableDiff &d : m_content.schemaDiff) {
            const QColor tint = d.status == QLatin1String("added")     ? added
                                : d.status == QLatin1String("removed") ? removed
                                                                       : changed;
            out += QStringLiteral("<tr><td colspan='4' style='background:%1;padding:4px'>"
                                  "<b>%2</b> <span style='color:%3'>%4</span></td></tr>")
                       .arg(blend(tint, base, 0.3).name(), html(d.table), muted.name(),
                            html(d.status == QLatin1String("added")     ? tr("added")
                                 : d.status == QLatin1String("removed") ? tr("removed")
                                                                        : tr("changed")));
            for (int i = 0; i < d.before.size(); ++i)
                out += QStringLiteral("<tr>") + cell(d.before[i]) + cell(d.after[i]) +
                       QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    if (!m_content.schemaNote.isEmpty())
        out += QStringLiteral("<p style='color:%1;white-space:pre-wrap'>%2</p>")
                   .arg(muted.name(), html(m_content.schemaNote));
    out += QStringLiteral("</body></html>");
    m_schema->setHtml(out);
}

void ReviewPane::fillScript()
{
    m_script->setReadOnly(false);
    m_script->setText(m_content.scriptText);
    m_script->setReadOnly(true);
    m_script->markerDeleteAll(kUnsupportedMarker);
    m_script->clearAnnotations();
    for (const auto &[line, message] : m_content.unsupportedLines) {
        if (line <= 0)
            continue;
        m_script->markerAdd(line - 1, kUnsupportedMarker);
        m_script->annotate(line - 1, tr("Needs Alembic: %1").arg(message), 0);
    }
    m_scriptNote->setText(
        m_content.unsupportedLines.isEmpty()
            ? m_content.scriptPath
            : tr("%1 — statements Stratum does not interpret are marked; this revision needs "
                 "Alembic to run.")
                  .arg(m_content.scriptPath));
}

}  // namespace stratum::ui
