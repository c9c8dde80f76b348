#pragma once

#include "directmessage.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QTimer>

namespace fedibell {

// A direct message usually arrives twice on the stream: first as a mention notification,
// then as a conversation event that also names the conversation. Mentions wait here for a
// short grace period so the conversation event can take their place; whatever is still
// waiting when its time is up is released as it is.
class PendingMentions : public QObject
{
    Q_OBJECT

public:
    explicit PendingMentions(int graceMs, QObject *parent = nullptr);

    void hold(const DirectMessage &message);
    // Forgets a held message (its conversation event came, or it was deleted).
    bool take(const QString &statusId);
    // Releases everything now, in arrival order.
    void releaseAll();
    int size() const { return int(m_messages.size()); }

signals:
    void released(const fedibell::DirectMessage &message);

private:
    void releaseDue();
    void releaseHead();

    struct Entry
    {
        QString statusId;
        QDeadlineTimer deadline;
    };

    int m_graceMs;
    QTimer m_timer;
    QQueue<Entry> m_order;
    QHash<QString, DirectMessage> m_messages;
};

} // namespace fedibell
