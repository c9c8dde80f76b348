#include "popuppolicy.h"

#include "clock.h"

namespace fedibell {

PopupPolicy::PopupPolicy(Clock &clock)
    : m_clock(clock)
{}

void PopupPolicy::setQuietHours(const QTime &from, const QTime &to)
{
    m_quietFrom = from;
    m_quietTo = to;
}

void PopupPolicy::pauseUntil(const QDateTime &untilUtc)
{
    m_pausedUntil = untilUtc;
}

void PopupPolicy::resume()
{
    m_pausedUntil = QDateTime();
}

bool PopupPolicy::isPaused() const
{
    return m_pausedUntil.isValid() && m_clock.nowUtc() < m_pausedUntil;
}

bool PopupPolicy::isQuietTime() const
{
    if (!m_quietFrom.isValid() || !m_quietTo.isValid() || m_quietFrom == m_quietTo) {
        return false;
    }
    const QTime now = m_clock.nowLocal().time();
    return m_quietFrom < m_quietTo ? (now >= m_quietFrom && now < m_quietTo)
                                   : (now >= m_quietFrom || now < m_quietTo);
}

bool PopupPolicy::mayShow(bool inhibited) const
{
    return !inhibited && !isPaused() && !isQuietTime();
}

PopupPolicy::Show PopupPolicy::forLiveMessage(bool replacesPopup, bool inhibited)
{
    if (!mayShow(inhibited)) {
        return Show::Nothing;
    }
    if (!replacesPopup && floodLimitReached()) {
        return Show::Summary;
    }
    return Show::Popup;
}

PopupPolicy::Show PopupPolicy::forCatchUp(int count, bool inhibited) const
{
    if (count == 0 || !mayShow(inhibited)) {
        return Show::Nothing;
    }
    return count > kSummaryAbove ? Show::Summary : Show::Popup;
}

bool PopupPolicy::floodLimitReached()
{
    const qint64 now = m_clock.monotonicMs();
    while (!m_recentPopups.isEmpty() && now - m_recentPopups.head() > kFloodWindowMs) {
        m_recentPopups.dequeue();
    }
    if (m_recentPopups.size() >= kFloodPopups) {
        return true;
    }
    m_recentPopups.enqueue(now);
    return false;
}

} // namespace fedibell
