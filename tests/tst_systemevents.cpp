// SystemEvents, the one source of sleep, wake and network events for the accounts, fed by
// hand: the watches' signals are emitted by the test (the sleep watch sits on no bus at all).
#include "clockjumpwatch.h"
#include "manualclock.h"
#include "networkwatch.h"
#include "sleepwatch.h"
#include "systemevents.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWakeDelayMs = 100;
constexpr int kHourMs = 3600 * 1000;

} // namespace

class TestSystemEvents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sleepIsToldAtOnce();
    void severalWakeSignalsMakeOneResume();
    void sleepingAgainCancelsAPendingResume();
    void networkGoneHoldsAtOnceAndBackResumes();
    void wakeWithoutNetworkWaitsForIt();
    void loopbackIsTold();

private:
    ManualClock m_clock;
    SleepWatch *m_sleep = nullptr;
    ClockJumpWatch *m_clockWatch = nullptr;
    NetworkWatch *m_network = nullptr;
    std::unique_ptr<SystemEvents> m_events;
    std::unique_ptr<QSignalSpy> m_suspending;
    std::unique_ptr<QSignalSpy> m_resumes;
    std::unique_ptr<QSignalSpy> m_offline;
};

void TestSystemEvents::init()
{
    const QDBusConnection noBus =
        QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, u"no-bus"_s);
    m_sleep = new SleepWatch(noBus);
    m_clockWatch = new ClockJumpWatch(&m_clock, 24 * kHourMs, 30000);
    m_network = new NetworkWatch;
    m_events = std::make_unique<SystemEvents>(m_sleep, m_clockWatch, m_network, kWakeDelayMs);
    m_suspending = std::make_unique<QSignalSpy>(m_events.get(), &SystemEvents::suspending);
    m_resumes = std::make_unique<QSignalSpy>(m_events.get(), &SystemEvents::resumeDue);
    m_offline = std::make_unique<QSignalSpy>(m_events.get(), &SystemEvents::wentOffline);
}

void TestSystemEvents::cleanup()
{
    m_suspending.reset();
    m_resumes.reset();
    m_offline.reset();
    m_events.reset(); // the watches with it
    QDBusConnection::disconnectFromBus(u"no-bus"_s);
}

void TestSystemEvents::sleepIsToldAtOnce()
{
    emit m_sleep->aboutToSleep();
    QCOMPARE(m_suspending->count(), 1); // before the computer is gone, not after a delay
    QVERIFY(m_events->isAsleep());
    QVERIFY(!m_events->isResumePending());
}

void TestSystemEvents::severalWakeSignalsMakeOneResume()
{
    emit m_sleep->aboutToSleep();
    m_clock.setWallClock(m_clock.nowUtc().addMSecs(kHourMs)); // an hour asleep
    // logind and the clock both notice the wake, and the network comes back in steps.
    emit m_sleep->wokeUp();
    QSignalSpy jumps(m_clockWatch, &ClockJumpWatch::jumped);
    m_clockWatch->check();
    QCOMPARE(jumps.count(), 0); // rebased by logind's wake: the clock does not tell it again
    emit m_clockWatch->jumped(kHourMs); // (as if it had)
    m_network->setOnline(false);
    m_network->setOnline(true);
    QVERIFY(m_events->isResumePending());
    QCOMPARE(m_resumes->count(), 0); // not at once: a burst makes one
    QVERIFY(m_resumes->wait(2000));
    QVERIFY(!m_events->isResumePending()); // and nothing more is coming
    QCOMPARE(m_resumes->count(), 1);
}

void TestSystemEvents::sleepingAgainCancelsAPendingResume()
{
    emit m_clockWatch->jumped(kHourMs);
    QVERIFY(m_events->isResumePending());
    emit m_sleep->aboutToSleep();
    QVERIFY(!m_events->isResumePending());
    emit m_sleep->wokeUp();
    QVERIFY(m_resumes->wait(2000));
    QCOMPARE(m_resumes->count(), 1);
    QCOMPARE(m_suspending->count(), 1);
}

void TestSystemEvents::networkGoneHoldsAtOnceAndBackResumes()
{
    QSignalSpy changes(m_events.get(), &SystemEvents::networkChanged);
    emit m_clockWatch->jumped(kHourMs); // a resume on its way...
    m_network->setOnline(false);
    QCOMPARE(m_offline->count(), 1); // ...dropped: held at once
    QVERIFY(!m_events->isResumePending());
    QVERIFY(!m_events->isOnline());
    m_network->setOnline(true);
    QVERIFY(m_resumes->wait(2000));
    QCOMPARE(m_resumes->count(), 1);
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.at(0).first().toBool(), false);
    QCOMPARE(changes.at(1).first().toBool(), true);
}

void TestSystemEvents::wakeWithoutNetworkWaitsForIt()
{
    emit m_sleep->aboutToSleep();
    m_network->setOnline(false);
    m_offline->clear();
    emit m_sleep->wokeUp();
    // Held for the network now, not for the sleep, and no resume without it.
    QCOMPARE(m_offline->count(), 1);
    QVERIFY(!m_events->isResumePending());
    QVERIFY(!m_events->isAsleep());
    m_network->setOnline(true);
    QVERIFY(m_resumes->wait(2000));
    QCOMPARE(m_resumes->count(), 1);
}

void TestSystemEvents::loopbackIsTold()
{
    QVERIFY(SystemEvents::isLoopback(QUrl(u"http://127.0.0.1:4000"_s)));
    QVERIFY(SystemEvents::isLoopback(QUrl(u"http://127.8.0.1"_s)));
    QVERIFY(SystemEvents::isLoopback(QUrl(u"http://[::1]:4000"_s)));
    QVERIFY(SystemEvents::isLoopback(QUrl(u"http://LocalHost:4000"_s)));
    QVERIFY(!SystemEvents::isLoopback(QUrl(u"https://mastodon.social"_s)));
    QVERIFY(!SystemEvents::isLoopback(QUrl(u"https://192.168.1.10"_s)));
    QVERIFY(!SystemEvents::isLoopback(QUrl(u"https://localhost.example"_s)));
}

QTEST_GUILESS_MAIN(TestSystemEvents)
#include "tst_systemevents.moc"
