#include "jsonlineprinter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestJsonLinePrinter : public QObject
{
    Q_OBJECT

private slots:
    void oneCompleteObjectPerLine();
    void hostileTextStaysValidJson_data();
    void hostileTextStaysValidJson();
    void unknownConversationIsNull();
};

namespace {

IncomingMessage sample()
{
    IncomingMessage message;
    message.status.id = u"110000000000000001"_s;
    message.status.createdAt = u"2026-11-29T02:32:31.000Z"_s;
    message.status.url = u"https://social.example/@grace/1"_s;
    message.status.content = u"<p>Hi &amp; welcome</p><p>Second</p>"_s;
    message.text = u"Hi & welcome\n\nSecond"_s; // as AnnouncePolicy converts it
    message.status.account.acct = u"grace@social.example"_s;
    message.status.account.displayName = u"Grace"_s;
    message.conversationId = u"400001"_s;
    return message;
}

QJsonObject parse(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << error.errorString() << line;
    }
    return document.object();
}

} // namespace

void TestJsonLinePrinter::oneCompleteObjectPerLine()
{
    const QByteArray line = JsonLinePrinter::format(u"ada@fake.test"_s, sample());
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject object = parse(line);
    QCOMPARE(object.value("account"_L1).toString(), u"ada@fake.test"_s);
    QCOMPARE(object.value("kind"_L1).toString(), u"direct"_s);
    QCOMPARE(object.value("conversation_id"_L1).toString(), u"400001"_s);
    QCOMPARE(object.value("status_id"_L1).toString(), u"110000000000000001"_s);
    QCOMPARE(object.value("created_at"_L1).toString(), u"2026-11-29T02:32:31.000Z"_s);
    QCOMPARE(object.value("from"_L1).toString(), u"grace@social.example"_s);
    QCOMPARE(object.value("from_name"_L1).toString(), u"Grace"_s);
    QCOMPARE(object.value("url"_L1).toString(), u"https://social.example/@grace/1"_s);
    QCOMPARE(object.value("spoiler_text"_L1).toString(), QString());
    QCOMPARE(object.value("text"_L1).toString(), u"Hi & welcome\n\nSecond"_s);
}

void TestJsonLinePrinter::hostileTextStaysValidJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes and backslashes") << u"\"}\\\", \"x\": \"y"_s;
    QTest::newRow("control characters") << u"a\u0001b\u001fc\td\re\nf"_s;
    QTest::newRow("non-latin and emoji") << u"Zoë 🐘 日本語 \u2028\u2029"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_s;
}

void TestJsonLinePrinter::hostileTextStaysValidJson()
{
    QFETCH(QString, name);
    IncomingMessage message = sample();
    message.status.account.displayName = name;
    message.status.spoilerText = name;
    const QByteArray line = JsonLinePrinter::format(u"ada@x"_s, message);
    QCOMPARE(line.count('\n'), 1); // one line, whatever the text
    const QJsonObject object = parse(line);
    QVERIFY(!object.isEmpty());
    if (!name.contains(QChar(0xD800))) {
        QCOMPARE(object.value("from_name"_L1).toString(), name);
        QCOMPARE(object.value("spoiler_text"_L1).toString(), name);
    }
}

void TestJsonLinePrinter::unknownConversationIsNull()
{
    IncomingMessage message = sample();
    message.conversationId.clear();
    message.kind = IncomingMessage::Kind::Mention;
    const QJsonObject object = parse(JsonLinePrinter::format(u"a"_s, message));
    QVERIFY(object.value("conversation_id"_L1).isNull());
    QCOMPARE(object.value("kind"_L1).toString(), u"mention"_s);
    message.kind = IncomingMessage::Kind::Chat;
    QCOMPARE(parse(JsonLinePrinter::format(u"a"_s, message)).value("kind"_L1).toString(),
             u"chat"_s);
}

QTEST_GUILESS_MAIN(TestJsonLinePrinter)
#include "tst_jsonlineprinter.moc"
