#include "fakeinstance.h"
#include "monitorharness.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;
using State = AccountMonitor::State;

class TestAccountMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void streamsWithTheTokenInTheHeaderOnly();
    void directMessageArrivesOnceFromBothStreams();
    void mentionAloneIsReleasedAfterGrace();
    void ownMessagesAreIgnored();
    void readElsewhereIsReportedNotAnnounced();
    void nonDirectMentionsOnlyWhenWanted();
    void garbageAndErrorFramesAreSurvived();
    void silentServerIsDetectedAndReconnected();
    void droppedConnectionReconnectsAndResubscribes();
    void missedWhileDownArrivesOnceThroughCatchUp();
    void firstStartAnnouncesNothingOld();
    void restartDeliversWhatArrivedMeanwhileOnce();
    void readElsewhereWhileAwayIsNotAnnouncedAfterRestart();
    void anInstanceClaimingAnotherNameCannotTouchItsState();
    void streamingServerRestartIsWaitedOutNotPolled();
    void streamingServerGoneForLongerThanARestartIsPolled();
    void lostConnectionIsSaidSo();
    void messageTheStreamNeverDeliveredArrivesByReconcile();
    void pollingWhenStreamingIsDownAndBackAgain();
    void handshakeFailuresFallBackToPolling();
    void refusedTokenStopsRetrying();
    void revokedTokenWhileStreamingStopsRetrying();
    void rateLimitIsWaitedOut();
    void serverVanishingMidResponseIsRetried();
    void catchUpFollowsManyPages();
    void marksConversationsReadOnTheServer();

private:
    std::unique_ptr<fake::FakeInstance> m_fake;
    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<MonitorHarness> m_harness;

    MonitorHarness &harness() { return *m_harness; }
    void startStreaming(bool wantMentions = false);
};

void TestAccountMonitor::init()
{
    m_fake = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_fake->start());
    m_stateDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stateDir->isValid());
    m_harness = std::make_unique<MonitorHarness>(m_fake.get(), m_stateDir->path());
}

void TestAccountMonitor::cleanup()
{
    m_harness.reset();
    m_fake.reset();
    m_stateDir.reset();
}

void TestAccountMonitor::startStreaming(bool wantMentions)
{
    harness().config.wantMentions = wantMentions;
    harness().start();
    QVERIFY(harness().waitUntilStreaming());
}

void TestAccountMonitor::streamsWithTheTokenInTheHeaderOnly()
{
    startStreaming();
    const QByteArray expected = "Bearer " + m_fake->accessToken();
    const auto requests = m_fake->requests();
    QVERIFY(!requests.isEmpty());
    bool sawUpgrade = false;
    for (const auto &request : requests) {
        QVERIFY2(!request.query.hasQueryItem(u"access_token"_s), qPrintable(request.path));
        if (request.path.startsWith(u"/api/v1/streaming"_s)
            && request.path != u"/api/v1/streaming/health"_s) {
            sawUpgrade = true;
            QCOMPARE(request.authorization, expected);
        }
        if (request.path.startsWith(u"/api/v1/accounts"_s)
            || request.path.startsWith(u"/api/v1/conversations"_s)) {
            QCOMPARE(request.authorization, expected);
        }
    }
    QVERIFY(sawUpgrade);
    QVERIFY(harness().monitor->accountName().startsWith(u"ada@"_s));
}

void TestAccountMonitor::directMessageArrivesOnceFromBothStreams()
{
    startStreaming(/*wantMentions=*/true);
    QTRY_VERIFY(m_fake->subscriptions().contains(u"user:notification"_s));
    const auto posted =
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>Lunch &amp; talk?</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    // The mention came first; the conversation event replaced it and named the conversation.
    const IncomingMessage message = harness().arrivedMessage(0);
    QCOMPARE(message.status.id, posted.statusId);
    QCOMPARE(message.conversationId, posted.conversationId);
    QCOMPARE(message.kind, IncomingMessage::Kind::Direct);
    QCOMPARE(message.status.account.acct, u"grace@social.example"_s);
    // Nothing more arrives: the held mention is settled, and a catch-up finds it announced.
    QTRY_COMPARE(harness().monitor->heldMentions(), 0);
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    m_fake->sendRawFrame(
        R"({"stream":["user:notification"],"event":"notifications_merged","payload":"1"})");
    QVERIFY(caughtUp.wait());
    QCOMPARE(harness().arrivedCount(), 1);
}

