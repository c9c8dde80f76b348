#include "api/streamconnection.h"
#include "fakeinstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestStreamConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectsWithHeaderAndSubscribes();
    void fakeRefusesTokenInQuery();
    void refusedUpgradeIsAHandshakeFailure();
    void eventsAreDecoded();
    void garbageDoesNotBreakTheConnection();
    void silentLinkIsDeclaredDead();
    void serverCloseIsReported();
    void unreachableServerFailsFast();

private:
    void openAndWait(StreamConnection &connection, const QStringList &streams = {u"direct"_s});
    std::unique_ptr<fake::FakeInstance> m_fake;
};

void TestStreamConnection::init()
{
    m_fake = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_fake->start());
}

void TestStreamConnection::cleanup()
{
    m_fake.reset();
}

void TestStreamConnection::openAndWait(StreamConnection &connection, const QStringList &streams)
{
    QSignalSpy connected(&connection, &StreamConnection::connected);
    connection.open(m_fake->streamingUrl(), m_fake->accessToken(), streams);
    QTRY_COMPARE(connected.count(), 1);
    for (const QString &stream : streams) {
        QTRY_VERIFY(m_fake->subscriptions().contains(stream));
    }
}

void TestStreamConnection::connectsWithHeaderAndSubscribes()
{
    StreamConnection connection;
    openAndWait(connection, {u"direct"_s, u"user:notification"_s});
    QVERIFY(connection.isConnected());
    QCOMPARE(m_fake->connectedClients(), 1);
    const auto requests = m_fake->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().authorization, "Bearer " + m_fake->accessToken());
    QVERIFY(!requests.last().query.hasQueryItem(u"access_token"_s));
}

void TestStreamConnection::fakeRefusesTokenInQuery()
{
    // The fake behaves like a server that only trusts the header; a query token fails.
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QUrl url = m_fake->streamingUrl();
    url.setPath(u"/api/v1/streaming"_s);
    url.setQuery(u"access_token="_s + QString::fromLatin1(m_fake->accessToken()));
    socket.open(url);
    QTRY_VERIFY(!disconnected.isEmpty());
    QCOMPARE(connected.count(), 0);
}

void TestStreamConnection::refusedUpgradeIsAHandshakeFailure()
{
    StreamConnection connection;
    QSignalSpy failed(&connection, &StreamConnection::handshakeFailed);
    QSignalSpy connected(&connection, &StreamConnection::connected);
    connection.open(m_fake->streamingUrl(), "not-the-token", {u"direct"_s});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(connected.count(), 0);
    QVERIFY(!failed.at(0).at(0).toString().contains(u"not-the-token"_s));
    QVERIFY(!connection.isConnected());
}

void TestStreamConnection::eventsAreDecoded()
{
    StreamConnection connection;
    QSignalSpy events(&connection, &StreamConnection::eventReceived);
    openAndWait(connection, {u"direct"_s, u"user:notification"_s});
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>hi</p>"_s);
    QTRY_COMPARE(events.count(), 2);
    const auto first = events.at(0).at(0).value<StreamEvent>();
    const auto second = events.at(1).at(0).value<StreamEvent>();
    QCOMPARE(first.kind, StreamEvent::Kind::Notification);
    QCOMPARE(first.notification->status->id, posted.statusId);
    QCOMPARE(second.kind, StreamEvent::Kind::Conversation);
    QCOMPARE(second.conversation->id, posted.conversationId);
    m_fake->deleteStatus(posted.statusId);
    QTRY_COMPARE(events.count(), 3);
    QCOMPARE(events.at(2).at(0).value<StreamEvent>().deletedId, posted.statusId);
}

void TestStreamConnection::garbageDoesNotBreakTheConnection()
{
    StreamConnection connection;
    QSignalSpy events(&connection, &StreamConnection::eventReceived);
    QSignalSpy disconnected(&connection, &StreamConnection::disconnected);
    openAndWait(connection);
    m_fake->sendGarbage();
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>ok</p>"_s);
    // The message after the junk comes through: the stream is ordered, so every junk frame
    // has been dealt with by then.
    QTRY_VERIFY(!events.isEmpty()
                && events.constLast().at(0).value<StreamEvent>().kind
                       == StreamEvent::Kind::Conversation);
    QList<StreamEvent::Kind> kinds;
    for (const auto &args : std::as_const(events)) {
        kinds << args.at(0).value<StreamEvent>().kind;
    }
    // Each text frame of FakeInstance::sendGarbage() for what it is: not JSON, an array, a
    // payload that is an object, a payload that is not JSON, the error frame, an unknown event,
    // a notification without payload, a stream name that is no array with a null payload, and
    // the 1 MB public update. The binary frame and the empty keep-alive are no events at all.
    using K = StreamEvent::Kind;
    const QList<K> expected{K::Malformed, K::Malformed,   K::Malformed, K::Malformed,
                            K::Error,     K::Ignored,     K::Malformed, K::Malformed,
                            K::Ignored,   K::Conversation};
    QCOMPARE(kinds, expected);
    const auto error = events.at(4).at(0).value<StreamEvent>();
    QCOMPARE(error.errorMessage, u"\u201cUnknown stream type\u201d"_s);
    QCOMPARE(error.errorStatus, 400);
    QCOMPARE(events.constLast().at(0).value<StreamEvent>().conversation->lastStatus->id,
             posted.statusId);
    QCOMPARE(disconnected.count(), 0);
    QVERIFY(connection.isConnected());
}

void TestStreamConnection::silentLinkIsDeclaredDead()
{
    constexpr int pingIntervalMs = 300;
    constexpr int pongDeadlineMs = 300;
    StreamConnection connection;
    connection.setTiming({pingIntervalMs, pongDeadlineMs});
    QSignalSpy disconnected(&connection, &StreamConnection::disconnected);
    QSignalSpy pings(m_fake.get(), &fake::FakeInstance::pingReceived);
    openAndWait(connection);
    // While the server answers, pings keep the link alive: a ping is only sent again after
    // the answer to the one before came, so the third ping means two rounds went well.
    QTRY_VERIFY_WITH_TIMEOUT(pings.count() >= 3, 5000);
    QCOMPARE(disconnected.count(), 0);
    QVERIFY(connection.isConnected());
    QElapsedTimer timer;
    timer.start();
    m_fake->setAnswerPings(false);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
    // The bound is the rule: dead within one ping interval plus the pong deadline (measured
    // from the last answer, which came before the timer started), with room for scheduling;
    // an app that waited for a second unanswered ping would take 900 ms or more.
    QVERIFY2(timer.elapsed() <= pingIntervalMs + pongDeadlineMs + 250,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!connection.isConnected());
}

void TestStreamConnection::serverCloseIsReported()
{
    StreamConnection connection;
    QSignalSpy disconnected(&connection, &StreamConnection::disconnected);
    openAndWait(connection);
    m_fake->closeConnections(1001, u"restarting"_s);
    QTRY_COMPARE(disconnected.count(), 1);
    QVERIFY(disconnected.at(0).at(0).toString().contains(u"1001"_s));
}

void TestStreamConnection::unreachableServerFailsFast()
{
    QUrl origin = m_fake->streamingUrl();
    m_fake.reset();
    StreamConnection connection;
    QSignalSpy failed(&connection, &StreamConnection::handshakeFailed);
    connection.open(origin, "token", {u"direct"_s});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
}

QTEST_GUILESS_MAIN(TestStreamConnection)
#include "tst_streamconnection.moc"
