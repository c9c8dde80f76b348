#include "streamkeeper.h"

#include "api/restclient.h"
#include "api/streamconnection.h"
#include "api/streamevent.h"
#include "backoffpolicy.h"
#include "clock.h"
#include "logging.h"

#include <QRandomGenerator>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

StreamKeeper::StreamKeeper(RestClient *rest, InstanceDiscovery *discoverer,
                           const MonitorSettings &timers, Clock *clock, QRandomGenerator *random,
                           QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_discoverer(discoverer)
    , m_timers(timers)
    , m_random(random)
    , m_stream(new StreamConnection(this))
    , m_clock(clock)
    , m_backoff(std::make_unique<BackoffPolicy>(timers.backoffBaseMs, timers.backoffCapMs, random))
    , m_streamRetryBackoff(
          std::make_unique<BackoffPolicy>(timers.backoffBaseMs, timers.streamRetryMs, random))
{
    m_stream->setTiming({timers.pingIntervalMs, timers.pongDeadlineMs});
    for (QTimer *timer : {&m_reconnectTimer, &m_stableTimer, &m_pollTimer, &m_streamRetryTimer,
                          &m_reconcileTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_reconcileTimer, &QTimer::timeout, this, [this] {
        emit catchUpDue();
        scheduleReconcile();
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamKeeper::connectStream);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_backoff->reset(); });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        emit catchUpDue();
        schedulePoll();
    });
    connect(&m_streamRetryTimer, &QTimer::timeout, this, &StreamKeeper::tryStreamingAgain);
    connect(m_stream, &StreamConnection::connected, this, &StreamKeeper::onConnected);
    connect(m_stream, &StreamConnection::disconnected, this, &StreamKeeper::onDisconnected);
    connect(m_stream, &StreamConnection::handshakeFailed, this, &StreamKeeper::onHandshakeFailed);
    connect(m_stream, &StreamConnection::eventReceived, this, &StreamKeeper::onEvent);
}

StreamKeeper::~StreamKeeper() = default;

void StreamKeeper::setState(AccountState state, const QString &detail)
{
    m_state = state;
    emit stateChanged(state, detail);
}

void StreamKeeper::start(const DiscoveryResult &discovery, const QByteArray &token,
                         const QStringList &streams)
{
    m_discovery = discovery;
    m_token = token;
    m_streams = streams;
    m_backoff->reset();
    m_streamRetryBackoff->reset();
    m_handshakeFailures = 0;
    m_everConnected = false;
    m_refusingSinceMs = -1;
    if (isHeld()) {
        setState(AccountState::Offline, holdReason()); // resumeNow() starts it
        return;
    }
    if (discovery.streamingHealthy) {
        connectStream();
    } else {
        enterPolling(tr("the instance's streaming service is not available"));
    }
}

void StreamKeeper::setStreams(const QStringList &streams)
{
    m_streams = streams;
    if (m_state == AccountState::Streaming || m_state == AccountState::Connecting) {
        m_stream->close();
        connectStream();
    }
}

void StreamKeeper::stop()
{
    stopTimers();
    m_stream->close();
    m_state = AccountState::Stopped;
}

void StreamKeeper::stopTimers()
{
    for (QTimer *timer : {&m_reconnectTimer, &m_stableTimer, &m_pollTimer, &m_streamRetryTimer,
                          &m_reconcileTimer}) {
        timer->stop();
    }
}

bool StreamKeeper::isRunning() const
{
    return m_state != AccountState::Idle && m_state != AccountState::Stopped;
}

QString StreamKeeper::holdReason() const
{
    switch (m_hold) {
    case Hold::None:
        break;
    case Hold::Sleep:
        return tr("the computer is going to sleep");
    case Hold::NoNetwork:
        return tr("no network connection");
    }
    return {};
}

void StreamKeeper::hold(Hold why)
{
    if (why == Hold::None) {
        return;
    }
    m_hold = why;
    qCInfo(lcSync) << "holding:" << holdReason();
    if (isRunning()) {
        ++m_generation;
        stopTimers();
        m_stream->closeGracefully();
        setState(AccountState::Offline, holdReason());
    }
    emit held();
}

void StreamKeeper::resumeNow()
{
    m_hold = Hold::None;
    if (isRunning()) {
        ++m_generation;
        const bool wasPolling = m_state == AccountState::Polling;
        stopTimers();
        m_stream->close(); // after a sleep it is likely dead, whatever it looks like
        m_backoff->reset();
        m_streamRetryBackoff->reset();
        m_handshakeFailures = 0;
        m_refusingSinceMs = -1;
        qCInfo(lcSync) << "connecting now, without waiting for a backoff or a ping deadline";
        if (m_discovery.streamingHealthy) {
            emit catchUpDue(); // now, not only once the stream is back
            connectStream();
        } else {
            enterPolling(tr("the instance's streaming service is not available"));
            if (wasPolling) {
                emit catchUpDue(); // enterPolling() asks only when polling begins
            }
        }
    }
    emit resumed();
}

bool StreamKeeper::isScheduled() const
{
    return m_reconnectTimer.isActive() || m_pollTimer.isActive() || m_streamRetryTimer.isActive();
}

void StreamKeeper::scheduleReconcile()
{
    // Jitter of up to a tenth, so that several accounts (and clients) do not ask together.
    const int jitter = int(m_random->bounded(m_timers.reconcileMs / 10 + 1));
    m_reconcileTimer.start(m_timers.reconcileMs - m_timers.reconcileMs / 20 + jitter);
}

void StreamKeeper::connectStream()
{
    m_reconcileTimer.stop();
    if (m_state != AccountState::Polling) {
        setState(AccountState::Connecting);
    }
    m_stream->open(m_discovery.streamingOrigin, m_token, m_streams);
}

