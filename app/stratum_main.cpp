// main() of the Stratum desktop application: parses the command line, checks
// that there is a display, and wires the main window together. Features live
// in ui/; this file stays thin.
#include "StratumVersion.h"
#include "ui/common/Appearance.h"
#include "ui/common/ThemedIcon.h"
#include "ui/common/Translations.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ScreenshotTour.h"
#include "ui/shell/VersionInfo.h"
#include "ui/shell/Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

bool envSet(const char *name)
{
    const char *value = std::getenv(name);
    return value && *value;
}

void printNoDisplay()
{
    std::fputs("stratum: there is no display to open the window on\n"
               "         (none of DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM is set).\n"
               "\n"
               "On a machine without a screen, run it inside a virtual X server:\n"
               "    xvfb-run -a stratum          (Debian package: xvfb)\n"
               "or render without any display:\n"
               "    QT_QPA_PLATFORM=offscreen stratum --screenshot-tour ./screenshots\n"
               "The command-line companion, stratum-cli, needs no display at all.\n",
               stderr);
}

}  // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }

    // Parsed before QApplication exists, so --version and --help work without
    // a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stratum, a desktop database workbench."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption(
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Print the versions of Stratum, Qt, libpq and SQLite and exit."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the demo workspace (the default)."));
    const QCommandLineOption tourOption(
        QStringLiteral("screenshot-tour"),
        QStringLiteral("Write a PNG of each main view and dialog to <dir>, then exit. Needs no "
                       "display: uses the offscreen platform unless QT_QPA_PLATFORM is set."),
        QStringLiteral("dir"));
    parser.addOptions({versionOption, demoOption, tourOption});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "stratum: %s\nTry 'stratum --help'.\n",
                     qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        // Without a QCoreApplication, Qt cannot know the program name.
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                        QStringLiteral("stratum"))),
                   stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(stratum::ui::VersionInfo::asText()), stdout);
        return 0;
    }

    const bool tour = parser.isSet(tourOption);
    if (!envSet("DISPLAY") && !envSet("WAYLAND_DISPLAY") && !envSet("QT_QPA_PLATFORM")) {
        if (!tour) {
            printNoDisplay();
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stratum"));
    QApplication::setOrganizationDomain(QStringLiteral("stratum.github.io"));
    QApplication::setApplicationName(QStringLiteral("Stratum"));
    QApplication::setApplicationVersion(QStringLiteral(STRATUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(STRATUM_APP_ID));
    QApplication::setWindowIcon(stratum::ui::ThemedIcon::appIcon());
    stratum::ui::Translations::install(app);  // system locale, or the ui/language setting
    stratum::ui::Appearance::applyDefaults();

    if (tour) {
        stratum::ui::MainWindow window(stratum::ui::MainWindow::Options{false});
        new stratum::ui::Workbench(window);
        stratum::ui::ScreenshotTour shots(window, parser.value(tourOption));
        const QStringList written = shots.run();
        if (written.isEmpty()) {
            std::fprintf(stderr, "stratum: screenshot tour failed: %s\n",
                         qPrintable(shots.error()));
            return 1;
        }
        for (const QString &file : written) {
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        }
        return 0;
    }

    stratum::ui::MainWindow window;
    auto *workbench = new stratum::ui::Workbench(window);  // owned by the window
    window.show();
    // No I/O before the window shows: saved connections are listed and the
    // demo is prepared (on a worker) once the event loop runs. --demo is the
    // default until project workspaces are remembered.
    QTimer::singleShot(0, workbench, &stratum::ui::Workbench::start);
    return app.exec();
}
