#include "accountmonitor.h"

#include "api/entityid.h"
#include "api/instanceaddress.h"
#include "api/streamconnection.h"
#include "api/streamevent.h"
#include "backoffpolicy.h"
#include "catchup.h"
#include "ledger.h"
#include "logging.h"
#include "pendingmentions.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

// Keeps a path component to characters that are safe in any file system.
QString safeFileComponent(const QString &text)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString result = text.toLower();
    result.replace(unsafe, u"_"_s);
    return result.left(100);
}

} // namespace

AccountMonitor::AccountMonitor(QNetworkAccessManager *network, const AccountConfig &config,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_rest(new RestClient(network, config.instance, config.token, this))
    , m_discoverer(new InstanceDiscovery(network, m_rest, this))
    , m_stream(new StreamConnection(this))
    , m_catchUp(new CatchUp(m_rest, this))
    , m_pending(new PendingMentions(config.timers.mentionGraceMs, this))
    , m_backoff(
          std::make_unique<BackoffPolicy>(config.timers.backoffBaseMs, config.timers.backoffCapMs))
{
    qRegisterMetaType<DirectMessage>();
    const MonitorSettings &timers = m_config.timers;
    m_rest->setTransferTimeout(timers.requestTimeoutMs);
    m_stream->setTiming({timers.pingIntervalMs, timers.pongDeadlineMs});

    for (QTimer *timer :
         {&m_retryTimer, &m_stableTimer, &m_pollTimer, &m_streamRetryTimer, &m_catchUpRetryTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_retryAction) {
            m_retryAction();
        }
    });
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_backoff->reset(); });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        requestCatchUp();
        schedulePoll();
    });
    connect(&m_streamRetryTimer, &QTimer::timeout, this, &AccountMonitor::tryStreamingAgain);
    connect(&m_catchUpRetryTimer, &QTimer::timeout, this, &AccountMonitor::requestCatchUp);

    connect(m_discoverer, &InstanceDiscovery::finished, this, &AccountMonitor::onDiscovered);
    connect(m_discoverer, &InstanceDiscovery::failed, this,
            &AccountMonitor::scheduleRetryFromStart);
    connect(m_stream, &StreamConnection::connected, this, &AccountMonitor::onStreamConnected);
    connect(m_stream, &StreamConnection::disconnected, this, &AccountMonitor::onStreamDisconnected);
    connect(m_stream, &StreamConnection::handshakeFailed, this, &AccountMonitor::onHandshakeFailed);
    connect(m_stream, &StreamConnection::eventReceived, this, &AccountMonitor::onStreamEvent);
    connect(m_catchUp, &CatchUp::finished, this, &AccountMonitor::onCatchUpFinished);
    connect(m_catchUp, &CatchUp::failed, this, &AccountMonitor::onCatchUpFailed);
    connect(m_catchUp, &CatchUp::rateLimited, this, [this](const QDateTime &until) {
        emit problem(tr("The server asked Fedibell to slow down; catching up again at %1.")
                         .arg(until.toLocalTime().toString(u"HH:mm:ss"_s)));
    });
    connect(m_pending, &PendingMentions::released, this,
            [this](const DirectMessage &message) { deliver(message); });
}

AccountMonitor::~AccountMonitor()
{
    stop();
}

QString AccountMonitor::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Discovering:
        return tr("looking up the instance");
    case State::Authenticating:
        return tr("checking the access token");
    case State::Connecting:
        return tr("connecting");
    case State::Streaming:
        return tr("streaming");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Polling:
        return tr("polling");
    case State::Offline:
        return tr("offline");
    case State::AuthFailed:
        return tr("access token refused");
    case State::Stopped:
        return tr("stopped");
    }
    return {};
}

QString AccountMonitor::instanceDomain() const
{
    return m_discovery.domain.isEmpty() ? m_config.instance.host() : m_discovery.domain;
}

QString AccountMonitor::accountName() const
{
    if (!m_identified) {
        return instanceDomain();
    }
    return m_self.acct.section(u'@', 0, 0) + u'@' + instanceDomain();
}

void AccountMonitor::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_stateDetail) {
        return;
    }
    m_state = state;
    m_stateDetail = detail;
    qCInfo(lcSync) << accountName() << stateName(state) << detail;
    emit stateChanged(state, detail);
}

void AccountMonitor::start()
{
    if (m_state != State::Idle && m_state != State::Stopped && m_state != State::AuthFailed) {
        return;
    }
    m_backoff->reset();
    discover();
}

void AccountMonitor::stop()
{
    if (m_state == State::Stopped) {
        return;
    }
    stopActivity();
    if (m_ledger) {
        QString error;
        if (!m_ledger->flush(&error)) {
            emit problem(error);
        }
    }
    setState(State::Stopped);
}

