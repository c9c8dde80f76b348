// Sleep, wake and the network, through real parts: an AccountMonitor against the fake instance,
// fed by SystemEvents whose SleepWatch talks to a fake logind on a private bus standing in for
// the system bus (DBUS_SYSTEM_BUS_ADDRESS), whose ClockJumpWatch reads a clock the test moves,
// and whose NetworkWatch says what the test tells it.
//
// The account's timers are long here (backoff, pings, reconcile: tens of seconds and more), so
// that only a wake, a clock jump or the network's return can explain a prompt reconnect.
#include "clockjumpwatch.h"
#include "fakeinstance.h"
#include "fakelogind.h"
#include "manualclock.h"
#include "monitorharness.h"
#include "networkwatch.h"
#include "privatebus.h"
#include "sleepwatch.h"
#include "systemevents.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <memory>

using namespace fedibell;
using namespace Qt::StringLiterals;
using State = AccountMonitor::State;

namespace {

constexpr int kWakeDelayMs = 100;
constexpr int kHourMs = 3600 * 1000;
// Far less than any timer of the account: a reconnect this soon was the wake's doing.
constexpr int kPromptMs = 5000;

MonitorSettings slowTimers()
{
    MonitorSettings timers = MonitorHarness::fastTimers();
    timers.pingIntervalMs = 120000;
    timers.pongDeadlineMs = 60000;
    timers.backoffBaseMs = 60000;
    timers.backoffCapMs = 120000;
    timers.pollMinMs = 120000;
    timers.pollMaxMs = 120000;
    timers.streamRetryMs = 120000;
    timers.reconcileMs = 600000;
    timers.ledgerSaveDelayMs = 600000; // only the sleep's flush can have saved the ledger
    return timers;
}

int upgrades(const fake::FakeInstance &instance)
{
    int count = 0;
    for (const auto &request : instance.requests()) {
        count += request.path == u"/api/v1/streaming"_s ? 1 : 0;
    }
    return count;
}

} // namespace

class TestWake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sleepClosesCleanlyAndSavesWakeDeliversAtOnce();
    void clockJumpWithoutLogindReconnectsAndCatchesUpAtOnce();
    void offlineBurnsNoRetriesAndOnlineConnectsAtOnce();
    void wakeWithoutNetworkWaitsForIt();
    void severalWakeSignalsMakeOneReconnect();
    void offlineBeforeTheFirstConnectWaits();
    void catchUpFailingWhileOfflineIsNotRetried();

private:
    MonitorHarness &harness() { return *m_harness; }
    // The account streaming, with SystemEvents attached and logind's lock taken.
    void startStreaming();
    QByteArray ledgerFile() const;

    fakesys::PrivateBus m_bus;
    std::unique_ptr<fakesys::FakeLogind> m_logind;
    std::unique_ptr<fake::FakeInstance> m_fake;
    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<MonitorHarness> m_harness;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SystemEvents> m_events;
    ClockJumpWatch *m_clockWatch = nullptr;
    NetworkWatch *m_network = nullptr;
};

void TestWake::initTestCase()
{
    QVERIFY2(m_bus.start(), qPrintable(m_bus.error()));
    // How the program finds the system bus; read by the first QDBusConnection::systemBus().
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_bus.address().toUtf8());
}

void TestWake::init()
{
    m_logind = std::make_unique<fakesys::FakeLogind>(m_bus.address());
    QVERIFY(m_logind->start());
    m_fake = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_fake->start());
    m_stateDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stateDir->isValid());
    m_harness = std::make_unique<MonitorHarness>(m_fake.get(), m_stateDir->path());
    harness().config.timers = slowTimers();
    m_clock = std::make_unique<ManualClock>();
    m_clockWatch = new ClockJumpWatch(m_clock.get(), 20, 30000);
    m_network = new NetworkWatch;
    m_events =
        std::make_unique<SystemEvents>(new SleepWatch(), m_clockWatch, m_network, kWakeDelayMs);
    m_events->setLoopbackFollowsNetwork(true); // the fake instance is on loopback
}

void TestWake::cleanup()
{
    m_harness.reset();
    m_events.reset();
    m_clock.reset();
    m_fake.reset();
    m_logind.reset();
    m_stateDir.reset();
}

void TestWake::startStreaming()
{
    harness().start();
    m_events->attach(harness().monitor.get());
    QVERIFY(harness().waitUntilStreaming());
    QVERIFY(harness().waitForQuiet());
    QTRY_COMPARE(m_logind->locksHeld(), 1);
}

