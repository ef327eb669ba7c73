#include "ui/console/ValueViewer.h"

#include "ui/console/ResultModel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

constexpr int kMaxHexBytes = 64 * 1024;
constexpr int kMaxTextChars = 4 * 1024 * 1024;
constexpr int kLongText = 120;

}  // namespace

ValueViewer::ValueViewer(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("valueViewer"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFrameShape(QFrame::NoFrame);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the value pane"));
    connect(m_close, &QToolButton::clicked, this, &ValueViewer::closeRequested);

    auto *head = new QHBoxLayout;
    head->setContentsMargins(8, 4, 4, 4);
    head->addWidget(m_caption, 1);
    head->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(head);
    layout->addWidget(m_text, 1);
}

bool ValueViewer::wantsViewer(const ResultModel &model, int row, int column)
{
    if (column < 0 || column >= int(model.columns().size()) || model.isNull(row, column))
        return false;
    const engine::ValueKind kind = model.columns()[std::size_t(column)].kind;
    if (kind == engine::ValueKind::Json || kind == engine::ValueKind::Bytes)
        return true;
    if (kind != engine::ValueKind::Text)
        return false;
    const QString text = model.cellText(row, column);
    return text.size() > kLongText || text.contains(QLatin1Char('\n'));
}

QString ValueViewer::hexDump(const QByteArray &bytes, int maxBytes)
{
    QString out;
    const int n = std::min(int(bytes.size()), maxBytes);
    for (int offset = 0; offset < n; offset += 16) {
        out += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int i = 0; i < 16; ++i) {
            if (offset + i < n) {
                const auto b = static_cast<unsigned char>(bytes[offset + i]);
                out += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += b >= 0x20 && b < 0x7f ? QChar(b) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QStringLiteral(" |") + ascii + QStringLiteral("|\n");
    }
    return out;
}

void ValueViewer::showCell(const ResultModel &model, int row, int column)
{
    if (row < 0 || column < 0 || column >= int(model.columns().size())) {
        clear();
        return;
    }
    const engine::ColumnInfo &info = model.columns()[std::size_t(column)];
    const QString where =
        tr("Row %1, %2 (%3)")
            .arg(QLocale().toString(row + 1), info.name,
                 info.typeName.isEmpty() ? engine::valueKindName(info.kind) : info.typeName);
    if (model.isNull(row, column)) {
        m_caption->setText(where);
        m_text->setPlainText(QStringLiteral("NULL"));
        return;
    }
    QString body;
    QString note;
    if (info.kind == engine::ValueKind::Bytes) {
        const QByteArray bytes = model.cellBytes(row, column);
        body = hexDump(bytes, kMaxHexBytes);
        note = tr("%1 bytes").arg(QLocale().toString(bytes.size()));
        if (bytes.size() > kMaxHexBytes)
            note += tr(", first %1 shown").arg(QLocale().toString(kMaxHexBytes));
    } else {
        body = model.cellText(row, column);
        if (info.kind == engine::ValueKind::Json) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                body = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
            note = tr("JSON");
        } else {
            note = tr("%1 characters").arg(QLocale().toString(body.size()));
        }
        if (body.size() > kMaxTextChars) {
            body.truncate(kMaxTextChars);
            note += tr(", first %1 shown").arg(QLocale().toString(kMaxTextChars));
        }
    }
    m_caption->setText(where + QStringLiteral(" · ") + note);
    m_text->setPlainText(body);
}

void ValueViewer::clear()
{
    m_caption->clear();
    m_text->clear();
}

QString ValueViewer::text() const
{
    return m_text->toPlainText();
}

QString ValueViewer::caption() const
{
    return m_caption->text();
}

}  // namespace stratum::ui
