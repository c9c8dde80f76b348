// ClockJumpWatch with a clock the test moves: a sleep is a wall clock that ran ahead of the
// monotonic clock (which stops while a Linux computer sleeps).
#include "clockjumpwatch.h"
#include "manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace fedibell;

namespace {

constexpr int kHourMs = 3600 * 1000;
constexpr int kJumpMs = 30000;
constexpr int kNeverMs = 24 * kHourMs; // ticks that never come: the test calls check()

} // namespace

class TestClockJumpWatch : public QObject
{
    Q_OBJECT

private slots:
    void timeThatPassesIsNoJump()
    {
        ManualClock clock;
        ClockJumpWatch watch(&clock, kNeverMs, kJumpMs);
        QSignalSpy jumped(&watch, &ClockJumpWatch::jumped);
        clock.advance(kHourMs); // an hour awake: both clocks moved alike
        watch.check();
        clock.advance(50);
        watch.check();
        QCOMPARE(jumped.count(), 0);
    }

    void wallClockAheadIsASleep()
    {
        ManualClock clock;
        ClockJumpWatch watch(&clock, kNeverMs, kJumpMs);
        QSignalSpy jumped(&watch, &ClockJumpWatch::jumped);
        clock.advance(1000);
        clock.setWallClock(clock.nowUtc().addMSecs(kHourMs)); // an hour asleep
        watch.check();
        QCOMPARE(jumped.count(), 1);
        QCOMPARE(jumped.first().first().toLongLong(), qint64{kHourMs});
        // Told once: the next check starts from the new readings.
        clock.advance(1000);
        watch.check();
        QCOMPARE(jumped.count(), 1);
    }

    void smallSkewAndClockSetBackAreNoSleep()
    {
        ManualClock clock;
        ClockJumpWatch watch(&clock, kNeverMs, kJumpMs);
        QSignalSpy jumped(&watch, &ClockJumpWatch::jumped);
        clock.setWallClock(clock.nowUtc().addMSecs(kJumpMs)); // NTP stepping a little: not more
        watch.check();
        clock.setWallClock(clock.nowUtc().addMSecs(-kHourMs)); // the clock set back
        watch.check();
        QCOMPARE(jumped.count(), 0);
    }

    void rebaseForgetsAJumpToldOtherwise()
    {
        ManualClock clock;
        ClockJumpWatch watch(&clock, kNeverMs, kJumpMs);
        QSignalSpy jumped(&watch, &ClockJumpWatch::jumped);
        clock.setWallClock(clock.nowUtc().addMSecs(kHourMs));
        watch.rebase(); // logind told of this wake already
        watch.check();
        QCOMPARE(jumped.count(), 0);
    }

    void theTickNoticesByItself()
    {
        ManualClock clock;
        ClockJumpWatch watch(&clock, 20, kJumpMs);
        QSignalSpy jumped(&watch, &ClockJumpWatch::jumped);
        clock.setWallClock(clock.nowUtc().addMSecs(kHourMs));
        QVERIFY(jumped.wait(2000));
        QCOMPARE(jumped.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClockJumpWatch)
#include "tst_clockjumpwatch.moc"
