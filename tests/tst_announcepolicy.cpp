// What each event means for the user, decided without sockets: own messages, read elsewhere,
// filters, direct versus other mentions, and how a catch-up's two lists are merged.
#include "sync/announcepolicy.h"

#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

const QString kSelf = u"1"_s;

Status status(const QString &id, const QString &fromId, const QString &visibility = u"direct"_s)
{
    Status result;
    result.id = id;
    result.visibility = visibility;
    result.content = u"<p>Hi &amp; bye</p>"_s;
    result.account.id = fromId;
    result.account.acct = fromId == kSelf ? u"ada"_s : u"grace@social.example"_s;
    return result;
}

Conversation conversation(const QString &id, bool unread, const Status &last)
{
    return Conversation{id, unread, last};
}

Notification mention(const QString &id, const Status &about)
{
    return Notification{id, u"mention"_s, about};
}

QStringList idsOf(const QList<IncomingMessage> &messages)
{
    QStringList ids;
    for (const IncomingMessage &message : messages) {
        ids << message.status.id;
    }
    return ids;
}

} // namespace

class TestAnnouncePolicy : public QObject
{
    Q_OBJECT

private:
    AnnouncePolicy policy(bool wantMentions = false) const
    {
        AnnouncePolicy result;
        result.setSelf(kSelf);
        result.setWantMentions(wantMentions);
        return result;
    }

private slots:
    void chatMessagesAreAnnouncedAtOnceUnlessTurnedOff()
    {
        Status chat = status(u"20"_s, u"2"_s);
        chat.isChat = true;
        const Notification notification{u"30"_s, u"pleroma:chat_mention"_s, chat};
        AnnouncePolicy wanted = policy();
        // No conversation event follows a chat: nothing to hold it for.
        const Verdict live = wanted.onNotification(notification, false);
        QCOMPARE(idsOf(live.announce), QStringList{u"20"_s});
        QCOMPARE(live.announce.constFirst().kind, IncomingMessage::Kind::Chat);
        QVERIFY(live.hold.isEmpty());
        QCOMPARE(idsOf(wanted.onCatchUp({notification}, {}).announce), QStringList{u"20"_s});

        AnnouncePolicy unwanted = policy();
        unwanted.setWantChats(false);
        QVERIFY(unwanted.onNotification(notification, false).announce.isEmpty());
        QVERIFY(unwanted.onCatchUp({notification}, {}).announce.isEmpty());
        // A status that only claims the type is not a chat.
        const Notification forged{u"31"_s, u"pleroma:chat_mention"_s, status(u"21"_s, u"2"_s)};
        QVERIFY(wanted.onNotification(forged, false).announce.isEmpty());
    }

    void filteredMessagesAreRequestsOnlyWithoutAConversation()
    {
        AnnouncePolicy wanted = policy();
        wanted.setRequestsPage(QUrl(u"https://mastodon.example/notifications/requests"_s));
        const Status filtered = status(u"40"_s, u"7"_s);
        const MessageRequest request{u"1"_s, filtered.account, filtered};
        // The request's last message is found even when the notifications did not list it.
        const Verdict fromRequest = wanted.onCatchUp({}, {}, {request});
        QCOMPARE(idsOf(fromRequest.announce), QStringList{u"40"_s});
        QCOMPARE(fromRequest.announce.constFirst().kind, IncomingMessage::Kind::Request);
        QCOMPARE(fromRequest.announce.constFirst().openAt.path(), u"/notifications/requests"_s);
        // Once accepted it has a conversation: an ordinary message.
        const Verdict accepted = wanted.onCatchUp(
            {mention(u"n1"_s, filtered)}, {conversation(u"c"_s, true, filtered)}, {request});
        QCOMPARE(accepted.announce.constFirst().kind, IncomingMessage::Kind::Direct);
        // Filtered mentions that are not direct are never told, nor requests when turned off.
        const Status publicMention = status(u"41"_s, u"7"_s, u"public"_s);
        const Verdict mentions =
            policy(true).onCatchUp({mention(u"n2"_s, publicMention)}, {}, {request});
        QCOMPARE(idsOf(mentions.announce), QStringList{u"40"_s});
        QVERIFY(mentions.recordSilently.contains(u"41"_s));
        AnnouncePolicy unwanted = policy();
        unwanted.setWantRequests(false);
        const Verdict off = unwanted.onCatchUp({mention(u"n1"_s, filtered)}, {}, {request});
        QVERIFY(off.announce.isEmpty());
        QCOMPARE(off.recordSilently, QStringList{u"40"_s});
    }

    void unreadDirectConversationIsAnnouncedWithItsConversation()
    {
        const Verdict verdict =
            policy().onConversation(conversation(u"c1"_s, true, status(u"10"_s, u"2"_s)));
        QCOMPARE(idsOf(verdict.announce), QStringList{u"10"_s});
        QCOMPARE(verdict.announce.first().conversationId, u"c1"_s);
        QCOMPARE(verdict.announce.first().kind, IncomingMessage::Kind::Direct);
        QCOMPARE(verdict.announce.first().text, u"Hi & bye"_s); // converted once, here
        QVERIFY(verdict.settled.contains(u"10"_s));             // a held mention of it is done with
        QVERIFY(verdict.conversationsRead.isEmpty());
    }

