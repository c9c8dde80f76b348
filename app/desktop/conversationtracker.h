#pragma once

#include "sync/directmessage.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

namespace fedibell {

struct TrackedConversation
{
    QString account;
    QString conversationId; // the status id when the conversation is not known
    QString sender;
    QString preview; // first words, plain text (or the content warning)
    QUrl url;
    int unread = 0;
    QDateTime lastAt;
};

// Which conversations have unread messages, and the most recent ones: what the tray counts
// and lists. Fed by announced messages and read events; no widgets.
class ConversationTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTracked = 50;

    using QObject::QObject;

    void addMessage(const QString &account, const DirectMessage &message);
    void markRead(const QString &account, const QString &conversationId);
    void markAllRead();

    int totalUnread() const;
    // Newest first, at most `count`.
    QList<TrackedConversation> recent(int count) const;

    static QString previewOf(const Status &status);

signals:
    void changed();

private:
    QList<TrackedConversation> m_conversations; // newest first
};

} // namespace fedibell
