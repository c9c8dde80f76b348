#include "backoffpolicy.h"

#include <algorithm>

namespace fedibell {

BackoffPolicy::BackoffPolicy(int baseMs, int capMs, QRandomGenerator *random)
    : m_baseMs(std::max(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
    , m_random(random)
{}

int BackoffPolicy::currentCeilingMs() const
{
    // Doubling stops once the cap is reached, so the shift never overflows.
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < m_attempt && ceiling < m_capMs; ++i) {
        ceiling *= 2;
    }
    return static_cast<int>(std::min<qint64>(ceiling, m_capMs));
}

int BackoffPolicy::nextCeilingMs()
{
    const int ceiling = currentCeilingMs();
    if (m_attempt < 64) {
        ++m_attempt;
    }
    return ceiling;
}

int BackoffPolicy::nextDelayMs()
{
    return static_cast<int>(m_random->bounded(nextCeilingMs() + 1));
}

} // namespace fedibell
