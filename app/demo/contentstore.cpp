#include "contentstore.h"

#include "dialect.h"

#include "pagination.h"
#include "payloadfactory.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fake {

QString ContentStore::nextStatusId()
{
    return formatId(m_idStyle, quint64(m_nextStatus++));
}

QString ContentStore::nextNotificationId()
{
    return formatId(m_idStyle, quint64(m_nextNotification++));
}

QString ContentStore::conversationIdFor(const QString &requested)
{
    if (requested.isEmpty())
        return m_idStyle == IdStyle::Ulid ? formatId(m_idStyle, quint64(m_nextConversation++))
                                          : QString::number(m_nextConversation++);
    bool numeric = false;
    const qint64 value = requested.toLongLong(&numeric);
    if (numeric && value >= m_nextConversation)
        m_nextConversation = value + 1;
    return requested;
}

void ContentStore::addStatus(const QJsonObject &status)
{
    m_statuses.insert(status.value("id"_L1).toString(), status);
}

QJsonObject ContentStore::status(const QString &statusId) const
{
    return m_statuses.value(statusId);
}

bool ContentStore::hasConversation(const QString &conversationId) const
{
    return m_conversations.contains(conversationId);
}

QJsonArray ContentStore::participants(const QString &conversationId) const
{
    return m_conversations.value(conversationId).accounts;
}

QString ContentStore::lastStatusId(const QString &conversationId) const
{
    const auto it = m_conversations.constFind(conversationId);
    if (it == m_conversations.cend() || it->statusIds.isEmpty())
        return {};
    return it->statusIds.constLast();
}

QJsonObject ContentStore::addToConversation(const QString &conversationId,
                                            const QJsonArray &accounts, const QString &statusId,
                                            bool unread)
{
    Conversation &conversation = m_conversations[conversationId];
    conversation.id = conversationId;
    conversation.accounts = accounts;
    conversation.unread = unread;
    conversation.statusIds.append(statusId);
    return entity(conversation);
}

std::optional<QJsonObject> ContentStore::markRead(const QString &conversationId)
{
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end())
        return std::nullopt;
    it->unread = false;
    return entity(*it);
}

QJsonObject ContentStore::conversation(const QString &conversationId) const
{
    const auto it = m_conversations.constFind(conversationId);
    return it == m_conversations.cend() ? QJsonObject() : entity(*it);
}

void ContentStore::addNotification(const QJsonObject &notification, bool filtered)
{
    m_notifications.append(notification);
    if (filtered)
        m_filtered.insert(notification.value("id"_L1).toString());
}

namespace {

QString senderOf(const QJsonObject &notification)
{
    return notification.value("account"_L1).toObject().value("id"_L1).toString();
}

} // namespace

QList<QJsonObject> ContentStore::unfilterFrom(const QString &accountId)
{
    QList<QJsonObject> statuses;
    for (const QJsonObject &notification : std::as_const(m_notifications)) {
        const QString id = notification.value("id"_L1).toString();
        if (m_filtered.contains(id) && senderOf(notification) == accountId) {
            m_filtered.remove(id);
            statuses.append(notification.value("status"_L1).toObject());
        }
    }
    return statuses;
}

void ContentStore::dropFilteredFrom(const QString &accountId)
{
    m_notifications.removeIf([&](const QJsonObject &notification) {
        const QString id = notification.value("id"_L1).toString();
        return m_filtered.contains(id) && senderOf(notification) == accountId;
    });
}

void ContentStore::removeStatus(const QString &statusId)
{
    m_statuses.remove(statusId);
    m_notifications.removeIf([&](const QJsonObject &notification) {
        return notification.value("status"_L1).toObject().value("id"_L1).toString() == statusId;
    });
    for (auto it = m_conversations.begin(); it != m_conversations.end();) {
        it->statusIds.removeAll(statusId);
        if (it->statusIds.isEmpty())
            it = m_conversations.erase(it);
        else
            ++it;
    }
}

QList<QJsonObject> ContentStore::conversationsNewestFirst() const
{
    QList<const Conversation *> ordered;
    for (const Conversation &conversation : m_conversations)
        ordered.append(&conversation);
    std::sort(ordered.begin(), ordered.end(), [](const Conversation *a, const Conversation *b) {
        return compareIds(a->statusIds.constLast(), b->statusIds.constLast()) > 0;
    });
    QList<QJsonObject> result;
    for (const Conversation *conversation : ordered)
        result.append(entity(*conversation));
    return result;
}

QList<QJsonObject> ContentStore::notificationsNewestFirst(bool includeFiltered) const
{
    QList<QJsonObject> result;
    for (auto it = m_notifications.crbegin(); it != m_notifications.crend(); ++it) {
        if (includeFiltered || !m_filtered.contains(it->value("id"_L1).toString()))
            result.append(*it);
    }
    return result;
}

QJsonObject ContentStore::entity(const Conversation &conversation) const
{
    const QJsonObject last = conversation.statusIds.isEmpty()
                                 ? QJsonObject()
                                 : m_statuses.value(conversation.statusIds.constLast());
    return PayloadFactory::conversation(conversation.id, conversation.unread || m_everythingUnread,
                                        conversation.accounts, last);
}

} // namespace fake
