#include "sync/backoffpolicy.h"

#include <QTest>

using namespace fedibell;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToCap();
    void delaysStayWithinCeilingAndVary();
    void resetStartsOver();
    void survivesManyAttempts();
};

void TestBackoffPolicy::ceilingDoublesUpToCap()
{
    QRandomGenerator random(42);
    BackoffPolicy policy(1000, 60000, &random);
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
    for (int ceiling : expected) {
        QCOMPARE(policy.currentCeilingMs(), ceiling);
        policy.nextDelayMs();
    }
}

void TestBackoffPolicy::delaysStayWithinCeilingAndVary()
{
    QRandomGenerator random(7);
    BackoffPolicy policy(1000, 60000, &random);
    QSet<int> seen;
    for (int i = 0; i < 200; ++i) {
        const int ceiling = policy.currentCeilingMs();
        const int delay = policy.nextDelayMs();
        QVERIFY(delay >= 0);
        QVERIFY(delay <= ceiling);
        seen.insert(delay);
    }
    // Full jitter: delays are spread out, not one fixed value.
    QVERIFY(seen.size() > 100);
}

void TestBackoffPolicy::resetStartsOver()
{
    QRandomGenerator random(1);
    BackoffPolicy policy(500, 8000, &random);
    for (int i = 0; i < 10; ++i) {
        policy.nextDelayMs();
    }
    QCOMPARE(policy.currentCeilingMs(), 8000);
    policy.reset();
    QCOMPARE(policy.currentCeilingMs(), 500);
    QVERIFY(policy.nextDelayMs() <= 500);
}

void TestBackoffPolicy::survivesManyAttempts()
{
    QRandomGenerator random(3);
    BackoffPolicy policy(1, 60000, &random);
    for (int i = 0; i < 10000; ++i) {
        QVERIFY(policy.nextDelayMs() <= 60000);
    }
    QCOMPARE(policy.currentCeilingMs(), 60000);
}

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
