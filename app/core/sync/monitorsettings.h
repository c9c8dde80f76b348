#pragma once

#include "api/restclient.h"
#include "api/streamconnection.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace fedibell {

// Timers and limits of an account monitor. The defaults suit people; tests and odd
// networks set their own (config group "timers", keys named as the members).
struct MonitorSettings
{
    // how often we ping the streaming server, and when it is dead without a pong or frame
    int pingIntervalMs = StreamConnection::Timing{}.pingIntervalMs;
    int pongDeadlineMs = StreamConnection::Timing{}.pongDeadlineMs;
    int backoffBaseMs = 1000;  // first reconnect delay (upper bound, full jitter)
    int backoffCapMs = 60000;  // longest reconnect delay
    int stableAfterMs = 60000; // connected this long: the backoff starts over
    int pollMinMs = 30000;     // polling interval without streaming: between min...
    int pollMaxMs = 60000;     // ...and max, at random
    int streamRetryMs = 60000; // while polling, try streaming again (backoff up to this)
    int handshakeFailuresBeforePolling = 3; // upgrades refused in a row (HTTP error) before polling
    int restartGraceMs = 120000;  // a streaming server that worked and now refuses: restarting
    int reconcileMs = 300000;     // while streaming, ask REST this often (with jitter) too
    int mentionGraceMs = 1500;    // wait this long for a mention's conversation event
    int ledgerSaveDelayMs = 2000; // batch ledger writes within this window
    int requestTimeoutMs = RestClient::kDefaultTransferTimeoutMs;
    // Sleep, wake and network changes (for the whole program, not per account):
    int wakeDelayMs = 1000;   // after a wake or the network's return, connect this much later,
                              // so that a burst of such signals makes one reconnect
    int clockCheckMs = 60000; // compare the wall clock with the monotonic clock this often
    int clockJumpMs = 30000;  // the wall clock ran ahead this much more: the computer slept

    static MonitorSettings load(QSettings &settings);
    static QStringList names();
    void save(QSettings &settings) const;
    // Applies "key=value" (e.g. "pingIntervalMs=500"); returns false for unknown keys or values.
    bool set(const QString &assignment);
};

} // namespace fedibell
