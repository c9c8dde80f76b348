#include "pendingmentions.h"

#include "api/entityid.h"

namespace fedibell {

PendingMentions::PendingMentions(int graceMs)
    : m_graceMs(graceMs)
{}

void PendingMentions::hold(const IncomingMessage &message, qint64 nowMs)
{
    const QString &id = message.status.id;
    if (m_messages.contains(id)) {
        return;
    }
    m_messages.insert(id, message);
    m_order.enqueue({id, nowMs + m_graceMs});
}

bool PendingMentions::take(const QString &statusId)
{
    const bool held = m_messages.remove(statusId) > 0;
    dropSettledHead();
    return held;
}

void PendingMentions::dropSettledHead()
{
    while (!m_order.isEmpty() && !m_messages.contains(m_order.head().statusId)) {
        m_order.dequeue();
    }
}

QList<IncomingMessage> PendingMentions::takeDue(qint64 nowMs)
{
    QList<IncomingMessage> due;
    dropSettledHead();
    while (!m_order.isEmpty() && m_order.head().dueMs <= nowMs) {
        due.append(m_messages.take(m_order.dequeue().statusId));
        dropSettledHead();
    }
    return due;
}

QList<IncomingMessage> PendingMentions::takeOlderThan(const QString &statusId)
{
    QList<IncomingMessage> older;
    for (const Entry &entry : std::as_const(m_order)) {
        const auto held = m_messages.constFind(entry.statusId);
        if (held != m_messages.cend() && entityIdLess(entry.statusId, statusId)) {
            older.append(*held);
            m_messages.erase(held);
        }
    }
    dropSettledHead();
    return older;
}

QList<IncomingMessage> PendingMentions::takeAll()
{
    QList<IncomingMessage> all;
    dropSettledHead();
    while (!m_order.isEmpty()) {
        all.append(m_messages.take(m_order.dequeue().statusId));
        dropSettledHead();
    }
    return all;
}

std::optional<qint64> PendingMentions::nextDueMs() const
{
    if (m_order.isEmpty()) {
        return std::nullopt;
    }
    return m_order.head().dueMs;
}

} // namespace fedibell
