// Text from the server as shown to a person: invisible and direction-changing characters are
// dropped, whitespace is collapsed, and names are isolated so they cannot reorder the text
// around them.
#include "text/displaytext.h"

#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void line_data();
    void line();
    void paragraphs_data();
    void paragraphs();
    void isolatedNameCannotEscape();
    void nameFallsBackWhenNothingVisibleIsLeft();
    void loneSurrogatesAreDropped();
};

void TestDisplayText::line_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("zero-width space in an acct")
        << u"grace\u200b@social.example"_s << u"grace@social.example"_s;
    QTest::newRow("right-to-left override") << u"Grace\u202eexe.gnp"_s << u"Graceexe.gnp"_s;
    QTest::newRow("embeddings, overrides, isolates, marks")
        << u"\u202aa\u202bb\u202cc\u202dd\u2066e\u2067f\u2068g\u2069h\u200ei\u200fj\u061ck"_s
        << u"abcdefghijk"_s;
    QTest::newRow("joiners, word joiner, BOM, soft hyphen")
        << u"A\u200cd\u200da\u2060\ufeff Love\u00adlace"_s << u"Ada Lovelace"_s;
    QTest::newRow("invisible operators and tags")
        << u"x\u2061y\u2064z"_s + QString::fromUcs4(U"\U000E0001\U000E0041") << u"xyz"_s;
    QTest::newRow("terminal escapes") << u"\x1b[31mred\x1b[0m\x07"_s << u"[31mred[0m"_s;
    QTest::newRow("C1 controls and DEL") << u"a\u009b2Jb\u007fc"_s << u"a2Jbc"_s;
    QTest::newRow("whitespace collapsed")
        << u"  Ada \t\n\r Lovelace\u00a0\u3000of\u2028the\u2029Engine\u0085 "_s
        << u"Ada Lovelace of the Engine"_s;
    QTest::newRow("space around a dropped character") << u"a \u200b b"_s << u"a b"_s;
    QTest::newRow("Hangul fillers and other invisible letters")
        << u"\u3164Ada\u115f\u1160\uffa0\u034f\u17b4"_s << u"Ada"_s;
    QTest::newRow("only invisible") << u"\u200b\u3164 \u202e"_s << QString();
    QTest::newRow("letters of every script")
        << u"Ærøskøbing 日本語 مرحبا שלום e\u0301"_s << u"Ærøskøbing 日本語 مرحبا שלום e\u0301"_s;
    QTest::newRow("emoji sequences keep their joiner")
        << u"👩\u200d💻 👩🏽\u200d💻 🏳\ufe0f\u200d🌈"_s
        << u"👩\u200d💻 👩🏽\u200d💻 🏳\ufe0f\u200d🌈"_s;
    QTest::newRow("a joiner between letters goes") << u"a\u200db👩\u200dc"_s << u"ab👩c"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDisplayText::line()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::line(text), shown);
    QCOMPARE(DisplayText::line(DisplayText::line(text)), shown); // nothing left to clean
}

void TestDisplayText::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("paragraphs kept") << u"Hello\n\nWorld"_s << u"Hello\n\nWorld"_s;
    QTest::newRow("line break kept") << u"Hello\nWorld"_s << u"Hello\nWorld"_s;
    QTest::newRow("at most one empty line") << u"a\n\n\n \n\u200b\nb"_s << u"a\n\nb"_s;
    QTest::newRow("each line cleaned")
        << u"  \u202eone  two \r\n\tthree\u200b "_s << u"one two\nthree"_s;
    QTest::newRow("other line breaks") << u"a\u2028b\u2029c\u0085d\re"_s << u"a\nb\nc\nd\ne"_s;
    QTest::newRow("no empty lines around") << u"\n\n a \n\n"_s << u"a"_s;
}

void TestDisplayText::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::paragraphs(text), shown);
}

void TestDisplayText::isolatedNameCannotEscape()
{
    QCOMPARE(DisplayText::isolated(u"Grace"_s), u"\u2068Grace\u2069"_s);
    QCOMPARE(DisplayText::isolated(u"مرحبا"_s), u"\u2068مرحبا\u2069"_s);
    // Its own isolate terminator or override cannot end ours early.
    QCOMPARE(DisplayText::isolated(u"\u2069\u202eevil"_s), u"\u2068evil\u2069"_s);
    QCOMPARE(DisplayText::isolated(u" \u200b "_s), QString());
    QCOMPARE(DisplayText::isolated(QString()), QString());
}

void TestDisplayText::nameFallsBackWhenNothingVisibleIsLeft()
{
    QCOMPARE(DisplayText::name(u"Grace :hopper:"_s, u"grace"_s), u"Grace :hopper:"_s);
    QCOMPARE(DisplayText::name(u"\u3164\u200b"_s, u"grace"_s), u"grace"_s);
    QCOMPARE(DisplayText::name(QString(), u"gr\u200bace"_s), u"grace"_s);
    QCOMPARE(DisplayText::name(QString(), QString()), QString());
}

void TestDisplayText::loneSurrogatesAreDropped()
{
    QString text = u"a"_s;
    text.append(QChar(0xd800)).append(u'b').append(QChar(0xdc00));
    QCOMPARE(DisplayText::line(text), u"ab"_s);
}

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
