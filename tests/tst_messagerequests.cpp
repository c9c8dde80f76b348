// Mastodon 4.3+ files direct messages from people the user does not follow as message
// requests: no stream event, no conversation. Each is announced once, as a request, at the
// next catch-up (a reconcile while streaming), and not again when the user accepts it.
#include "dialect.h"
#include "monitorharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

const QString kPolicyPath = u"/api/v2/notifications/policy"_s;

} // namespace

class TestMessageRequests : public QObject
{
    Q_OBJECT

private:
    // A monitor that reconciles (catches up while streaming) every 300 ms.
    std::unique_ptr<MonitorHarness> startWatching(fake::FakeInstance &instance,
                                                  bool wantRequests = true)
    {
        auto harness = std::make_unique<MonitorHarness>(&instance, m_state.path());
        harness->config.timers.reconcileMs = 300;
        harness->config.wantRequests = wantRequests;
        harness->start();
        return harness;
    }

    // Waits until the server's requests were asked for `more` more times: catch-ups ran.
    static bool waitForChecks(fake::FakeInstance &instance, int more)
    {
        const int target = instance.requestCount(kPolicyPath) + more;
        return QTest::qWaitFor([&] { return instance.requestCount(kPolicyPath) >= target; }, 5000);
    }

    QTemporaryDir m_state;

private slots:
    void init() { QVERIFY(m_state.isValid()); }

    void aFilteredMessageIsAnnouncedOnceAsARequest()
    {
        fake::FakeInstance instance;
        QVERIFY(instance.start());
        auto harness = startWatching(instance);
        QVERIFY(harness->waitUntilStreaming());
        QVERIFY(harness->waitForQuiet());
        QSignalSpy requestsChanged(harness->monitor.get(), &AccountMonitor::requestsChanged);

        // Two before the next catch-up: the request shows only the last, the notifications
        // (include_filtered) both.
        const auto first =
            instance.postFilteredDirectMessage(u"mallory@spam.example"_s, u"<p>Psst</p>"_s);
        const auto filtered =
            instance.postFilteredDirectMessage(u"mallory@spam.example"_s, u"<p>Hello?</p>"_s);
        QVERIFY(harness->waitForArrivals(2));
        QCOMPARE(harness->arrivedStatusIds(), (QStringList{first.statusId, filtered.statusId}));
        const IncomingMessage message = harness->arrivedMessage(1);
        QCOMPARE(message.kind, IncomingMessage::Kind::Request);
        QCOMPARE(message.status.id, filtered.statusId);
        QCOMPARE(message.text, u"Hello?"_s);
        QVERIFY(message.conversationId.isEmpty());
        QCOMPARE(message.openAt.path(), u"/notifications/requests"_s);
        QCOMPARE(message.openAt.host(), instance.baseUrl().host());
        QVERIFY(requestsChanged.count() >= 1);
        QCOMPARE(harness->monitor->pendingRequests().size(), 1);
        QCOMPARE(harness->monitor->pendingRequests().constFirst().account.acct,
                 u"mallory@spam.example"_s);

        // Later reconciles see it again, and say nothing.
        QVERIFY(waitForChecks(instance, 2));
        QVERIFY(harness->waitForQuiet());
        QCOMPARE(harness->arrivedStatusIds(), (QStringList{first.statusId, filtered.statusId}));
    }

    void acceptingARequestDoesNotAnnounceItAgain()
    {
        fake::FakeInstance instance;
        QVERIFY(instance.start());
        auto harness = startWatching(instance);
        QVERIFY(harness->waitUntilStreaming());
        QVERIFY(harness->waitForQuiet());
        const auto filtered =
            instance.postFilteredDirectMessage(u"mallory@spam.example"_s, u"<p>Hello?</p>"_s);
        QVERIFY(harness->waitForArrivals(1));
        QSignalSpy requestsChanged(harness->monitor.get(), &AccountMonitor::requestsChanged);

        // On the web: the conversation is back-filled and pushed on the stream.
        QVERIFY(instance.acceptMessageRequest(u"mallory@spam.example"_s));
        QVERIFY(requestsChanged.wait());
        QVERIFY(harness->monitor->pendingRequests().isEmpty());
        // Their next message is an ordinary one, in the conversation.
        const QString conversation =
            instance.conversations().constFirst().value("id"_L1).toString();
        const auto next =
            instance.postDirectMessage(u"mallory@spam.example"_s, u"<p>Thanks</p>"_s, conversation);
        QVERIFY(harness->waitForArrivals(2));
        QVERIFY(waitForChecks(instance, 1));
        QVERIFY(harness->waitForQuiet());
        QCOMPARE(harness->arrivedStatusIds(), (QStringList{filtered.statusId, next.statusId}));
        QCOMPARE(harness->arrivedMessage(1).kind, IncomingMessage::Kind::Direct);
        QCOMPARE(harness->arrivedMessage(1).conversationId, conversation);
    }

