// Both ways to connect an account, against the fake instance: the browser sign-in (the test
// plays the browser and follows the authorize page to the loopback redirect) and checking a
// pasted token with its scopes.
#include "accounts/browsersignin.h"
#include "api/tokencheck.h"
#include "fakeinstance.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pkceMatchesTheRfcExample();
    void verifiersAreRandomAndWellFormed();
    void browserSignInGetsAToken();
    void knownAppIsNotRegisteredAgain();
    void refusedAuthorizationFails();
    void failedTokenExchangeIsReported();
    void pastedTokenIsChecked();
    void wrongTokenIsRefused();
    void missingOptionalScopeIsNamed();
    void missingEssentialScopeRefuses();

private:
    QNetworkReply *getWithoutRedirects(const QUrl &url);
    TokenCheck::Result check(const QByteArray &token);
    void playBrowser(const QUrl &authorizeUrl);

    std::unique_ptr<fake::FakeInstance> m_instance;
    QNetworkAccessManager m_network;
    QByteArray m_callbackPage;
};

void TestSignIn::init()
{
    m_instance = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_instance->start());
    m_callbackPage.clear();
}

void TestSignIn::cleanup()
{
    m_instance.reset();
}

QNetworkReply *TestSignIn::getWithoutRedirects(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return m_network.get(request);
}

// The browser: open the authorize page (the fake user approves at once), follow its redirect
// to Fedibell's loopback listener, and read the page shown there.
void TestSignIn::playBrowser(const QUrl &authorizeUrl)
{
    QNetworkReply *page = getWithoutRedirects(authorizeUrl);
    connect(page, &QNetworkReply::finished, this, [this, page] {
        page->deleteLater();
        const QUrl redirect = page->header(QNetworkRequest::LocationHeader).toUrl();
        if (!redirect.isValid()) {
            m_callbackPage = "no redirect: " + page->readAll();
            return;
        }
        QNetworkReply *callback = getWithoutRedirects(redirect);
        connect(callback, &QNetworkReply::finished, this, [this, callback] {
            callback->deleteLater();
            m_callbackPage = callback->readAll();
        });
    });
}

