// The grace period of mentions that wait for their conversation event, on a time the test
// passes in (no timers, no sleeps).
#include "sync/pendingmentions.h"

#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

IncomingMessage message(const QString &id)
{
    IncomingMessage result;
    result.status.id = id;
    return result;
}

QStringList idsOf(const QList<IncomingMessage> &messages)
{
    QStringList ids;
    for (const IncomingMessage &m : messages) {
        ids << m.status.id;
    }
    return ids;
}

} // namespace

class TestPendingMentions : public QObject
{
    Q_OBJECT

private slots:
    void releasedWhenTheirGraceIsOverInArrivalOrder()
    {
        PendingMentions pending(1500);
        pending.hold(message(u"a"_s), 1000);
        pending.hold(message(u"b"_s), 1200);
        QCOMPARE(pending.nextDueMs(), std::optional<qint64>(2500));
        QVERIFY(pending.takeDue(2499).isEmpty());
        QCOMPARE(idsOf(pending.takeDue(2500)), QStringList{u"a"_s});
        QCOMPARE(pending.nextDueMs(), std::optional<qint64>(2700));
        QCOMPARE(idsOf(pending.takeDue(5000)), QStringList{u"b"_s});
        QCOMPARE(pending.nextDueMs(), std::nullopt);
    }

    void takenMessagesAreNeverReleased()
    {
        PendingMentions pending(100);
        pending.hold(message(u"a"_s), 0);
        pending.hold(message(u"b"_s), 10);
        QVERIFY(pending.take(u"a"_s));
        QVERIFY(!pending.take(u"a"_s));
        QCOMPARE(pending.nextDueMs(), std::optional<qint64>(110)); // a no longer counts
        QCOMPARE(idsOf(pending.takeDue(1000)), QStringList{u"b"_s});
        QCOMPARE(pending.size(), 0);
    }

    void holdingTwiceKeepsTheFirst()
    {
        PendingMentions pending(100);
        pending.hold(message(u"a"_s), 0);
        pending.hold(message(u"a"_s), 50);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(idsOf(pending.takeDue(100)), QStringList{u"a"_s});
    }

    void takeAllReleasesEverythingInOrder()
    {
        PendingMentions pending(100);
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s}) {
            pending.hold(message(id), 0);
        }
        pending.take(u"b"_s);
        QCOMPARE(idsOf(pending.takeAll()), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(pending.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPendingMentions)
#include "tst_pendingmentions.moc"
