#include "accountmonitor.h"

#include "api/streamevent.h"
#include "backoffpolicy.h"
#include "catchup.h"
#include "clock.h"
#include "ledger.h"
#include "logging.h"
#include "readmarker.h"
#include "streamkeeper.h"
#include "text/displaytext.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

AccountMonitor::AccountMonitor(QNetworkAccessManager *network, const MonitoredAccount &account,
                               QObject *parent, Clock *clock, QRandomGenerator *random)
    : QObject(parent)
    , m_config(account)
    , m_clock(clock ? clock : &Clock::system())
    , m_random(random ? random : QRandomGenerator::global())
    , m_rest(new RestClient(network, account.instance, account.token, this))
    , m_discoverer(new InstanceDiscovery(network, m_rest, this))
    , m_keeper(new StreamKeeper(m_rest, m_discoverer, account.timers, m_clock, m_random, this))
    , m_catchUp(new CatchUp(m_rest, this, m_clock, m_random))
    , m_announcer(new Announcer(account.timers.mentionGraceMs, m_clock, this))
    , m_readMarker(new ReadMarker(m_rest, this))
    , m_backoff(std::make_unique<BackoffPolicy>(account.timers.backoffBaseMs,
                                                account.timers.backoffCapMs, m_random))
{
    qRegisterMetaType<MessageBatch>();
    qRegisterMetaType<AccountState>();
    if (m_config.key.isEmpty()) {
        m_config.key = m_config.instance.toString();
    }
    m_policy.setWantMentions(m_config.wantMentions);
    m_policy.setWantChats(m_config.wantChats);
    m_policy.setWantRequests(m_config.wantRequests);
    m_policy.setRequestsPage(requestsPage());
    m_rest->setTransferTimeout(m_config.timers.requestTimeoutMs);
    m_catchUp->setRetryBase(m_config.timers.backoffBaseMs);

    // A catch-up that failed is retried soon: what came live meanwhile waits for it too.
    m_announcer->setCatchUpProbe([this] { return isCatchingUp(); });
    connect(m_announcer, &Announcer::messagesArrived, this, &AccountMonitor::messagesArrived);
    connect(m_announcer, &Announcer::conversationRead, this, &AccountMonitor::conversationRead);
    connect(m_readMarker, &ReadMarker::marked, this, &AccountMonitor::conversationRead);
    connect(m_readMarker, &ReadMarker::problem, this, &AccountMonitor::problem);

    for (QTimer *timer : {&m_retryTimer, &m_catchUpRetryTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_retryTimer, &QTimer::timeout, this, &AccountMonitor::discover);
    connect(&m_catchUpRetryTimer, &QTimer::timeout, m_catchUp, &CatchUp::request);

    connect(m_discoverer, &InstanceDiscovery::finished, this, &AccountMonitor::onDiscovered);
    connect(m_discoverer, &InstanceDiscovery::failed, this, &AccountMonitor::retryFromStart);
    connect(m_keeper, &StreamKeeper::stateChanged, this, &AccountMonitor::setState);
    connect(m_keeper, &StreamKeeper::eventReceived, this, &AccountMonitor::onStreamEvent);
    connect(m_keeper, &StreamKeeper::catchUpDue, m_catchUp, &CatchUp::request);
    connect(m_keeper, &StreamKeeper::problem, this, &AccountMonitor::problem);
    connect(m_keeper, &StreamKeeper::held, this, &AccountMonitor::onHeld);
    connect(m_keeper, &StreamKeeper::resumed, this, &AccountMonitor::onResumed);
    connect(m_keeper, &StreamKeeper::tokenRefused, this,
            [this] { failAuthentication(tr("The server refused the access token.")); });
    connect(m_catchUp, &CatchUp::finished, this, &AccountMonitor::onCatchUpFinished);
    connect(m_catchUp, &CatchUp::failed, this, &AccountMonitor::onCatchUpFailed);
    connect(m_catchUp, &CatchUp::rateLimited, this, [this](const QDateTime &until) {
        emit problem(tr("The server asked Fedibell to slow down; catching up again at %1.")
                         .arg(QLocale().toString(until.toLocalTime().time(), QLocale::LongFormat)));
    });
}

AccountMonitor::~AccountMonitor()
{
    stop();
}

QString AccountMonitor::instanceDomain() const
{
    return m_discovery.domain.isEmpty() ? m_config.instance.host() : m_discovery.domain;
}

QString AccountMonitor::accountName() const
{
    // Both parts come from the server and reach logs and windows: one clean line.
    if (!m_identified) {
        return DisplayText::line(instanceDomain());
    }
    return DisplayText::line(m_self.acct.section(u'@', 0, 0) + u'@' + instanceDomain());
}

void AccountMonitor::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_stateDetail) {
        return;
    }
    if (state == State::Streaming && m_state != State::Streaming) {
        m_streamingSinceMs = m_clock->monotonicMs();
        m_awaitingFirstEvent = true;
    } else if (state != State::Streaming) {
        m_streamingSinceMs = -1;
    }
    m_state = state;
    m_stateDetail = detail;
    qCInfo(lcSync) << accountName() << accountStateName(state) << detail;
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
        // What was held or waiting is not in the ledger: the next start's catch-up tells it.
        m_announcer->clear();
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
        m_announcer->clear();
        m_announcer->setLedger(nullptr);
        m_catchUp->setLedger(nullptr);
        m_ledger.reset(); // its destructor saves: remove the file afterwards
        QFile::remove(path);
    }
    setState(State::Stopped);
}

