#pragma once

#include "sync/incomingmessage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace fedibell {

struct TrackedConversation
{
    QString account;        // the account's key
    QString conversationId; // the status id when the conversation is not known
    QString sender;         // the name as shown (DisplayText::name)
    QString preview;        // first words on one line as shown (or the content warning)
    QUrl url;
    int unread = 0;
    QDateTime lastAt;
};

// Which conversations have unread messages, and the most recent ones: what the tray counts
// and lists. The unread count covers every conversation; only the recent list is bounded.
// Fed by announced messages and read events; no widgets.
class ConversationTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTracked = 50;

    using QObject::QObject;

    void addMessage(const QString &account, const IncomingMessage &message);
    void markRead(const QString &account, const QString &conversationId);
    void markAllRead();

    int totalUnread() const;
    // Every conversation with unread messages (account, id and count only).
    QList<TrackedConversation> unreadConversations() const;
    // Newest first, at most `count`.
    QList<TrackedConversation> recent(int count) const;

    // First words of the text (or the content warning), on one line.
    static QString previewOf(const IncomingMessage &message);

signals:
    void changed();

private:
    static QString keyOf(const QString &account, const QString &conversationId);

    QList<TrackedConversation> m_conversations; // newest first, at most kMaxTracked
    QHash<QString, int> m_unread;               // unread messages by account + conversation
    int m_totalUnread = 0;
};

} // namespace fedibell
