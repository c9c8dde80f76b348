#pragma once

#include "accountstate.h"
#include "api/instancediscovery.h"
#include "monitorsettings.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QRandomGenerator;

namespace fedibell {

class BackoffPolicy;
class Clock;
class RestClient;
class StreamConnection;
struct StreamEvent;

// Keeps an account's live channel going: streams while the streaming server works,
// reconnects with capped backoff when the link drops, and falls back to polling only when
// streaming really does not work: no healthy service, the upgrade refused with an HTTP error
// again and again while REST answers, or a streaming server that refuses connections for
// longer than a restart takes (one that worked before and now refuses is restarting: that is
// waited out with reconnects). While polling it tries the stream again with backoff. It says
// when a catch-up is due (after every connect, at each poll, and now and then while
// streaming, since a subscription can be lost silently on the server); what the events mean
// is not its business. The token goes in the Authorization header; a server that refuses
// that but takes the token over REST gets it as the WebSocket subprotocol instead, and what
// worked is kept for this instance. While the computer sleeps or has no network it holds:
// the stream is closed and nothing is retried or polled (state Offline) until it is told to
// resume, and then it connects at once.
class StreamKeeper : public QObject
{
    Q_OBJECT

public:
    // Why nothing may be sent now.
    enum class Hold {
        None,
        Sleep,     // the computer is about to sleep
        NoNetwork, // the computer has no network connection
    };

    StreamKeeper(RestClient *rest, InstanceDiscovery *discoverer, const MonitorSettings &timers,
                 Clock *clock, QRandomGenerator *random, QObject *parent = nullptr);
    ~StreamKeeper() override;

    // Streams from `discovery.streamingOrigin` (or polls when its health check failed).
    void start(const DiscoveryResult &discovery, const QByteArray &token,
               const QStringList &streams);
    // Subscribes to other streams, reconnecting when connected.
    void setStreams(const QStringList &streams);
    void stop();
    // The open stream is not to be trusted (it missed messages): connect again now.
    void reconnect(const QString &reason);
    // Whether a reconnect, a poll or a streaming retry is scheduled.
    bool isScheduled() const;
    bool isPolling() const { return m_state == AccountState::Polling; }
    // Between start() and stop(), held or not.
    bool isRunning() const;

    // Closes the stream cleanly and stops every timer: state Offline, with the reason in plain
    // words. Before start() it only remembers: start() then waits for resumeNow().
    void hold(Hold why);
    // Lifts a hold and, whatever was scheduled, connects (or polls) now with a fresh backoff
    // and asks for a catch-up at once: after a wake the old socket is likely dead.
    void resumeNow();
    bool isHeld() const { return m_hold != Hold::None; }
    // The hold in plain words ("no network connection"); empty without one.
    QString holdReason() const;

signals:
    // Connecting, Streaming, Reconnecting or Polling, with a detail in plain words.
    void stateChanged(fedibell::AccountState state, const QString &detail);
    void eventReceived(const fedibell::StreamEvent &event);
    // Time to ask REST what happened: just connected, or a poll is due.
    void catchUpDue();
    // The server refused the token while we tried to stream.
    void tokenRefused();
    void problem(const QString &message);
    // hold() took effect; resumeNow() did (after its own work: connecting, a catch-up).
    void held();
    void resumed();

private:
    void connectStream();
    void onConnected();
    void onDisconnected(const QString &reason);
    void onHandshakeFailed(const QString &reason, int httpStatus);
    void onUpgradeRefused(const QString &reason, int httpStatus);
    void onEvent(const fedibell::StreamEvent &event);
    // Tries the token as the WebSocket subprotocol once, when the header was refused although
    // REST takes the token; false when there is nothing else to try.
    bool tryOtherAuthentication();
    void scheduleReconnect(const QString &reason);
    void enterPolling(const QString &reason);
    void schedulePoll();
    void tryStreamingAgain();
    void scheduleStreamRetry();
    void scheduleReconcile();
    void setState(AccountState state, const QString &detail = {});
    void stopTimers();

    RestClient *m_rest;
    InstanceDiscovery *m_discoverer;
    MonitorSettings m_timers;
    QRandomGenerator *m_random;
    StreamConnection *m_stream;
    Clock *m_clock;
    std::unique_ptr<BackoffPolicy> m_backoff;            // reconnects
    std::unique_ptr<BackoffPolicy> m_streamRetryBackoff; // while polling
    QTimer m_reconnectTimer;                             // with backoff
    QTimer m_stableTimer;      // connected long enough: the backoff starts over
    QTimer m_pollTimer;        // polling while streaming does not work
    QTimer m_streamRetryTimer; // while polling: try streaming again
    QTimer m_reconcileTimer;   // while streaming: ask REST too
    DiscoveryResult m_discovery;
    QByteArray m_token;
    QStringList m_streams;
    AccountState m_state = AccountState::Idle;
    int m_handshakeFailures = 0;     // upgrades refused with an HTTP error, in a row
    bool m_everConnected = false;    // the stream worked since start()
    bool m_subprotocolTried = false; // the token went as subprotocol after a refused header
    qint64 m_refusingSinceMs = -1;   // monotonic time of the first refused connection in a row
    Hold m_hold = Hold::None;
    int m_generation = 0; // changes at every hold and resume: older answers are dropped
};

} // namespace fedibell
