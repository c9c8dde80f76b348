#pragma once

#include "incomingmessage.h"

#include <QHash>
#include <QList>
#include <QQueue>

#include <optional>

namespace fedibell {

// A direct message usually arrives twice on the stream: first as a mention notification,
// then as a conversation event that also names the conversation. Mentions wait here for a
// short grace period so the conversation event can take their place; whatever is still
// waiting when its time is up is released as it is. Plain code: the caller passes the time
// (Clock::monotonicMs()) and arms a timer for nextDueMs().
class PendingMentions
{
public:
    explicit PendingMentions(int graceMs);

    void hold(const IncomingMessage &message, qint64 nowMs);
    // Forgets a held message (its conversation event came, or it was deleted).
    bool take(const QString &statusId);
    // Everything whose grace period is over at `nowMs`, in arrival order.
    QList<IncomingMessage> takeDue(qint64 nowMs);
    // Every held message with an id below `statusId`, in arrival order.
    QList<IncomingMessage> takeOlderThan(const QString &statusId);
    // Everything, in arrival order.
    QList<IncomingMessage> takeAll();
    // When the oldest held message is due; nothing when none is held.
    std::optional<qint64> nextDueMs() const;
    int size() const { return int(m_messages.size()); }
    bool holds(const QString &statusId) const { return m_messages.contains(statusId); }

private:
    struct Entry
    {
        QString statusId;
        qint64 dueMs = 0;
    };

    void dropSettledHead();

    int m_graceMs;
    QQueue<Entry> m_order; // may still name messages taken since; skipped when reached
    QHash<QString, IncomingMessage> m_messages;
};

} // namespace fedibell
