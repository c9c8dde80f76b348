#include "restapi.h"
#include "oauthapi.h"
#include "requestsapi.h"

#include "contentstore.h"
#include "pagination.h"
#include "payloadfactory.h"
#include "serverconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

constexpr int ConversationsDefault = 20;
constexpr int ConversationsMax = 40;
constexpr int NotificationsDefault = 40;
constexpr int NotificationsMax = 80;

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toJson(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

HttpResponse invalidToken()
{
    HttpResponse response = HttpResponse::jsonError(401, u"The access token is invalid"_s);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Bearer realm=\"Doorkeeper\", error=\"invalid_token\", "
                                         "error_description=\"The access token is invalid\""));
    return response;
}

HttpResponse notFound()
{
    return HttpResponse::jsonError(404, u"Record not found"_s);
}

/// Mastodon's limit_param: the default without a limit, else |limit| capped.
int limitParam(const HttpRequest &request, int defaultLimit, int maxLimit)
{
    const QString value = request.queryValue(u"limit"_s);
    if (value.isNull())
        return qMin(defaultLimit, maxLimit);
    return qMin(qAbs(value.toInt()), maxLimit);
}

PageRequest pageRequest(const HttpRequest &request, int limit, const ServerConfig &config)
{
    PageRequest page;
    page.limit = limit;
    page.maxId = request.queryValue(u"max_id"_s);
    page.sinceId = request.queryValue(u"since_id"_s);
    if (!config.ignoreMinId)
        page.minId = request.queryValue(u"min_id"_s);
    return page;
}

/// The min_id a rel="prev" link carries: the newest key of the page, or, from a server whose
/// links loop, the min_id that was asked for.
QString prevCursor(const HttpRequest &request, const ServerConfig &config, const QString &newest)
{
    return config.prevLinkToSelf ? request.queryValue(u"min_id"_s) : newest;
}

QString normalizedPath(const QString &path)
{
    QString normalized = path;
    while (normalized.size() > 1 && normalized.endsWith(u'/'))
        normalized.chop(1);
    return normalized;
}

} // namespace

RestApi::RestApi(ServerConfig &config, ContentStore &store, PayloadFactory &factory)
    : m_config(config)
    , m_store(store)
    , m_factory(factory)
    , m_oauth(std::make_unique<OAuthApi>(config))
    , m_requests(std::make_unique<RequestsApi>(config))
{}

QByteArray RestApi::resetHeaderValue(const QDateTime &resetUtc)
{
    return resetUtc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s).toLatin1() + "000Z";
}

HttpResponse RestApi::handle(const HttpRequest &request)
{
    const int failure = takeInjectedFailure(request.path);
    HttpResponse response = failure != 0 ? failureResponse(failure) : route(request);
    addRateLimitHeaders(response);
    if (response.status == 429)
        response.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
    response.setHeader(QByteArrayLiteral("X-Request-Id"),
                       QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return response;
}

int RestApi::takeInjectedFailure(const QString &path)
{
    if (m_config.restFailureStatus == 0 || m_config.restFailureRemaining == 0)
        return 0;
    if (!m_config.restFailurePrefix.isEmpty() && !path.startsWith(m_config.restFailurePrefix))
        return 0;
    const int status = m_config.restFailureStatus;
    if (m_config.restFailureRemaining > 0 && --m_config.restFailureRemaining == 0)
        m_config.restFailureStatus = 0; // that was the last one
    return status;
}

HttpResponse RestApi::failureResponse(int status)
{
    switch (status) {
    case 401:
        return invalidToken();
    case 404:
        return notFound();
    case 429:
        return HttpResponse::jsonError(429, u"Too many requests"_s);
    case 502:
    case 503:
    case 504: {
        // What nginx in front of Mastodon says when Puma is gone.
        const QByteArray title =
            QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
        return HttpResponse(status, QByteArrayLiteral("text/html"),
                            "<html>\r\n<head><title>" + title
                                + "</title></head>\r\n<body>\r\n<center><h1>" + title
                                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
                                  "</html>\r\n");
    }
    default:
        return HttpResponse::jsonError(status,
                                       QString::fromLatin1(HttpResponse::reasonPhrase(status)));
    }
}

void RestApi::addRateLimitHeaders(HttpResponse &response)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_windowReset.isValid() || now >= m_windowReset) {
        m_remaining = RateLimit;
        // Rack::Attack periods are aligned to the clock: the next 5 minute boundary.
        const qint64 period = qint64(5) * 60;
        const qint64 secs = now.toSecsSinceEpoch();
        m_windowReset = QDateTime::fromSecsSinceEpoch((secs / period + 1) * period, Qt::UTC);
    }
    m_remaining = qMax(0, m_remaining - 1);
    const QDateTime reset =
        m_config.rateLimitReset.isValid() ? m_config.rateLimitReset : m_windowReset;
    response.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(RateLimit));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(m_remaining));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), resetHeaderValue(reset));
}

