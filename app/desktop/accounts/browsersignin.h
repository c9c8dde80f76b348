#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QOAuthHttpServerReplyHandler;

namespace fedibell {

// The app's registration on one instance (POST /api/v1/apps), remembered so it happens once.
struct AppCredentials
{
    QString clientId;
    QByteArray clientSecret;
    bool isValid() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
};

// "Sign in with the browser": registers Fedibell on the instance when needed, opens the
// authorize page with PKCE (S256) and a loopback redirect on 127.0.0.1 at a free port,
// receives the code there, shows a "you can close this tab" page and exchanges the code
// (with its verifier) for a token.
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<void(const QUrl &)>;

    BrowserSignIn(QNetworkAccessManager *network, const QUrl &instance, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Replaces how the authorize page is opened (tests play the browser themselves).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void start(const AppCredentials &known = {});
    void cancel();

    // POST /oauth/revoke: the token stops working (fire and forget).
    static void revokeToken(QNetworkAccessManager *network, const QUrl &instance,
                            const AppCredentials &app, const QByteArray &token);

    // PKCE (RFC 7636): a random verifier and its S256 challenge.
    static QByteArray makeCodeVerifier();
    static QByteArray codeChallengeFor(const QByteArray &verifier);

signals:
    void appRegistered(const fedibell::AppCredentials &credentials);
    void succeeded(const QByteArray &token, const QStringList &scopes);
    void failed(const QString &reason);

private:
    static QNetworkRequest requestFor(const QUrl &instance, const QString &path,
                                      const QString &contentType);
    void registerApp();
    void authorize(const AppCredentials &credentials);
    void onCallback(const QVariantMap &values, const QString &state,
                    const AppCredentials &credentials, const QString &redirectUri);
    void exchangeCode(const AppCredentials &credentials, const QString &code,
                      const QString &redirectUri);
    void fail(const QString &reason);
    // Stops the loopback listener; never deletes it at once (see the .cpp).
    void closeListener();

    QNetworkAccessManager *m_network;
    QUrl m_instance;
    BrowserOpener m_opener;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QByteArray m_verifier;
    bool m_finished = false;
};

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::AppCredentials)
