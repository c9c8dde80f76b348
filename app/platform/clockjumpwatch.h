#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace fedibell {

class Clock;

// Notices that the computer slept, without logind: the monotonic clock stops during a suspend
// on Linux (CLOCK_MONOTONIC, which QElapsedTimer and QTimer use) while the wall clock goes on,
// so a wall clock that ran more than `jumpMs` further than the monotonic one between two checks
// means the computer slept (or the clock was set forward). A clock set back is only logged.
//
// It checks every `intervalMs` (one wake-up each, very coarse so it can share the wake-up with
// other timers) and, on Linux, whenever the kernel says the wall clock was set or the computer
// resumed (a timerfd with TFD_TIMER_CANCEL_ON_SET, which costs no wake-up at all otherwise):
// that makes the check come right after waking, not up to a tick later.
class ClockJumpWatch : public QObject
{
    Q_OBJECT

public:
    ClockJumpWatch(Clock *clock, int intervalMs, int jumpMs, QObject *parent = nullptr);
    ~ClockJumpWatch() override;

    // Compares the clocks now and takes the readings as the new base.
    void check();
    // Takes the readings as the new base without comparing (a wake told another way).
    void rebase();
    // Whether the kernel tells of clock changes and resumes (else only the ticks check).
    bool hasKernelWatch() const { return m_timerFd >= 0; }

signals:
    // The wall clock ran `aheadMs` further than the monotonic clock since the last check.
    void jumped(qint64 aheadMs);

private:
    void armKernelWatch();
    void onKernelWatch();

    Clock *m_clock;
    qint64 m_jumpMs;
    QTimer m_timer;
    QDateTime m_lastWall;
    qint64 m_lastMonotonicMs = 0;
    int m_timerFd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fedibell
