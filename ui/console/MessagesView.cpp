#include "ui/console/MessagesView.h"

#include "ui/console/SqlScanner.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QScrollBar>

namespace stratum::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One line of the statement, shortened, so a long script stays scannable.
QString firstLine(const QString &sql)
{
    QString line = sql.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 90)
        line = line.left(90) + QChar(0x2026);
    else if (sql.contains(QLatin1Char('\n')))
        line += QStringLiteral(" \u2026");
    return line;
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return QObject::tr("%1 ms").arg(ms);
    return QObject::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

// The statement's first keyword, lower-case, comments skipped.
QString firstWord(const QString &sql, schema::Dialect dialect)
{
    SqlScanner scanner(sql, dialect);
    while (!scanner.atEnd()) {
        const SqlToken t = scanner.next();
        if (t.kind == SqlToken::Word)
            return scanner.text(t).toString().toLower();
        if (!t.isTrivia())
            break;
    }
    return {};
}

}  // namespace

MessagesView::MessagesView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setDocumentMargin(8);
}

void MessagesView::appendHtml(const QString &html)
{
    append(html);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void MessagesView::addRunHeader(const QString &what)
{
    appendHtml(QStringLiteral("<div style='color:#8a919b'>%1 \u00b7 %2</div>")
                   .arg(esc(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))),
                        esc(what)));
}

void MessagesView::addSuccess(const QString &statement, const QString &outcome, qint64 elapsedMs)
{
    appendHtml(QStringLiteral("<div><span style='color:#2e9e44'>\u2713</span> %1 "
                              "<span style='color:#8a919b'>\u2014</span> %2 "
                              "<span style='color:#8a919b'>(%3)</span></div>")
                   .arg(esc(firstLine(statement)), esc(outcome), esc(duration(elapsedMs))));
}

void MessagesView::addNotices(const QStringList &notices)
{
    for (const QString &n : notices)
        appendHtml(QStringLiteral("<div style='color:#b7791f'>&nbsp;&nbsp;%1</div>")
                       .arg(esc(n.trimmed())));
}

void MessagesView::addError(const QString &statement, const Error &error, int line, int column)
{
    QString html = QStringLiteral("<div><span style='color:#e01b24'>\u2717</span> %1</div>")
                       .arg(esc(firstLine(statement)));
    QString head = tr("ERROR: %1").arg(error.message);
    if (!error.code.isEmpty())
        head += QStringLiteral(" [%1]").arg(error.code);
    html += QStringLiteral("<div style='color:#e01b24'>&nbsp;&nbsp;%1</div>").arg(esc(head));
    if (!error.detail.isEmpty())
        html += QStringLiteral("<div>&nbsp;&nbsp;%1</div>")
                    .arg(esc(tr("DETAIL: %1").arg(error.detail)));
    if (!error.hint.isEmpty())
        html +=
            QStringLiteral("<div>&nbsp;&nbsp;%1</div>").arg(esc(tr("HINT: %1").arg(error.hint)));
    if (!error.context.isEmpty())
        html += QStringLiteral("<div>&nbsp;&nbsp;%1</div>")
                    .arg(esc(tr("CONTEXT: %1").arg(error.context)));
    if (line > 0)
        html += QStringLiteral("<div>&nbsp;&nbsp;%1</div>")
                    .arg(esc(tr("at line %1, column %2").arg(line).arg(column)));
    appendHtml(html);
}

void MessagesView::addInfo(const QString &text)
{
    appendHtml(QStringLiteral("<div>%1</div>").arg(esc(text)));
}

QString MessagesView::outcomeText(const StatementSummary &s, const QString &sql,
                                  schema::Dialect dialect)
{
    const QLocale locale;
    if (s.returnsRows) {
        QString text = s.rowsFetched == 1
                           ? QObject::tr("1 row")
                           : QObject::tr("%1 rows").arg(locale.toString(s.rowsFetched));
        if (s.truncated)
            text += QObject::tr(" fetched; more were not fetched");
        return text;
    }
    if (!s.commandTag.isEmpty())
        return s.commandTag;
    // SQLite reports a change count for every statement; it means something
    // only for data changes.
    static const QStringList dml = {QStringLiteral("insert"), QStringLiteral("update"),
                                    QStringLiteral("delete"), QStringLiteral("replace"),
                                    QStringLiteral("with")};
    if (s.rowsAffected >= 0 && dml.contains(firstWord(sql, dialect)))
        return QObject::tr("%1 row(s) affected").arg(locale.toString(s.rowsAffected));
    return QObject::tr("done");
}

}  // namespace stratum::ui
