#include "announcer.h"

#include "api/entityid.h"
#include "clock.h"
#include "ledger.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace fedibell {

namespace {

void sortOldestFirst(QList<IncomingMessage> &messages)
{
    std::sort(messages.begin(), messages.end(),
              [](const IncomingMessage &a, const IncomingMessage &b) {
                  return entityIdLess(a.status.id, b.status.id);
              });
}

} // namespace

Announcer::Announcer(int mentionGraceMs, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_pending(mentionGraceMs)
{
    m_mentionTimer.setSingleShot(true);
    connect(&m_mentionTimer, &QTimer::timeout, this, [this] {
        // Their conversation event never came: told as they are, without the conversation id.
        tellOrWait(m_pending.takeDue(m_clock->monotonicMs()));
        armMentionTimer();
    });
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setInterval(kMaxCatchUpWaitMs);
    connect(&m_waitTimer, &QTimer::timeout, this, &Announcer::releaseWaiting);
}

QList<IncomingMessage> Announcer::settle(const Verdict &verdict)
{
    for (const QString &statusId : verdict.settled) {
        m_pending.take(statusId);
    }
    for (const QString &statusId : verdict.recordSilently) {
        m_ledger->admit(statusId);
    }
    const qint64 now = m_clock->monotonicMs();
    for (const IncomingMessage &message : verdict.hold) {
        m_pending.hold(message, now);
    }
    armMentionTimer();
    for (const QString &conversationId : verdict.conversationsRead) {
        emit conversationRead(conversationId);
    }
    return verdict.announce;
}

void Announcer::applyLive(const Verdict &verdict)
{
    tellOrWait(settle(verdict));
    m_ledger->writeJournal();
}

void Announcer::tellOrWait(const QList<IncomingMessage> &messages)
{
    if (m_waiting.isEmpty() && !m_catchUpRunning()) {
        announce(messages, MessageBatch::Arrival::Live);
        return;
    }
    for (const IncomingMessage &message : messages) {
        m_waiting.insert(message.status.id, message);
    }
    if (!m_waiting.isEmpty() && !m_waitTimer.isActive()) {
        m_waitTimer.start();
    }
}

void Announcer::applyCaughtUp(const Verdict &verdict)
{
    for (const IncomingMessage &message : settle(verdict)) {
        // The same message live and caught up: the one that knows its conversation wins.
        const auto seenLive = m_waiting.constFind(message.status.id);
        if (seenLive == m_waiting.cend()) {
            m_caughtUp.insert(message.status.id);
            m_waiting.insert(message.status.id, message);
        } else if (seenLive->conversationId.isEmpty()) {
            m_waiting.insert(message.status.id, message);
        }
    }
    if (m_catchUpRunning()) {
        // Another run follows at once (this one was cut short, or asked for again): it may
        // find older messages still, so everything waits for it.
        if (!m_waiting.isEmpty() && !m_waitTimer.isActive()) {
            m_waitTimer.start();
        }
        m_ledger->writeJournal(); // what was recorded silently
        return;
    }
    m_waitTimer.stop();
    const QSet<QString> caughtUp = std::exchange(m_caughtUp, {});
    const QHash<QString, IncomingMessage> merged = std::exchange(m_waiting, {});
    // Oldest first, in runs of what came live and what only the catch-up found, so that each
    // run is told as what it is (a live message stays live) and the order holds across runs.
    QList<IncomingMessage> ordered = merged.values();
    sortOldestFirst(ordered);
    QList<IncomingMessage> run;
    bool runIsLive = false;
    for (IncomingMessage &message : ordered) {
        const bool isLive = !caughtUp.contains(message.status.id);
        if (!run.isEmpty() && isLive != runIsLive) {
            announce(std::exchange(run, {}),
                     runIsLive ? MessageBatch::Arrival::Live : MessageBatch::Arrival::CaughtUp);
        }
        runIsLive = isLive;
        run.append(std::move(message));
    }
    announce(run, runIsLive ? MessageBatch::Arrival::Live : MessageBatch::Arrival::CaughtUp);
    m_ledger->writeJournal(); // what was recorded silently
}

void Announcer::releaseWaiting()
{
    m_waitTimer.stop();
    m_caughtUp.clear();
    if (m_waiting.isEmpty()) {
        return;
    }
    announce(std::exchange(m_waiting, {}).values(), MessageBatch::Arrival::Live);
}

void Announcer::releaseAll()
{
    m_waitTimer.stop();
    m_caughtUp.clear();
    QList<IncomingMessage> all = std::exchange(m_waiting, {}).values();
    all.append(m_pending.takeAll());
    armMentionTimer();
    if (m_ledger) {
        announce(all, MessageBatch::Arrival::Live);
    }
}

void Announcer::forget(const QString &statusId)
{
    m_pending.take(statusId);
    m_waiting.remove(statusId);
    armMentionTimer();
}

void Announcer::clear()
{
    m_waitTimer.stop();
    m_waiting.clear();
    m_caughtUp.clear();
    m_pending.takeAll();
    armMentionTimer();
}

void Announcer::announce(QList<IncomingMessage> messages, MessageBatch::Arrival arrival)
{
    if (messages.isEmpty()) {
        return;
    }
    sortOldestFirst(messages);
    // A mention still waiting for its conversation event would otherwise be told after a
    // newer message: it goes first, as it is.
    QList<IncomingMessage> older = m_pending.takeOlderThan(messages.constLast().status.id);
    if (!older.isEmpty()) {
        armMentionTimer();
        messages.append(older);
        sortOldestFirst(messages);
    }
    MessageBatch batch{arrival, {}};
    for (IncomingMessage &message : messages) {
        if (m_ledger->admit(message.status.id)) {
            batch.messages.append(std::move(message));
        }
    }
    if (batch.messages.isEmpty()) {
        return;
    }
    m_lastAnnouncedAt = m_clock->nowUtc();
    emit messagesArrived(batch);
    // Recorded for good only now that they were told: a crash in between tells them again
    // rather than never.
    m_ledger->writeJournal();
}

void Announcer::armMentionTimer()
{
    const std::optional<qint64> due = m_pending.nextDueMs();
    if (!due) {
        m_mentionTimer.stop();
        return;
    }
    m_mentionTimer.start(int(std::clamp<qint64>(*due - m_clock->monotonicMs(), 0, INT_MAX)));
}

} // namespace fedibell
