// REST side of the fake instance: routing, bearer auth, pagination, rate-limit headers and
// injected failures.
#pragma once

#include <memory>

#include "httpmessage.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace fake {

class ContentStore;
class PayloadFactory;
struct ServerConfig;

class OAuthApi;
class RequestsApi;

class RestApi
{
public:
    static constexpr int RateLimit = 300;

    RestApi(ServerConfig &config, ContentStore &store, PayloadFactory &factory);
    ~RestApi();

    OAuthApi &oauth() { return *m_oauth; }
    RequestsApi &requests() { return *m_requests; }

    /// Answers one REST request made on the main port (not the streaming paths).
    HttpResponse handle(const HttpRequest &request);

    /// Called after POST /api/v1/conversations/:id/read with the updated conversation.
    std::function<void(const QJsonObject &conversation)> onConversationRead;

    /// X-RateLimit-Reset value: 2026-01-01T12:05:00.000000Z
    static QByteArray resetHeaderValue(const QDateTime &resetUtc);

private:
    HttpResponse route(const HttpRequest &request);
    static HttpResponse failureResponse(int status);
    HttpResponse conversations(const HttpRequest &request) const;
    HttpResponse notifications(const HttpRequest &request) const;
    HttpResponse markRead(const QString &conversationId);
    void addRateLimitHeaders(HttpResponse &response);
    int takeInjectedFailure(const QString &path); ///< status to fail with, 0 = none
    QByteArray linkUrl(const QString &path, const QList<QPair<QString, QString>> &params,
                       const QString &cursorName, const QString &cursor) const;

    ServerConfig &m_config;
    ContentStore &m_store;
    PayloadFactory &m_factory;
    int m_remaining = RateLimit;
    QDateTime m_windowReset;
    std::unique_ptr<OAuthApi> m_oauth;
    std::unique_ptr<RequestsApi> m_requests;
};

} // namespace fake