void AccountMonitor::stopActivity()
{
    for (QTimer *timer : {&m_retryTimer, &m_catchUpRetryTimer}) {
        timer->stop();
    }
    m_keeper->stop();
    m_catchUp->cancel();
}

void AccountMonitor::discover()
{
    setState(State::Discovering);
    m_discoverer->start();
}

void AccountMonitor::onDiscovered(const DiscoveryResult &result)
{
    m_discovery = result;
    m_catchUp->setIncludeChats(wantsChats());
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
        retryFromStart(response.errorMessage);
        return;
    }
    const std::optional<Account> account = Entities::parseAccount(response.json.object());
    if (!account) {
        retryFromStart(tr("The server sent an unusable answer about the account."));
        return;
    }
    if (m_identified && account->id != m_self.id) {
        failAuthentication(tr("The access token now belongs to another account."));
        return;
    }
    if (!m_identified) {
        openLedger(*account);
        m_self = *account;
        m_policy.setSelf(account->id);
        m_identified = true;
    }
    becomeReady();
}

void AccountMonitor::openLedger(const Account &account)
{
    const QString path = Ledger::pathFor(m_config.stateDirectory, m_config.instance, account.id);
    m_ledger = std::make_unique<Ledger>(path, m_config.timers.ledgerSaveDelayMs);
    QString error;
    if (!m_ledger->load(&error)) {
        emit problem(error);
    }
    m_catchUp->setLedger(m_ledger.get());
    m_announcer->setLedger(m_ledger.get());
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
    m_catchUp->request(); // also when the stream cannot connect yet
    m_keeper->start(m_discovery, m_config.token, streams());
}

QStringList AccountMonitor::streams() const
{
    QStringList result{u"direct"_s};
    // Chat messages come as notifications, like mentions.
    if (m_config.wantMentions || wantsChats()) {
        result.append(u"user:notification"_s);
    }
    return result;
}

void AccountMonitor::retryFromStart(const QString &reason)
{
    if (m_keeper->isHeld()) { // nothing is tried while asleep or without network
        setState(State::Offline, m_keeper->holdReason());
        return;
    }
    const int delay = m_backoff->nextDelayMs();
    setState(State::Offline, retryDetail(reason, delay));
    m_retryTimer.start(delay);
}

void AccountMonitor::onHeld()
{
    m_retryTimer.stop();
    m_catchUpRetryTimer.stop();
    if (!m_baselinePending) {
        m_catchUp->cancel(); // a first start's baseline may finish: it keeps nothing running
        m_announcer->releaseWaiting();
    }
    if (m_ledger) {
        m_ledger->flush();
    }
    if (m_state == State::Offline && !m_keeper->isRunning()) {
        setState(State::Offline, m_keeper->holdReason()); // was waiting to start over
    }
}

void AccountMonitor::onResumed()
{
    if (m_state == State::Offline && !m_keeper->isRunning()) { // start over now
        m_retryTimer.stop();
        m_backoff->reset();
        discover();
    }
}