QByteArray TestWake::ledgerFile() const
{
    const QDir accounts(m_stateDir->path() + u"/accounts"_s);
    QFile file;
    // The ledger itself, not its journal (which has each message from the moment it is told).
    QDirIterator it(accounts.path(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        file.setFileName(it.next());
    }
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestWake::sleepClosesCleanlyAndSavesWakeDeliversAtOnce()
{
    startStreaming();
    const auto before = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>1</p>"_s);
    QTRY_COMPARE(harness().arrivedCount(), 1);
    QVERIFY(!ledgerFile().contains(before.statusId.toUtf8())); // its save is minutes away

    // Going to sleep: the server sees a clean goodbye, the ledger is on disk, nothing waits to
    // reconnect, and logind gets its lock back.
    QSignalSpy gone(m_fake.get(), &fake::FakeInstance::clientDisconnected);
    m_logind->prepareForSleep(true);
    QVERIFY(gone.wait());
    QCOMPARE(m_fake->connectedClients(), 0);
    QCOMPARE(m_fake->closeCodes(), QList<int>{1001});
    QVERIFY(ledgerFile().contains(before.statusId.toUtf8()));
    QCOMPARE(harness().monitor->state(), State::Offline);
    QCOMPARE(harness().monitor->stateDetail(), u"the computer is going to sleep"_s);
    QVERIFY(!harness().monitor->isRetrying());
    QTRY_COMPARE(m_logind->locksReleased(), 1);

    // A message while asleep never comes on a stream; after the wake it comes at once.
    const auto asleep = m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>2</p>"_s, {}, {},
                                                  /*deliverOnStream=*/false);
    m_fake->clearRequests();
    QElapsedTimer sinceWake;
    m_logind->prepareForSleep(false);
    sinceWake.start();
    QVERIFY(harness().waitForArrivals(2, kPromptMs));
    QVERIFY(harness().waitUntilStreaming(kPromptMs));
    QVERIFY2(sinceWake.elapsed() < kPromptMs, qPrintable(QString::number(sinceWake.elapsed())));
    QCOMPARE(harness().arrivedStatusIds(), (QStringList{before.statusId, asleep.statusId}));
    QCOMPARE(upgrades(*m_fake), 1);
    QTRY_COMPARE(m_logind->locksHeld(), 1); // ready for the next sleep
    // Announced once: another catch-up finds it in the ledger.
    QVERIFY(harness().waitForQuiet());
    QSignalSpy caughtUp(harness().monitor.get(), &AccountMonitor::caughtUp);
    m_fake->sendRawFrame(R"({"stream":["direct"],"event":"notifications_merged","payload":"1"})");
    QVERIFY(caughtUp.wait());
    QCOMPARE(harness().arrivedCount(), 2);
}

void TestWake::clockJumpWithoutLogindReconnectsAndCatchesUpAtOnce()
{
    m_logind.reset(); // no logind: only the clocks can tell
    harness().start();
    m_events->attach(harness().monitor.get());
    QVERIFY(harness().waitUntilStreaming());
    QVERIFY(harness().waitForQuiet());
    // The socket looks fine, but a message went by while the computer slept.
    const auto missed = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>z</p>"_s, {}, {},
                                                  /*deliverOnStream=*/false);
    m_fake->clearRequests();
    QSignalSpy gone(m_fake.get(), &fake::FakeInstance::clientDisconnected);
    QElapsedTimer sinceWake;
    m_clock->setWallClock(m_clock->nowUtc().addMSecs(kHourMs)); // an hour asleep
    sinceWake.start();
    QVERIFY(harness().waitForArrivals(1, kPromptMs));
    QCOMPARE(harness().arrivedStatusIds(), QStringList{missed.statusId});
    QVERIFY(gone.count() == 1 || gone.wait());        // the old socket was given up...
    QVERIFY(harness().waitUntilStreaming(kPromptMs)); // ...for a new one
    QVERIFY2(sinceWake.elapsed() < kPromptMs, qPrintable(QString::number(sinceWake.elapsed())));
    QCOMPARE(upgrades(*m_fake), 1);
    QCOMPARE(m_fake->connectedClients(), 1);
}

void TestWake::offlineBurnsNoRetriesAndOnlineConnectsAtOnce()
{
    // Quick reconnects: without the hold, a reconnect would come within a tenth of a second.
    harness().config.timers = MonitorHarness::fastTimers();
    harness().config.timers.backoffBaseMs = 50;
    harness().config.timers.backoffCapMs = 100;
    startStreaming();
    // A second account on an instance of its own, not told about the network, with the same
    // timers: it shows when a reconnect would have happened.
    fake::FakeInstance otherInstance;
    QVERIFY(otherInstance.start());
    MonitorHarness control(&otherInstance, m_stateDir->path() + u"/control"_s);
    control.config.timers = harness().config.timers;
    control.start();
    QVERIFY(control.waitUntilStreaming());

    QSignalSpy gone(m_fake.get(), &fake::FakeInstance::clientDisconnected);
    m_network->setOnline(false);
    QCOMPARE(harness().monitor->state(), State::Offline);
    QCOMPARE(harness().monitor->stateDetail(), u"no network connection"_s);
    QVERIFY(!harness().monitor->isRetrying());
    QVERIFY(gone.count() == 1 || gone.wait());
    const auto meanwhile = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>m</p>"_s, {},
                                                     {}, /*deliverOnStream=*/false);
    m_fake->clearRequests();

    // Both lose their stream; the control reconnects (twice, over a few backoffs), the held
    // account asks nothing at all meanwhile.
    for (int round = 0; round < 2; ++round) {
        control.states->clear();
        otherInstance.dropConnections();
        QTRY_VERIFY(control.sawState(State::Reconnecting));
        QVERIFY(control.waitUntilStreaming());
    }
    QCOMPARE(m_fake->requests().size(), 0);
    QCOMPARE(harness().monitor->state(), State::Offline);

    m_network->setOnline(true);
    QVERIFY(harness().waitUntilStreaming(kPromptMs));
    QVERIFY(harness().waitForArrivals(1, kPromptMs));
    QCOMPARE(harness().arrivedStatusIds(), QStringList{meanwhile.statusId});
    QCOMPARE(upgrades(*m_fake), 1);
    QVERIFY(harness().waitForQuiet());
    QCOMPARE(harness().arrivedCount(), 1);
}

