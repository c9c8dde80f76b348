#include "conversationtracker.h"
#include "text/htmltotext.h"

#include <QSignalSpy>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestConversationTracker : public QObject
{
    Q_OBJECT

private slots:
    void countsEveryMessageBeyondTheRecentList();
    void readingOneConversationDropsItsCount();
    void recentListIsNewestFirstWithPreviews();

private:
    static IncomingMessage message(const QString &statusId, const QString &conversationId,
                                   const QString &html = u"<p>hello</p>"_s);
};

IncomingMessage TestConversationTracker::message(const QString &statusId,
                                                 const QString &conversationId, const QString &html)
{
    IncomingMessage m;
    m.status.id = statusId;
    m.status.content = html;
    m.text = HtmlToText::convert(html);
    m.status.account.displayName = u"Sender "_s + conversationId;
    m.conversationId = conversationId;
    return m;
}

void TestConversationTracker::countsEveryMessageBeyondTheRecentList()
{
    ConversationTracker tracker;
    for (int i = 0; i < 5000; ++i) {
        tracker.addMessage(u"ada@x"_s, message(QString::number(i), QString::number(i)));
    }
    QCOMPARE(tracker.totalUnread(), 5000);
    QCOMPARE(tracker.recent(1000).size(), ConversationTracker::kMaxTracked);
    QCOMPARE(tracker.unreadConversations().size(), 5000);
    // A conversation that fell off the recent list is still counted and can be read.
    tracker.markRead(u"ada@x"_s, u"0"_s);
    QCOMPARE(tracker.totalUnread(), 4999);
    tracker.markAllRead();
    QCOMPARE(tracker.totalUnread(), 0);
    QVERIFY(tracker.unreadConversations().isEmpty());
}

void TestConversationTracker::readingOneConversationDropsItsCount()
{
    ConversationTracker tracker;
    QSignalSpy changed(&tracker, &ConversationTracker::changed);
    tracker.addMessage(u"ada@x"_s, message(u"1"_s, u"c1"_s));
    tracker.addMessage(u"ada@x"_s, message(u"2"_s, u"c1"_s));
    tracker.addMessage(u"bob@y"_s, message(u"3"_s, u"c1"_s)); // same id, other account
    QCOMPARE(tracker.totalUnread(), 3);
    tracker.markRead(u"ada@x"_s, u"c1"_s);
    QCOMPARE(tracker.totalUnread(), 1);
    tracker.markRead(u"ada@x"_s, u"c1"_s); // twice is harmless
    QCOMPARE(tracker.totalUnread(), 1);
    QCOMPARE(changed.count(), 4);
}

void TestConversationTracker::recentListIsNewestFirstWithPreviews()
{
    ConversationTracker tracker;
    tracker.addMessage(u"a"_s, message(u"1"_s, u"old"_s));
    tracker.addMessage(u"a"_s,
                       message(u"2"_s, u"new"_s, u"<p>"_s + u"word "_s.repeated(40) + u"</p>"_s));
    const auto recent = tracker.recent(5);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).conversationId, u"new"_s);
    QVERIFY(recent.at(0).preview.size() <= 60);
    QVERIFY(recent.at(0).preview.endsWith(QChar(0x2026)));
    IncomingMessage warned = message(u"3"_s, u"cw"_s, u"<p>secret</p>"_s);
    warned.status.spoilerText = u"spoilers"_s;
    tracker.addMessage(u"a"_s, warned);
    QCOMPARE(tracker.recent(1).at(0).preview, u"spoilers"_s);
}

QTEST_GUILESS_MAIN(TestConversationTracker)
#include "tst_conversationtracker.moc"
