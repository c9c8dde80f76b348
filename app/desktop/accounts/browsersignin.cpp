#include "browsersignin.h"

#include "api/tokencheck.h"
#include "desktoplogging.h"
#include "text/displaytext.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

// Registered once; Mastodon ignores the port of a loopback IP redirect (RFC 8252).
const QString kRegisteredRedirect = u"http://127.0.0.1/callback"_s;

// How long a closed loopback listener lives on so that its last page reaches the browser.
constexpr int kAnswerLingerMs = 10000;

} // namespace

BrowserSignIn::BrowserSignIn(QNetworkAccessManager *network, const QUrl &instance, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_instance(instance)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{}

BrowserSignIn::~BrowserSignIn()
{
    cancel();
}

QByteArray BrowserSignIn::makeCodeVerifier()
{
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    // 64 characters from the unreserved set, within RFC 7636's 43..128.
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray BrowserSignIn::codeChallengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void BrowserSignIn::start(const AppCredentials &known)
{
    closeListener(); // an earlier run's answer no longer counts
    m_finished = false;
    if (known.isValid()) {
        authorize(known);
    } else {
        registerApp();
    }
}

void BrowserSignIn::cancel()
{
    m_finished = true;
    closeListener();
}

void BrowserSignIn::closeListener()
{
    QOAuthHttpServerReplyHandler *handler = m_replyHandler;
    if (!handler) {
        return;
    }
    m_replyHandler = nullptr;
    // This may run inside the handler's own callbackReceived (a failed sign-in, or whoever
    // deletes this object on failed()), after which the handler still writes its page to the
    // browser. So it stops listening now but is deleted only later, on its own: deleting it
    // also drops the browser's connection, and with it the page not yet sent.
    handler->disconnect(this);
    handler->close();
    handler->setParent(nullptr);
    QTimer::singleShot(kAnswerLingerMs, handler, &QObject::deleteLater);
}

void BrowserSignIn::fail(const QString &reason)
{
    if (m_finished) {
        return;
    }
    cancel();
    emit failed(reason);
}

QNetworkRequest BrowserSignIn::requestFor(const QUrl &instance, const QString &path,
                                          const QString &contentType)
{
    QUrl url = instance;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(30000);
    return request;
}

void BrowserSignIn::revokeToken(QNetworkAccessManager *network, const QUrl &instance,
                                const AppCredentials &app, const QByteArray &token)
{
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, app.clientId);
    form.addQueryItem(u"client_secret"_s, QString::fromUtf8(app.clientSecret));
    form.addQueryItem(u"token"_s, QString::fromUtf8(token));
    QNetworkReply *reply = network->post(
        requestFor(instance, u"/oauth/revoke"_s, u"application/x-www-form-urlencoded"_s),
        form.toString(QUrl::FullyEncoded).toLatin1());
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void BrowserSignIn::registerApp()
{
    const QNetworkRequest request =
        requestFor(m_instance, u"/api/v1/apps"_s, u"application/json"_s);
    const QJsonObject body{
        {u"client_name"_s, u"Fedibell"_s},
        {u"redirect_uris"_s, QJsonArray{kRegisteredRedirect}},
        {u"scopes"_s, TokenCheck::wantedScopes().join(u' ')},
        {u"website"_s, u"https://github.com/fedibell/fedibell"_s},
    };
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        AppCredentials credentials;
        credentials.clientId = answer.value("client_id"_L1).toString();
        credentials.clientSecret = answer.value("client_secret"_L1).toString().toUtf8();
        if (reply->error() != QNetworkReply::NoError || !credentials.isValid()) {
            fail(tr("The instance refused to register Fedibell: %1")
                     .arg(DisplayText::line(
                         answer.value("error"_L1).toString(reply->errorString()))));
            return;
        }
        emit appRegistered(credentials);
        authorize(credentials);
    });
}