void TestWake::wakeWithoutNetworkWaitsForIt()
{
    startStreaming();
    m_logind->prepareForSleep(true);
    QTRY_COMPARE(harness().monitor->state(), State::Offline);
    m_network->setOnline(false); // the network went down with the sleep
    const auto meanwhile = m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>w</p>"_s, {}, {},
                                                     /*deliverOnStream=*/false);
    m_fake->clearRequests();
    QSignalSpy woke(m_events.get(), &SystemEvents::wentOffline);
    m_logind->prepareForSleep(false);
    QVERIFY(woke.wait()); // the wake is heard, and the account waits for the network now
    QCOMPARE(harness().monitor->stateDetail(), u"no network connection"_s);
    QVERIFY(!m_events->isResumePending());
    QCOMPARE(m_fake->requests().size(), 0);

    m_network->setOnline(true);
    QVERIFY(harness().waitForArrivals(1, kPromptMs));
    QCOMPARE(harness().arrivedStatusIds(), QStringList{meanwhile.statusId});
    QVERIFY(harness().waitUntilStreaming(kPromptMs));
}

void TestWake::severalWakeSignalsMakeOneReconnect()
{
    startStreaming();
    m_logind->prepareForSleep(true);
    QTRY_COMPARE(harness().monitor->state(), State::Offline);
    m_fake->clearRequests();
    QSignalSpy resumes(m_events.get(), &SystemEvents::resumeDue);
    // logind, the clock and a network coming back in steps, all within the wake delay.
    m_logind->prepareForSleep(false);
    m_clock->setWallClock(m_clock->nowUtc().addMSecs(kHourMs));
    m_network->setOnline(false);
    m_network->setOnline(true);
    QVERIFY(resumes.wait());
    QVERIFY(harness().waitUntilStreaming(kPromptMs));
    QVERIFY(harness().waitForQuiet());
    QTRY_COMPARE(m_logind->locksHeld(), 1); // logind's wake was heard, and...
    QVERIFY(!m_events->isResumePending());  // ...nothing more is coming
    QCOMPARE(resumes.count(), 1);
    QCOMPARE(upgrades(*m_fake), 1);
}

void TestWake::offlineBeforeTheFirstConnectWaits()
{
    // No network from the start: the first attempt fails (the instance cannot be reached
    // either), and nothing is retried until the network is back.
    m_network->setOnline(false);
    m_fake->setRestFailure(503, -1);
    harness().start();
    m_events->attach(harness().monitor.get());
    QTRY_COMPARE(harness().monitor->state(), State::Offline);
    QTRY_COMPARE(harness().monitor->stateDetail(), u"no network connection"_s);
    QVERIFY(!harness().monitor->isRetrying());
    m_fake->setRestFailure(0);
    m_network->setOnline(true);
    QVERIFY(harness().waitUntilStreaming(kPromptMs));
}

void TestWake::catchUpFailingWhileOfflineIsNotRetried()
{
    // A start without network whose first requests still get through (the network went while
    // starting) until the catch-up fails: that failure is not retried either.
    harness().start();
    QVERIFY(harness().waitUntilStreaming());
    harness().monitor->stop();
    harness().monitor.reset();
    m_network->setOnline(false);
    m_fake->setRestFailure(503, -1, u"/api/v1/conversations"_s);
    harness().start();
    m_events->attach(harness().monitor.get());
    QSignalSpy problems(harness().monitor.get(), &AccountMonitor::problem);
    QTRY_VERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toString().startsWith(u"Catching up failed"_s);
    }));
    QCOMPARE(harness().monitor->state(), State::Offline);
    QVERIFY(!harness().monitor->isRetrying());
    QVERIFY(!harness().monitor->isCatchingUp());
    m_fake->setRestFailure(0);
    const auto meanwhile = m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>c</p>"_s, {},
                                                     {}, /*deliverOnStream=*/false);
    m_network->setOnline(true);
    QVERIFY(harness().waitForArrivals(1, kPromptMs));
    QCOMPARE(harness().arrivedStatusIds(), QStringList{meanwhile.statusId});
    QVERIFY(harness().waitUntilStreaming(kPromptMs));
}

QTEST_GUILESS_MAIN(TestWake)
#include "tst_wake.moc"
