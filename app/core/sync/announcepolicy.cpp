#include "announcepolicy.h"

#include "api/entityid.h"
#include "text/htmltotext.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace fedibell {

bool AnnouncePolicy::isFromSelf(const Status &status) const
{
    return !m_selfId.isEmpty() && status.account.id == m_selfId;
}

IncomingMessage AnnouncePolicy::messageFor(const Status &status,
                                           const QString &conversationId) const
{
    IncomingMessage message;
    message.kind = status.isChat       ? IncomingMessage::Kind::Chat
                   : status.isDirect() ? IncomingMessage::Kind::Direct
                                       : IncomingMessage::Kind::Mention;
    message.status = status;
    message.conversationId = conversationId;
    return message;
}

void AnnouncePolicy::announceUnlessFiltered(Verdict &verdict, IncomingMessage message)
{
    if (message.status.hiddenByFilter) {
        verdict.recordSilently.append(message.status.id);
        return;
    }
    message.text = HtmlToText::convert(message.status.content);
    verdict.announce.append(std::move(message));
}

Verdict AnnouncePolicy::onConversation(const Conversation &conversation) const
{
    Verdict verdict;
    if (!conversation.lastStatus) {
        return verdict;
    }
    const Status &status = *conversation.lastStatus;
    if (isFromSelf(status) || !conversation.unread) {
        // Our own reply, or read elsewhere: nothing to announce, and any popup can go.
        verdict.settled.append(status.id);
        verdict.recordSilently.append(status.id);
        verdict.conversationsRead.append(conversation.id);
        return verdict;
    }
    if (!status.isDirect()) {
        return verdict;
    }
    verdict.settled.append(status.id);
    announceUnlessFiltered(verdict, messageFor(status, conversation.id));
    return verdict;
}

const Status *AnnouncePolicy::messageOf(const Notification &notification) const
{
    if (!notification.status) {
        return nullptr;
    }
    const bool wanted = notification.type == u"mention"
                        || (m_wantChats && notification.type == u"pleroma:chat_mention"
                            && notification.status->isChat);
    return wanted ? &*notification.status : nullptr;
}

Verdict AnnouncePolicy::onNotification(const Notification &notification, bool alreadySeen) const
{
    Verdict verdict;
    const Status *message = messageOf(notification);
    if (!message) {
        return verdict;
    }
    const Status &status = *message;
    if (isFromSelf(status) || alreadySeen) {
        return verdict;
    }
    if (status.hiddenByFilter) {
        verdict.recordSilently.append(status.id);
    } else if (status.isChat || (!status.isDirect() && m_wantMentions)) {
        // A chat has no conversation event to wait for, nor has a mention that is not direct.
        announceUnlessFiltered(verdict, messageFor(status, QString()));
    } else if (status.isDirect()) {
        // The conversation event, which names the conversation, follows on the direct stream.
        IncomingMessage message = messageFor(status, QString());
        message.text = HtmlToText::convert(status.content);
        verdict.hold.append(std::move(message));
    }
    return verdict;
}

Verdict AnnouncePolicy::onCatchUp(const QList<Notification> &notifications,
                                  const QList<Conversation> &conversations,
                                  const QList<MessageRequest> &requests) const
{
    Verdict verdict;
    // Merge both lists by status id: a conversation knows its id, a notification does not.
    QHash<QString, IncomingMessage> candidates;
    const auto consider = [&](const Status &status) {
        if (!isFromSelf(status) && (status.isDirect() || m_wantMentions)) {
            candidates.insert(status.id, messageFor(status, QString()));
        }
    };
    for (const Notification &notification : notifications) {
        if (const Status *message = messageOf(notification)) {
            consider(*message);
        }
    }
    QSet<QString> requesters;
    for (const MessageRequest &request : requests) {
        requesters.insert(request.account.id);
        if (request.lastStatus && request.lastStatus->isDirect()) {
            consider(*request.lastStatus);
        }
    }
    for (const Conversation &conversation : conversations) {
        if (!conversation.lastStatus) {
            continue;
        }
        const Status &status = *conversation.lastStatus;
        if (isFromSelf(status) || !status.isDirect()) {
            continue;
        }
        if (!conversation.unread) {
            // Already read in another client: nothing to tell.
            candidates.remove(status.id);
            verdict.settled.append(status.id);
            verdict.recordSilently.append(status.id);
            continue;
        }
        candidates.insert(status.id, messageFor(status, conversation.id));
    }
    QList<IncomingMessage> ordered = candidates.values();
    std::sort(ordered.begin(), ordered.end(),
              [](const IncomingMessage &a, const IncomingMessage &b) {
                  return entityIdLess(a.status.id, b.status.id);
              });
    for (IncomingMessage &message : ordered) {
        verdict.settled.append(message.status.id);
        const bool filtered = message.conversationId.isEmpty() && !message.status.isChat
                              && requesters.contains(message.status.account.id);
        if (filtered) {
            // What the server filtered: a request if wanted, never an ordinary message.
            if (!m_wantRequests || !message.status.isDirect()) {
                verdict.recordSilently.append(message.status.id);
                continue;
            }
            message.kind = IncomingMessage::Kind::Request;
            message.openAt = m_requestsPage;
        }
        announceUnlessFiltered(verdict, std::move(message));
    }
    return verdict;
}

} // namespace fedibell
