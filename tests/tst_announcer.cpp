// The Announcer: what a verdict says is told once, oldest first, also when live messages and a
// catch-up's findings interleave, and the ledger's journal records it the moment it is told.
#include "manualclock.h"
#include "sync/announcer.h"
#include "sync/ledger.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

IncomingMessage message(const QString &id, const QString &conversationId = {})
{
    IncomingMessage result;
    result.status.id = id;
    result.status.visibility = u"direct"_s;
    result.conversationId = conversationId;
    return result;
}

Verdict announcing(const QList<IncomingMessage> &messages)
{
    Verdict verdict;
    verdict.announce = messages;
    return verdict;
}

Verdict holding(const IncomingMessage &mention)
{
    Verdict verdict;
    verdict.hold = {mention};
    return verdict;
}

} // namespace

class TestAnnouncer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void liveMessageIsToldAtOnce();
    void liveMessagesWaitForARunningCatchUpAndComeAfterOlderOnes();
    void liveAndCaughtUpStayApartInOrder();
    void theSameMessageLiveAndCaughtUpIsToldOnceWithItsConversation();
    void aSlowCatchUpDoesNotHoldLiveMessagesForever();
    void aFailedCatchUpReleasesWhatWaited();
    void anOlderHeldMentionGoesBeforeANewerMessage();
    void aHeldMentionIsToldAfterItsGrace();
    void toldMessagesAreInTheJournalAtOnce();
    void clearForgetsWithoutTelling();

private:
    QStringList toldIds() const;
    QList<MessageBatch> batches() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<QSignalSpy> m_told;
    bool m_catchUpRunning = false;
};

void TestAnnouncer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>();
    m_ledger = std::make_unique<Ledger>(m_dir->filePath(u"ledger.json"_s), 600000);
    QVERIFY(m_ledger->load());
    m_ledger->setBaseline(u"100"_s);
    QVERIFY(m_ledger->save());
    m_announcer = std::make_unique<Announcer>(300, m_clock.get());
    m_announcer->setLedger(m_ledger.get());
    m_catchUpRunning = false;
    m_announcer->setCatchUpProbe([this] { return m_catchUpRunning; });
    m_told = std::make_unique<QSignalSpy>(m_announcer.get(), &Announcer::messagesArrived);
}

void TestAnnouncer::cleanup()
{
    m_told.reset();
    m_announcer.reset();
    m_ledger.reset();
    m_clock.reset();
    m_dir.reset();
}

QList<MessageBatch> TestAnnouncer::batches() const
{
    QList<MessageBatch> result;
    for (const QList<QVariant> &arguments : *m_told) {
        result.append(arguments.at(0).value<MessageBatch>());
    }
    return result;
}

QStringList TestAnnouncer::toldIds() const
{
    QStringList ids;
    for (const MessageBatch &batch : batches()) {
        for (const IncomingMessage &told : batch.messages) {
            ids.append(told.status.id);
        }
    }
    return ids;
}

void TestAnnouncer::liveMessageIsToldAtOnce()
{
    m_announcer->applyLive(announcing({message(u"200"_s, u"c1"_s)}));
    QCOMPARE(toldIds(), QStringList{u"200"_s});
    QVERIFY(!batches().at(0).isCatchUp());
    m_announcer->applyLive(announcing({message(u"200"_s, u"c1"_s)}));
    QCOMPARE(toldIds(), QStringList{u"200"_s}); // the ledger's part: once
}

void TestAnnouncer::liveMessagesWaitForARunningCatchUpAndComeAfterOlderOnes()
{
    // Reconnected: the catch-up is fetching message 200, missed while away; meanwhile 201 and
    // 202 of the same conversation come live.
    m_catchUpRunning = true;
    m_announcer->applyLive(announcing({message(u"202"_s, u"c1"_s)}));
    m_announcer->applyLive(announcing({message(u"201"_s, u"c1"_s)}));
    QVERIFY(toldIds().isEmpty());
    QCOMPARE(m_announcer->waiting(), 2);
    m_catchUpRunning = false;
    m_announcer->applyCaughtUp(announcing({message(u"200"_s)}));
    QCOMPARE(toldIds(), (QStringList{u"200"_s, u"201"_s, u"202"_s}));
    QCOMPARE(m_announcer->waiting(), 0);
}

