#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace stratum::ui {

// Loads the user-interface translations at startup: Stratum's own catalogue
// (translations/stratum_<lang>.qm) and Qt's (qt_<lang>.qm from
// qt6-translations-l10n, so standard dialogs and buttons match). The language
// is the system locale's unless the setting "ui/language" names one ("de",
// "es", or "en" for the untranslated English texts). Call once, from the GUI
// thread, after the organisation and application names are set (they locate
// the settings) and before any window is built.
class Translations
{
public:
    // The settings key of the language override; empty or missing = system.
    static QString settingsKey();

    // The locale the UI should use: the override if set, else the system's.
    static QLocale chosenLocale();

    // Installs the translators on app (they are owned by app) and makes the
    // chosen locale the default one. Returns the language code of Stratum's
    // catalogue that was loaded, or an empty string when none applied
    // (English, or no catalogue for the language).
    static QString install(QCoreApplication &app);

    // Folders searched for stratum_<lang>.qm, first match wins: the folder in
    // STRATUM_TRANSLATIONS_DIR if set (tests), the installed
    // share/stratum/translations of the binary's prefix, then the build
    // tree's translations/ folder (app/stratum next to translations/).
    static QStringList searchPaths();

    // The languages Stratum ships a catalogue for, besides English.
    static QStringList shippedLanguages();
};

}  // namespace stratum::ui
