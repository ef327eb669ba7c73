#pragma once

#include <QPalette>

namespace stratum::ui {

// Look and feel. Stratum follows the platform's style and palette (including a
// dark desktop palette); only where the platform offers no real style (offscreen
// rendering, the minimal platform) it uses Fusion. GUI thread only.
class Appearance
{
public:
    // Call once after constructing QApplication.
    static void applyDefaults();

    // Fusion-friendly palettes, used by the screenshot tour to show both modes.
    static QPalette lightPalette();
    static QPalette darkPalette();
};

}  // namespace stratum::ui