void TestAccountMonitor::mentionAloneIsReleasedAfterGrace()
{
    startStreaming(/*wantMentions=*/true);
    QTRY_VERIFY(m_fake->subscriptions().contains(u"user:notification"_s));
    // A DM whose conversation event never comes (e.g. a server that only notifies):
    // announced once the grace period is over, without a conversation id.
    const auto posted = m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>ping</p>"_s);
    Q_UNUSED(posted)
    QTRY_COMPARE(harness().arrivedCount(), 1);
    m_fake->sendRawFrame(
        R"({"stream":["user:notification"],"event":"notification","payload":"{\"id\":\"99999\",\"type\":\"mention\",\"status\":{\"id\":\"120000000000000001\",\"visibility\":\"direct\",\"content\":\"<p>only a mention</p>\",\"account\":{\"id\":\"5\",\"acct\":\"eve@x.example\"}}}"})");
    QTRY_COMPARE(harness().monitor->heldMentions(), 1);
    QCOMPARE(harness().arrivedCount(), 1); // held, not announced yet
    QTRY_COMPARE(harness().arrivedCount(), 2);
    QCOMPARE(harness().monitor->heldMentions(), 0);
    const IncomingMessage message = harness().arrivedMessage(1);
    QCOMPARE(message.status.id, u"120000000000000001"_s);
    QVERIFY(message.conversationId.isEmpty());
}

void TestAccountMonitor::ownMessagesAreIgnored()
{
    startStreaming();
    QSignalSpy read(harness().monitor.get(), &AccountMonitor::conversationRead);
    const auto first = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>hi</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    m_fake->postOwnReply(first.conversationId, u"<p>hello back</p>"_s);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), first.conversationId);
    // A server that marks the user's own message unread: still not announced. The stream is
    // ordered, so once a later message is announced the own one has been dealt with.
    const auto own = m_fake->postOwnReply(first.conversationId, u"<p>again</p>"_s, true);
    const auto later = m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>later</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 2);
    QCOMPARE(harness().arrivedStatusIds(), (QStringList{first.statusId, later.statusId}));
    // The catch-up after a reconnect also sees both replies: still nothing more announced.
    m_fake->dropConnections();
    QTRY_VERIFY(harness().sawState(State::Reconnecting));
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    QVERIFY(harness().waitUntilStreaming());
    QTRY_VERIFY(!caughtUp.isEmpty()); // it may come while waiting for the stream
    QCOMPARE(harness().arrivedCount(), 2);
    QVERIFY(!harness().arrivedStatusIds().contains(own.statusId));
}

void TestAccountMonitor::readElsewhereIsReportedNotAnnounced()
{
    startStreaming();
    QSignalSpy read(harness().monitor.get(), &AccountMonitor::conversationRead);
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>x</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    m_fake->markConversationRead(posted.conversationId);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), posted.conversationId);
    QCOMPARE(harness().arrivedCount(), 1);
}

void TestAccountMonitor::nonDirectMentionsOnlyWhenWanted()
{
    startStreaming(/*wantMentions=*/false);
    m_fake->postPublicMention(u"bob@example.net"_s, u"<p>@ada look</p>"_s);
    const auto dm = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>dm</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    QCOMPARE(harness().arrivedMessage(0).status.id, dm.statusId);
    // A reconnect's catch-up does not bring the public mention either.
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    m_fake->dropConnections();
    QVERIFY(harness().waitUntilStreaming());
    QTRY_VERIFY(!caughtUp.isEmpty());
    QCOMPARE(harness().arrivedCount(), 1);
}