RestApi::~RestApi() = default;

HttpResponse RestApi::route(const HttpRequest &request)
{
    if (std::optional<HttpResponse> oauth = m_oauth->handle(request))
        return *oauth;

    const QString path = normalizedPath(request.path);
    const bool get = request.method == "GET";

    // The dialect's own version string, where it has one.
    const auto withVersion = [this](QJsonObject instance) {
        if (!m_config.dialect.version.isEmpty())
            instance.insert("version"_L1, m_config.dialect.version);
        if (m_config.dialect.hasChats) {
            const QJsonObject metadata{
                {u"features"_s, QJsonArray{u"pleroma_api"_s, u"pleroma_chat_messages"_s}}};
            instance.insert("pleroma"_L1, QJsonObject{{u"metadata"_s, metadata}});
        }
        return HttpResponse::json(200, toJson(instance));
    };
    if (get && path == "/api/v2/instance"_L1) {
        if (m_config.discovery != Discovery::V2)
            return notFound();
        return withVersion(m_factory.instanceV2(m_config.announcedStreaming()));
    }
    if (get && path == "/api/v1/instance"_L1) {
        const bool withStreaming = m_config.discovery != Discovery::SameOrigin;
        return withVersion(
            m_factory.instanceV1(withStreaming ? m_config.announcedStreaming() : QUrl()));
    }

    static const QRegularExpression avatarPath(u"^/avatars/([A-Za-z0-9_]{1,30})\\.png$"_s);
    if (const QRegularExpressionMatch avatar = avatarPath.match(path); get && avatar.hasMatch()) {
        return HttpResponse(200, QByteArrayLiteral("image/png"),
                            PayloadFactory::avatarPng(avatar.captured(1)));
    }

    if (m_requests->handles(request)) {
        if (!m_config.isValidToken(bearerToken(request.header("Authorization"))))
            return invalidToken();
        return m_requests->handle(request);
    }

    static const QRegularExpression readPath(u"^/api/v1/conversations/([^/]+)/read$"_s);
    const QRegularExpressionMatch readMatch = readPath.match(path);
    const bool known = (get && path == "/api/v1/accounts/verify_credentials"_L1)
                       || (get && path == "/api/v1/conversations"_L1)
                       || (get && path == "/api/v1/notifications"_L1)
                       || (request.method == "POST" && readMatch.hasMatch());
    if (!known)
        return notFound();

    // Only the Authorization header counts: ?access_token= is deliberately not accepted.
    if (!m_config.isValidToken(bearerToken(request.header("Authorization"))))
        return invalidToken();

    // Scopes as Mastodon checks them (see protocol.md, OAuth scopes).
    const QString needed = path == "/api/v1/accounts/verify_credentials"_L1 ? u"read:accounts"_s
                           : path == "/api/v1/conversations"_L1             ? u"read:statuses"_s
                           : path == "/api/v1/notifications"_L1 ? u"read:notifications"_s
                                                                : u"write:conversations"_s;
    if (!m_config.hasScope(needed))
        return HttpResponse::jsonError(403, u"This action is outside the authorized scopes"_s);

    if (path == "/api/v1/accounts/verify_credentials"_L1)
        return HttpResponse::json(200, toJson(m_factory.credentialAccount()));
    if (path == "/api/v1/conversations"_L1)
        return conversations(request);
    if (path == "/api/v1/notifications"_L1)
        return notifications(request);
    return markRead(readMatch.captured(1));
}