void TestAnnouncer::liveAndCaughtUpStayApartInOrder()
{
    m_catchUpRunning = true;
    m_announcer->applyLive(announcing({message(u"203"_s, u"c1"_s)}));
    m_catchUpRunning = false;
    m_announcer->applyCaughtUp(
        announcing({message(u"201"_s), message(u"202"_s), message(u"204"_s)}));
    const QList<MessageBatch> told = batches();
    QCOMPARE(told.size(), 3);
    QVERIFY(told.at(0).isCatchUp());
    QCOMPARE(told.at(0).messages.size(), 2);
    QVERIFY(!told.at(1).isCatchUp()); // what came live is told as live
    QCOMPARE(told.at(1).messages.at(0).status.id, u"203"_s);
    QVERIFY(told.at(2).isCatchUp());
    QCOMPARE(toldIds(), (QStringList{u"201"_s, u"202"_s, u"203"_s, u"204"_s}));
}

void TestAnnouncer::theSameMessageLiveAndCaughtUpIsToldOnceWithItsConversation()
{
    m_catchUpRunning = true;
    m_announcer->applyLive(announcing({message(u"300"_s, u"c9"_s)}));
    m_catchUpRunning = false;
    m_announcer->applyCaughtUp(announcing({message(u"300"_s)})); // from the notifications
    QCOMPARE(toldIds(), QStringList{u"300"_s});
    QCOMPARE(batches().at(0).messages.at(0).conversationId, u"c9"_s);
}

void TestAnnouncer::aSlowCatchUpDoesNotHoldLiveMessagesForever()
{
    m_announcer->setMaxCatchUpWait(50);
    m_catchUpRunning = true; // and it stays so: waiting out a rate limit
    m_announcer->applyLive(announcing({message(u"400"_s, u"c1"_s)}));
    QVERIFY(toldIds().isEmpty());
    QVERIFY(m_told->wait(2000));
    QCOMPARE(toldIds(), QStringList{u"400"_s});
}

void TestAnnouncer::aFailedCatchUpReleasesWhatWaited()
{
    m_catchUpRunning = true;
    m_announcer->applyLive(announcing({message(u"401"_s, u"c1"_s)}));
    m_catchUpRunning = false;
    m_announcer->releaseWaiting();
    QCOMPARE(toldIds(), QStringList{u"401"_s});
}

void TestAnnouncer::anOlderHeldMentionGoesBeforeANewerMessage()
{
    // 500's mention waits for its conversation event; 501's conversation event comes first.
    m_announcer->applyLive(holding(message(u"500"_s)));
    QCOMPARE(m_announcer->heldMentions(), 1);
    m_announcer->applyLive(announcing({message(u"501"_s, u"c1"_s)}));
    QCOMPARE(toldIds(), (QStringList{u"500"_s, u"501"_s}));
    QCOMPARE(m_announcer->heldMentions(), 0);
    // A newer held mention is not pulled along by an older message.
    m_announcer->applyLive(holding(message(u"510"_s)));
    m_announcer->applyLive(announcing({message(u"505"_s, u"c2"_s)}));
    QCOMPARE(m_announcer->heldMentions(), 1);
}

void TestAnnouncer::aHeldMentionIsToldAfterItsGrace()
{
    m_announcer->applyLive(holding(message(u"600"_s)));
    m_clock->advance(300);
    QVERIFY(m_told->wait(2000));
    QCOMPARE(toldIds(), QStringList{u"600"_s});
}

void TestAnnouncer::toldMessagesAreInTheJournalAtOnce()
{
    Verdict verdict = announcing({message(u"700"_s, u"c1"_s)});
    verdict.recordSilently = {u"701"_s};
    m_announcer->applyLive(verdict);
    // Killed now, before any save: a new start knows both.
    Ledger afterCrash(m_ledger->filePath());
    QVERIFY(afterCrash.load());
    QVERIFY(afterCrash.isSeen(u"700"_s));
    QVERIFY(afterCrash.isSeen(u"701"_s));
    QVERIFY(!afterCrash.isSeen(u"702"_s));
}

void TestAnnouncer::clearForgetsWithoutTelling()
{
    m_announcer->applyLive(holding(message(u"800"_s)));
    m_catchUpRunning = true;
    m_announcer->applyLive(announcing({message(u"801"_s, u"c1"_s)}));
    m_announcer->clear();
    QCOMPARE(m_announcer->heldMentions(), 0);
    QCOMPARE(m_announcer->waiting(), 0);
    QVERIFY(!m_ledger->isSeen(u"800"_s)); // the next catch-up tells them
    QVERIFY(!m_ledger->isSeen(u"801"_s));
    QVERIFY(toldIds().isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnouncer)
#include "tst_announcer.moc"
