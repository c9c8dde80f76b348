#pragma once

#include "announcepolicy.h"
#include "incomingmessage.h"
#include "pendingmentions.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace fedibell {

class Clock;
class Ledger;

// Carries out what AnnouncePolicy decided, so that each message is told once and in order:
// mentions wait briefly for their conversation event (PendingMentions), everything passes the
// ledger, and messages are told oldest first. While a catch-up runs, what arrives live waits
// for it (at most kMaxCatchUpWaitMs): an older message that the catch-up is about to find is
// then told before the newer one, also within one conversation. The ledger records what was
// told right after it was told, so a crash at any moment repeats at most what was being told.
class Announcer : public QObject
{
    Q_OBJECT

public:
    // The longest a live message waits for a catch-up (one that waits out a rate limit, for
    // instance) before it is told anyway.
    static constexpr int kMaxCatchUpWaitMs = 5000;

    Announcer(int mentionGraceMs, Clock *clock, QObject *parent = nullptr);

    void setMaxCatchUpWait(int ms) { m_waitTimer.setInterval(ms); }

    void setLedger(Ledger *ledger) { m_ledger = ledger; }
    // Says whether a catch-up runs now; while one does, live messages wait for it.
    void setCatchUpProbe(std::function<bool()> running) { m_catchUpRunning = std::move(running); }

    // A verdict about a live event: told now, or after the running catch-up (applyCaughtUp()
    // or releaseWaiting()).
    void applyLive(const Verdict &verdict);
    // A catch-up's verdict: told together with everything that waited for it, oldest first.
    void applyCaughtUp(const Verdict &verdict);
    // The catch-up was cancelled: what waited for it is told now. (After a failure it waits
    // for the retry, within kMaxCatchUpWaitMs.)
    void releaseWaiting();
    // Everything held or waiting is told now, as it is (the monitor stops or the token went).
    void releaseAll();
    // A deleted status: a held mention of it is dropped.
    void forget(const QString &statusId);
    // Drops everything held or waiting, untold (the state is being forgotten).
    void clear();

    int heldMentions() const { return m_pending.size(); }
    int waiting() const { return int(m_waiting.size()); }
    // Whether the stream brought `statusId` and it waits here (held or for the catch-up).
    bool cameLive(const QString &statusId) const
    {
        return m_waiting.contains(statusId) || m_pending.holds(statusId);
    }
    QDateTime lastAnnouncedAt() const { return m_lastAnnouncedAt; }

signals:
    // Messages that passed the ledger: one live message, or all that one catch-up found.
    void messagesArrived(const fedibell::MessageBatch &batch);
    void conversationRead(const QString &conversationId);

private:
    // Records the verdict's silent parts, holds its mentions; returns what it announces.
    QList<IncomingMessage> settle(const Verdict &verdict);
    // Tells live messages now, or keeps them for the running catch-up.
    void tellOrWait(const QList<IncomingMessage> &messages);
    // Tells `messages` (plus any held mention older than the newest of them) through the ledger.
    void announce(QList<IncomingMessage> messages, MessageBatch::Arrival arrival);
    void armMentionTimer();

    Clock *m_clock;
    Ledger *m_ledger = nullptr;
    std::function<bool()> m_catchUpRunning = [] { return false; };
    PendingMentions m_pending;
    QHash<QString, IncomingMessage> m_waiting; // by status id, waiting for a catch-up
    QSet<QString> m_caughtUp;                  // of those, the ones only a catch-up found
    QTimer m_mentionTimer;                     // releases held mentions when they are due
    QTimer m_waitTimer;                        // ends the wait for a slow catch-up
    QDateTime m_lastAnnouncedAt;
};

} // namespace fedibell
