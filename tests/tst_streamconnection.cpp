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
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [&](const QList<QVariant> &args) {
        const auto event = args.at(0).value<StreamEvent>();
        return event.kind == StreamEvent::Kind::Conversation
               && event.conversation->lastStatus->id == posted.statusId;
    }));
    bool sawError = false;
    bool sawMalformed = false;
    for (const auto &args : std::as_const(events)) {
        const auto kind = args.at(0).value<StreamEvent>().kind;
        sawError |= kind == StreamEvent::Kind::Error;
        sawMalformed |= kind == StreamEvent::Kind::Malformed;
    }
    QVERIFY(sawError);
    QVERIFY(sawMalformed);
    QCOMPARE(disconnected.count(), 0);
    QVERIFY(connection.isConnected());
}

void TestStreamConnection::silentLinkIsDeclaredDead()
{
    StreamConnection connection;
    connection.setTiming({200, 200});
    QSignalSpy disconnected(&connection, &StreamConnection::disconnected);
    openAndWait(connection);
    // While the server answers, pings keep the link alive.
    QTest::qWait(700);
    QCOMPARE(disconnected.count(), 0);
    QElapsedTimer timer;
    timer.start();
    m_fake->setAnswerPings(false);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 3000);
    QVERIFY2(timer.elapsed() <= 200 + 200 + 150, qPrintable(QString::number(timer.elapsed())));
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
