#include "requestsapi.h"

#include "serverconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

const QRegularExpression &actionPath()
{
    static const QRegularExpression path(
        u"^/api/v1/notifications/requests/([^/]+)/(accept|dismiss)$"_s);
    return path;
}

QByteArray toJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

RequestsApi::RequestsApi(ServerConfig &config)
    : m_config(config)
{}

bool RequestsApi::handles(const HttpRequest &request) const
{
    if (!m_config.dialect.hasMessageRequests)
        return false;
    if (request.method == "GET")
        return request.path == "/api/v2/notifications/policy"_L1
               || request.path == "/api/v1/notifications/requests"_L1;
    return request.method == "POST" && actionPath().match(request.path).hasMatch();
}

HttpResponse RequestsApi::handle(const HttpRequest &request)
{
    if (request.path == "/api/v2/notifications/policy"_L1) {
        int notifications = 0;
        for (const Request &each : std::as_const(m_requests))
            notifications += each.notifications;
        const QJsonObject summary{{u"pending_requests_count"_s, int(m_requests.size())},
                                  {u"pending_notifications_count"_s, notifications}};
        const QJsonObject policy{
            {u"for_not_following"_s, u"accept"_s},    {u"for_not_followers"_s, u"accept"_s},
            {u"for_new_accounts"_s, u"accept"_s},     {u"for_private_mentions"_s, u"filter"_s},
            {u"for_limited_accounts"_s, u"filter"_s}, {u"summary"_s, summary}};
        return HttpResponse::json(200, toJson(policy));
    }
    if (request.path == "/api/v1/notifications/requests"_L1) {
        QJsonArray list;
        for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it)
            list.append(entity(*it));
        return HttpResponse::json(200, toJson(list));
    }
    const QRegularExpressionMatch match = actionPath().match(request.path);
    const bool done =
        match.captured(2) == "accept"_L1 ? accept(match.captured(1)) : dismiss(match.captured(1));
    return done ? HttpResponse::json(200, "{}")
                : HttpResponse::jsonError(404, u"Record not found"_s);
}

void RequestsApi::addFiltered(const QJsonObject &account, const QJsonObject &status)
{
    const QString accountId = account.value("id"_L1).toString();
    auto it = std::find_if(m_requests.begin(), m_requests.end(), [&](const Request &r) {
        return r.account.value("id"_L1).toString() == accountId;
    });
    if (it == m_requests.end()) {
        Request request;
        request.id = QString::number(m_nextId++);
        request.account = account;
        request.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        m_requests.append(request);
        it = std::prev(m_requests.end());
    }
    it->lastStatus = status;
    it->notifications += 1;
}

QString RequestsApi::requestIdFor(const QString &accountId) const
{
    for (const Request &request : m_requests) {
        if (request.account.value("id"_L1).toString() == accountId)
            return request.id;
    }
    return {};
}

QJsonObject RequestsApi::entity(const Request &request) const
{
    return QJsonObject{{u"id"_s, request.id},
                       {u"created_at"_s, request.createdAt},
                       {u"updated_at"_s, request.lastStatus.value("created_at"_L1)},
                       {u"account"_s, request.account},
                       // Mastodon sends the count as a string.
                       {u"notifications_count"_s, QString::number(request.notifications)},
                       {u"last_status"_s, request.lastStatus}};
}

std::optional<RequestsApi::Request> RequestsApi::take(const QString &requestId)
{
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == requestId)
            return m_requests.takeAt(i);
    }
    return std::nullopt;
}

bool RequestsApi::accept(const QString &requestId)
{
    const std::optional<Request> request = take(requestId);
    if (request && onAccepted)
        onAccepted(request->account.value("id"_L1).toString());
    return request.has_value();
}

bool RequestsApi::dismiss(const QString &requestId)
{
    const std::optional<Request> request = take(requestId);
    if (request && onDismissed)
        onDismissed(request->account.value("id"_L1).toString());
    return request.has_value();
}

} // namespace fake
