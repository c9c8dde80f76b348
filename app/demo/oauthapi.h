// OAuth and app registration of the fake instance, like Mastodon's Doorkeeper setup:
// POST /api/v1/apps, GET /oauth/authorize (the "user" approves at once, or denies when told
// to, and is redirected), POST /oauth/token (authorization_code, with PKCE S256 when a
// challenge was given), POST /oauth/revoke and GET /api/v1/apps/verify_credentials.
#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace fake {

struct ServerConfig;

class OAuthApi
{
public:
    struct Authorization
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString state;
        QString codeChallenge;
        QString codeChallengeMethod;
    };

    explicit OAuthApi(ServerConfig &config);

    /// Answers the request if it is one of the OAuth paths.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    int registeredApps() const { return int(m_apps.size()); }
    Authorization lastAuthorization() const { return m_lastAuthorization; }
    int revocations() const { return m_revocations; }

private:
    struct App
    {
        QString name;
        QString secret;
        QStringList redirectUris;
        QStringList scopes;
    };
    struct PendingCode
    {
        Authorization authorization;
    };

    HttpResponse registerApp(const HttpRequest &request);
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse verifyApp(const HttpRequest &request) const;
    bool redirectAllowed(const App &app, const QString &redirectUri) const;

    ServerConfig &m_config;
    QHash<QString, App> m_apps; ///< by client id
    QHash<QString, PendingCode> m_codes;
    Authorization m_lastAuthorization;
    int m_revocations = 0;
};

} // namespace fake