void TestAccountMonitor::garbageAndErrorFramesAreSurvived()
{
    startStreaming();
    QSignalSpy problems(harness().monitor.get(), &AccountMonitor::problem);
    m_fake->sendGarbage();
    const auto posted =
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>still here</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    QCOMPARE(harness().arrivedMessage(0).status.id, posted.statusId);
    // The error frame was reported with the server's words; nothing else was.
    QStringList reported;
    for (const QList<QVariant> &args : std::as_const(problems)) {
        reported << args.at(0).toString();
    }
    QCOMPARE(reported,
             QStringList{u"The streaming server reported: \u201cUnknown stream type\u201d"_s});
    QCOMPARE(harness().monitor->state(), State::Streaming);
}

void TestAccountMonitor::silentServerIsDetectedAndReconnected()
{
    startStreaming();
    const auto &timers = harness().config.timers;
    harness().states->clear();
    m_fake->setAnswerPings(false);
    QElapsedTimer silence;
    silence.start();
    QTRY_VERIFY_WITH_TIMEOUT(harness().sawState(State::Reconnecting), 5000);
    // Found dead within one ping interval plus the pong deadline (and scheduling slack).
    QVERIFY2(silence.elapsed() <= timers.pingIntervalMs + timers.pongDeadlineMs + 250,
             qPrintable(QString::number(silence.elapsed())));
    m_fake->setAnswerPings(true);
    QVERIFY(harness().waitUntilStreaming());
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>back</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    QCOMPARE(harness().arrivedMessage(0).status.id, posted.statusId);
}

void TestAccountMonitor::droppedConnectionReconnectsAndResubscribes()
{
    startStreaming(/*wantMentions=*/true);
    m_fake->closeConnections(1001, u"going away"_s);
    QTRY_VERIFY(harness().sawState(State::Reconnecting));
    QVERIFY(harness().waitUntilStreaming());
    QTRY_VERIFY(m_fake->subscriptions().contains(u"user:notification"_s));
    QCOMPARE(m_fake->connectedClients(), 1);
}

void TestAccountMonitor::missedWhileDownArrivesOnceThroughCatchUp()
{
    startStreaming();
    const auto before = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>1</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);

    // Take streaming down and keep it down while three messages arrive.
    m_fake->setUpgradeRefusal(503);
    m_fake->dropConnections();
    QTRY_VERIFY(harness().sawState(State::Reconnecting));
    QStringList missed;
    for (int i = 0; i < 3; ++i) {
        missed << m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>while away %1</p>"_s.arg(i))
                      .statusId;
    }
    m_fake->setUpgradeRefusal(0);
    QVERIFY(harness().waitUntilStreaming(10000));
    QTRY_COMPARE(harness().arrivedCount(), 4);
    QCOMPARE(harness().arrivedStatusIds(), QStringList{before.statusId} + missed);
    // A second reconnect finds them again in REST: still announced only once.
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    m_fake->dropConnections();
    QVERIFY(harness().waitUntilStreaming());
    QTRY_VERIFY(!caughtUp.isEmpty());
    QCOMPARE(harness().arrivedCount(), 4);
}

void TestAccountMonitor::firstStartAnnouncesNothingOld()
{
    for (int i = 0; i < 5; ++i) {
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>old %1</p>"_s.arg(i));
    }
    harness().start();
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    QVERIFY(harness().waitUntilStreaming());
    QTRY_VERIFY(caughtUp.count() >= 2); // the baseline, then the first real catch-up
    QCOMPARE(harness().arrivedCount(), 0);
    const auto fresh = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>new</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    QCOMPARE(harness().arrivedMessage(0).status.id, fresh.statusId);
}

void TestAccountMonitor::restartDeliversWhatArrivedMeanwhileOnce()
{
    startStreaming();
    const auto seen = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>a</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    harness().monitor->stop();
    harness().monitor.reset();

    const auto whileOff1 = m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>b</p>"_s, {}, {},
                                                     /*deliverOnStream=*/false);
    const auto whileOff2 = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>c</p>"_s,
                                                     seen.conversationId, {}, false);

    harness().start();
    QVERIFY(harness().waitUntilStreaming());
    QTRY_COMPARE(harness().arrivedCount(), 2);
    QCOMPARE(harness().arrivedStatusIds(), (QStringList{whileOff1.statusId, whileOff2.statusId}));
    QCOMPARE(harness().arrivedMessage(1).conversationId, seen.conversationId);
    // Both came in one batch from the catch-up, and a further catch-up adds nothing.
    QCOMPARE(harness().batches().size(), 1);
    QVERIFY(harness().batches().first().isCatchUp());
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    m_fake->sendRawFrame(R"({"stream":["direct"],"event":"notifications_merged","payload":"1"})");
    QVERIFY(caughtUp.wait());
    QCOMPARE(harness().arrivedCount(), 2);
}