void AccountMonitor::forgetState()
{
    stopActivity();
    if (m_ledger) {
        const QString path = m_ledger->filePath();
        m_ledger.reset(); // its destructor saves: remove the file afterwards
        QFile::remove(path);
    }
    setState(State::Stopped);
}

void AccountMonitor::stopActivity()
{
    for (QTimer *timer :
         {&m_retryTimer, &m_stableTimer, &m_pollTimer, &m_streamRetryTimer, &m_catchUpRetryTimer}) {
        timer->stop();
    }
    m_stream->close();
    m_catchUp->cancel();
    m_catchUpAgain = false;
}

void AccountMonitor::discover()
{
    setState(State::Discovering);
    m_discoverer->start();
}

void AccountMonitor::onDiscovered(const DiscoveryResult &result)
{
    m_discovery = result;
    if (m_identified) {
        becomeReady();
    } else {
        verifyIdentity();
    }
}

void AccountMonitor::verifyIdentity()
{
    setState(State::Authenticating);
    m_rest->get(u"/api/v1/accounts/verify_credentials"_s, {}, this,
                [this](const RestResponse &response) { onIdentity(response); });
}

void AccountMonitor::onIdentity(const RestResponse &response)
{
    using E = RestResponse::Error;
    if (response.error == E::Unauthorized) {
        failAuthentication(tr("The server refused the access token (it is wrong, expired or "
                              "was revoked)."));
        return;
    }
    if (response.error == E::Forbidden) {
        failAuthentication(tr("The access token lacks the \"read:accounts\" scope, so Fedibell "
                              "cannot tell whose messages these are."));
        return;
    }
    if (!response.ok()) {
        scheduleRetryFromStart(response.errorMessage);
        return;
    }
    const std::optional<Account> account = Entities::parseAccount(response.json.object());
    if (!account) {
        scheduleRetryFromStart(tr("The server sent an unusable answer about the account."));
        return;
    }
    if (m_identified && account->id != m_self.id) {
        failAuthentication(tr("The access token now belongs to another account."));
        return;
    }
    if (!m_identified) {
        openLedger(*account);
        m_self = *account;
        m_identified = true;
    }
    becomeReady();
}

void AccountMonitor::openLedger(const Account &account)
{
    const QString path =
        QDir(m_config.stateDirectory)
            .filePath(u"accounts/%1/%2.json"_s.arg(safeFileComponent(instanceDomain()),
                                                   safeFileComponent(account.id)));
    m_ledger = std::make_unique<Ledger>(path, m_config.timers.ledgerSaveDelayMs);
    QString error;
    if (!m_ledger->load(&error)) {
        emit problem(error);
    }
}

void AccountMonitor::becomeReady()
{
    if (!m_ledger->hasBaseline()) {
        // A first start: remember where the account stands, announce nothing older.
        m_baselinePending = true;
        setState(State::Connecting, tr("recording what is already there"));
        m_catchUp->startBaseline();
        return;
    }
    requestCatchUp();
    if (m_discovery.streamingHealthy) {
        connectStream();
    } else {
        enterPolling(tr("the instance's streaming service is not available"));
    }
}

QStringList AccountMonitor::streams() const
{
    QStringList result{u"direct"_s};
    if (m_config.wantMentions) {
        result.append(u"user:notification"_s);
    }
    return result;
}

void AccountMonitor::connectStream()
{
    if (m_state != State::Polling) {
        setState(State::Connecting);
    }
    m_stream->open(m_discovery.streamingOrigin, m_config.token, streams());
}

void AccountMonitor::onStreamConnected()
{
    m_handshakeFailures = 0;
    m_pollTimer.stop();
    m_streamRetryTimer.stop();
    m_retryTimer.stop();
    m_stableTimer.start(m_config.timers.stableAfterMs);
    setState(State::Streaming, streams().join(u", "_s));
    requestCatchUp();
}

void AccountMonitor::onStreamDisconnected(const QString &reason)
{
    m_stableTimer.stop();
    emit problem(reason);
    scheduleReconnect(reason);
}

void AccountMonitor::onHandshakeFailed(const QString &reason)
{
    // Qt cannot tell a refused token from a refused connection here: ask REST.
    m_rest->get(u"/api/v1/accounts/verify_credentials"_s, {}, this,
                [this, reason](const RestResponse &response) {
                    if (response.error == RestResponse::Error::Unauthorized) {
                        failAuthentication(tr("The server refused the access token."));
                        return;
                    }
                    if (m_state == State::AuthFailed || m_state == State::Stopped) {
                        return;
                    }
                    if (response.error == RestResponse::Error::Network) {
                        // The whole server is out of reach: keep trying to stream.
                        scheduleReconnect(reason);
                        return;
                    }
                    ++m_handshakeFailures;
                    if (m_handshakeFailures >= m_config.timers.handshakeFailuresBeforePolling) {
                        enterPolling(reason);
                    } else {
                        scheduleReconnect(reason);
                    }
                });
}

