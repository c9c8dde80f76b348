#pragma once

#include "accountstate.h"
#include "announcepolicy.h"
#include "announcer.h"
#include "api/entities.h"
#include "api/instancediscovery.h"
#include "api/restclient.h"
#include "incomingmessage.h"
#include "monitorsettings.h"
#include "streamkeeper.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QRandomGenerator;

namespace fedibell {

class BackoffPolicy;
class CatchUp;
class Clock;
struct CatchUpResult;
class Ledger;
class ReadMarker;
struct StreamEvent;

// What a monitor needs to watch one account: where, with which token, how, and where it
// keeps its state. (The account as the server describes it is `Account`; as the desktop app
// saves it, without the token, `SavedAccount`.)
struct MonitoredAccount
{
    QString key;               // stable id of the account in this program; empty: the instance
    QUrl instance;             // https origin (http only for loopback), see InstanceAddress
    QByteArray token;          // never logged
    bool wantMentions = false; // also announce non-direct mentions
    bool wantChats = true;     // announce Pleroma chat messages where the server has chats
    bool wantRequests = true;  // announce DMs filtered into message requests (Mastodon 4.3+)
    MonitorSettings timers;
    QString stateDirectory; // where the account's ledger lives
};

// Keeps one account's direct messages flowing: discovers the instance, checks the token,
// streams, reconnects with backoff, falls back to polling, and catches up over REST after
// every (re)connect and start. AnnouncePolicy decides what each event means; the Announcer
// tells it in order and through the account's Ledger, so each message is announced once
// through messagesArrived().
class AccountMonitor : public QObject
{
    Q_OBJECT

public:
    using State = AccountState;

    // `clock` and `random` default to the system's; tests pass their own.
    AccountMonitor(QNetworkAccessManager *network, const MonitoredAccount &account,
                   QObject *parent = nullptr, Clock *clock = nullptr,
                   QRandomGenerator *random = nullptr);
    ~AccountMonitor() override;

    void start();
    // Stops everything and saves the ledger.
    void stop();
    // Stops everything and deletes the ledger: the account is being removed.
    void forgetState();

    // Sleep, wake and the network (fed by SystemEvents). Before the computer sleeps: the stream
    // is closed cleanly, nothing is retried, the ledger is saved (state Offline).
    void suspend() { m_keeper->hold(StreamKeeper::Hold::Sleep); }
    // Awake, or the clock jumped: connects and catches up now, not after a backoff or a ping
    // deadline.
    void resumeNow() { m_keeper->resumeNow(); }
    // No network: Offline, and nothing is tried until it is back; back: as resumeNow().
    void setOnline(bool online)
    {
        online ? m_keeper->resumeNow() : m_keeper->hold(StreamKeeper::Hold::NoNetwork);
    }
    QUrl instance() const { return m_config.instance; }

    // Changes the streams (mentions or not) and, when connected, subscribes again.
    void setWantMentions(bool want);
    void setWantChats(bool want);
    void setWantRequests(bool want);
    // The message requests pending at the last catch-up (Mastodon 4.3+), newest first.
    QList<MessageRequest> pendingRequests() const { return m_requests; }
    // Where the user answers them: the instance's /notifications/requests.
    QUrl requestsPage() const;

    // Marks a conversation as read on the server (POST /api/v1/conversations/:id/read);
    // conversationRead() follows when the server agrees. False (nothing sent) for an id that
    // is not an id.
    bool markConversationRead(const QString &conversationId);

    QString key() const { return m_config.key; }
    State state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }
    // "user@domain" once the token was verified, else the instance host.
    QString accountName() const;
    QDateTime lastEventAt() const { return m_announcer->lastAnnouncedAt(); }
    int heldMentions() const { return m_announcer->heldMentions(); }
    // Whether anything is scheduled that will talk to the server again (a retry, a poll, a
    // reconnect); an open stream alone does not count.
    bool isRetrying() const;
    // A catch-up runs or is about to.
    bool isCatchingUp() const;

signals:
    void stateChanged(fedibell::AccountState state, const QString &detail);
    // Messages that passed the gate: one live message, or all that one catch-up found.
    void messagesArrived(const fedibell::MessageBatch &batch);
    void conversationRead(const QString &conversationId);
    // A catch-up (or poll) finished and its messages, if any, were announced.
    void caughtUp();
    void messageDeleted(const QString &statusId);
    // The pending message requests changed (see pendingRequests()).
    void requestsChanged();
    // The token was refused: nothing is retried until a new one is given.
    void authenticationFailed(const QString &reason);
    // Something went wrong that Fedibell works around; worth a log line.
    void problem(const QString &message);

private:
    QString instanceDomain() const;
    void setState(fedibell::AccountState state, const QString &detail = {});
    void discover();
    void onDiscovered(const DiscoveryResult &result);
    void verifyIdentity();
    void onIdentity(const RestResponse &response);
    void openLedger(const Account &account);
    void becomeReady();
    void retryFromStart(const QString &reason);
    // The keeper holds (sleep, no network) or resumed: what the monitor schedules follows.
    void onHeld();
    void onResumed();
    void onCatchUpFinished(const CatchUpResult &result);
    void onCatchUpFailed(RestResponse::Error error, const QString &reason);
    // A reconcile found a message that the open stream never brought: it lost its
    // subscription (mastodon/mastodon#25157), so it is connected again.
    bool streamMissedAny(const Verdict &verdict) const;
    void onStreamEvent(const StreamEvent &event);
    void failAuthentication(const QString &reason);
    void stopActivity();
    // Chats wanted, and the server has them.
    bool wantsChats() const;
    QStringList streams() const;

    MonitoredAccount m_config;
    Clock *m_clock;
    QRandomGenerator *m_random;
    RestClient *m_rest;
    InstanceDiscovery *m_discoverer;
    StreamKeeper *m_keeper;
    CatchUp *m_catchUp;
    AnnouncePolicy m_policy;
    QList<MessageRequest> m_requests;
    Announcer *m_announcer;
    ReadMarker *m_readMarker;
    std::unique_ptr<BackoffPolicy> m_backoff; // retries from the start (discovery, identity)
    std::unique_ptr<Ledger> m_ledger;

    QTimer m_retryTimer;        // discovery or identity failed: start again, with backoff
    QTimer m_catchUpRetryTimer; // a catch-up failed while streaming

    DiscoveryResult m_discovery;
    Account m_self;
    State m_state = State::Idle;
    QString m_stateDetail;
    qint64 m_streamingSinceMs = -1;    // monotonic; -1 while not streaming
    qint64 m_lastCaughtUpAtMs = -1;    // when the last catch-up ended
    bool m_awaitingFirstEvent = false; // nothing came on this connection yet
    bool m_identified = false;
    bool m_baselinePending = false;
};

} // namespace fedibell
