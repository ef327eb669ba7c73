// ResultModel under Qt's QAbstractItemModelTester, fed in chunks the way the
// console feeds it; and the editor's pieces that need a widget but no
// database (highlighting of dollar quotes, palettes, find/replace).
#include "ui/console/FindBar.h"
#include "ui/console/ResultModel.h"
#include "ui/console/SqlEditor.h"
#include "ui/console/SqlLexer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace stratum;
using namespace stratum::ui;

namespace {

ColumnList columns()
{
    engine::ColumnInfo id;
    id.name = QStringLiteral("id");
    id.typeName = QStringLiteral("int8");
    id.kind = engine::ValueKind::Int;
    engine::ColumnInfo name;
    name.name = QStringLiteral("name");
    name.typeName = QStringLiteral("text");
    name.kind = engine::ValueKind::Text;
    return {id, name};
}

SharedRowBatch batch(int first, int count)
{
    auto b = std::make_shared<engine::RowBatch>();
    b->setColumns(columns());
    for (int i = first; i < first + count; ++i) {
        b->appendValue(QByteArray::number(i).toStdString());
        if (i % 3 == 0)
            b->appendNull();
        else
            b->appendValue(QStringLiteral("name %1\nsecond line").arg(i).toStdString());
    }
    return b;
}

}  // namespace

class TestConsoleModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTesterWhileFeeding();
    void lookupAcrossBatches();
    void lexerStylesDollarQuotesAndEStrings();
    void editorFollowsDarkPalette();
    void findAndReplaceAll();
};

void TestConsoleModel::modelTesterWhileFeeding()
{
    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns(columns());
    int at = 0;
    for (int n : {1, 200, 4096, 7, 1000}) {
        model.appendBatch(batch(at, n));
        at += n;
        QCOMPARE(model.rowCount(), at);
    }
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("int8")));
    QCOMPARE(model.headerData(4, Qt::Vertical).toInt(), 5);
    // NULL shows distinctly; long/multi-line text is one line in the grid.
    QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("NULL"));
    QVERIFY(model.data(model.index(3, 1), ResultModel::IsNullRole).toBool());
    QVERIFY(!model.data(model.index(3, 1), ResultModel::FullTextRole).isValid());
    QCOMPARE(model.data(model.index(4, 1)).toString(), QStringLiteral("name 4\u21b5second line"));
    QCOMPARE(model.data(model.index(4, 1), ResultModel::FullTextRole).toString(),
             QStringLiteral("name 4\nsecond line"));
    QVERIFY(Qt::Alignment(model.data(model.index(0, 0), Qt::TextAlignmentRole).toInt()) &
            Qt::AlignRight);
    QVERIFY(Qt::Alignment(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt()) &
            Qt::AlignLeft);
    // A batch with the wrong shape is ignored rather than corrupting the model.
    auto wrong = std::make_shared<engine::RowBatch>();
    wrong->setKinds({engine::ValueKind::Int});
    wrong->appendValue(std::string_view("1"));
    model.appendBatch(wrong);
    QCOMPARE(model.rowCount(), at);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestConsoleModel::lookupAcrossBatches()
{
    ResultModel model;
    model.setColumns(columns());
    int at = 0;
    for (int i = 0; i < 50; ++i) {
        model.appendBatch(batch(at, 1 + i % 7));
        at += 1 + i % 7;
    }
    // Random and backwards access must find the right batch.
    for (int row = at - 1; row >= 0; row -= 3)
        QCOMPARE(model.cellText(row, 0), QString::number(row));
    for (int row : {0, at / 2, 1, at - 1, 17})
        QCOMPARE(model.cellText(row, 0), QString::number(row));
    QVERIFY(model.valueBytes() > 0);
}

void TestConsoleModel::lexerStylesDollarQuotesAndEStrings()
{
    SqlEditor editor;
    editor.setDialect(schema::Dialect::PostgreSQL);
    const QString text = QStringLiteral(
        "SELECT $fn$ it's; -- not a comment $fn$, E'a\\'b', x -- real comment\nFROM t");
    editor.setText(text);
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
    const auto styleAt = [&](const QString &needle) {
        const int i = int(text.indexOf(needle));
        return int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, editor.bytePosition(i)));
    };
    QCOMPARE(styleAt(QStringLiteral("SELECT")), int(SqlLexer::Keyword));
    QCOMPARE(styleAt(QStringLiteral("it's")), int(SqlLexer::String));
    QCOMPARE(styleAt(QStringLiteral("not a comment")), int(SqlLexer::String));
    QCOMPARE(styleAt(QStringLiteral("b'")), int(SqlLexer::String));
    QCOMPARE(styleAt(QStringLiteral("x --")), int(SqlLexer::Default));
    QCOMPARE(styleAt(QStringLiteral("real comment")), int(SqlLexer::Comment));
    QCOMPARE(styleAt(QStringLiteral("FROM")), int(SqlLexer::Keyword));
}

void TestConsoleModel::editorFollowsDarkPalette()
{
    SqlEditor editor;
    auto *lexer = qobject_cast<SqlLexer *>(editor.lexer());
    QVERIFY(lexer);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    editor.setPalette(dark);
    QVERIFY(lexer->isDark());
    QVERIFY(lexer->defaultPaper().lightness() < 128);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    editor.setPalette(light);
    QVERIFY(!lexer->isDark());
    QVERIFY(lexer->defaultPaper().lightness() > 128);
}

void TestConsoleModel::findAndReplaceAll()
{
    SqlEditor editor;
    FindBar bar(&editor);
    editor.setText(QStringLiteral("select a from t; select b from t;"));
    bar.findEdit()->setText(QStringLiteral("select"));
    bar.replaceEdit()->setText(QStringLiteral("SELECT"));
    QVERIFY(bar.findNext());
    QCOMPARE(bar.replaceAll(), 2);
    QCOMPARE(editor.text(), QStringLiteral("SELECT a from t; SELECT b from t;"));
}

QTEST_MAIN(TestConsoleModel)
#include "test_console_model.moc"
