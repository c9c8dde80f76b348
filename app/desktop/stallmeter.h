#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace fedibell {

// Measures how long the GUI thread was blocked: a fine timer that notes how late it fires.
// Only for measurements (FEDIBELL_MEASURE_STALLS=1): it wakes the app 100 times a second.
class StallMeter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 10;

    explicit StallMeter(QObject *parent = nullptr);

    // The longest stall since the last call, in milliseconds; starts over.
    qint64 takeLongestStallMs();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace fedibell
