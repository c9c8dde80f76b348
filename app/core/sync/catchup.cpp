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
{
    qRegisterMetaType<CatchUpResult>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { fetch(m_currentUrl); });
    m_againTimer.setSingleShot(true);
    m_againTimer.setInterval(0);
    connect(&m_againTimer, &QTimer::timeout, this, &CatchUp::request);
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
    fetch(firstPageUrl());
}

void CatchUp::fetch(const QUrl &url)
{
    m_currentUrl = url;
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
        waitMs = std::clamp<qint64>(waitMs, 0, kMaxRateLimitWaitMs)
                 + m_random->bounded(kRateLimitJitterMs);
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
    const bool gotItems = takeItems(response.json);
    ++m_pages;
    if (!gotItems || m_baseline) {
        nextPhaseOrFinish();
        return;
    }
    if (m_pages >= kMaxPagesPerRun) {
        qCWarning(lcSync) << "catch-up stopped after" << m_pages << "pages; continuing later";
        m_result.complete = false;
        nextPhaseOrFinish();
        return;
    }
    fetch(pageAfter(response));
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
    bool any = false;
    for (const auto &value : items) {
        if (m_phase == Phase::Conversations) {
            std::optional<Conversation> conversation =
                Entities::parseConversation(value.toObject());
            if (!conversation || !conversation->lastStatus) {
                continue;
            }
            any = true;
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
            m_result.notificationsCursor =
                maxEntityId(m_result.notificationsCursor, notification->id);
            if (notification->type == u"mention" && notification->status) {
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
    m_again = false;
    emit finished(m_result);
    if (again && !m_running) {
        m_againTimer.start();
    }
}

} // namespace fedibell
