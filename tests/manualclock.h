#pragma once

#include "clock.h"

// A clock that stands still until the test moves it: time-based rules are tested without
// waiting. Wall-clock time and monotonic time move together unless the test jumps one.
class ManualClock : public fedibell::Clock
{
public:
    explicit ManualClock(const QDateTime &startUtc = QDateTime(QDate(2026, 1, 5), QTime(12, 0),
                                                               Qt::UTC))
        : m_now(startUtc)
    {}

    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    // Sets the wall clock only (the user changed it, or the machine slept).
    void setWallClock(const QDateTime &utc) { m_now = utc; }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 1000;
};
