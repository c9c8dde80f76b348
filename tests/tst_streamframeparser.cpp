#include "api/entities.h"
#include "api/streamframeparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(FEDIBELL_TEST_DATA_DIR "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll();
}

} // namespace

class TestStreamFrameParser : public QObject
{
    Q_OBJECT

private slots:
    void directConversation();
    void mentionNotification();
    void ownReply();
    void deleteEvent();
    void errorFrame();
    void unknownAndMergedEvents();
    void garbage_data();
    void garbage();
    void nullsAndWrongTypes();
    void implausibleIdsAndHugeTextAreRefused();
    void numericIdsReadAlikeFromRestAndStream_data();
    void numericIdsReadAlikeFromRestAndStream();
};

void TestStreamFrameParser::directConversation()
{
    const StreamEvent event = StreamFrameParser::parse(fixture("stream-direct-conversation.json"));
    QCOMPARE(event.kind, StreamEvent::Kind::Conversation);
    QVERIFY(event.conversation);
    QCOMPARE(event.conversation->id, u"400001"_s);
    QVERIFY(event.conversation->unread);
    QVERIFY(event.conversation->lastStatus);
    const Status &status = *event.conversation->lastStatus;
    QCOMPARE(status.id, u"110000000000000001"_s);
    QVERIFY(status.isDirect());
    QCOMPARE(status.account.acct, u"grace@social.example"_s);
    QCOMPARE(status.account.bestName(), u"Grace :hopper:"_s);
    QCOMPARE(status.url, u"https://fake.test/@grace/110000000000000001"_s);
    QCOMPARE(status.createdAt, u"2026-11-29T02:32:31.000Z"_s);
    QVERIFY(status.content.contains(u"Thursday"_s));
    QVERIFY(!status.hiddenByFilter);
}

void TestStreamFrameParser::mentionNotification()
{
    const StreamEvent event = StreamFrameParser::parse(fixture("stream-notification-mention.json"));
    QCOMPARE(event.kind, StreamEvent::Kind::Notification);
    QVERIFY(event.notification);
    QCOMPARE(event.notification->type, u"mention"_s);
    QVERIFY(event.notification->status);
    // The same message as the conversation event: one status id.
    QCOMPARE(event.notification->status->id, u"110000000000000001"_s);
    QVERIFY(event.notification->status->isDirect());
}

void TestStreamFrameParser::ownReply()
{
    const StreamEvent event = StreamFrameParser::parse(fixture("stream-direct-own-reply.json"));
    QCOMPARE(event.kind, StreamEvent::Kind::Conversation);
    QVERIFY(!event.conversation->unread);
    QCOMPARE(event.conversation->lastStatus->account.id, u"109000000000000001"_s);
}

void TestStreamFrameParser::deleteEvent()
{
    const StreamEvent event =
        StreamFrameParser::parse(R"({"stream":["user"],"event":"delete","payload":"1234"})");
    QCOMPARE(event.kind, StreamEvent::Kind::Delete);
    QCOMPARE(event.deletedId, u"1234"_s);
}

void TestStreamFrameParser::errorFrame()
{
    const StreamEvent event = StreamFrameParser::parse(
        R"({"error":"Access token does not have the required scopes","status":401})");
    QCOMPARE(event.kind, StreamEvent::Kind::Error);
    QCOMPARE(event.errorStatus, 401);
    QCOMPARE(event.errorMessage, u"\u201cAccess token does not have the required scopes\u201d"_s);
    // Server words in a log line: no line break or control character of their own.
    const StreamEvent forged = StreamFrameParser::parse(
        "{\"error\":\"a\\nfedibell: forged\\u001b[2K\\u0007\",\"status\":400}");
    QCOMPARE(forged.errorMessage, u"\u201ca fedibell: forged[2K\u201d"_s);
}

