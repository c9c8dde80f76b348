// Every kind of Mastodon-API server the README lists, as the fake instance models it: found,
// its account known, a live direct message announced exactly once (by stream, or by polling
// where there is none), the user's own messages never, and after a restart what arrived
// meanwhile, once.
#include "api/entityid.h"
#include "dialect.h"
#include "monitorharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fake::Dialect)
Q_DECLARE_METATYPE(fake::IdStyle)

class TestDialects : public QObject
{
    Q_OBJECT

private:
    static void addRows()
    {
        QTest::addColumn<fake::Dialect>("dialect");
        QTest::addColumn<bool>("streams");
        using D = fake::Dialect;
        QTest::newRow("Mastodon 4") << D::Mastodon << true;
        QTest::newRow("Mastodon 3") << D::Mastodon3 << true;
        QTest::newRow("GoToSocial") << D::GoToSocial << true;
        QTest::newRow("Pleroma") << D::Pleroma << true;
        QTest::newRow("Iceshrimp.NET") << D::Iceshrimp << true;
        QTest::newRow("Sharkey, Friendica") << D::NoStreaming << false;
        QTest::newRow("snac") << D::Snac << false;
    }

    // Started, and streaming (or polling where the server has no stream).
    static bool waitUntilWatching(MonitorHarness &harness, bool streams)
    {
        if (streams) {
            return harness.waitUntilStreaming();
        }
        return QTest::qWaitFor([&] { return harness.monitor->state() == AccountState::Polling; },
                               5000);
    }

private slots:
    void aDirectMessageArrivesOnceAndOwnMessagesNever_data() { addRows(); }
    void aDirectMessageArrivesOnceAndOwnMessagesNever()
    {
        QFETCH(fake::Dialect, dialect);
        QFETCH(bool, streams);
        fake::FakeInstance instance;
        instance.setDialect(dialect);
        QVERIFY(instance.start());
        QTemporaryDir state;
        MonitorHarness harness(&instance, state.path());
        harness.start();
        QVERIFY(waitUntilWatching(harness, streams));
        QVERIFY(harness.waitForQuiet());
        QCOMPARE(harness.monitor->accountName(), u"ada@fake.test"_s);

        const auto first = instance.postDirectMessage(u"grace@social.example"_s, u"<p>Hi</p>"_s);
        QVERIFY(harness.waitForArrivals(1));
        QCOMPARE(harness.arrivedMessage(0).text, u"Hi"_s);
        instance.postOwnReply(first.conversationId, u"<p>Hello Grace</p>"_s);
        const auto second = instance.postDirectMessage(u"bob@example.net"_s, u"<p>Yo</p>"_s);
        QVERIFY(harness.waitForArrivals(2));
        if (!streams) {
            // The next poll brings nothing new.
            const int requests = instance.requestCount(u"/api/v1/notifications"_s);
            QVERIFY(QTest::qWaitFor(
                [&] { return instance.requestCount(u"/api/v1/notifications"_s) > requests; },
                5000));
        }
        QVERIFY(harness.waitForQuiet());
        QCOMPARE(harness.arrivedStatusIds(), (QStringList{first.statusId, second.statusId}));
    }

    void aRestartDeliversWhatArrivedMeanwhileOnce_data() { addRows(); }
    void aRestartDeliversWhatArrivedMeanwhileOnce()
    {
        QFETCH(fake::Dialect, dialect);
        QFETCH(bool, streams);
        fake::FakeInstance instance;
        instance.setDialect(dialect);
        QVERIFY(instance.start());
        QTemporaryDir state;
        {
            MonitorHarness before(&instance, state.path());
            before.start();
            QVERIFY(waitUntilWatching(before, streams));
            QVERIFY(before.waitForQuiet());
            instance.postDirectMessage(u"grace@social.example"_s, u"<p>Before</p>"_s);
            QVERIFY(before.waitForArrivals(1));
            before.monitor->stop();
        }
        const auto meanwhile = instance.postDirectMessage(
            u"bob@example.net"_s, u"<p>While you were away</p>"_s, {}, {}, false);
        MonitorHarness after(&instance, state.path());
        after.start();
        QVERIFY(waitUntilWatching(after, streams));
        QVERIFY(after.waitForArrivals(1));
        QVERIFY(after.waitForQuiet());
        QCOMPARE(after.arrivedStatusIds(), QStringList{meanwhile.statusId});
        QCOMPARE(after.batches().constFirst().arrival, MessageBatch::Arrival::CaughtUp);
    }