void TestAccountMonitor::readElsewhereWhileAwayIsNotAnnouncedAfterRestart()
{
    startStreaming();
    harness().monitor->stop();
    harness().monitor.reset();
    // While Fedibell is off: one message read in another client, one still unread.
    const auto read = m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>seen</p>"_s, {}, {},
                                                /*deliverOnStream=*/false);
    m_fake->markConversationRead(read.conversationId);
    const auto unread =
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>new</p>"_s, {}, {}, false);
    harness().start();
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    QVERIFY(caughtUp.wait());
    QCOMPARE(harness().arrivedStatusIds(), QStringList{unread.statusId});
}

void TestAccountMonitor::anInstanceClaimingAnotherNameCannotTouchItsState()
{
    // Two instances that both say they are "fake.test" with the same account id: each keeps
    // its own state, under the address it was configured with.
    startStreaming();
    fake::FakeInstance impostor;
    QVERIFY(impostor.start());
    impostor.setDomain(u"fake.test"_s);
    MonitorHarness other(&impostor, harness().config.stateDirectory);
    other.start();
    QVERIFY(other.waitUntilStreaming());
    harness().monitor->stop();
    other.monitor->stop();
    const QDir accounts(harness().config.stateDirectory + u"/accounts"_s);
    const QStringList folders = accounts.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 2);
    QVERIFY(folders.contains(u"127.0.0.1_%1"_s.arg(m_fake->baseUrl().port())));
    QVERIFY(folders.contains(u"127.0.0.1_%1"_s.arg(impostor.baseUrl().port())));
}

void TestAccountMonitor::streamingServerRestartIsWaitedOutNotPolled()
{
    harness().config.timers.restartGraceMs = 60000;
    startStreaming();
    // A deploy: the streaming server goes away and refuses connections for a while, REST
    // answers all along. More refusals than would send a never-connected stream to polling.
    harness().states->clear();
    QVERIFY(m_fake->setStreamingPortOpen(false));
    const auto reconnects = [this] {
        int count = 0;
        for (const QList<QVariant> &args : std::as_const(*harness().states)) {
            count += args.at(0).value<State>() == State::Reconnecting ? 1 : 0;
        }
        return count;
    };
    QTRY_VERIFY(reconnects() > 2 * harness().config.timers.handshakeFailuresBeforePolling);
    const auto missed = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>during</p>"_s);
    QVERIFY(m_fake->setStreamingPortOpen(true));
    QVERIFY(harness().waitUntilStreaming());
    QVERIFY(!harness().sawState(State::Polling));
    QTRY_COMPARE(harness().arrivedStatusIds(), QStringList{missed.statusId});
}

void TestAccountMonitor::streamingServerGoneForLongerThanARestartIsPolled()
{
    harness().config.timers.restartGraceMs = 400;
    startStreaming();
    QVERIFY(m_fake->setStreamingPortOpen(false));
    QTRY_COMPARE_WITH_TIMEOUT(harness().monitor->state(), State::Polling, 5000);
    const auto polled = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>p</p>"_s);
    QTRY_COMPARE(harness().arrivedStatusIds(), QStringList{polled.statusId});
    // While polling, the stream is tried again soon, not after minutes.
    QVERIFY(m_fake->setStreamingPortOpen(true));
    QVERIFY(harness().waitUntilStreaming(5000));
}

void TestAccountMonitor::lostConnectionIsSaidSo()
{
    startStreaming();
    QSignalSpy problems(harness().monitor.get(), &AccountMonitor::problem);
    m_fake->dropConnections(); // no close frame
    QVERIFY(problems.wait());
    QCOMPARE(problems.at(0).at(0).toString(),
             u"The connection to the streaming server was lost."_s);
}