void TestStreamFrameParser::unknownAndMergedEvents()
{
    QCOMPARE(StreamFrameParser::parse(R"({"stream":["user"],"event":"filters_changed"})").kind,
             StreamEvent::Kind::Ignored);
    QCOMPARE(
        StreamFrameParser::parse(R"({"stream":["user"],"event":"dm.read","payload":"{}"})").kind,
        StreamEvent::Kind::Ignored);
    QCOMPARE(StreamFrameParser::parse(
                 R"({"stream":["user:notification"],"event":"notifications_merged","payload":"1"})")
                 .kind,
             StreamEvent::Kind::NotificationsMerged);
    // Pleroma acknowledges subscribes; only a refusal matters.
    QCOMPARE(
        StreamFrameParser::parse(
            R"({"event":"pleroma:respond","payload":"{\"type\":\"subscribe\",\"result\":\"error\"}"})")
            .kind,
        StreamEvent::Kind::SubscribeRefused);
    QCOMPARE(
        StreamFrameParser::parse(
            R"({"event":"pleroma:respond","payload":"{\"type\":\"subscribe\",\"result\":\"success\"}"})")
            .kind,
        StreamEvent::Kind::Ignored);
    QCOMPARE(
        StreamFrameParser::parse(
            R"({"event":"pleroma:respond","payload":"{\"type\":\"unsubscribe\",\"result\":\"error\"}"})")
            .kind,
        StreamEvent::Kind::Ignored);
    QCOMPARE(StreamFrameParser::parse(R"({"event":"pleroma:respond","payload":"[1"})").kind,
             StreamEvent::Kind::Ignored);
}

void TestStreamFrameParser::garbage_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("truncated") << fixture("stream-direct-conversation.json").left(700);
    QTest::newRow("no event") << QByteArray(R"({"stream":["direct"],"payload":"{}"})");
    QTest::newRow("payload object")
        << QByteArray(R"({"stream":["direct"],"event":"conversation","payload":{"id":"1"}})");
    QTest::newRow("payload not json")
        << QByteArray(R"({"stream":["direct"],"event":"conversation","payload":"{oops"})");
    QTest::newRow("payload without id") << QByteArray(
        R"({"stream":["direct"],"event":"conversation","payload":"{\"unread\":true}"})");
    QTest::newRow("delete without id")
        << QByteArray(R"({"stream":["direct"],"event":"delete","payload":null})");
    QTest::newRow("too large") << QByteArray(StreamFrameParser::kMaxFrameBytes + 1, ' ');
    QTest::newRow("invalid utf8") << QByteArray("{\"event\":\"\xff\xfe\"}");
}

void TestStreamFrameParser::garbage()
{
    QFETCH(QByteArray, frame);
    const StreamEvent event = StreamFrameParser::parse(frame);
    QCOMPARE(event.kind, StreamEvent::Kind::Malformed);
    QVERIFY(!event.errorMessage.isEmpty());
    QVERIFY(!event.conversation);
    QVERIFY(!event.notification);
}

void TestStreamFrameParser::nullsAndWrongTypes()
{
    // A conversation whose last_status is null, an account with a numeric id and nulls.
    const StreamEvent nullStatus = StreamFrameParser::parse(
        R"({"stream":["direct"],"event":"conversation","payload":"{\"id\":\"5\",\"unread\":null,\"accounts\":null,\"last_status\":null}"})");
    QCOMPARE(nullStatus.kind, StreamEvent::Kind::Conversation);
    QVERIFY(!nullStatus.conversation->unread);
    QVERIFY(!nullStatus.conversation->lastStatus);

    const StreamEvent odd = StreamFrameParser::parse(
        R"({"stream":"direct","event":"notification","payload":"{\"id\":77,\"type\":\"mention\",\"status\":{\"id\":\"9\",\"visibility\":null,\"content\":null,\"account\":{\"id\":12,\"acct\":null},\"filtered\":[{\"filter\":{\"filter_action\":\"hide\"}}]}}"})");
    QCOMPARE(odd.kind, StreamEvent::Kind::Notification);
    QCOMPARE(odd.notification->id, u"77"_s);
    QCOMPARE(odd.notification->status->account.id, u"12"_s);
    QVERIFY(!odd.notification->status->isDirect());
    QVERIFY(odd.notification->status->hiddenByFilter);
}

void TestStreamFrameParser::implausibleIdsAndHugeTextAreRefused()
{
    auto frame = [](const QString &statusId, const QString &content) {
        const QString payload =
            uR"({"id":"400001","unread":true,"last_status":{"id":"%1","visibility":"direct","content":"%2","account":{"id":"7","acct":"eve"}}})"_s
                .arg(statusId, content);
        QString escaped = payload;
        escaped.replace(u'"', u"\\\""_s);
        return (uR"({"stream":["direct"],"event":"conversation","payload":")"_s + escaped
                + u"\"}"_s)
            .toUtf8();
    };
    QVERIFY(StreamFrameParser::parse(frame(u"120"_s, u"hi"_s)).conversation->lastStatus);
    for (const QString &id :
         {QString(40, u'9'), u"../../x"_s, u"12 34"_s, u"<b>"_s, QString(33, u'a')}) {
        const StreamEvent event = StreamFrameParser::parse(frame(id, u"hi"_s));
        QVERIFY2(!event.conversation || !event.conversation->lastStatus, qPrintable(id));
    }
    const StreamEvent huge = StreamFrameParser::parse(frame(u"120"_s, QString(300000, u'x')));
    QCOMPARE(huge.conversation->lastStatus->content.size(), qsizetype(100000));
}

void TestStreamFrameParser::numericIdsReadAlikeFromRestAndStream_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole") << QByteArray("400") << u"400"_s;
    QTest::newRow("zero") << QByteArray("0") << u"0"_s;
    // Found by fuzz_entities: the REST reader once cut 400.5 down to conversation 400.
    QTest::newRow("fraction") << QByteArray("400.5") << QString();
    QTest::newRow("small fraction") << QByteArray("0.25") << QString();
    QTest::newRow("negative") << QByteArray("-3") << QString();
    QTest::newRow("beyond a double's integers") << QByteArray("9007199254740993") << QString();
}

// The same entity reads the same from a REST page (Qt's JSON) and from the stream (simdjson).
void TestStreamFrameParser::numericIdsReadAlikeFromRestAndStream()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, expected);

    const QByteArray payload = R"({"id":)" + id + R"(,"type":"mention","unread":true})";
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    QVERIFY(!object.isEmpty());
    const std::optional<Conversation> rest = Entities::parseConversation(object);
    QCOMPARE(rest ? rest->id : QString(), expected);
    const std::optional<Notification> restNotification = Entities::parseNotification(object);
    QCOMPARE(restNotification ? restNotification->id : QString(), expected);

    QByteArray escaped = payload;
    escaped.replace('"', "\\\"");
    const StreamEvent streamed = StreamFrameParser::parse(
        R"({"stream":["direct"],"event":"conversation","payload":")" + escaped + R"("})");
    QCOMPARE(streamed.conversation ? streamed.conversation->id : QString(), expected);
}

QTEST_GUILESS_MAIN(TestStreamFrameParser)
#include "tst_streamframeparser.moc"
