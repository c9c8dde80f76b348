// Within one conversation, messages are told in the order of their ids, also when the stream
// delivers a newer one while a catch-up is still fetching an older one.
#include "fakeinstance.h"
#include "monitorharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestOrdering : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newerLiveMessageWaitsForTheCatchUpThatFindsAnOlderOne();
    void catchUpTellsAConversationsMessagesOldestFirst();
    void aStreamThatLostItsSubscriptionIsConnectedAgain();

private:
    std::unique_ptr<fake::FakeInstance> m_fake;
    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<MonitorHarness> m_harness;
};

void TestOrdering::init()
{
    m_fake = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_fake->start());
    m_stateDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stateDir->isValid());
    m_harness = std::make_unique<MonitorHarness>(m_fake.get(), m_stateDir->path());
    m_harness->start();
    QVERIFY(m_harness->waitUntilStreaming());
    QVERIFY(m_harness->waitForQuiet());
}

void TestOrdering::cleanup()
{
    m_harness.reset();
    m_fake.reset();
    m_stateDir.reset();
}

void TestOrdering::newerLiveMessageWaitsForTheCatchUpThatFindsAnOlderOne()
{
    // The first message is lost on the stream (the connection drops as it is sent)...
    const auto older = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>1</p>"_s, {}, {},
                                                 /*deliverOnStream=*/false);
    // ...and the catch-up after the reconnect has to wait out a rate limit first.
    m_fake->setRateLimitReset(QDateTime::currentDateTimeUtc().addMSecs(1000));
    m_fake->setRestFailure(429, 1, u"/api/v1/notifications"_s);
    m_fake->clearRequests();
    m_fake->dropConnections();
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto requests = m_fake->requests();
            return std::any_of(requests.cbegin(), requests.cend(),
                               [](const auto &request) { return request.status == 429; });
        },
        5000));
    QVERIFY(m_harness->waitUntilStreaming());
    QVERIFY(m_harness->monitor->isCatchingUp());
    // Meanwhile the reply comes live, in the same conversation.
    const auto newer =
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>2</p>"_s, older.conversationId);
    QVERIFY(m_harness->waitForArrivals(2, 8000));
    QCOMPARE(m_harness->arrivedStatusIds(), (QStringList{older.statusId, newer.statusId}));
    // The live one is told as live, and with its conversation.
    const QList<MessageBatch> batches = m_harness->batches();
    QVERIFY(!batches.constLast().isCatchUp());
    QCOMPARE(batches.constLast().messages.constLast().conversationId, older.conversationId);
}

void TestOrdering::catchUpTellsAConversationsMessagesOldestFirst()
{
    // Away: three messages in one conversation and one in another. The conversations list
    // only knows each conversation's last message; the mentions know the rest.
    m_harness->monitor->suspend();
    QTRY_COMPARE(m_fake->connectedClients(), 0);
    const auto first = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>a</p>"_s);
    const auto other = m_fake->postDirectMessage(u"linus@social.example"_s, u"<p>b</p>"_s);
    const auto second =
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>c</p>"_s, first.conversationId);
    const auto third =
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>d</p>"_s, first.conversationId);
    m_harness->monitor->resumeNow();
    QVERIFY(m_harness->waitForArrivals(4, 8000));
    QCOMPARE(m_harness->arrivedStatusIds(),
             (QStringList{first.statusId, other.statusId, second.statusId, third.statusId}));
}

void TestOrdering::aStreamThatLostItsSubscriptionIsConnectedAgain()
{
    // A monitor that reconciles every 300 ms; its stream then loses its subscription.
    m_harness.reset();
    m_harness = std::make_unique<MonitorHarness>(m_fake.get(), m_stateDir->path());
    m_harness->config.timers.reconcileMs = 300;
    m_harness->start();
    QVERIFY(m_harness->waitUntilStreaming());
    QVERIFY(m_harness->waitForQuiet());
    m_fake->loseSubscriptions();
    QSignalSpy connected(m_fake.get(), &fake::FakeInstance::clientConnected);
    const auto missed = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>m</p>"_s);
    QVERIFY(m_harness->waitForArrivals(1, 3000)); // by the reconcile
    QVERIFY(connected.wait(3000));                // and the stream is connected again
    QVERIFY(m_fake->closeCodes().contains(1001)); // with a goodbye, not dropped
    QVERIFY(m_harness->waitUntilStreaming());
    const auto live = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>l</p>"_s);
    QVERIFY(m_harness->waitForArrivals(2, 3000));
    QCOMPARE(m_harness->arrivedStatusIds(), (QStringList{missed.statusId, live.statusId}));
}

QTEST_GUILESS_MAIN(TestOrdering)
#include "tst_ordering.moc"