void TestAccountMonitor::messageTheStreamNeverDeliveredArrivesByReconcile()
{
    // The socket and its pings are fine, but the server lost the subscription: a message
    // that never comes on the stream still comes by the REST reconcile.
    harness().config.timers.reconcileMs = 300;
    startStreaming();
    QTRY_VERIFY(!harness().monitor->isCatchingUp()); // the catch-ups of connecting are done
    const auto silent = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>quiet</p>"_s, {},
                                                  {}, /*deliverOnStream=*/false);
    QTRY_COMPARE_WITH_TIMEOUT(harness().arrivedStatusIds(), QStringList{silent.statusId}, 3000);
    QCOMPARE(harness().monitor->state(), State::Streaming);
}

void TestAccountMonitor::pollingWhenStreamingIsDownAndBackAgain()
{
    m_fake->setStreamingHealthy(false);
    harness().start();
    QTRY_COMPARE(harness().monitor->state(), State::Polling);
    const auto polled = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>poll</p>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(harness().arrivedCount(), 1, 3000);
    QCOMPARE(harness().arrivedMessage(0).status.id, polled.statusId);
    QCOMPARE(harness().arrivedMessage(0).conversationId, polled.conversationId);

    m_fake->setStreamingHealthy(true);
    QVERIFY(harness().waitUntilStreaming(5000));
    // Polling has stopped: nothing is scheduled while the stream is open.
    QVERIFY(!harness().monitor->isRetrying());
    const auto streamed = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>s</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 2);
    QCOMPARE(harness().arrivedMessage(1).status.id, streamed.statusId);
}

void TestAccountMonitor::handshakeFailuresFallBackToPolling()
{
    // Health says yes, but every upgrade fails (e.g. a proxy that breaks WebSockets).
    m_fake->setUpgradeRefusal(502);
    harness().start();
    QTRY_COMPARE_WITH_TIMEOUT(harness().monitor->state(), State::Polling, 5000);
    const auto polled = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>p</p>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(harness().arrivedCount(), 1, 3000);
    QCOMPARE(harness().arrivedMessage(0).status.id, polled.statusId);
    m_fake->setUpgradeRefusal(0);
    QVERIFY(harness().waitUntilStreaming(5000));
}

void TestAccountMonitor::refusedTokenStopsRetrying()
{
    harness().config.token = "wrong-token";
    harness().start();
    QSignalSpy failed(harness().monitor.get(), &AccountMonitor::authenticationFailed);
    QTRY_COMPARE(harness().monitor->state(), State::AuthFailed);
    QVERIFY(!harness().monitor->stateDetail().isEmpty());
    // Nothing is scheduled that would ask the server again.
    QVERIFY(!harness().monitor->isRetrying());
    QCOMPARE(m_fake->connectedClients(), 0);
    QCOMPARE(failed.count(), 1);
}

void TestAccountMonitor::revokedTokenWhileStreamingStopsRetrying()
{
    startStreaming();
    m_fake->revokeToken();
    QTRY_COMPARE_WITH_TIMEOUT(harness().monitor->state(), State::AuthFailed, 5000);
    QVERIFY(!harness().monitor->isRetrying());
    QTRY_COMPARE(m_fake->connectedClients(), 0);
}

void TestAccountMonitor::rateLimitIsWaitedOut()
{
    startStreaming();
    QVERIFY(harness().waitForQuiet());
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>x</p>"_s, {}, {},
                                                  /*deliverOnStream=*/false);
    const QDateTime reset = QDateTime::currentDateTimeUtc().addMSecs(1500);
    m_fake->setRateLimitReset(reset);
    m_fake->setRestFailure(429, 1, u"/api/v1/conversations"_s);
    m_fake->clearRequests();
    m_fake->dropConnections(); // the reconnect catches up and meets the rate limit
    QTRY_COMPARE_WITH_TIMEOUT(harness().arrivedCount(), 1, 6000);
    QCOMPARE(harness().arrivedMessage(0).status.id, posted.statusId);

    // The request after the refused one did not come before the reset time.
    const auto requests = m_fake->requests();
    const auto refused = std::find_if(requests.cbegin(), requests.cend(), [](const auto &r) {
        return r.path == u"/api/v1/conversations"_s && r.status == 429;
    });
    QVERIFY(refused != requests.cend());
    const auto retry = std::find_if(refused + 1, requests.cend(), [](const auto &r) {
        return r.path == u"/api/v1/conversations"_s;
    });
    QVERIFY(retry != requests.cend());
    QVERIFY2(retry->receivedAt >= reset.addMSecs(-5),
             qPrintable(retry->receivedAt.toString(Qt::ISODateWithMs)));
}

