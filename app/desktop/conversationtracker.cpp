#include "conversationtracker.h"

#include "text/htmltotext.h"

namespace fedibell {

namespace {

constexpr int kPreviewLength = 60;

} // namespace

QString ConversationTracker::previewOf(const Status &status)
{
    QString text =
        status.spoilerText.isEmpty() ? HtmlToText::convert(status.content) : status.spoilerText;
    text = text.simplified();
    if (text.size() > kPreviewLength) {
        text = text.left(kPreviewLength - 1).trimmed() + QChar(0x2026);
    }
    return text;
}

void ConversationTracker::addMessage(const QString &account, const DirectMessage &message)
{
    const QString id =
        message.conversationId.isEmpty() ? message.status.id : message.conversationId;
    TrackedConversation entry;
    for (qsizetype i = 0; i < m_conversations.size(); ++i) {
        if (m_conversations.at(i).account == account
            && m_conversations.at(i).conversationId == id) {
            entry = m_conversations.takeAt(i);
            break;
        }
    }
    entry.account = account;
    entry.conversationId = id;
    entry.sender = message.status.account.bestName();
    entry.preview = previewOf(message.status);
    entry.url = QUrl(message.status.url);
    entry.unread += 1;
    entry.lastAt = QDateTime::currentDateTimeUtc();
    m_conversations.prepend(entry);
    while (m_conversations.size() > kMaxTracked) {
        m_conversations.removeLast();
    }
    emit changed();
}

void ConversationTracker::markRead(const QString &account, const QString &conversationId)
{
    for (TrackedConversation &entry : m_conversations) {
        if (entry.account == account && entry.conversationId == conversationId
            && entry.unread > 0) {
            entry.unread = 0;
            emit changed();
            return;
        }
    }
}

void ConversationTracker::markAllRead()
{
    bool any = false;
    for (TrackedConversation &entry : m_conversations) {
        any |= entry.unread > 0;
        entry.unread = 0;
    }
    if (any) {
        emit changed();
    }
}

int ConversationTracker::totalUnread() const
{
    int total = 0;
    for (const TrackedConversation &entry : m_conversations) {
        total += entry.unread;
    }
    return total;
}

QList<TrackedConversation> ConversationTracker::recent(int count) const
{
    return m_conversations.mid(0, count);
}

} // namespace fedibell
