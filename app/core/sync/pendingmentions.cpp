#include "pendingmentions.h"

namespace fedibell {

PendingMentions::PendingMentions(int graceMs, QObject *parent)
    : QObject(parent)
    , m_graceMs(graceMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PendingMentions::releaseDue);
}

void PendingMentions::hold(const DirectMessage &message)
{
    const QString &id = message.status.id;
    if (m_messages.contains(id)) {
        return;
    }
    m_messages.insert(id, message);
    m_order.enqueue({id, QDeadlineTimer(m_graceMs)});
    if (!m_timer.isActive()) {
        m_timer.start(m_graceMs);
    }
}

bool PendingMentions::take(const QString &statusId)
{
    // The queue entry stays; releaseDue() skips ids that are no longer held.
    return m_messages.remove(statusId);
}

void PendingMentions::releaseAll()
{
    m_timer.stop();
    while (!m_order.isEmpty()) {
        releaseHead();
    }
}

void PendingMentions::releaseHead()
{
    const Entry entry = m_order.dequeue();
    if (auto it = m_messages.find(entry.statusId); it != m_messages.end()) {
        const DirectMessage message = it.value();
        m_messages.erase(it);
        emit released(message);
    }
}

void PendingMentions::releaseDue()
{
    while (!m_order.isEmpty() && m_order.head().deadline.hasExpired()) {
        releaseHead();
    }
    if (m_messages.isEmpty()) {
        m_order.clear();
        return;
    }
    if (!m_order.isEmpty()) {
        m_timer.start(int(std::max<qint64>(1, m_order.head().deadline.remainingTime())));
    }
}

} // namespace fedibell