    void ownMessageIsNeverAnnouncedEvenWhenMarkedUnread()
    {
        // Some servers mark every conversation unread, the user's own replies included.
        const Verdict live =
            policy().onConversation(conversation(u"c1"_s, true, status(u"11"_s, kSelf)));
        QVERIFY(live.announce.isEmpty());
        QVERIFY(live.hold.isEmpty());
        QCOMPARE(live.recordSilently, QStringList{u"11"_s});
        QCOMPARE(live.conversationsRead, QStringList{u"c1"_s}); // answered: its popup can go

        const Verdict notified =
            policy(true).onNotification(mention(u"n1"_s, status(u"12"_s, kSelf)), false);
        QVERIFY(notified.announce.isEmpty());
        QVERIFY(notified.hold.isEmpty());

        const Verdict caughtUp =
            policy(true).onCatchUp({mention(u"n2"_s, status(u"13"_s, kSelf, u"public"_s))},
                                   {conversation(u"c2"_s, true, status(u"14"_s, kSelf))});
        QVERIFY(caughtUp.announce.isEmpty());
    }

    void conversationReadElsewhereIsNotAnnouncedButWithdrawn()
    {
        const Verdict verdict =
            policy().onConversation(conversation(u"c1"_s, false, status(u"10"_s, u"2"_s)));
        QVERIFY(verdict.announce.isEmpty());
        QCOMPARE(verdict.recordSilently, QStringList{u"10"_s});
        QCOMPARE(verdict.conversationsRead, QStringList{u"c1"_s});
    }

    void catchUpDropsWhatWasReadElsewhereEvenIfItsMentionCameFirst()
    {
        const Status read = status(u"20"_s, u"2"_s);
        const Status unread = status(u"21"_s, u"3"_s);
        const Verdict verdict = policy().onCatchUp(
            {mention(u"n1"_s, read), mention(u"n2"_s, unread)},
            {conversation(u"c1"_s, false, read), conversation(u"c2"_s, true, unread)});
        QCOMPARE(idsOf(verdict.announce), QStringList{u"21"_s});
        QCOMPARE(verdict.announce.first().conversationId, u"c2"_s);
        QVERIFY(verdict.recordSilently.contains(u"20"_s));
    }

    void catchUpMergesBothListsOnceAndInOrder()
    {
        // 9 only as a notification (its conversation moved on), 100 in both lists, 30 only as
        // a conversation; ids compare as snowflakes: 9 < 30 < 100.
        const Verdict verdict = policy().onCatchUp(
            {mention(u"n1"_s, status(u"100"_s, u"2"_s)), mention(u"n2"_s, status(u"9"_s, u"3"_s))},
            {conversation(u"c1"_s, true, status(u"100"_s, u"2"_s)),
             conversation(u"c2"_s, true, status(u"30"_s, u"4"_s))});
        QCOMPARE(idsOf(verdict.announce), (QStringList{u"9"_s, u"30"_s, u"100"_s}));
        QVERIFY(verdict.announce.at(0).conversationId.isEmpty());
        QCOMPARE(verdict.announce.at(2).conversationId, u"c1"_s);
    }

    void filteredMessagesAreRecordedNotAnnounced()
    {
        Status hidden = status(u"10"_s, u"2"_s);
        hidden.hiddenByFilter = true;
        QVERIFY(policy().onConversation(conversation(u"c1"_s, true, hidden)).announce.isEmpty());
        const Verdict notified = policy().onNotification(mention(u"n1"_s, hidden), false);
        QVERIFY(notified.hold.isEmpty());
        QCOMPARE(notified.recordSilently, QStringList{u"10"_s});
        const Verdict caughtUp = policy().onCatchUp({}, {conversation(u"c1"_s, true, hidden)});
        QVERIFY(caughtUp.announce.isEmpty());
        QCOMPARE(caughtUp.recordSilently, QStringList{u"10"_s});
    }

    void directMentionWaitsForItsConversation()
    {
        const Verdict verdict =
            policy().onNotification(mention(u"n1"_s, status(u"10"_s, u"2"_s)), false);
        QCOMPARE(idsOf(verdict.hold), QStringList{u"10"_s});
        QVERIFY(verdict.announce.isEmpty());
        QVERIFY(policy()
                    .onNotification(mention(u"n1"_s, status(u"10"_s, u"2"_s)), true)
                    .hold.isEmpty()); // already announced
    }

    void otherMentionsOnlyOnRequest()
    {
        const Notification publicMention = mention(u"n1"_s, status(u"10"_s, u"2"_s, u"public"_s));
        QVERIFY(policy(false).onNotification(publicMention, false).announce.isEmpty());
        QVERIFY(policy(false).onCatchUp({publicMention}, {}).announce.isEmpty());
        const Verdict wanted = policy(true).onNotification(publicMention, false);
        QCOMPARE(idsOf(wanted.announce), QStringList{u"10"_s});
        QCOMPARE(wanted.announce.first().kind, IncomingMessage::Kind::Mention);
        QCOMPARE(policy(true).onCatchUp({publicMention}, {}).announce.size(), 1);
        // Other notification types are never messages.
        const Notification favourite{u"n2"_s, u"favourite"_s, status(u"11"_s, u"2"_s)};
        QVERIFY(policy(true).onNotification(favourite, false).announce.isEmpty());
    }

    void nonDirectConversationIsIgnored()
    {
        const Verdict verdict = policy().onConversation(
            conversation(u"c1"_s, true, status(u"10"_s, u"2"_s, u"private"_s)));
        QVERIFY(verdict.announce.isEmpty());
        QVERIFY(verdict.conversationsRead.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnouncePolicy)
#include "tst_announcepolicy.moc"
