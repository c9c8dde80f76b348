#pragma once

#include <QRandomGenerator>

namespace fedibell {

// Capped exponential backoff with full jitter: the n-th retry waits a uniformly random
// time in [0, min(cap, base * 2^n)].
class BackoffPolicy
{
public:
    BackoffPolicy(int baseMs, int capMs, QRandomGenerator *random = QRandomGenerator::global());
    BackoffPolicy(const BackoffPolicy &) = default;
    BackoffPolicy &operator=(const BackoffPolicy &) = default;

    int nextDelayMs();
    // The bound itself, then doubles it: for waits that must grow without jitter below them.
    int nextCeilingMs();
    void reset() { m_attempt = 0; }
    // The bound the next delay is drawn under, for display ("retrying within N s").
    int currentCeilingMs() const;

private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
    QRandomGenerator *m_random;
};

} // namespace fedibell
