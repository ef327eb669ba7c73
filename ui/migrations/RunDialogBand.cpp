#include "ui/migrations/RunDialogBand.h"

namespace stratum::ui {

RunDialogBand::RunDialogBand(const QColor &colour, const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setContentsMargins(10, 6, 10, 6);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colour);
    pal.setColor(QPalette::WindowText, colour.lightnessF() < 0.6 ? Qt::white : Qt::black);
    setPalette(pal);
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    setFont(f);
}

}  // namespace stratum::ui