HttpResponse RestApi::conversations(const HttpRequest &request) const
{
    const QList<QJsonObject> all = m_config.dialect.listsConversations
                                       ? m_store.conversationsNewestFirst()
                                       : QList<QJsonObject>();
    QStringList keys;
    for (const QJsonObject &conversation : all)
        keys.append(conversation.value("last_status"_L1).toObject().value("id"_L1).toString());

    const int defaultLimit = m_config.pageSize > 0 ? m_config.pageSize : ConversationsDefault;
    const int limit = limitParam(request, defaultLimit, ConversationsMax);
    const QList<int> page = paginate(keys, pageRequest(request, limit, m_config));

    QList<QJsonObject> result;
    for (int index : page)
        result.append(all.at(index));
    HttpResponse response = HttpResponse::json(200, toJson(result));

    // As Mastodon's ConversationsController: rel="next" only for a full page, rel="prev"
    // for any non-empty page; the cursors are last_status ids.
    QList<QPair<QString, QString>> keep;
    if (!request.queryValue(u"limit"_s).isNull())
        keep.append({u"limit"_s, request.queryValue(u"limit"_s)});
    QByteArrayList links;
    if (!page.isEmpty() && page.size() == limit) {
        links.append(
            '<' + linkUrl(u"/api/v1/conversations"_s, keep, u"max_id"_s, keys.at(page.constLast()))
            + ">; rel=\"next\"");
    }
    if (!page.isEmpty()) {
        links.append('<'
                     + linkUrl(u"/api/v1/conversations"_s, keep, u"min_id"_s,
                               prevCursor(request, m_config, keys.at(page.constFirst())))
                     + ">; rel=\"prev\"");
    }
    if (!links.isEmpty())
        response.setHeader(QByteArrayLiteral("Link"), links.join(", "));
    return response;
}

HttpResponse RestApi::notifications(const HttpRequest &request) const
{
    QStringList types = request.queryValues(u"types[]"_s) + request.queryValues(u"types"_s);
    QStringList excluded =
        request.queryValues(u"exclude_types[]"_s) + request.queryValues(u"exclude_types"_s);

    QList<QJsonObject> all;
    QStringList keys;
    // Filtered notifications (message requests) only when asked for, on servers that have them.
    const bool includeFiltered = m_config.dialect.hasMessageRequests
                                 && request.queryValue(u"include_filtered"_s) == "true"_L1;
    const QList<QJsonObject> stored = m_store.notificationsNewestFirst(includeFiltered);
    for (const QJsonObject &notification : stored) {
        const QString type = notification.value("type"_L1).toString();
        if ((!types.isEmpty() && !types.contains(type)) || excluded.contains(type))
            continue;
        all.append(notification);
        keys.append(notification.value("id"_L1).toString());
    }

    const int defaultLimit = m_config.pageSize > 0 ? m_config.pageSize : NotificationsDefault;
    const int limit = limitParam(request, defaultLimit, NotificationsMax);
    const QList<int> page = paginate(keys, pageRequest(request, limit, m_config));

    QList<QJsonObject> result;
    for (int index : page)
        result.append(all.at(index));
    HttpResponse response = HttpResponse::json(200, toJson(result));

    // As Mastodon's NotificationsController: both links whenever the page is not empty.
    if (!page.isEmpty()) {
        QList<QPair<QString, QString>> keep;
        if (!request.queryValue(u"limit"_s).isNull())
            keep.append({u"limit"_s, request.queryValue(u"limit"_s)});
        for (const QString &type : std::as_const(types))
            keep.append({u"types[]"_s, type});
        for (const QString &type : std::as_const(excluded))
            keep.append({u"exclude_types[]"_s, type});
        if (includeFiltered)
            keep.append({u"include_filtered"_s, u"true"_s});
        const QByteArray next =
            linkUrl(u"/api/v1/notifications"_s, keep, u"max_id"_s, keys.at(page.constLast()));
        const QByteArray prev = linkUrl(u"/api/v1/notifications"_s, keep, u"min_id"_s,
                                        prevCursor(request, m_config, keys.at(page.constFirst())));
        response.setHeader(QByteArrayLiteral("Link"),
                           '<' + next + ">; rel=\"next\", <" + prev + ">; rel=\"prev\"");
    }
    return response;
}

HttpResponse RestApi::markRead(const QString &conversationId)
{
    const std::optional<QJsonObject> conversation = m_store.markRead(conversationId);
    if (!conversation)
        return notFound();
    if (onConversationRead)
        onConversationRead(*conversation);
    return HttpResponse::json(200, toJson(*conversation));
}

QByteArray RestApi::linkUrl(const QString &path, const QList<QPair<QString, QString>> &params,
                            const QString &cursorName, const QString &cursor) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(path);
    QUrlQuery query;
    // Encoded like Rails does it: types%5B%5D=mention
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    for (const auto &param : params)
        query.addQueryItem(encoded(param.first), encoded(param.second));
    query.addQueryItem(encoded(cursorName), encoded(cursor));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded).toLatin1();
}

} // namespace fake
