#pragma once

#include "api/entities.h"
#include "api/instancediscovery.h"
#include "api/restclient.h"
#include "directmessage.h"
#include "monitorsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace fedibell {

class BackoffPolicy;
class CatchUp;
struct CatchUpResult;
class Ledger;
class PendingMentions;
class StreamConnection;
struct StreamEvent;

struct AccountConfig
{
    QUrl instance;             // https origin (http only for loopback), see InstanceAddress
    QByteArray token;          // never logged
    bool wantMentions = false; // also announce non-direct mentions
    MonitorSettings timers;
    QString stateDirectory; // where the account's ledger lives
};

// Keeps one account's direct messages flowing: discovers the instance, checks the token,
// streams, reconnects with backoff, falls back to polling, and catches up over REST after
// every (re)connect and start. Everything it hears passes the account's Ledger, so each
// message is announced once through messageArrived().
class AccountMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Discovering,
        Authenticating,
        Connecting,
        Streaming,
        Reconnecting,
        Polling,
        Offline,
        AuthFailed,
        Stopped,
    };
    Q_ENUM(State)

    AccountMonitor(QNetworkAccessManager *network, const AccountConfig &config,
                   QObject *parent = nullptr);
    ~AccountMonitor() override;

    void start();
    // Stops everything and saves the ledger.
    void stop();
    // Stops everything and deletes the ledger: the account is being removed.
    void forgetState();

    // Changes the streams (mentions or not) and, when connected, subscribes again.
    void setWantMentions(bool want);

    // Marks a conversation as read on the server (POST /api/v1/conversations/:id/read);
    // conversationRead() follows when the server agrees.
    void markConversationRead(const QString &conversationId);

    State state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }
    // "user@domain" once the token was verified, else the instance host.
    QString accountName() const;
    QDateTime lastEventAt() const { return m_lastEventAt; }
    bool isStreamingAvailable() const { return m_discovery.streamingHealthy; }

    static QString stateName(State state);

signals:
    void stateChanged(fedibell::AccountMonitor::State state, const QString &detail);
    void messageArrived(const fedibell::DirectMessage &message);
    void conversationRead(const QString &conversationId);
    // A catch-up announced `count` messages (each also came through messageArrived()).
    void catchUpDelivered(int count);
    void messageDeleted(const QString &statusId);
    // The token was refused: nothing is retried until a new one is given.
    void authenticationFailed(const QString &reason);
    // Something went wrong that Fedibell works around; worth a log line.
    void problem(const QString &message);

private:
    QString instanceDomain() const;
    void setState(State state, const QString &detail = {});
    void discover();
    void onDiscovered(const DiscoveryResult &result);
    void verifyIdentity();
    void onIdentity(const RestResponse &response);
    void openLedger(const Account &account);
    void becomeReady();
    void connectStream();
    void onStreamConnected();
    void onStreamDisconnected(const QString &reason);
    void onHandshakeFailed(const QString &reason);
    void scheduleReconnect(const QString &reason);
    void scheduleRetryFromStart(const QString &reason);
    void enterPolling(const QString &reason);
    void schedulePoll();
    void tryStreamingAgain();
    void requestCatchUp();
    void onCatchUpFinished(const CatchUpResult &result);
    void onCatchUpFailed(RestResponse::Error error, const QString &reason);
    void onStreamEvent(const StreamEvent &event);
    void onConversationEvent(const Conversation &conversation);
    void onNotificationEvent(const Notification &notification);
    bool deliver(const DirectMessage &message);
    void markSeenWithoutAnnouncing(const QString &statusId);
    void failAuthentication(const QString &reason);
    void stopActivity();
    QStringList streams() const;

    QNetworkAccessManager *m_network;
    AccountConfig m_config;
    RestClient *m_rest;
    InstanceDiscovery *m_discoverer;
    StreamConnection *m_stream;
    CatchUp *m_catchUp;
    PendingMentions *m_pending;
    std::unique_ptr<BackoffPolicy> m_backoff;
    std::unique_ptr<Ledger> m_ledger;

    QTimer m_retryTimer; // reconnects and restarts, with backoff
    std::function<void()> m_retryAction;
    QTimer m_stableTimer;      // connected long enough: backoff starts over
    QTimer m_pollTimer;        // polling while streaming does not work
    QTimer m_streamRetryTimer; // while polling: try streaming again
    QTimer m_catchUpRetryTimer;

    DiscoveryResult m_discovery;
    Account m_self;
    State m_state = State::Idle;
    QString m_stateDetail;
    QDateTime m_lastEventAt;
    int m_handshakeFailures = 0;
    bool m_identified = false;
    bool m_baselinePending = false;
    bool m_catchUpAgain = false;
};

} // namespace fedibell
