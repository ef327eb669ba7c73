// The German and Spanish translations stay complete and consistent with the
// sources: lupdate finds nothing untranslated or obsolete, no tr() argument is
// assembled at run time, and every translation keeps its source's placeholders.
#include "TrCallScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using stratum::tests::TrCallScanner;

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("es")};

struct TsMessage
{
    QString context;
    QString source;
    QString type;              // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;  // one, or one per numerus form
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name" && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{context, {}, {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            QStringList forms;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    forms << xml.readElementText();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    }
    return messages;
}

// The argument placeholders of a text: %1..%99 (also as %L1) and %n.
QMap<QString, int> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QMap<QString, int> found;
    for (const auto &m : re.globalMatch(text)) {
        ++found[m.captured(1)];
    }
    return found;
}

QString describe(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        parts << QStringLiteral("%%1 x%2").arg(it.key()).arg(it.value());
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

// Empty when the translation keeps the source's placeholders, else why not.
// A translation may repeat a placeholder, but must use each one the source
// uses and no other.
QString placeholderMismatch(const QString &source, const QString &translation)
{
    const QMap<QString, int> from = placeholders(source);
    const QMap<QString, int> to = placeholders(translation);
    if (QSet<QString>(from.keyBegin(), from.keyEnd()) ==
        QSet<QString>(to.keyBegin(), to.keyEnd())) {
        return {};
    }
    return QStringLiteral("source has %1, translation has %2").arg(describe(from), describe(to));
}

QString sourceDir()
{
    return QStringLiteral(STRATUM_SOURCE_DIR);
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsConcatenation_data();
    void scannerFindsConcatenation();
    void noTrArgumentIsConcatenated();
    void placeholderCheckCatchesMismatch();
    void lupdateFindsNothingUntranslatedOrObsolete();
    void placeholdersMatchInEveryTranslation();
};

void TestTranslations::scannerFindsConcatenation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("findings");
    QTest::newRow("literal") << QStringLiteral("x = tr(\"Open %1\").arg(f);") << 0;
    QTest::newRow("adjacent literals") << QStringLiteral("tr(\"a long \"\n  \"sentence\")") << 0;
    QTest::newRow("disambiguation") << QStringLiteral("tr(\"Key\", \"database key\")") << 0;
    QTest::newRow("noop table entry") << QStringLiteral("tr(kNames[i])") << 0;
    QTest::newRow("plus") << QStringLiteral("tr(\"Table \" + name)") << 1;
    QTest::newRow("plus QString") << QStringLiteral("tr(QString(\"a\") + b)") << 1;
    QTest::newRow("string builder") << QStringLiteral("tr(\"a\" % b)") << 1;
    QTest::newRow("arg inside") << QStringLiteral("tr(QStringLiteral(\"x %1\").arg(y))") << 1;
    QTest::newRow("macro pasted") << QStringLiteral("tr(\"Stratum \" STRATUM_VERSION)") << 1;
    QTest::newRow("translate") << QStringLiteral("QCoreApplication::translate(\"Ctx\", \"a\" + b)")
                               << 1;
    QTest::newRow("translate literal")
        << QStringLiteral("QCoreApplication::translate(\"Ctx\", \"a b\")") << 0;
    QTest::newRow("painter translate") << QStringLiteral("p.translate(x + 1, y + 2);") << 0;
    QTest::newRow("in comment") << QStringLiteral("// tr(\"a\" + b)\n/* tr(a + b) */") << 0;
    QTest::newRow("in string") << QStringLiteral("s = \"tr(a + b)\";") << 0;
    QTest::newRow("raw string") << QStringLiteral("s = R\"(tr(a + b))\";") << 0;
    QTest::newRow("two calls") << QStringLiteral("tr(a + b); tr(\"ok\"); tr(c % d);") << 2;
}

void TestTranslations::scannerFindsConcatenation()
{
    QFETCH(QString, code);
    QFETCH(int, findings);
    QCOMPARE(TrCallScanner::concatenatedArguments(code).size(), findings);
}

