// The command palette's fuzzy matcher: subsequence matching with word-start
// and run bonuses.
#include "ui/shell/FuzzyMatcher.h"

#include <QTest>

using stratum::ui::FuzzyMatcher;

class TestShellFuzzy : public QObject
{
    Q_OBJECT

    static int score(const char *q, const char *c)
    {
        return FuzzyMatcher::match(QString::fromUtf8(q), QString::fromUtf8(c)).score;
    }

private slots:
    void matchesSubsequencesCaseInsensitively()
    {
        QVERIFY(score("abt", "About Stratum") >= 0);
        QVERIFY(score("ABOUT", "About Stratum") >= 0);
        QVERIFY(score("rs", "Run Script") >= 0);
        QVERIFY(score("", "anything") == 0);
        QVERIFY(score("about stratum", "About Stratum") >= 0);  // spaces are ignored
    }

    void rejectsWhatIsNotThere()
    {
        QCOMPARE(score("xyz", "About Stratum"), -1);
        QCOMPARE(score("tuoba", "About"), -1);   // order matters
        QCOMPARE(score("aboutt", "About"), -1);  // longer than the candidate
    }

    void prefersWordStartsAndRuns()
    {
        QVERIFY(score("rs", "Run Script") > score("rs", "Cursor Stuff"));
        QVERIFY(score("ref", "Refresh") > score("ref", "Preferences"));
        QVERIFY(score("pal", "Command Palette") > score("pal", "Open Project Folder Alpha L"));
        QVERIFY(score("nc", "New Console") > score("nc", "Cancel Query"));
    }

    void tiesStayTies()
    {
        // The palette breaks ties by menu order, so About Stratum stays above About Qt.
        QCOMPARE(score("about", "About Stratum"), score("about", "About Qt"));
    }

    void reportsPositions()
    {
        const auto m = FuzzyMatcher::match(QStringLiteral("rs"), QStringLiteral("Run Script"));
        QCOMPARE(m.positions, (QList<int>{0, 4}));
        const auto camel =
            FuzzyMatcher::match(QStringLiteral("cp"), QStringLiteral("commandPalette"));
        QCOMPARE(camel.positions, (QList<int>{0, 7}));
    }
};

QTEST_APPLESS_MAIN(TestShellFuzzy)
#include "test_shell_fuzzy.moc"
