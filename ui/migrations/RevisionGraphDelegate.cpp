#include "ui/migrations/RevisionGraphDelegate.h"

#include "ui/migrations/RevisionGraphModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

namespace stratum::ui {

namespace {

bool isDark(const QColor &base)
{
    return base.lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// A rounded label; returns the x after it (with a gap).
int drawChip(QPainter *p, int x, int centerY, const QString &text, const QColor &tint,
             const QColor &base, bool filled = false)
{
    const QFontMetrics fm(p->font());
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRectF r(x + 0.5, centerY - h / 2.0 + 0.5, w, h);
    p->setPen(QPen(filled ? tint : mix(base, tint, 0.55), 1));
    p->setBrush(filled ? tint : mix(base, tint, isDark(base) ? 0.28 : 0.14));
    p->drawRoundedRect(r, h / 2.0, h / 2.0);
    p->setPen(filled ? (isDark(tint) ? Qt::white : QColor(Qt::black))
                     : (isDark(base) ? mix(tint, Qt::white, 0.35) : mix(tint, Qt::black, 0.35)));
    p->drawText(r, Qt::AlignCenter, text);
    return x + w + 5;
}

struct Badge
{
    int bit;
    const char *text;
};

}  // namespace

QColor RevisionGraphDelegate::lintColour(int bits)
{
    if (bits & LintDestructive)
        return QColor(0xC6, 0x28, 0x28);
    if (bits & LintIrreversible)
        return QColor(0x8E, 0x24, 0xAA);
    if (bits & LintLocking)
        return QColor(0xE6, 0x7E, 0x00);
    if (bits & LintDataDependent)
        return QColor(0x00, 0x7A, 0xA3);
    return QColor(0x6D, 0x4C, 0x41);
}

RevisionGraphDelegate::RevisionGraphDelegate(RevisionGraphModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QColor RevisionGraphDelegate::laneColour(int i, const QColor &base)
{
    // Distinct hues that stay apart for colour-blind readers (Okabe-Ito order).
    static const QColor hues[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                  QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                  QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00),
                                  QColor(0x88, 0x66, 0xCC), QColor(0x99, 0x99, 0x33)};
    const QColor c = hues[i % 8];
    return isDark(base) ? mix(c, Qt::white, 0.25) : c;
}

int RevisionGraphDelegate::graphWidth() const
{
    const HistoryPtr &h = m_model->history();
    const int lanes = h ? std::min(h->layout().laneCount(), 24) : 1;
    return (lanes + 1) * kLaneWidth;
}

QSize RevisionGraphDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 600, kRowHeight};
}

void RevisionGraphDelegate::paintGraph(QPainter *p, const QRect &rect, int rowIndex,
                                       bool filtered) const
{
    const HistoryPtr &h = m_model->history();
    const GraphLayout::Row &row = h->layout().row(rowIndex);
    const QColor base = QApplication::palette().color(QPalette::Base);
    const qreal top = rect.top();
    const qreal bottom = rect.bottom() + 1;
    const qreal cy = rect.center().y() + 0.5;
    const auto laneX = [&rect](int lane) { return rect.left() + kLaneWidth * (lane + 0.5) + 4; };
    const auto pen = [&base](const GraphLayout::Line &l) {
        QPen pen(laneColour(l.colour, base), 2.0, l.dashed ? Qt::DashLine : Qt::SolidLine,
                 Qt::RoundCap);
        if (l.dashed)
            pen.setDashPattern({2.0, 2.5});
        return pen;
    };
    p->setBrush(Qt::NoBrush);
    if (!filtered) {
        for (const GraphLayout::Line &l : row.through) {
            p->setPen(pen(l));
            p->drawLine(QPointF(laneX(l.from), top), QPointF(laneX(l.to), bottom));
        }
        const qreal nx = laneX(row.lane);
        for (const GraphLayout::Line &l : row.up) {
            p->setPen(pen(l));
            QPainterPath path(QPointF(laneX(l.from), top));
            if (l.from == row.lane)
                path.lineTo(nx, cy);
            else
                path.cubicTo(laneX(l.from), cy, nx, top, nx, cy);
            p->drawPath(path);
        }
        for (const GraphLayout::Line &l : row.down) {
            p->setPen(pen(l));
            QPainterPath path(QPointF(nx, cy));
            if (l.to == row.lane)
                path.lineTo(nx, bottom);
            else
                path.cubicTo(nx, bottom, laneX(l.to), cy, laneX(l.to), bottom);
            p->drawPath(path);
        }
    }

    const int rev = row.revision;
    const bool applied = m_model->isApplied(rev);
    const bool current = m_model->isCurrent(rev);
    const QColor colour = laneColour(row.colour, base);
    const QPointF centre(laneX(row.lane), cy);
    const QColor accent = QApplication::palette().color(QPalette::Highlight);
    if (current) {
        p->setPen(QPen(accent, 2.0));
        p->setBrush(mix(base, accent, 0.25));
        p->drawEllipse(centre, 9.0, 9.0);
    }
    const bool merge = h->graph().isMergePoint(rev);
    p->setPen(QPen(colour, 2.0));
    p->setBrush(applied ? colour : base);
    if (merge) {
        QPolygonF diamond;
        diamond << centre + QPointF(0, -6) << centre + QPointF(6, 0) << centre + QPointF(0, 6)
                << centre + QPointF(-6, 0);
        p->drawPolygon(diamond);
    } else {
        p->drawEllipse(centre, 5.0, 5.0);
    }
}

void RevisionGraphDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const HistoryPtr &h = m_model->history();
    if (!h)
        return;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QPalette &pal = opt.palette;
    const QColor base = pal.color(QPalette::Base);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);

    // Background: selection, the running revision, alternate rows.
    const bool selected = opt.state & QStyle::State_Selected;
    const bool running = index.data(RevisionGraphModel::RunningRole).toBool();
    if (selected)
        p->fillRect(opt.rect, mix(base, pal.color(QPalette::Highlight), 0.22));
    else if (running)
        p->fillRect(opt.rect, mix(base, QColor(0xE6, 0x9F, 0x00), 0.18));
    else if (index.row() % 2)
        p->fillRect(opt.rect, mix(base, pal.color(QPalette::Text), 0.025));

    const int rev = index.data(RevisionGraphModel::RevisionRole).toInt();
    const RevisionSummary &s = h->summary(rev);
    const migrate::RevisionGraph &g = h->graph();
    const bool applied = m_model->isApplied(rev);
    const bool filtered = !m_model->filter().isEmpty();
    const int gw = graphWidth();
    p->setClipRect(QRect(opt.rect.left(), opt.rect.top(), gw + 4, opt.rect.height()));
    paintGraph(p, QRect(opt.rect.left(), opt.rect.top(), gw, opt.rect.height()), index.row(),
               filtered);
    p->setClipping(false);

    const int cy = opt.rect.center().y();
    int x = opt.rect.left() + gw + 8;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(base, text, 0.55);

    // Short id, monospace.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(opt.font.pointSizeF() * 0.95);
    p->setFont(mono);
    p->setPen(applied ? muted : mix(base, text, 0.4));
    const QFontMetrics monoFm(mono);
    p->drawText(QRect(x, opt.rect.top(), monoFm.horizontalAdvance(QStringLiteral("00000000")) + 2,
                      opt.rect.height()),
                Qt::AlignVCenter | Qt::AlignLeft, s.shortId);
    x += monoFm.horizontalAdvance(QStringLiteral("00000000")) + 12;

    // Chips: you are here, own branch labels, head, base.
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.82);
    small.setWeight(QFont::DemiBold);
    p->setFont(small);
    const QColor accent = pal.color(QPalette::Highlight);
    if (m_model->isCurrent(rev))
        x = drawChip(p, x, cy, tr("you are here"), accent, base, true);
    const GraphLayout::Row &row = h->layout().row(index.row());
    const QColor laneCol = laneColour(row.colour, base);
    for (const QString &label : g.revision(rev).branchLabels)
        x = drawChip(p, x, cy, label, laneCol, base);
    if (g.isHead(rev))
        x = drawChip(p, x, cy, tr("head"), laneCol, base);
    if (g.isBase(rev))
        x = drawChip(p, x, cy, tr("base"), mix(base, text, 0.6), base);
    if (g.isMergePoint(rev))
        x = drawChip(p, x, cy, tr("merge"), mix(base, text, 0.6), base);

    // Right side: badges, then author and date.
    int right = opt.rect.right() - 8;
    p->setFont(opt.font);
    const QString meta = s.author.isEmpty() ? s.date : s.author + QStringLiteral(" · ") + s.date;
    // Author and date only when the message keeps room enough to be read.
    if (!meta.isEmpty() && right - x - QFontMetrics(opt.font).horizontalAdvance(meta) > 360) {
        const int w = QFontMetrics(opt.font).horizontalAdvance(meta);
        p->setPen(muted);
        p->drawText(QRect(right - w, opt.rect.top(), w, opt.rect.height()),
                    Qt::AlignVCenter | Qt::AlignRight, meta);
        right -= w + 12;
    }
    p->setFont(small);
    static const Badge badges[] = {
        {LintDestructive, QT_TR_NOOP("destructive")},
        {LintIrreversible, QT_TR_NOOP("irreversible")},
        {LintLocking, QT_TR_NOOP("locking")},
        {LintDataDependent, QT_TR_NOOP("data-dependent")},
    };
    QList<QPair<QString, QColor>> rightChips;
    if (s.needsAlembic)
        rightChips.push_back({tr("needs Alembic"), lintColour(0)});
    for (const Badge &b : badges) {
        if (s.lint & b.bit)
            rightChips.push_back({tr(b.text), lintColour(b.bit)});
    }
    const QFontMetrics smallFm(small);
    for (const auto &[label, colour] : rightChips) {
        const int w = smallFm.horizontalAdvance(label) + 12;
        drawChip(p, right - w, cy, label, colour, base);
        right -= w + 5;
    }

    // The message, elided into what is left.
    p->setFont(opt.font);
    p->setPen(applied ? text : mix(base, text, 0.7));
    const int room = std::max(0, right - x - 6);
    const QString message = QFontMetrics(opt.font).elidedText(s.message, Qt::ElideRight, room);
    p->drawText(QRect(x, opt.rect.top(), room, opt.rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                message);
    p->restore();
}

}  // namespace stratum::ui
