#include "clockjumpwatch.h"

#include "clock.h"
#include "logging.h"

#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstdint>
#include <ctime>
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace fedibell {

ClockJumpWatch::ClockJumpWatch(Clock *clock, int intervalMs, int jumpMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_jumpMs(jumpMs)
{
    rebase();
    // Whole seconds are precise enough, and let the tick share a wake-up with other timers
    // (below a second Qt rounds a very coarse interval to nothing useful).
    m_timer.setTimerType(intervalMs >= 1000 ? Qt::VeryCoarseTimer : Qt::CoarseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ClockJumpWatch::check);
    m_timer.start();
    armKernelWatch();
}

ClockJumpWatch::~ClockJumpWatch()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        delete m_notifier;
        ::close(m_timerFd);
    }
#endif
}

void ClockJumpWatch::rebase()
{
    m_lastWall = m_clock->nowUtc();
    m_lastMonotonicMs = m_clock->monotonicMs();
}

void ClockJumpWatch::check()
{
    const qint64 wallMs = m_lastWall.msecsTo(m_clock->nowUtc());
    const qint64 monotonicMs = m_clock->monotonicMs() - m_lastMonotonicMs;
    const qint64 aheadMs = wallMs - monotonicMs;
    rebase();
    if (aheadMs > m_jumpMs) {
        qCInfo(lcPlatform) << "the wall clock ran" << aheadMs / 1000
                           << "s ahead of the monotonic clock: the computer slept";
        emit jumped(aheadMs);
    } else if (aheadMs < -m_jumpMs) {
        qCInfo(lcPlatform) << "the wall clock was set back by" << -aheadMs / 1000 << "s";
    }
}

void ClockJumpWatch::armKernelWatch()
{
#ifdef Q_OS_LINUX
    if (m_timerFd < 0) {
        m_timerFd = ::timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
        if (m_timerFd < 0) {
            qCInfo(lcPlatform) << "no timerfd: the clock is checked every"
                               << m_timer.interval() / 1000 << "s only";
            return;
        }
        m_notifier = new QSocketNotifier(m_timerFd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ClockJumpWatch::onKernelWatch);
    }
    // An alarm years away that never rings: what matters is that setting the clock, or
    // resuming from a suspend, cancels it, and that makes the descriptor readable.
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    itimerspec alarm{};
    alarm.it_value.tv_sec = now.tv_sec + time_t{10} * 365 * 24 * 3600;
    if (::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &alarm, nullptr)
        != 0) {
        qCInfo(lcPlatform) << "timerfd_settime failed:" << errno;
    }
#endif
}

void ClockJumpWatch::onKernelWatch()
{
#ifdef Q_OS_LINUX
    std::uint64_t expirations = 0;
    // Fails with ECANCELED after a clock change; either way the descriptor is drained.
    [[maybe_unused]] const ssize_t read = ::read(m_timerFd, &expirations, sizeof expirations);
    armKernelWatch();
    check();
#endif
}

} // namespace fedibell
