#include "catchup.h"

#include "api/entityid.h"
#include "clock.h"
#include "ledger.h"
#include "logging.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDefaultRateLimitWaitMs = qint64{60} * 1000;
constexpr qint64 kMaxRateLimitWaitMs = qint64{15} * 60 * 1000;
constexpr int kRateLimitJitterMs = 1000;
constexpr int kDefaultRetryBaseMs = 1000;
constexpr int kMaxIncompletePauseMs = 60 * 1000;

} // namespace

QString CatchUpResult::highestStatusId() const
{
    QString highest;
    for (const Conversation &conversation : conversations) {
        highest = maxEntityId(highest, conversation.lastStatus->id);
    }
    for (const Notification &notification : notifications) {
        highest = maxEntityId(highest, notification.status->id);
    }
    return highest;
}

CatchUp::CatchUp(RestClient *rest, QObject *parent, Clock *clock, QRandomGenerator *random)
    : QObject(parent)
    , m_rest(rest)
    , m_clock(clock ? clock : &Clock::system())
    , m_random(random ? random : QRandomGenerator::global())
    , m_rateLimitBackoff(kDefaultRetryBaseMs, int(kMaxRateLimitWaitMs), m_random)
    , m_incompleteBackoff(kDefaultRetryBaseMs, kMaxIncompletePauseMs, m_random)
    , m_requestCheck(new RequestCheck(rest, this))
{
    qRegisterMetaType<CatchUpResult>();
    connect(m_requestCheck, &RequestCheck::finished, this,
            [this](const QList<MessageRequest> &requests, bool ok) {
                if (m_running && m_phase == Phase::Requests) {
                    m_result.requests = requests;
                    m_result.requestsChecked = ok;
                    finishRun();
                }
            });
    m_retryTimer.setSingleShot(true);
    // A wait until the time the server named must not end early (coarse timers may by 5 %).
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { fetch(m_currentUrl); });
    m_againTimer.setSingleShot(true);
    m_againTimer.setInterval(0);
    connect(&m_againTimer, &QTimer::timeout, this, &CatchUp::request);
}

void CatchUp::setRetryBase(int baseMs)
{
    m_rateLimitBackoff = BackoffPolicy(baseMs, int(kMaxRateLimitWaitMs), m_random);
    m_incompleteBackoff = BackoffPolicy(baseMs, kMaxIncompletePauseMs, m_random);
}

