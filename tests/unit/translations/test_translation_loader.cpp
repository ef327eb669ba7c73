// Translations::install picks the language from the "ui/language" setting
// (else the system locale), loads Stratum's catalogue built from
// translations/*.ts, and Qt's own catalogue where qt6-translations-l10n is
// installed.
#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using stratum::ui::Translations;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void settingOverridesTheSystemLocale_data();
    void settingOverridesTheSystemLocale();
    void englishLoadsNothing();
    void qtCatalogueFollowsWhenInstalled();

private:
    void removeTranslators();
    QTemporaryDir m_config;
};

void TestTranslationLoader::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Settings go to a private folder, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StratumTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TranslationLoader"));
    QVERIFY2(!qEnvironmentVariable("STRATUM_TRANSLATIONS_DIR").isEmpty(),
             "ctest sets STRATUM_TRANSLATIONS_DIR to the build tree's translations folder");
}

void TestTranslationLoader::removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslationLoader::cleanup()
{
    removeTranslators();
    QSettings().remove(Translations::settingsKey());
    QLocale::setDefault(QLocale::c());
}

void TestTranslationLoader::settingOverridesTheSystemLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");     // translation of "&File" in ShellActions
    QTest::addColumn<QString>("columns");  // of "Columns" in SchemaTreeFiller
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                        << QStringLiteral("Spalten");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo")
                        << QStringLiteral("Columnas");
}

void TestTranslationLoader::settingOverridesTheSystemLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, columns);
    QSettings().setValue(Translations::settingsKey(), language);
    QCOMPARE(Translations::chosenLocale().name().left(2), language);
    QCOMPARE(Translations::install(*QCoreApplication::instance()), language);
    QCOMPARE(QLocale().name().left(2), language);
    QCOMPARE(QCoreApplication::translate("stratum::ui::ShellActions", "&File"), file);
    QCOMPARE(QCoreApplication::translate("stratum::ui::SchemaTreeFiller", "Columns"), columns);
}

void TestTranslationLoader::englishLoadsNothing()
{
    QSettings().setValue(Translations::settingsKey(), QStringLiteral("en"));
    QCOMPARE(Translations::install(*QCoreApplication::instance()), QString());
    QCOMPARE(QCoreApplication::translate("stratum::ui::ShellActions", "&File"),
             QStringLiteral("&File"));
}

void TestTranslationLoader::qtCatalogueFollowsWhenInstalled()
{
    QSettings().setValue(Translations::settingsKey(), QStringLiteral("de"));
    Translations::install(*QCoreApplication::instance());
    const QString qtbase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtbase)) {
        qWarning("%s is missing (qt6-translations-l10n); Qt's dialogs stay English",
                 qPrintable(qtbase));
        return;
    }
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "test_translation_loader.moc"
