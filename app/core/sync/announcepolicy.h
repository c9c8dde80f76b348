#pragma once

#include "api/entities.h"
#include "incomingmessage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fedibell {

// What an event means for the user, decided in one place: the monitor carries it out.
struct Verdict
{
    QList<IncomingMessage> announce; // to tell the user, if the ledger has not seen them yet
    QList<IncomingMessage> hold;     // mentions of DMs, waiting for their conversation event
    QStringList recordSilently;      // seen but not told: own, read elsewhere, filtered
    QStringList settled;             // held mentions that need no release any more
    QStringList conversationsRead;   // conversations read (or answered) elsewhere
};

// Decides what a stream event, a catch-up or a poll result means for the user: own messages
// are never announced, conversations read elsewhere are not announced but withdraw their
// popups, server-side "hide" filters are respected, direct messages are told and other
// mentions only on request. Plain code without sockets or timers; "already announced" is the
// ledger's part and comes in as a fact.
class AnnouncePolicy
{
public:
    void setSelf(const QString &accountId) { m_selfId = accountId; }
    void setWantMentions(bool want) { m_wantMentions = want; }
    bool wantMentions() const { return m_wantMentions; }
    // Direct messages the server filtered into message requests (on unless turned off), and
    // the page where the user answers them (the instance's /notifications/requests).
    void setWantRequests(bool want) { m_wantRequests = want; }
    void setRequestsPage(const QUrl &page) { m_requestsPage = page; }
    // Pleroma chat messages are direct messages too (on unless turned off).
    void setWantChats(bool want) { m_wantChats = want; }
    bool wantChats() const { return m_wantChats; }

    // The one rule for the user's own messages.
    bool isFromSelf(const Status &status) const;

    // A "conversation" event on the direct stream.
    Verdict onConversation(const Conversation &conversation) const;
    // A "notification" event; `alreadySeen` when the ledger knows its status.
    Verdict onNotification(const Notification &notification, bool alreadySeen) const;
    // What a catch-up or poll found (mention notifications and conversations newer than the
    // cursors, and the pending message requests): each message at most once, the
    // conversation's view winning, oldest first. A direct message without a conversation from
    // a sender with a pending request is a request.
    Verdict onCatchUp(const QList<Notification> &notifications,
                      const QList<Conversation> &conversations,
                      const QList<MessageRequest> &requests = {}) const;

private:
    IncomingMessage messageFor(const Status &status, const QString &conversationId) const;
    // Announces `message` unless a filter hides it.
    static void announceUnlessFiltered(Verdict &verdict, IncomingMessage message);

    // The status of a mention or, when chats are wanted, of a chat message; else null.
    const Status *messageOf(const Notification &notification) const;

    QString m_selfId;
    bool m_wantMentions = false;
    bool m_wantChats = true;
    bool m_wantRequests = true;
    QUrl m_requestsPage;
};

} // namespace fedibell
