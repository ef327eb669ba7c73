#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace stratum::ui {

// Line icons from resources/icons, drawn in the current palette's text colour
// at whatever size and device-pixel ratio they are painted, so they stay sharp
// on high-DPI screens and follow light and dark palettes without two icon sets.
// Disabled, selected and active modes use the matching palette roles. Must be
// used from the GUI thread only.
class ThemedIcon
{
public:
    // name is the file stem under :/icons (e.g. "run"). An unknown name gives a
    // null icon, so a typo shows up in review rather than as a blank square.
    static QIcon icon(const QString &name);

    // Same icon, but always in the given colour (for severity markers).
    static QIcon icon(const QString &name, const QColor &fixedColour);

    // The application icon (io.github.stratum.Stratum.svg), in full colour.
    static QIcon appIcon();
};

// Registers the compiled-in resources of the static stratum_ui library. Safe to
// call more than once; ThemedIcon calls it on first use.
void initUiResources();

}  // namespace stratum::ui