void TestTranslations::noTrArgumentIsConcatenated()
{
    QStringList problems;
    int files = 0;
    for (const QString &area :
         {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core")}) {
        QDirIterator it(sourceDir() + u'/' + area, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            const QString code = QString::fromUtf8(file.readAll());
            for (const auto &f : TrCallScanner::concatenatedArguments(code)) {
                problems << QStringLiteral("%1:%2: %3(%4)")
                                .arg(path.mid(sourceDir().size() + 1))
                                .arg(f.line)
                                .arg(f.call, f.argument);
            }
        }
    }
    QVERIFY2(files > 50, "the sources were not found");
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("tr() text built at run time (lupdate cannot see it; use "
                                       "one literal with %1 placeholders):\n  ") +
                        problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::placeholderCheckCatchesMismatch()
{
    QVERIFY(placeholderMismatch(QStringLiteral("%1 of %2"), QStringLiteral("%2 von %1")).isEmpty());
    QVERIFY(
        placeholderMismatch(QStringLiteral("%L1 rows"), QStringLiteral("%L1 Zeilen")).isEmpty());
    QVERIFY(!placeholderMismatch(QStringLiteral("%1 of %2"), QStringLiteral("%1 von")).isEmpty());
    QVERIFY(!placeholderMismatch(QStringLiteral("%n row(s)"), QStringLiteral("Zeilen")).isEmpty());
    QVERIFY(!placeholderMismatch(QStringLiteral("%1"), QStringLiteral("%1 %3")).isEmpty());
    QVERIFY(
        placeholderMismatch(QStringLiteral("100% done"), QStringLiteral("100 % fertig")).isEmpty());
}

void TestTranslations::lupdateFindsNothingUntranslatedOrObsolete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(QStringLiteral("/bin/bash"),
                 {sourceDir() + QStringLiteral("/scripts/update-translations.sh"),
                  QStringLiteral("--into"), dir.path()});
    QVERIFY(update.waitForFinished(240000));
    const QString output = QString::fromLocal8Bit(update.readAll());
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             qPrintable(output));

    QStringList problems;
    for (const QString &lang : kLanguages) {
        const QString ts = QStringLiteral("stratum_%1.ts").arg(lang);
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(dir.filePath(ts), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(language.startsWith(lang),
                 qPrintable(ts + QStringLiteral(": language ") + language));
        QVERIFY2(messages.size() > 100, qPrintable(ts + QStringLiteral(": too few messages")));
        for (const TsMessage &m : messages) {
            const bool empty = m.translations.join(QString()).trimmed().isEmpty();
            if (!m.type.isEmpty() || empty) {
                problems << QStringLiteral("%1 [%2] %3: \"%4\"")
                                .arg(ts, m.type.isEmpty() ? QStringLiteral("empty") : m.type,
                                     m.context, m.source);
            }
        }
    }
    const int shown = 40;
    QStringList head = problems.mid(0, shown);
    if (problems.size() > shown) {
        head << QStringLiteral("... and %1 more").arg(problems.size() - shown);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries are untranslated or obsolete; run "
                                       "scripts/update-translations.sh and translate them:\n  ")
                            .arg(problems.size()) +
                        head.join(QStringLiteral("\n  "))));
}

void TestTranslations::placeholdersMatchInEveryTranslation()
{
    QStringList problems;
    for (const QString &lang : kLanguages) {
        const QString path = sourceDir() + QStringLiteral("/translations/stratum_%1.ts").arg(lang);
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete") {
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.isEmpty()) {
                    continue;  // reported as untranslated by the other test
                }
                const QString why = placeholderMismatch(m.source, t);
                if (!why.isEmpty()) {
                    problems << QStringLiteral("stratum_%1.ts %2: \"%3\" -> \"%4\": %5")
                                    .arg(lang, m.context, m.source, t, why);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