void AccountMonitor::scheduleReconnect(const QString &reason)
{
    const int delay = m_backoff->nextDelayMs();
    setState(State::Reconnecting,
             tr("%1 Trying again in %2 s.").arg(reason).arg(delay / 1000.0, 0, 'f', 1));
    m_retryAction = [this] { connectStream(); };
    m_retryTimer.start(delay);
}

void AccountMonitor::scheduleRetryFromStart(const QString &reason)
{
    const int delay = m_backoff->nextDelayMs();
    setState(State::Offline,
             tr("%1 Trying again in %2 s.").arg(reason).arg(delay / 1000.0, 0, 'f', 1));
    m_retryAction = [this] { discover(); };
    m_retryTimer.start(delay);
}

void AccountMonitor::enterPolling(const QString &reason)
{
    m_stream->close();
    m_retryTimer.stop();
    const bool wasPolling = m_state == State::Polling;
    setState(State::Polling, reason);
    if (!wasPolling) {
        requestCatchUp();
    }
    if (!m_pollTimer.isActive()) {
        schedulePoll();
    }
    m_streamRetryTimer.start(m_config.timers.streamRetryMs);
}

void AccountMonitor::schedulePoll()
{
    const MonitorSettings &timers = m_config.timers;
    const int span = std::max(0, timers.pollMaxMs - timers.pollMinMs);
    m_pollTimer.start(timers.pollMinMs + int(QRandomGenerator::global()->bounded(span + 1)));
}

void AccountMonitor::tryStreamingAgain()
{
    connect(
        m_discoverer, &InstanceDiscovery::healthChecked, this,
        [this](bool healthy) {
            if (m_state != State::Polling) {
                return;
            }
            if (healthy) {
                m_discovery.streamingHealthy = true;
                connectStream();
            } else {
                m_streamRetryTimer.start(m_config.timers.streamRetryMs);
            }
        },
        Qt::SingleShotConnection);
    m_discoverer->checkHealth(m_discovery.streamingOrigin);
}

void AccountMonitor::requestCatchUp()
{
    if (!m_ledger || m_baselinePending) {
        return;
    }
    if (m_catchUp->isRunning()) {
        m_catchUpAgain = true;
        return;
    }
    m_catchUpAgain = false;
    m_catchUpRetryTimer.stop();
    m_catchUp->start(m_ledger->conversationsCursor(), m_ledger->notificationsCursor());
}

void AccountMonitor::onCatchUpFinished(const CatchUpResult &result)
{
    if (m_baselinePending) {
        QString floor;
        for (const Conversation &conversation : result.conversations) {
            floor = std::max(floor, conversation.lastStatus->id, entityIdLess);
        }
        for (const Notification &notification : result.notifications) {
            floor = std::max(floor, notification.status->id, entityIdLess);
        }
        m_ledger->setBaseline(floor);
        m_ledger->setCursors(result.conversationsCursor, result.notificationsCursor);
        m_ledger->save();
        m_baselinePending = false;
        becomeReady();
        return;
    }

    // Merge both lists by status id: a conversation knows its id, a notification does not.
    QHash<QString, DirectMessage> messages;
    for (const Notification &notification : result.notifications) {
        const Status &status = *notification.status;
        if (status.account.id == m_self.id) {
            continue;
        }
        if (status.isDirect() || m_config.wantMentions) {
            DirectMessage message;
            message.kind =
                status.isDirect() ? DirectMessage::Kind::Direct : DirectMessage::Kind::Mention;
            message.status = status;
            messages.insert(status.id, message);
        }
    }
    for (const Conversation &conversation : result.conversations) {
        const Status &status = *conversation.lastStatus;
        if (status.account.id == m_self.id || !status.isDirect()) {
            continue;
        }
        if (!conversation.unread) {
            // Already read in another client: nothing to tell.
            messages.remove(status.id);
            markSeenWithoutAnnouncing(status.id);
            continue;
        }
        DirectMessage &message = messages[status.id];
        message.kind = DirectMessage::Kind::Direct;
        message.status = status;
        message.conversationId = conversation.id;
    }
    QList<DirectMessage> ordered = messages.values();
    std::sort(ordered.begin(), ordered.end(), [](const DirectMessage &a, const DirectMessage &b) {
        return entityIdLess(a.status.id, b.status.id);
    });
    int announced = 0;
    for (DirectMessage &message : ordered) {
        m_pending->take(message.status.id);
        message.caughtUp = true;
        announced += deliver(message) ? 1 : 0;
    }
    if (announced > 0) {
        emit catchUpDelivered(announced);
    }
    m_ledger->setCursors(result.conversationsCursor, result.notificationsCursor);
    if (!result.complete || m_catchUpAgain) {
        QTimer::singleShot(0, this, &AccountMonitor::requestCatchUp);
    }
}