    void aDismissedRequestLeavesNothingBehind()
    {
        fake::FakeInstance instance;
        QVERIFY(instance.start());
        auto harness = startWatching(instance);
        QVERIFY(harness->waitUntilStreaming());
        QVERIFY(harness->waitForQuiet());
        instance.postFilteredDirectMessage(u"mallory@spam.example"_s, u"<p>Hello?</p>"_s);
        QVERIFY(harness->waitForArrivals(1));
        QSignalSpy requestsChanged(harness->monitor.get(), &AccountMonitor::requestsChanged);
        QVERIFY(instance.dismissMessageRequest(u"mallory@spam.example"_s));
        QVERIFY(requestsChanged.wait());
        QVERIFY(harness->monitor->pendingRequests().isEmpty());
        QVERIFY(waitForChecks(instance, 1));
        QVERIFY(harness->waitForQuiet());
        QCOMPARE(harness->arrivedCount(), 1);
    }

    void requestsCanBeTurnedOff()
    {
        fake::FakeInstance instance;
        QVERIFY(instance.start());
        auto harness = startWatching(instance, false);
        QVERIFY(harness->waitUntilStreaming());
        QVERIFY(harness->waitForQuiet());
        instance.postFilteredDirectMessage(u"mallory@spam.example"_s, u"<p>Hello?</p>"_s);
        QVERIFY(waitForChecks(instance, 2)); // seen by two catch-ups
        QVERIFY(harness->waitForQuiet());
        const auto direct = instance.postDirectMessage(u"grace@social.example"_s, u"<p>Hi</p>"_s);
        QVERIFY(harness->waitForArrivals(1));
        QCOMPARE(harness->arrivedStatusIds(), QStringList{direct.statusId});
    }

    void aRequestThatCameWhileAwayIsCaughtUp()
    {
        fake::FakeInstance instance;
        QVERIFY(instance.start());
        {
            auto before = startWatching(instance);
            QVERIFY(before->waitUntilStreaming());
            QVERIFY(before->waitForQuiet());
            before->monitor->stop();
        }
        const auto filtered =
            instance.postFilteredDirectMessage(u"mallory@spam.example"_s, u"<p>Hello?</p>"_s);
        auto after = startWatching(instance);
        QVERIFY(after->waitForArrivals(1));
        QCOMPARE(after->arrivedMessage(0).kind, IncomingMessage::Kind::Request);
        QCOMPARE(after->batches().constFirst().arrival, MessageBatch::Arrival::CaughtUp);
        QVERIFY(waitForChecks(instance, 1));
        QVERIFY(after->waitForQuiet());
        QCOMPARE(after->arrivedStatusIds(), QStringList{filtered.statusId});
    }

    void aServerWithoutRequestsIsAskedOnce()
    {
        fake::FakeInstance instance;
        instance.setDialect(fake::Dialect::Mastodon3);
        QVERIFY(instance.start());
        auto harness = startWatching(instance);
        QVERIFY(harness->waitUntilStreaming());
        QVERIFY(harness->waitForQuiet());
        // Two reconciles later: asked once (404), and include_filtered no more.
        const int notifications = instance.requestCount(u"/api/v1/notifications"_s);
        QVERIFY(QTest::qWaitFor(
            [&] { return instance.requestCount(u"/api/v1/notifications"_s) >= notifications + 2; },
            5000));
        QCOMPARE(instance.requestCount(kPolicyPath), 1);
        const auto requests = instance.requests();
        const auto last = std::find_if(requests.rbegin(), requests.rend(), [](const auto &r) {
            return r.path == "/api/v1/notifications"_L1;
        });
        QVERIFY(!last->query.hasQueryItem(u"include_filtered"_s));
    }
};

QTEST_GUILESS_MAIN(TestMessageRequests)
#include "tst_messagerequests.moc"