void CatchUp::request()
{
    if (!m_ledger) {
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    begin(false, m_ledger->conversationsCursor(), m_ledger->notificationsCursor());
}

void CatchUp::startBaseline()
{
    begin(true, QString(), QString());
}

void CatchUp::begin(bool baseline, const QString &conversationsCursor,
                    const QString &notificationsCursor)
{
    cancel();
    m_running = true;
    m_again = false;
    m_baseline = baseline;
    m_result = CatchUpResult{};
    m_result.conversationsCursor = conversationsCursor;
    m_result.notificationsCursor = notificationsCursor;
    // Notifications first: a message that arrives between the two lists is then still seen
    // by the conversations, which know its conversation.
    m_phase = Phase::Notifications;
    requestFirstPage();
}

void CatchUp::cancel()
{
    m_retryTimer.stop();
    m_againTimer.stop();
    m_running = false;
    m_requestCheck->cancel();
    ++m_generation; // answers to earlier requests are dropped
}

QUrl CatchUp::firstPageUrl() const
{
    const bool conversations = m_phase == Phase::Conversations;
    QUrl url = m_rest->origin();
    url.setPath(conversations ? u"/api/v1/conversations"_s : u"/api/v1/notifications"_s);
    QUrlQuery query;
    if (!conversations) {
        query.addQueryItem(u"types[]"_s, u"mention"_s);
        if (m_includeChats) {
            query.addQueryItem(u"types[]"_s, u"pleroma:chat_mention"_s);
        }
        // Mastodon 4.3+ lists filtered mentions (message requests) only when asked to.
        if (m_requestCheck->support() != RequestCheck::Support::No) {
            query.addQueryItem(u"include_filtered"_s, u"true"_s);
        }
    }
    if (m_baseline) {
        query.addQueryItem(u"limit"_s, u"1"_s);
    } else {
        const QString cursor =
            conversations ? m_result.conversationsCursor : m_result.notificationsCursor;
        query.addQueryItem(u"min_id"_s, cursor.isEmpty() ? u"0"_s : cursor);
        query.addQueryItem(u"limit"_s, QString::number(conversations ? kConversationsPageSize
                                                                     : kNotificationsPageSize));
    }
    url.setQuery(query);
    return url;
}

void CatchUp::requestFirstPage()
{
    m_pages = 0;
    m_bytes = 0;
    m_visited.clear();
    fetch(firstPageUrl());
}

void CatchUp::fetch(const QUrl &url)
{
    m_currentUrl = url;
    m_visited.insert(url);
    const int generation = m_generation;
    m_rest->getUrl(url, this, [this, generation](const RestResponse &response) {
        if (generation == m_generation) {
            onPage(response);
        }
    });
}

void CatchUp::onPage(const RestResponse &response)
{
    using E = RestResponse::Error;
    if (response.error == E::RateLimited) {
        qint64 waitMs = kDefaultRateLimitWaitMs;
        if (response.rateLimitReset.isValid()) {
            waitMs = m_clock->nowUtc().msecsTo(response.rateLimitReset);
        }
        // At least a wait that doubles with each refusal in a row: a reset time in the past
        // (a wrong clock, or a hostile server) must not make us ask twice a second.
        const int floorMs = m_rateLimitBackoff.nextCeilingMs();
        waitMs = std::clamp<qint64>(std::max<qint64>(waitMs, floorMs), 0, kMaxRateLimitWaitMs)
                 + m_random->bounded(std::min(kRateLimitJitterMs, floorMs / 2 + 1));
        qCInfo(lcSync) << "rate limited; waiting" << waitMs << "ms";
        emit rateLimited(m_clock->nowUtc().addMSecs(waitMs));
        m_retryTimer.start(int(waitMs));
        return;
    }
    if (!response.ok()) {
        // Without the notifications scope (or on servers without type filters) the
        // conversations alone still bring every direct message in.
        const bool optional = m_phase == Phase::Notifications
                              && (response.error == E::Forbidden || response.error == E::NotFound);
        if (optional) {
            qCWarning(lcSync) << "skipping notifications catch-up:" << response.errorMessage;
            nextPhaseOrFinish();
            return;
        }
        m_running = false;
        emit failed(response.error, response.errorMessage);
        return;
    }
    if (!response.json.isArray()) {
        m_running = false;
        emit failed(E::BadResponse, tr("The server sent a page that is not a list."));
        return;
    }
    m_rateLimitBackoff.reset();
    const QString cursorBefore = currentCursor();
    const bool gotItems = takeItems(response.json);
    ++m_pages;
    m_bytes += response.bodyBytes;
    if (!gotItems || m_baseline) {
        nextPhaseOrFinish();
        return;
    }
    const QUrl ownNext = firstPageUrl(); // min_id = the cursor just reached
    if (currentCursor() == cursorBefore) {
        // Nothing newer than what we had: the server's link led back (then our own page
        // above the cursor may still bring more), or it ignores min_id and sends its newest
        // page again and again. Either way each page is fetched at most once.
        if (m_currentUrl != ownNext && !m_visited.contains(ownNext)) {
            fetch(ownNext);
            return;
        }
        qCWarning(lcSync) << "catch-up: the page brought nothing newer; stopping here";
        nextPhaseOrFinish();
        return;
    }
    if (m_pages >= m_maxPages || m_bytes >= m_maxBytes) {
        qCWarning(lcSync) << "catch-up stopped after" << m_pages << "pages," << m_bytes
                          << "bytes; continuing later";
        m_result.complete = false;
        nextPhaseOrFinish();
        return;
    }
    QUrl next = pageAfter(response);
    if (m_visited.contains(next)) {
        // The server's link goes back to a page already fetched: ask for the page above the
        // cursor ourselves instead.
        qCWarning(lcSync) << "catch-up: the server's next page is one it already sent";
        next = ownNext;
    }
    if (m_visited.contains(next)) {
        nextPhaseOrFinish();
        return;
    }
    fetch(next);
}

QString CatchUp::currentCursor() const
{
    return m_phase == Phase::Conversations ? m_result.conversationsCursor
                                           : m_result.notificationsCursor;
}

QUrl CatchUp::pageAfter(const RestResponse &response) const
{
    // Follow the server's rel="prev" link when it points at this instance; otherwise ask
    // for the page above the new cursor ourselves.
    const QUrl origin = m_rest->origin();
    const QUrl &prev = response.prevPage;
    if (prev.isValid() && prev.scheme() == origin.scheme() && prev.host() == origin.host()
        && prev.port() == origin.port()) {
        return prev;
    }
    return firstPageUrl();
}

bool CatchUp::takeItems(const QJsonDocument &page)
{
    const QJsonArray items = page.array();
    // What is not above the cursor was taken already (a page the server sent again).
    const QString floor = currentCursor();
    const auto isNew = [&floor](const QString &id) { return compareEntityIds(id, floor) > 0; };
    bool any = false;
    for (const auto &value : items) {
        if (m_phase == Phase::Conversations) {
            std::optional<Conversation> conversation =
                Entities::parseConversation(value.toObject());
            if (!conversation || !conversation->lastStatus) {
                continue;
            }
            any = true;
            if (!isNew(conversation->lastStatus->id)) {
                continue;
            }
            m_result.conversationsCursor =
                maxEntityId(m_result.conversationsCursor, conversation->lastStatus->id);
            m_result.conversations.append(std::move(*conversation));
        } else {
            std::optional<Notification> notification =
                Entities::parseNotification(value.toObject());
            if (!notification) {
                continue;
            }
            any = true;
            if (!isNew(notification->id)) {
                continue;
            }
            m_result.notificationsCursor =
                maxEntityId(m_result.notificationsCursor, notification->id);
            const bool message =
                notification->type == u"mention" || notification->type == u"pleroma:chat_mention";
            if (message && notification->status) {
                m_result.notifications.append(std::move(*notification));
            }
        }
    }
    return any;
}

void CatchUp::nextPhaseOrFinish()
{
    if (m_phase == Phase::Notifications) {
        m_phase = Phase::Conversations;
        requestFirstPage();
        return;
    }
    if (m_phase == Phase::Conversations && !m_baseline) {
        m_phase = Phase::Requests;
        m_requestCheck->start();
        return;
    }
    finishRun();
}

void CatchUp::finishRun()
{
    m_running = false;
    // The cursors move before anyone hears of the result, so a run that a receiver starts
    // from its slot begins where this one ended.
    if (m_ledger) {
        m_ledger->setCursors(m_result.conversationsCursor, m_result.notificationsCursor);
    }
    const bool again = !m_baseline && (!m_result.complete || m_again);
    // A run cut short by the page limit continues after a pause that grows while runs stay
    // incomplete; a request made during the run is served at once.
    const int pauseMs = m_result.complete ? 0 : m_incompleteBackoff.nextCeilingMs();
    if (m_result.complete) {
        m_incompleteBackoff.reset();
    }
    m_again = false;
    // Scheduled before the result is told, so that its receivers see that another run follows
    // (isBusy()); one that starts a run itself cancels this.
    if (again) {
        m_againTimer.start(pauseMs);
    }
    emit finished(m_result);
}

} // namespace fedibell
