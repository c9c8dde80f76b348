#include "conversationtracker.h"

#include "text/displaytext.h"

namespace fedibell {

namespace {

constexpr int kPreviewLength = 60;

} // namespace

QString ConversationTracker::previewOf(const IncomingMessage &message)
{
    const Status &status = message.status;
    QString text =
        DisplayText::line(status.spoilerText.isEmpty() ? message.text : status.spoilerText);
    if (text.size() > kPreviewLength) {
        text = text.left(kPreviewLength - 1).trimmed() + QChar(0x2026);
    }
    return text;
}

QString ConversationTracker::keyOf(const QString &account, const QString &conversationId)
{
    return account + u'\x1f' + conversationId;
}

void ConversationTracker::addMessage(const QString &account, const IncomingMessage &message)
{
    const QString id = message.conversationKey();
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
    entry.sender =
        DisplayText::name(message.status.account.displayName, message.status.account.username);
    entry.preview = previewOf(message);
    entry.url = message.openAt.isValid() ? message.openAt : QUrl(message.status.url);
    entry.unread = ++m_unread[keyOf(account, id)];
    ++m_totalUnread;
    entry.lastAt = QDateTime::currentDateTimeUtc();
    m_conversations.prepend(entry);
    while (m_conversations.size() > kMaxTracked) {
        m_conversations.removeLast();
    }
    emit changed();
}

void ConversationTracker::markRead(const QString &account, const QString &conversationId)
{
    const int unread = m_unread.take(keyOf(account, conversationId));
    if (unread == 0) {
        return;
    }
    m_totalUnread -= unread;
    for (TrackedConversation &entry : m_conversations) {
        if (entry.account == account && entry.conversationId == conversationId) {
            entry.unread = 0;
        }
    }
    emit changed();
}

void ConversationTracker::markAllRead()
{
    if (m_totalUnread == 0) {
        return;
    }
    m_unread.clear();
    m_totalUnread = 0;
    for (TrackedConversation &entry : m_conversations) {
        entry.unread = 0;
    }
    emit changed();
}

int ConversationTracker::totalUnread() const
{
    return m_totalUnread;
}

QList<TrackedConversation> ConversationTracker::unreadConversations() const
{
    QList<TrackedConversation> result;
    for (auto it = m_unread.cbegin(); it != m_unread.cend(); ++it) {
        TrackedConversation entry;
        entry.account = it.key().section(u'\x1f', 0, 0);
        entry.conversationId = it.key().section(u'\x1f', 1);
        entry.unread = it.value();
        result.append(entry);
    }
    return result;
}

QList<TrackedConversation> ConversationTracker::recent(int count) const
{
    return m_conversations.mid(0, count);
}

} // namespace fedibell