void BrowserSignIn::authorize(const AppCredentials &credentials)
{
    // Qt's loopback listener receives the browser's redirect; the rest is done here, since
    // Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE and drops token endpoint errors.
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replyHandler->isListening()) {
        fail(tr("Fedibell could not listen on this computer for the browser's answer."));
        return;
    }
    m_replyHandler->setCallbackPath(u"callback"_s);
    const QString redirectUri = m_replyHandler->callback();

    m_verifier = makeCodeVerifier();
    const QString state = QString::fromLatin1(makeCodeVerifier().left(24));
    QUrl authorizeUrl = m_instance;
    authorizeUrl.setPath(u"/oauth/authorize"_s);
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, credentials.clientId);
    query.addQueryItem(u"redirect_uri"_s, redirectUri);
    query.addQueryItem(u"scope"_s, TokenCheck::wantedScopes().join(u' '));
    query.addQueryItem(u"state"_s, state);
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(codeChallengeFor(m_verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    authorizeUrl.setQuery(query);

    connect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this, credentials, redirectUri, state](const QVariantMap &values) {
                onCallback(values, state, credentials, redirectUri);
            });
    m_opener(authorizeUrl);
}

void BrowserSignIn::onCallback(const QVariantMap &values, const QString &state,
                               const AppCredentials &credentials, const QString &redirectUri)
{
    // The handler writes its page (the callback text) after this returns.
    if (m_finished || !m_replyHandler) {
        return;
    }
    if (values.value(u"state"_s).toString() != state) {
        // Not the browser's answer to this sign-in: any program on this computer can reach
        // the listener. Ignored; the sign-in goes on waiting for the real answer.
        qCWarning(lcDesktop) << "ignoring a sign-in callback without this sign-in's state";
        m_replyHandler->setCallbackText(
            tr("<h1>This is not the sign-in Fedibell is waiting for.</h1>"
               "<p>Fedibell goes on waiting for the answer from your instance.</p>"));
        return;
    }
    const QString code = values.value(u"code"_s).toString();
    if (code.isEmpty()) {
        m_replyHandler->setCallbackText(
            tr("<h1>Fedibell is not signed in.</h1><p>You can close this tab.</p>"));
        const QString error = values.value(u"error"_s).toString();
        if (error == u"access_denied") {
            //: The user pressed "Deny" (or similar) on the instance's authorization page.
            fail(tr("You did not allow Fedibell to use your account, so it is not signed in. "
                    "Sign in again and allow it to receive your direct messages."));
        } else {
            fail(tr("Signing in was refused: %1")
                     .arg(DisplayText::line(
                         values.value(u"error_description"_s, error).toString())));
        }
        return;
    }
    m_replyHandler->setCallbackText(
        tr("<h1>Fedibell is signed in.</h1><p>You can close this tab.</p>"));
    exchangeCode(credentials, code, redirectUri);
}

void BrowserSignIn::exchangeCode(const AppCredentials &credentials, const QString &code,
                                 const QString &redirectUri)
{
    const QNetworkRequest request =
        requestFor(m_instance, u"/oauth/token"_s, u"application/x-www-form-urlencoded"_s);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"client_id"_s, credentials.clientId);
    form.addQueryItem(u"client_secret"_s, QString::fromUtf8(credentials.clientSecret));
    form.addQueryItem(u"redirect_uri"_s, redirectUri);
    form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(m_verifier));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished) {
            return; // cancelled meanwhile
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->read(1 << 20)).object();
        const QByteArray token = answer.value("access_token"_L1).toString().toUtf8();
        if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
            const QString why =
                answer.value("error_description"_L1)
                    .toString(answer.value("error"_L1).toString(reply->errorString()));
            fail(tr("Signing in failed: %1").arg(DisplayText::line(why)));
            return;
        }
        m_finished = true;
        closeListener();
        emit succeeded(token, answer.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts));
    });
}

} // namespace fedibell
