#include "text/htmltotext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestHtmlToText : public QObject
{
    Q_OBJECT

private slots:
    void converts_data();
    void converts();
    void fixtureMessageReadsNaturally();
    void hostileInputStaysLinearAndInert();
    void strayCharactersStayText();
    void inputIsCapped();
    void decodesEntities();
};

void TestHtmlToText::converts_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"hello"_s << u"hello"_s;
    QTest::newRow("paragraphs") << u"<p>one</p><p>two</p>"_s << u"one\n\ntwo"_s;
    QTest::newRow("line break") << u"<p>one<br>two<br/>three</p>"_s << u"one\ntwo\nthree"_s;
    QTest::newRow("double break") << u"a<br><br>b"_s << u"a\n\nb"_s;
    QTest::newRow("whitespace collapses") << u"<p>  a \n  b\t c </p>"_s << u"a b c"_s;
    QTest::newRow("link as its text")
        << u"<p>see <a href=\"https://x.example/long\">x.example/long</a>!</p>"_s
        << u"see x.example/long!"_s;
    QTest::newRow("mastodon shortened link")
        << u"<a href=\"https://docs.example/n\"><span class=\"invisible\">https://</span><span "
           "class=\"ellipsis\">docs.example/n</span><span class=\"invisible\"></span></a>"_s
        << u"https://docs.example/n"_s;
    QTest::newRow("mention") << u"<span class=\"h-card\"><a href=\"u\" class=\"u-url "
                                "mention\">@<span>ada</span></a></span> hi"_s
                             << u"@ada hi"_s;
    QTest::newRow("entities") << u"&lt;draft&gt; &amp; &quot;x&quot; &#39;y&#39; &#x1F600;"_s
                              << u"<draft> & \"x\" 'y' \U0001F600"_s;
    QTest::newRow("unknown entity kept") << u"a &bogus; b & c"_s << u"a &bogus; b & c"_s;
    QTest::newRow("lone less-than") << u"1 < 2 and 3 > 2"_s << u"1 < 2 and 3 > 2"_s;
    QTest::newRow("script dropped") << u"a<script>alert('x')</script>b"_s << u"ab"_s;
    QTest::newRow("style dropped") << u"<style>p{}</style>text"_s << u"text"_s;
    QTest::newRow("comment dropped") << u"a<!-- <p>hidden</p> -->b"_s << u"ab"_s;
    QTest::newRow("unterminated tag") << u"text<a href=\"x"_s << u"text"_s;
    QTest::newRow("unterminated script") << u"ok<script>never ends"_s << u"ok"_s;
    QTest::newRow("control chars dropped") << u"a\u0007b&#7;c"_s << u"ab\uFFFDc"_s;
    QTest::newRow("nbsp") << u"a&nbsp;&nbsp;b"_s << u"a  b"_s;
    QTest::newRow("blocks") << u"<H1>T</H1><div>a</div><pre>b</pre><blockquote>c</blockquote>"
                               "<table>d</table><ol><LI>e</li></ol>"_s
                            << u"T\n\na\n\nb\n\nc\n\nd\n\ne"_s;
    QTest::newRow("inline tags are not blocks")
        << u"a<span>b</span><h7>c</h7><ll>d</ll><p2>e"_s << u"abcde"_s;
    QTest::newRow("list items") << u"<ul><li>one</li><li>two</li></ul>"_s << u"one\n\ntwo"_s;
    QTest::newRow("markup-looking entities stay text")
        << u"&lt;b&gt;bold&lt;/b&gt;"_s << u"<b>bold</b>"_s;
}

void TestHtmlToText::converts()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html), text);
}

void TestHtmlToText::fixtureMessageReadsNaturally()
{
    QFile file(QStringLiteral(FEDIBELL_TEST_DATA_DIR "/stream-direct-conversation.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject conversation =
        QJsonDocument::fromJson(envelope.value("payload"_L1).toString().toUtf8()).object();
    const QString html =
        conversation.value("last_status"_L1).toObject().value("content"_L1).toString();
    QCOMPARE(HtmlToText::convert(html),
             u"@ada Are we still on for Thursday? Notes: https://docs.example/n\n\n"
             "Bring the <draft> & the slides."_s);
}

void TestHtmlToText::hostileInputStaysLinearAndInert()
{
    // Many unclosed tags and ampersands: must finish and keep no markup.
    const QString nasty = u"<<<<&&&&;;;<a<b<c "_s.repeated(20000);
    const QString text = HtmlToText::convert(nasty);
    QVERIFY(!text.contains(u"<a"_s));
    const QString deep = u"<b>"_s.repeated(30000) + u"x"_s;
    QCOMPARE(HtmlToText::convert(deep), u"x"_s);
    QCOMPARE(HtmlToText::convert(u"<img src=x onerror=alert(1)>hi"_s), u"hi"_s);
}

void TestHtmlToText::strayCharactersStayText()
{
    // '&' that starts no entity (the look-ahead is short) and '<' that starts no tag are text.
    QCOMPARE(HtmlToText::convert(QString(50000, u'&')), QString(50000, u'&'));
    QCOMPARE(HtmlToText::convert(u"&amp"_s + QString(40, u'x') + u";"_s),
             u"&amp"_s + QString(40, u'x') + u";"_s);
    QCOMPARE(HtmlToText::convert(u"<<<<x>y"_s), u"<<<y"_s);
    QCOMPARE(HtmlToText::convert(u"1 < 2 <b>and</b> 3 > 2"_s), u"1 < 2 and 3 > 2"_s);
}

void TestHtmlToText::inputIsCapped()
{
    const QString huge = QString(HtmlToText::kMaxInput * 3, u'a');
    QCOMPARE(HtmlToText::convert(huge).size(), HtmlToText::kMaxInput);
}

void TestHtmlToText::decodesEntities()
{
    QCOMPARE(HtmlToText::decodeEntity(u"amp"), u"&"_s);
    QCOMPARE(HtmlToText::decodeEntity(u"#60"), u"<"_s);
    QCOMPARE(HtmlToText::decodeEntity(u"#x3C"), u"<"_s);
    QCOMPARE(HtmlToText::decodeEntity(u"#0"), u"\uFFFD"_s);
    QCOMPARE(HtmlToText::decodeEntity(u"#xD800"), u"\uFFFD"_s);
    QCOMPARE(HtmlToText::decodeEntity(u"#99999999999"), QString());
    QVERIFY(HtmlToText::decodeEntity(u"nosuch").isNull());
    QVERIFY(HtmlToText::decodeEntity(u"#").isNull());
}

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
