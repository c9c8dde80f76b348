// When popups appear, on a clock the test sets: quiet hours (also across midnight), pauses,
// do-not-disturb, the flood limit and the catch-up summary.
#include "manualclock.h"
#include "notifications/popuppolicy.h"

#include <QTest>

using namespace fedibell;
using Show = PopupPolicy::Show;

namespace {

// The UTC instant at which the local clock shows `time` on a fixed day.
QDateTime atLocal(const QTime &time)
{
    return QDateTime(QDate(2026, 3, 10), time, Qt::LocalTime).toUTC();
}

} // namespace

class TestPopupPolicy : public QObject
{
    Q_OBJECT

private slots:
    void quietHoursAcrossMidnight()
    {
        ManualClock clock(atLocal(QTime(12, 0)));
        PopupPolicy policy(clock);
        policy.setQuietHours(QTime(22, 0), QTime(7, 0));
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
        for (const QTime &quiet : {QTime(22, 0), QTime(23, 30), QTime(0, 0), QTime(6, 59)}) {
            clock.setWallClock(atLocal(quiet));
            QVERIFY2(policy.isQuietTime(), qPrintable(quiet.toString()));
            QCOMPARE(policy.forLiveMessage(false, false), Show::Nothing);
            QCOMPARE(policy.forCatchUp(10, false), Show::Nothing);
        }
        clock.setWallClock(atLocal(QTime(7, 0)));
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
    }

    void quietHoursWithinADay()
    {
        ManualClock clock(atLocal(QTime(13, 0)));
        PopupPolicy policy(clock);
        policy.setQuietHours(QTime(12, 30), QTime(14, 0));
        QCOMPARE(policy.forLiveMessage(false, false), Show::Nothing);
        clock.setWallClock(atLocal(QTime(14, 0)));
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
        policy.setQuietHours(QTime(), QTime()); // off
        clock.setWallClock(atLocal(QTime(13, 0)));
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
    }

    void pauseEndsByItself()
    {
        ManualClock clock;
        PopupPolicy policy(clock);
        policy.pauseUntil(clock.nowUtc().addSecs(3600));
        QVERIFY(policy.isPaused());
        QCOMPARE(policy.forLiveMessage(false, false), Show::Nothing);
        clock.advance(3600 * 1000 - 1);
        QCOMPARE(policy.forLiveMessage(false, false), Show::Nothing);
        clock.advance(1);
        QVERIFY(!policy.isPaused());
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
        policy.pauseUntil(clock.nowUtc().addSecs(60));
        policy.resume();
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
    }

    void doNotDisturbSilencesEverything()
    {
        ManualClock clock;
        PopupPolicy policy(clock);
        QCOMPARE(policy.forLiveMessage(false, true), Show::Nothing);
        QCOMPARE(policy.forCatchUp(2, true), Show::Nothing);
    }

    void floodBecomesASummaryAndEndsAfterTheWindow()
    {
        ManualClock clock;
        PopupPolicy policy(clock);
        for (int i = 0; i < PopupPolicy::kFloodPopups; ++i) {
            QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
            clock.advance(100);
        }
        QCOMPARE(policy.forLiveMessage(false, false), Show::Summary);
        // A message for a conversation already on screen only updates its popup.
        QCOMPARE(policy.forLiveMessage(true, false), Show::Popup);
        clock.advance(PopupPolicy::kFloodWindowMs);
        QCOMPARE(policy.forLiveMessage(false, false), Show::Popup);
    }

    void largeCatchUpIsOneSummary()
    {
        ManualClock clock;
        PopupPolicy policy(clock);
        QCOMPARE(policy.forCatchUp(0, false), Show::Nothing);
        QCOMPARE(policy.forCatchUp(PopupPolicy::kSummaryAbove, false), Show::Popup);
        QCOMPARE(policy.forCatchUp(PopupPolicy::kSummaryAbove + 1, false), Show::Summary);
    }
};

QTEST_GUILESS_MAIN(TestPopupPolicy)
#include "tst_popuppolicy.moc"
