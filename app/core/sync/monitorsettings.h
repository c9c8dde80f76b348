#pragma once

#include "api/restclient.h"
#include "api/streamconnection.h"

#include <QString>

class QSettings;

namespace fedibell {

// Timers and limits of an account monitor. The defaults suit people; tests and odd
// networks set their own (config group "timers", keys named as the members).
struct MonitorSettings
{
    // how often we ping the streaming server, and when it is dead without a pong or frame
    int pingIntervalMs = StreamConnection::Timing{}.pingIntervalMs;
    int pongDeadlineMs = StreamConnection::Timing{}.pongDeadlineMs;
    int backoffBaseMs = 1000;   // first reconnect delay (upper bound, full jitter)
    int backoffCapMs = 60000;   // longest reconnect delay
    int stableAfterMs = 60000;  // connected this long: the backoff starts over
    int pollMinMs = 30000;      // polling interval without streaming: between min...
    int pollMaxMs = 60000;      // ...and max, at random
    int streamRetryMs = 300000; // while polling, try streaming again this often
    int handshakeFailuresBeforePolling = 3;
    int mentionGraceMs = 1500;    // wait this long for a mention's conversation event
    int ledgerSaveDelayMs = 2000; // batch ledger writes within this window
    int requestTimeoutMs = RestClient::kDefaultTransferTimeoutMs;

    static MonitorSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // Applies "key=value" (e.g. "pingIntervalMs=500"); returns false for unknown keys or values.
    bool set(const QString &assignment);
};

} // namespace fedibell
