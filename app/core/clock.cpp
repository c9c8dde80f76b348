#include "clock.h"

#include <QElapsedTimer>

namespace fedibell {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }

    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};

} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace fedibell