void TestSignIn::pkceMatchesTheRfcExample()
{
    // RFC 7636, appendix B.
    QCOMPARE(BrowserSignIn::codeChallengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestSignIn::verifiersAreRandomAndWellFormed()
{
    const QByteArray a = BrowserSignIn::makeCodeVerifier();
    const QByteArray b = BrowserSignIn::makeCodeVerifier();
    QVERIFY(a != b);
    QVERIFY(a.size() >= 43 && a.size() <= 128);
    for (char c : a) {
        QVERIFY(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
                    .contains(c));
    }
}

void TestSignIn::browserSignInGetsAToken()
{
    BrowserSignIn signIn(&m_network, m_instance->baseUrl());
    QList<QUrl> opened;
    signIn.setBrowserOpener([&](const QUrl &url) {
        opened.append(url);
        playBrowser(url);
    });
    QSignalSpy registered(&signIn, &BrowserSignIn::appRegistered);
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(registered.count(), 1);
    QCOMPARE(m_instance->registeredApps(), 1);

    // The authorize page was asked with PKCE S256, the least scopes and a loopback redirect.
    QCOMPARE(opened.size(), 1);
    const QUrlQuery asked = m_instance->lastAuthorizeQuery();
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(asked.queryItemValue(u"code_challenge"_s).size(), 43);
    QCOMPARE(asked.queryItemValue(u"scope"_s),
             u"read:statuses read:notifications read:accounts write:conversations"_s);
    const QUrl redirect(asked.queryItemValue(u"redirect_uri"_s));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QCOMPARE(redirect.path(), u"/callback"_s);
    QVERIFY(redirect.port() > 0);
    QVERIFY(!asked.queryItemValue(u"state"_s).isEmpty());

    // The fake only issues a token when the verifier matches the challenge.
    const QByteArray token = succeeded.at(0).at(0).toByteArray();
    QCOMPARE(token, m_instance->accessToken());
    QTRY_VERIFY(m_callbackPage.contains("You can close this tab"));
    // The new token works.
    const TokenCheck::Result result = check(token);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.missing.isEmpty());
}

void TestSignIn::knownAppIsNotRegisteredAgain()
{
    AppCredentials credentials;
    {
        BrowserSignIn first(&m_network, m_instance->baseUrl());
        first.setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
        QSignalSpy registered(&first, &BrowserSignIn::appRegistered);
        QSignalSpy succeeded(&first, &BrowserSignIn::succeeded);
        first.start();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
        credentials = registered.at(0).at(0).value<AppCredentials>();
    }
    BrowserSignIn again(&m_network, m_instance->baseUrl());
    again.setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
    QSignalSpy succeeded(&again, &BrowserSignIn::succeeded);
    again.start(credentials);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
    QCOMPARE(m_instance->registeredApps(), 1);
}

void TestSignIn::refusedAuthorizationFails()
{
    // Credentials the instance does not know: the authorize page refuses.
    BrowserSignIn signIn(&m_network, m_instance->baseUrl());
    signIn.setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    signIn.start({u"unknown-client"_s, "secret"});
    QTRY_VERIFY(m_callbackPage.startsWith("no redirect"));
    // The browser stays on the instance's error page and never comes back to Fedibell, so
    // nothing more can happen: no code was handed out and none was exchanged for a token.
    QVERIFY2(m_callbackPage.contains("invalid_client"), m_callbackPage.constData());
    QCOMPARE(m_instance->requestCount(u"/oauth/token"_s), 0);
    QCOMPARE(succeeded.count(), 0);
}

void TestSignIn::failedTokenExchangeIsReported()
{
    m_instance->setRestFailure(400, 1, u"/oauth/token"_s);
    BrowserSignIn signIn(&m_network, m_instance->baseUrl());
    signIn.setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(failed.at(0).at(0).toString().startsWith(u"Signing in failed"_s));
    QCOMPARE(succeeded.count(), 0);
}

TokenCheck::Result TestSignIn::check(const QByteArray &token)
{
    TokenCheck tokenCheck(&m_network, m_instance->baseUrl(), token);
    QSignalSpy finished(&tokenCheck, &TokenCheck::finished);
    tokenCheck.start();
    if (!finished.wait(10000)) {
        return {};
    }
    return finished.at(0).at(0).value<TokenCheck::Result>();
}

void TestSignIn::pastedTokenIsChecked()
{
    const TokenCheck::Result result = check(m_instance->accessToken());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.account.acct, u"ada"_s);
    QVERIFY(result.grantedScopes.contains(u"read"_s));
    QVERIFY(result.missing.isEmpty());
}

void TestSignIn::wrongTokenIsRefused()
{
    const TokenCheck::Result result = check("not-a-token");
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"does not accept"_s));
}

void TestSignIn::missingOptionalScopeIsNamed()
{
    m_instance->setTokenScopes({u"read:statuses"_s, u"read:accounts"_s});
    const TokenCheck::Result result = check(m_instance->accessToken());
    QVERIFY(result.ok); // it works, with less
    QStringList missing;
    for (const auto &scope : result.missing) {
        missing << scope.scope;
        QVERIFY(!scope.consequence.isEmpty());
    }
    QCOMPARE(missing, (QStringList{u"read:notifications"_s, u"write:conversations"_s}));
}

void TestSignIn::missingEssentialScopeRefuses()
{
    m_instance->setTokenScopes({u"read:accounts"_s, u"read:notifications"_s});
    const TokenCheck::Result result = check(m_instance->accessToken());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"read:statuses"_s), qPrintable(result.error));

    m_instance->setTokenScopes({u"read:statuses"_s});
    const TokenCheck::Result noAccount = check(m_instance->accessToken());
    QVERIFY(!noAccount.ok);
    QVERIFY2(noAccount.error.contains(u"read:accounts"_s), qPrintable(noAccount.error));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
