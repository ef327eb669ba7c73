#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace stratum::ui {

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList Translations::shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es")};
}

QLocale Translations::chosenLocale()
{
    const QString chosen = QSettings().value(settingsKey()).toString().trimmed();
    if (chosen.isEmpty() || chosen == u"system") {
        return QLocale::system();
    }
    return QLocale(chosen);
}

QStringList Translations::searchPaths()
{
    QStringList paths;
    const QString overridden = qEnvironmentVariable("STRATUM_TRANSLATIONS_DIR");
    if (!overridden.isEmpty()) {
        paths << overridden;
    }
    const QDir bin(QCoreApplication::applicationDirPath());
    paths << QDir::cleanPath(bin.filePath(QStringLiteral("../share/stratum/translations")))
          << QDir::cleanPath(bin.filePath(QStringLiteral("../translations")));
    return paths;
}

QString Translations::install(QCoreApplication &app)
{
    const QLocale locale = chosenLocale();
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return {};
    }

    // Qt's catalogue: qt_<lang>.qm pulls in qtbase_<lang>.qm and friends.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }

    for (const QString &dir : searchPaths()) {
        auto *own = new QTranslator(&app);
        if (own->load(locale, QStringLiteral("stratum"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(own);
            return own->language().section(u'_', 0, 0);
        }
        delete own;
    }
    return {};
}

}  // namespace stratum::ui
