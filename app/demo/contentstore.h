// The fake server's content: statuses, the user's conversations and notifications.
#pragma once

#include "serverconfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace fake {

class ContentStore
{
public:
    /// How ids look (default: Mastodon's snowflakes). Set before any content is added.
    void setIdStyle(IdStyle style) { m_idStyle = style; }
    /// Every conversation reads unread: true, whatever was marked read (Iceshrimp.NET).
    void setEverythingUnread(bool everything) { m_everythingUnread = everything; }
    /// Strictly increasing ids (as shown for snowflakes).
    QString nextStatusId();       ///< "110000000000001001", ...
    QString nextNotificationId(); ///< "5001", ...
    /// \a requested if non-empty (new or existing), else a fresh "400001"-style id.
    QString conversationIdFor(const QString &requested);

    void addStatus(const QJsonObject &status);
    QJsonObject status(const QString &statusId) const;

    bool hasConversation(const QString &conversationId) const;
    /// The conversation's other participants (empty for an unknown id).
    QJsonArray participants(const QString &conversationId) const;
    /// Id of the newest status of the conversation (empty when unknown).
    QString lastStatusId(const QString &conversationId) const;
    /// Adds \a statusId to the conversation (created if needed), sets its participants and
    /// unread flag, and returns the Conversation entity.
    QJsonObject addToConversation(const QString &conversationId, const QJsonArray &accounts,
                                  const QString &statusId, bool unread);
    /// Sets unread:false; returns the entity, or nullopt for an unknown id.
    std::optional<QJsonObject> markRead(const QString &conversationId);
    QJsonObject conversation(const QString &conversationId) const;

    /// A \a filtered notification is listed only with include_filtered (see requestsapi.h).
    void addNotification(const QJsonObject &notification, bool filtered = false);
    /// The statuses of \a accountId's filtered notifications, oldest first; they are listed as
    /// any other from now on (a request accepted).
    QList<QJsonObject> unfilterFrom(const QString &accountId);
    /// Drops \a accountId's filtered notifications (a request dismissed).
    void dropFilteredFrom(const QString &accountId);

    /// Removes a status: drops notifications about it and takes it out of conversations (a
    /// conversation left without statuses disappears, as in Mastodon).
    void removeStatus(const QString &statusId);

    /// Conversation entities ordered by last_status id, newest first.
    QList<QJsonObject> conversationsNewestFirst() const;
    /// Notification entities ordered by id, newest first.
    QList<QJsonObject> notificationsNewestFirst(bool includeFiltered = false) const;

private:
    struct Conversation
    {
        QString id;
        bool unread = true;
        QJsonArray accounts;
        QStringList statusIds; ///< oldest first
    };
    QJsonObject entity(const Conversation &conversation) const;

    IdStyle m_idStyle = IdStyle::Snowflake;
    bool m_everythingUnread = false;
    qint64 m_nextStatus = 110000000000001001LL;
    qint64 m_nextNotification = 5001;
    qint64 m_nextConversation = 400001;
    QHash<QString, QJsonObject> m_statuses;
    QHash<QString, Conversation> m_conversations;
    QList<QJsonObject> m_notifications; ///< oldest first
    QSet<QString> m_filtered;           ///< ids of filtered notifications
};

} // namespace fake
