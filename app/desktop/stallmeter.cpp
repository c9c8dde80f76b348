#include "stallmeter.h"

#include <algorithm>

namespace fedibell {

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last - kIntervalMs);
        m_last = now;
    });
    m_clock.start();
    m_timer.start();
}

qint64 StallMeter::takeLongestStallMs()
{
    const qint64 longest = std::max<qint64>(0, m_longest);
    m_longest = 0;
    return longest;
}

} // namespace fedibell