    void theSocketTokenGoesWhereTheServerReadsItAndStaysThere_data()
    {
        QTest::addColumn<fake::Dialect>("dialect");
        // Iceshrimp.NET refuses the upgrade; Pleroma accepts it and refuses the subscribe.
        QTest::newRow("Iceshrimp.NET") << fake::Dialect::Iceshrimp;
        QTest::newRow("Pleroma") << fake::Dialect::Pleroma;
    }
    void theSocketTokenGoesWhereTheServerReadsItAndStaysThere()
    {
        QFETCH(fake::Dialect, dialect);
        fake::FakeInstance instance;
        instance.setDialect(dialect);
        QVERIFY(instance.start());
        QTemporaryDir state;
        MonitorHarness harness(&instance, state.path());
        harness.start();
        QVERIFY(harness.waitUntilStreaming());
        const auto upgrades = [&] {
            QList<fake::FakeInstance::Request> result;
            for (const auto &request : instance.requests()) {
                if (request.path == "/api/v1/streaming"_L1) {
                    result.append(request);
                }
            }
            return result;
        };
        QCOMPARE(upgrades().size(), 2);
        QVERIFY(!upgrades().at(0).authorization.isEmpty()); // the header first
        QVERIFY(upgrades().at(1).authorization.isEmpty());  // then the subprotocol
        QCOMPARE(upgrades().at(1).status, 101);

        // The next connection uses what worked, at once.
        instance.dropConnections();
        QVERIFY(QTest::qWaitFor([&] { return upgrades().size() == 3; }, 5000));
        QVERIFY(harness.waitUntilStreaming());
        QVERIFY(upgrades().at(2).authorization.isEmpty());
        QCOMPARE(upgrades().at(2).status, 101);
    }

    void pleromaChatMessagesAreDirectMessages()
    {
        fake::FakeInstance instance;
        instance.setDialect(fake::Dialect::Pleroma);
        QVERIFY(instance.start());
        QTemporaryDir state;
        {
            MonitorHarness harness(&instance, state.path());
            harness.start();
            QVERIFY(harness.waitUntilStreaming());
            // Chats come as notifications.
            QVERIFY(QTest::qWaitFor(
                [&] { return instance.subscriptions().contains(u"user:notification"_s); }, 5000));
            QVERIFY(harness.waitForQuiet());
            const auto chat = instance.postChatMessage(u"grace@social.example"_s, u"Hi there"_s);
            QVERIFY(harness.waitForArrivals(1));
            QCOMPARE(harness.arrivedMessage(0).kind, IncomingMessage::Kind::Chat);
            QCOMPARE(harness.arrivedMessage(0).status.id, chat.statusId);
            QCOMPARE(harness.arrivedMessage(0).text, u"Hi there"_s);
            QCOMPARE(harness.arrivedMessage(0).status.account.acct, u"grace@social.example"_s);
            harness.monitor->stop();
        }
        // One that came while Fedibell was not running is caught up, once.
        const auto meanwhile = instance.postChatMessage(u"bob@example.net"_s, u"Later"_s);
        MonitorHarness after(&instance, state.path());
        after.start();
        QVERIFY(after.waitUntilStreaming());
        QVERIFY(after.waitForArrivals(1));
        QVERIFY(after.waitForQuiet());
        QCOMPARE(after.arrivedStatusIds(), QStringList{meanwhile.statusId});
    }

    void chatsCanBeTurnedOff()
    {
        fake::FakeInstance instance;
        instance.setDialect(fake::Dialect::Pleroma);
        QVERIFY(instance.start());
        QTemporaryDir state;
        MonitorHarness harness(&instance, state.path());
        harness.config.wantChats = false;
        harness.start();
        QVERIFY(harness.waitUntilStreaming());
        QVERIFY(harness.waitForQuiet());
        QCOMPARE(instance.subscriptions(), QStringList{u"direct"_s});
        instance.postChatMessage(u"grace@social.example"_s, u"Hi there"_s);
        const auto direct = instance.postDirectMessage(u"bob@example.net"_s, u"<p>Yo</p>"_s);
        QVERIFY(harness.waitForArrivals(1));
        // Nor does a catch-up bring it.
        QSignalSpy caughtUp(harness.monitor.get(), &AccountMonitor::caughtUp);
        instance.sendRawFrame(
            R"({"stream":["user"],"event":"notifications_merged","payload":"1"})");
        QVERIFY(caughtUp.wait());
        QCOMPARE(harness.arrivedStatusIds(), QStringList{direct.statusId});
    }

    void idsOrderAsTheirServerMadeThem_data()
    {
        QTest::addColumn<fake::IdStyle>("style");
        QTest::newRow("Mastodon snowflakes") << fake::IdStyle::Snowflake;
        QTest::newRow("GoToSocial ULIDs") << fake::IdStyle::Ulid;
        QTest::newRow("Pleroma flake ids") << fake::IdStyle::Flake;
    }
    void idsOrderAsTheirServerMadeThem()
    {
        // Length first, then bytes: the order of creation for every style, across digit
        // carries and the 32 / 62 letter boundaries.
        QFETCH(fake::IdStyle, style);
        const QList<quint64> counters{
            0,    1,    9,    10,   31,   32,    61,       62,         999,
            1000, 1023, 1024, 3843, 3844, 99999, 1u << 20, 1ULL << 40, 110000000000001001ULL};
        for (qsizetype i = 1; i < counters.size(); ++i) {
            const QString older = fake::formatId(style, counters.at(i - 1));
            const QString newer = fake::formatId(style, counters.at(i));
            QVERIFY2(entityIdLess(older, newer), qPrintable(older + u" >= "_s + newer));
            QVERIFY(isPlausibleEntityId(newer));
        }
    }
};

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"