void StreamKeeper::onConnected()
{
    m_handshakeFailures = 0;
    m_everConnected = true;
    m_refusingSinceMs = -1;
    m_streamRetryBackoff->reset();
    m_pollTimer.stop();
    m_streamRetryTimer.stop();
    m_reconnectTimer.stop();
    m_stableTimer.start(m_timers.stableAfterMs);
    scheduleReconcile();
    setState(AccountState::Streaming, m_streams.join(u", "_s));
    emit catchUpDue();
}

void StreamKeeper::reconnect(const QString &reason)
{
    if (m_state != AccountState::Streaming) {
        return;
    }
    m_stream->closeGracefully();
    m_stableTimer.stop();
    m_reconcileTimer.stop();
    emit problem(reason);
    connectStream();
}

void StreamKeeper::onDisconnected(const QString &reason)
{
    m_stableTimer.stop();
    m_reconcileTimer.stop();
    emit problem(reason);
    scheduleReconnect(reason);
}

void StreamKeeper::onHandshakeFailed(const QString &reason, int httpStatus)
{
    // Qt cannot tell a refused token from other refusals here: ask REST.
    m_rest->get(
        u"/api/v1/accounts/verify_credentials"_s, {}, this,
        [this, reason, httpStatus, generation = m_generation](const RestResponse &response) {
            if (m_state == AccountState::Stopped || generation != m_generation) {
                return; // stopped, held or resumed meanwhile
            }
            if (response.error == RestResponse::Error::Unauthorized) {
                stop();
                emit tokenRefused();
                return;
            }
            if (response.error == RestResponse::Error::Network) {
                // The whole server is out of reach: keep trying to stream.
                scheduleReconnect(reason);
                return;
            }
            const bool refusedByHttp = httpStatus >= 400 && httpStatus < 500;
            if (refusedByHttp && tryOtherAuthentication()) {
                return;
            }
            onUpgradeRefused(reason, httpStatus);
        });
}

bool StreamKeeper::tryOtherAuthentication()
{
    using Authentication = StreamConnection::Authentication;
    if (m_stream->authentication() == Authentication::Subprotocol) {
        if (!m_everConnected) {
            // Neither way works: back to the header, which most servers read.
            m_stream->setAuthentication(Authentication::Header);
        }
        return false;
    }
    if (m_subprotocolTried || !StreamConnection::canSendAsSubprotocol(m_token)) {
        return false;
    }
    m_subprotocolTried = true;
    qCInfo(lcSync) << "the streaming server refused the Authorization header; sending the "
                      "token as the WebSocket subprotocol";
    m_stream->setAuthentication(Authentication::Subprotocol);
    m_stream->close();
    connectStream();
    return true;
}

void StreamKeeper::onEvent(const StreamEvent &event)
{
    if (event.kind != StreamEvent::Kind::SubscribeRefused) {
        emit eventReceived(event);
        return;
    }
    // Pleroma accepts a connection without a token it can read, then refuses its streams.
    const QString reason = tr("the streaming server refused the subscription");
    if (tryOtherAuthentication()) {
        return;
    }
    emit problem(reason);
    enterPolling(reason);
}

void StreamKeeper::onUpgradeRefused(const QString &reason, int httpStatus)
{
    if (httpStatus == 0 && m_everConnected) {
        // REST answers, the streaming server refuses connections: it is restarting (a deploy
        // takes seconds). Reconnect until that has taken longer than any restart does.
        const qint64 now = m_clock->monotonicMs();
        if (m_refusingSinceMs < 0) {
            m_refusingSinceMs = now;
        }
        if (now - m_refusingSinceMs < m_timers.restartGraceMs) {
            scheduleReconnect(reason);
            return;
        }
        enterPolling(reason);
        return;
    }
    ++m_handshakeFailures;
    if (m_handshakeFailures >= m_timers.handshakeFailuresBeforePolling) {
        enterPolling(reason);
    } else {
        scheduleReconnect(reason);
    }
}

void StreamKeeper::scheduleReconnect(const QString &reason)
{
    const int delay = m_backoff->nextDelayMs();
    setState(AccountState::Reconnecting, retryDetail(reason, delay));
    m_reconnectTimer.start(delay);
}

void StreamKeeper::enterPolling(const QString &reason)
{
    m_stream->close();
    m_reconnectTimer.stop();
    const bool wasPolling = m_state == AccountState::Polling;
    setState(AccountState::Polling, reason);
    if (!wasPolling) {
        emit catchUpDue();
    }
    if (!m_pollTimer.isActive()) {
        schedulePoll();
    }
    scheduleStreamRetry();
}

void StreamKeeper::scheduleStreamRetry()
{
    // Soon at first (a restart behind a proxy answers 502 for a few seconds), then less
    // often, but never rarer than streamRetryMs.
    m_streamRetryTimer.start(
        std::max(m_timers.backoffBaseMs / 2, m_streamRetryBackoff->nextDelayMs()));
}

void StreamKeeper::schedulePoll()
{
    const int span = std::max(0, m_timers.pollMaxMs - m_timers.pollMinMs);
    m_pollTimer.start(m_timers.pollMinMs + int(m_random->bounded(span + 1)));
}

void StreamKeeper::tryStreamingAgain()
{
    connect(
        m_discoverer, &InstanceDiscovery::healthChecked, this,
        [this](bool healthy) {
            if (m_state != AccountState::Polling) {
                return;
            }
            if (healthy) {
                m_discovery.streamingHealthy = true;
                connectStream();
            } else {
                scheduleStreamRetry();
            }
        },
        Qt::SingleShotConnection);
    m_discoverer->checkHealth(m_discovery.streamingOrigin);
}

} // namespace fedibell
