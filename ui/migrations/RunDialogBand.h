#pragma once

#include <QColor>
#include <QLabel>

namespace stratum::ui {

// The coloured strip across the top of the run dialogs (the target
// connection's environment colour, or red for a failure): bold text in black
// or white, whichever reads on the colour. GUI thread only.
class RunDialogBand : public QLabel
{
public:
    RunDialogBand(const QColor &colour, const QString &text, QWidget *parent = nullptr);
};

}  // namespace stratum::ui
