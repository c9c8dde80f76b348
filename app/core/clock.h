#pragma once

#include <QDateTime>

namespace fedibell {

// Where every rule that depends on time reads it, so that tests can set the time instead of
// waiting for it. Production code uses Clock::system().
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall-clock time (UTC); it can jump when the user or NTP sets the clock.
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a clock that never jumps; only differences mean anything.
    virtual qint64 monotonicMs() const = 0;

    // Local wall-clock time, for rules the user states in local time (quiet hours).
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }

    static Clock &system();
};

} // namespace fedibell
