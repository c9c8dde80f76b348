#include "oauthapi.h"

#include "serverconfig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

// Form (application/x-www-form-urlencoded) or JSON body fields.
QString field(const HttpRequest &request, const QString &name)
{
    if (request.header("Content-Type").startsWith("application/json")) {
        const QJsonValue value = QJsonDocument::fromJson(request.body).object().value(name);
        if (value.isArray()) {
            QStringList parts;
            for (const auto &part : value.toArray())
                parts << part.toString();
            return parts.join(u'\n');
        }
        return value.toString();
    }
    const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QString randomToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).remove(u'-');
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(
        status,
        QJsonDocument(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

OAuthApi::OAuthApi(ServerConfig &config)
    : m_config(config)
{}

std::optional<HttpResponse> OAuthApi::handle(const HttpRequest &request)
{
    const bool post = request.method == "POST";
    if (post && request.path == u"/api/v1/apps")
        return registerApp(request);
    if (request.method == "GET" && request.path == u"/oauth/authorize")
        return authorize(request);
    if (post && request.path == u"/oauth/token")
        return token(request);
    if (post && request.path == u"/oauth/revoke")
        return revoke(request);
    if (request.method == "GET" && request.path == u"/api/v1/apps/verify_credentials")
        return verifyApp(request);
    return std::nullopt;
}

HttpResponse OAuthApi::registerApp(const HttpRequest &request)
{
    App app;
    app.name = field(request, u"client_name"_s);
    app.redirectUris = field(request, u"redirect_uris"_s).split(u'\n', Qt::SkipEmptyParts);
    app.scopes = field(request, u"scopes"_s).split(u' ', Qt::SkipEmptyParts);
    if (app.scopes.isEmpty())
        app.scopes = {u"read"_s};
    if (app.name.isEmpty() || app.redirectUris.isEmpty())
        return HttpResponse::jsonError(
            422, u"Validation failed: Redirect URI must be an absolute URI."_s);
    app.secret = randomToken();
    const QString clientId = randomToken();
    m_apps.insert(clientId, app);
    const QJsonObject body{
        {u"id"_s, QString::number(m_apps.size())},
        {u"name"_s, app.name},
        {u"scopes"_s, QJsonArray::fromStringList(app.scopes)},
        {u"redirect_uris"_s, QJsonArray::fromStringList(app.redirectUris)},
        {u"redirect_uri"_s, app.redirectUris.join(u'\n')},
        {u"client_id"_s, clientId},
        {u"client_secret"_s, app.secret},
        {u"client_secret_expires_at"_s, 0},
    };
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool OAuthApi::redirectAllowed(const App &app, const QString &redirectUri) const
{
    // RFC 8252 section 7.3: for loopback IP literals the port does not count.
    const QUrl asked(redirectUri);
    for (const QString &registered : app.redirectUris) {
        QUrl allowed(registered);
        if (asked.host() == u"127.0.0.1" && allowed.host() == u"127.0.0.1") {
            allowed.setPort(asked.port());
        }
        if (allowed == asked)
            return true;
    }
    return false;
}

HttpResponse OAuthApi::authorize(const HttpRequest &request)
{
    Authorization authorization;
    authorization.clientId = request.queryValue(u"client_id"_s);
    authorization.redirectUri = request.queryValue(u"redirect_uri"_s);
    authorization.scope = request.queryValue(u"scope"_s);
    authorization.state = request.queryValue(u"state"_s);
    authorization.codeChallenge = request.queryValue(u"code_challenge"_s);
    authorization.codeChallengeMethod = request.queryValue(u"code_challenge_method"_s);
    m_lastAuthorization = authorization;
    const auto app = m_apps.constFind(authorization.clientId);
    if (app == m_apps.constEnd() || request.queryValue(u"response_type"_s) != u"code")
        return oauthError(400, u"invalid_client"_s, u"Unknown client."_s);
    if (!redirectAllowed(*app, authorization.redirectUri))
        return oauthError(400, u"invalid_redirect_uri"_s, u"The redirect URI is not registered."_s);
    if (!authorization.codeChallenge.isEmpty() && authorization.codeChallengeMethod != u"S256")
        return oauthError(400, u"invalid_request"_s, u"Only S256 is supported."_s);
    QUrl target(authorization.redirectUri);
    QUrlQuery query(target);
    if (m_config.userDeniesAuthorization) {
        // Doorkeeper's answer when the user presses "Deny".
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"error_description"_s,
                           u"The resource owner or authorization server denied the request."_s);
    } else {
        const QString code = randomToken();
        m_codes.insert(code, {authorization});
        query.addQueryItem(u"code"_s, code);
    }
    if (!authorization.state.isEmpty())
        query.addQueryItem(u"state"_s, authorization.state);
    target.setQuery(query);
    HttpResponse response(302, QByteArrayLiteral("text/html"), QByteArrayLiteral("Redirecting"));
    response.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
    return response;
}

HttpResponse OAuthApi::token(const HttpRequest &request)
{
    if (field(request, u"grant_type"_s) != u"authorization_code")
        return oauthError(400, u"unsupported_grant_type"_s, u"Unsupported grant type."_s);
    const QString clientId = field(request, u"client_id"_s);
    const auto app = m_apps.constFind(clientId);
    if (app == m_apps.constEnd() || field(request, u"client_secret"_s) != app->secret)
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    const PendingCode pending = m_codes.take(field(request, u"code"_s));
    const Authorization &authorization = pending.authorization;
    if (authorization.clientId != clientId
        || authorization.redirectUri != field(request, u"redirect_uri"_s))
        return oauthError(400, u"invalid_grant"_s, u"The authorization code is invalid."_s);
    if (!authorization.codeChallenge.isEmpty()) {
        const QByteArray verifier = field(request, u"code_verifier"_s).toUtf8();
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.isEmpty() || challenge != authorization.codeChallenge.toLatin1())
            return oauthError(400, u"invalid_grant"_s, u"The code verifier does not match."_s);
    }
    // The new token replaces the instance's accepted token, with the granted scopes.
    m_config.accessToken = randomToken().toLatin1();
    m_config.tokenScopes = authorization.scope.isEmpty()
                               ? QStringList{u"read"_s}
                               : authorization.scope.split(u' ', Qt::SkipEmptyParts);
    const QJsonObject body{
        {u"access_token"_s, QString::fromLatin1(m_config.accessToken)},
        {u"token_type"_s, u"Bearer"_s},
        {u"scope"_s, m_config.tokenScopes.join(u' ')},
        {u"created_at"_s, QDateTime::currentSecsSinceEpoch()},
    };
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse OAuthApi::revoke(const HttpRequest &request)
{
    const auto app = m_apps.constFind(field(request, u"client_id"_s));
    if (app == m_apps.constEnd() || field(request, u"client_secret"_s) != app->secret)
        return oauthError(403, u"unauthorized_client"_s, u"You are not authorized."_s);
    m_config.revokedTokens.insert(field(request, u"token"_s).toLatin1());
    ++m_revocations;
    return HttpResponse::json(200, QByteArrayLiteral("{}"));
}

HttpResponse OAuthApi::verifyApp(const HttpRequest &request) const
{
    if (!m_config.isValidToken(bearerToken(request.header("Authorization"))))
        return HttpResponse::jsonError(401, u"The access token is invalid"_s);
    const QJsonObject body{{u"name"_s, u"Fedibell"_s},
                           {u"website"_s, QJsonValue()},
                           {u"scopes"_s, QJsonArray::fromStringList(m_config.tokenScopes)}};
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace fake