void AccountMonitor::onCatchUpFinished(const CatchUpResult &result)
{
    if (m_baselinePending) {
        m_ledger->setBaseline(result.highestStatusId());
        m_ledger->save();
        m_baselinePending = false;
        becomeReady();
        emit caughtUp();
        return;
    }
    const Verdict verdict =
        m_policy.onCatchUp(result.notifications, result.conversations, result.requests);
    const bool streamMissed = streamMissedAny(verdict);
    m_announcer->applyCaughtUp(verdict);
    m_lastCaughtUpAtMs = m_clock->monotonicMs();
    if (streamMissed) {
        m_keeper->reconnect(tr("The streaming server stopped delivering messages; connecting "
                               "again."));
    }
    if (result.requestsChecked) {
        if (!RequestCheck::same(result.requests, m_requests)) {
            m_requests = result.requests;
            emit requestsChanged();
        }
    }
    if (!isCatchingUp()) { // else the next run, which follows at once, tells what this found
        emit caughtUp();
    }
}

bool AccountMonitor::streamMissedAny(const Verdict &verdict) const
{
    // Only a reconcile counts: the stream was open since before the previous catch-up ended,
    // so whatever is new since then should have come on it.
    if (m_streamingSinceMs < 0 || m_lastCaughtUpAtMs < m_streamingSinceMs) {
        return false;
    }
    return std::any_of(verdict.announce.cbegin(), verdict.announce.cend(),
                       [this](const IncomingMessage &message) {
                           // Filtered messages never come on the stream.
                           return message.kind != IncomingMessage::Kind::Request
                                  && !m_ledger->isSeen(message.status.id)
                                  && !m_announcer->cameLive(message.status.id);
                       });
}

bool AccountMonitor::isCatchingUp() const
{
    return m_catchUp->isBusy() || m_catchUpRetryTimer.isActive();
}

bool AccountMonitor::isRetrying() const
{
    return m_retryTimer.isActive() || m_catchUpRetryTimer.isActive() || m_keeper->isScheduled();
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
        retryFromStart(reason);
        return;
    }
    // Polling retries by itself; while streaming, try again after a poll interval.
    if (m_state != State::Polling && !m_keeper->isHeld()) {
        m_catchUpRetryTimer.start(m_config.timers.pollMinMs);
    }
}

void AccountMonitor::onStreamEvent(const StreamEvent &event)
{
    using K = StreamEvent::Kind;
    if (m_awaitingFirstEvent && (event.kind == K::Conversation || event.kind == K::Notification)) {
        // The server subscribed this connection at some moment after the catch-up of
        // connecting began: what was posted in between came on neither. Now that the stream
        // delivers, one more catch-up closes that gap, and this message waits for it.
        m_awaitingFirstEvent = false;
        m_catchUp->request();
    }
    switch (event.kind) {
    case K::Conversation:
        m_announcer->applyLive(m_policy.onConversation(*event.conversation));
        break;
    case K::Notification:
        if (const Notification &notification = *event.notification; notification.status) {
            const bool seen = m_ledger->isSeen(notification.status->id);
            m_announcer->applyLive(m_policy.onNotification(notification, seen));
        }
        break;
    case K::Delete:
        m_announcer->forget(event.deletedId);
        emit messageDeleted(event.deletedId);
        break;
    case K::NotificationsMerged:
        m_catchUp->request();
        break;
    case K::Error:
        emit problem(tr("The streaming server reported: %1").arg(event.errorMessage));
        break;
    case K::SubscribeRefused: // the keeper's business
    case K::Ignored:
    case K::Malformed:
        break;
    }
}

void AccountMonitor::setWantMentions(bool want)
{
    if (want == m_config.wantMentions) {
        return;
    }
    m_config.wantMentions = want;
    m_policy.setWantMentions(want);
    m_keeper->setStreams(streams());
}

QUrl AccountMonitor::requestsPage() const
{
    QUrl page = m_config.instance;
    page.setPath(u"/notifications/requests"_s);
    return page;
}

void AccountMonitor::setWantRequests(bool want)
{
    m_config.wantRequests = want;
    m_policy.setWantRequests(want);
}

void AccountMonitor::setWantChats(bool want)
{
    if (want == m_config.wantChats) {
        return;
    }
    m_config.wantChats = want;
    m_policy.setWantChats(want);
    m_catchUp->setIncludeChats(wantsChats());
    m_keeper->setStreams(streams());
}

bool AccountMonitor::wantsChats() const
{
    return m_config.wantChats && m_discovery.hasChats;
}

bool AccountMonitor::markConversationRead(const QString &conversationId)
{
    return m_readMarker->mark(conversationId);
}

void AccountMonitor::failAuthentication(const QString &reason)
{
    stopActivity();
    if (m_ledger) {
        m_announcer->releaseAll();
        m_ledger->flush();
    }
    setState(State::AuthFailed, reason);
    emit authenticationFailed(reason);
}

} // namespace fedibell