void TestAccountMonitor::serverVanishingMidResponseIsRetried()
{
    startStreaming();
    m_fake->setDropAfterHeaders(true);
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>x</p>"_s, {}, {},
                                                  /*deliverOnStream=*/false);
    QSignalSpy problems(harness().monitor.get(), &AccountMonitor::problem);
    m_fake->dropConnections();
    QTRY_VERIFY(harness().sawState(State::Reconnecting));
    // The truncated answer is reported as a failed catch-up, and nothing is announced from it.
    QTRY_VERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toString().startsWith(u"Catching up failed"_s);
    }));
    QCOMPARE(harness().arrivedCount(), 0);
    m_fake->setDropAfterHeaders(false);
    QTRY_COMPARE_WITH_TIMEOUT(harness().arrivedCount(), 1, 8000);
    QCOMPARE(harness().arrivedMessage(0).status.id, posted.statusId);
}

void TestAccountMonitor::catchUpFollowsManyPages()
{
    startStreaming();
    m_fake->setUpgradeRefusal(503);
    m_fake->dropConnections();
    QTRY_VERIFY(harness().sawState(State::Reconnecting));
    // More than two full pages (the server gives at most 40 conversations a page).
    QStringList missed;
    for (int i = 0; i < 95; ++i) {
        missed << m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>%1</p>"_s.arg(i)).statusId;
    }
    m_fake->setUpgradeRefusal(0);
    QTRY_COMPARE_WITH_TIMEOUT(harness().arrivedCount(), 95, 10000);
    for (const MessageBatch &batch : harness().batches()) {
        QVERIFY(batch.isCatchUp());
    }
    QCOMPARE(harness().arrivedStatusIds(), missed);
    QVERIFY(harness().waitUntilStreaming());
    QVERIFY(harness().waitForQuiet());
    QCOMPARE(harness().arrivedCount(), 95);
    // It went from the first page (the 40 oldest) to the next ones.
    QStringList cursors;
    for (const auto &request : m_fake->requests()) {
        if (request.path == u"/api/v1/conversations"_s) {
            cursors << request.query.queryItemValue(u"min_id"_s);
        }
    }
    QVERIFY2(cursors.contains(missed.at(39)), qPrintable(cursors.join(u' ')));
    QVERIFY2(cursors.contains(missed.at(79)), qPrintable(cursors.join(u' ')));
}

void TestAccountMonitor::marksConversationsReadOnTheServer()
{
    startStreaming();
    const auto posted = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>x</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    QSignalSpy read(harness().monitor.get(), &AccountMonitor::conversationRead);
    harness().monitor->markConversationRead(posted.conversationId);
    QTRY_VERIFY(!read.isEmpty());
    QCOMPARE(read.at(0).at(0).toString(), posted.conversationId);
    const auto requests = m_fake->requests();
    const auto post = std::find_if(requests.cbegin(), requests.cend(), [&](const auto &r) {
        return r.method == "POST"
               && r.path == u"/api/v1/conversations/%1/read"_s.arg(posted.conversationId);
    });
    QVERIFY(post != requests.cend());
    QCOMPARE(post->authorization, "Bearer " + m_fake->accessToken());
    // Ids that could smuggle a path are never sent.
    QVERIFY(!harness().monitor->markConversationRead(u"../../oauth/revoke"_s));
    QVERIFY(!harness().monitor->markConversationRead(QString()));
}

QTEST_GUILESS_MAIN(TestAccountMonitor)
#include "tst_accountmonitor.moc"