void AccountMonitor::onCatchUpFailed(RestResponse::Error error, const QString &reason)
{
    if (error == RestResponse::Error::Unauthorized) {
        failAuthentication(tr("The server refused the access token."));
        return;
    }
    emit problem(tr("Catching up failed: %1").arg(reason));
    if (m_baselinePending) {
        m_baselinePending = false;
        scheduleRetryFromStart(reason);
        return;
    }
    // Polling retries by itself; while streaming, try again after a poll interval.
    if (m_state != State::Polling) {
        m_catchUpRetryTimer.start(m_config.timers.pollMinMs);
    }
}

void AccountMonitor::onStreamEvent(const StreamEvent &event)
{
    using K = StreamEvent::Kind;
    switch (event.kind) {
    case K::Conversation:
        onConversationEvent(*event.conversation);
        break;
    case K::Notification:
        onNotificationEvent(*event.notification);
        break;
    case K::Delete:
        m_pending->take(event.deletedId);
        emit messageDeleted(event.deletedId);
        break;
    case K::NotificationsMerged:
        requestCatchUp();
        break;
    case K::Error:
        emit problem(tr("The streaming server reported: %1").arg(event.errorMessage));
        break;
    case K::Ignored:
    case K::Malformed:
        break;
    }
}

void AccountMonitor::onConversationEvent(const Conversation &conversation)
{
    if (!conversation.lastStatus) {
        return;
    }
    const Status &status = *conversation.lastStatus;
    if (status.account.id == m_self.id || !conversation.unread) {
        // Our own reply, or read elsewhere: nothing to announce, and any popup can go.
        m_pending->take(status.id);
        markSeenWithoutAnnouncing(status.id);
        emit conversationRead(conversation.id);
        return;
    }
    if (!status.isDirect()) {
        return;
    }
    m_pending->take(status.id);
    deliver(DirectMessage{DirectMessage::Kind::Direct, status, conversation.id});
}

void AccountMonitor::onNotificationEvent(const Notification &notification)
{
    if (notification.type != u"mention" || !notification.status) {
        return;
    }
    const Status &status = *notification.status;
    if (status.account.id == m_self.id || m_ledger->isSeen(status.id)) {
        return;
    }
    if (status.isDirect()) {
        // The conversation event with the conversation's id follows on the direct stream.
        m_pending->hold(DirectMessage{DirectMessage::Kind::Direct, status, QString()});
    } else if (m_config.wantMentions) {
        deliver(DirectMessage{DirectMessage::Kind::Mention, status, QString()});
    }
}

bool AccountMonitor::deliver(const DirectMessage &message)
{
    if (message.status.hiddenByFilter) {
        markSeenWithoutAnnouncing(message.status.id);
        return false;
    }
    if (!m_ledger->admit(message.status.id)) {
        return false;
    }
    m_lastEventAt = QDateTime::currentDateTimeUtc();
    emit messageArrived(message);
    return true;
}

void AccountMonitor::setWantMentions(bool want)
{
    if (want == m_config.wantMentions) {
        return;
    }
    m_config.wantMentions = want;
    if (m_state == State::Streaming || m_state == State::Connecting) {
        m_stream->close();
        connectStream();
    }
}

void AccountMonitor::markConversationRead(const QString &conversationId)
{
    static const QRegularExpression validId(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!validId.match(conversationId).hasMatch()) {
        return;
    }
    m_rest->post(u"/api/v1/conversations/%1/read"_s.arg(conversationId), this,
                 [this, conversationId](const RestResponse &response) {
                     if (response.ok()) {
                         emit conversationRead(conversationId);
                     } else if (response.error == RestResponse::Error::Forbidden) {
                         emit problem(tr("The access token lacks the \"write:conversations\" "
                                         "scope, so Fedibell cannot mark conversations as read."));
                     } else {
                         emit problem(response.errorMessage);
                     }
                 });
}

void AccountMonitor::markSeenWithoutAnnouncing(const QString &statusId)
{
    m_ledger->admit(statusId);
}

void AccountMonitor::failAuthentication(const QString &reason)
{
    stopActivity();
    m_pending->releaseAll();
    if (m_ledger) {
        m_ledger->flush();
    }
    setState(State::AuthFailed, reason);
    emit authenticationFailed(reason);
}

} // namespace fedibell
