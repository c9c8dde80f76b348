// The browser sign-in against what else can reach its loopback listener: another local process
// sending a forged callback (wrong or no state), the user pressing "Deny" on the authorize
// page, and the sign-in being cancelled or deleted at awkward moments. None of it may crash;
// a forged callback is ignored, a denial is said in plain words.
#include "accounts/browsersignin.h"
#include "fakeinstance.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestSignInHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void forgedCallbackIsIgnored_data();
    void forgedCallbackIsIgnored();
    void denialIsSaidInPlainWords();
    void deletingTheSignInWhenItFailsIsSafe();
    void cancelDuringTheTokenExchangeIsQuiet();

private:
    QNetworkReply *getWithoutRedirects(const QUrl &url);
    void playBrowser(const QUrl &authorizeUrl);
    static QUrl redirectUriOf(const QUrl &authorizeUrl);
    // GET \a url and wait for the answer; its body, or "error: ..." when there was none.
    QByteArray fetch(const QUrl &url);

    std::unique_ptr<fake::FakeInstance> m_instance;
    QNetworkAccessManager m_network;
    QByteArray m_callbackPage;
};

void TestSignInHostile::init()
{
    m_instance = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_instance->start());
    m_callbackPage.clear();
}

void TestSignInHostile::cleanup()
{
    m_instance.reset();
}

QNetworkReply *TestSignInHostile::getWithoutRedirects(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return m_network.get(request);
}

// The browser: the authorize page (the fake user approves or denies at once), then its
// redirect to Fedibell's loopback listener, whose page is kept.
void TestSignInHostile::playBrowser(const QUrl &authorizeUrl)
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
            if (m_callbackPage.isEmpty()) {
                m_callbackPage = "error: " + callback->errorString().toUtf8();
            }
        });
    });
}

QUrl TestSignInHostile::redirectUriOf(const QUrl &authorizeUrl)
{
    return QUrl(QUrlQuery(authorizeUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
}

QByteArray TestSignInHostile::fetch(const QUrl &url)
{
    QNetworkReply *reply = getWithoutRedirects(url);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        return "error: no answer";
    }
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    return body.isEmpty() ? "error: " + reply->errorString().toUtf8() : body;
}

void TestSignInHostile::forgedCallbackIsIgnored_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("wrong state") << u"code=x&state=wrong"_s;
    QTest::newRow("no state") << u"code=x"_s;
    QTest::newRow("forged denial") << u"error=access_denied&state=wrong"_s;
}

void TestSignInHostile::forgedCallbackIsIgnored()
{
    QFETCH(QString, query);
    BrowserSignIn signIn(&m_network, m_instance->baseUrl());
    QUrl authorizeUrl;
    signIn.setBrowserOpener([&](const QUrl &url) { authorizeUrl = url; });
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(authorizeUrl.isValid(), 10000);

    // Any local process can reach the listener while the sign-in waits for the browser.
    QUrl forged = redirectUriOf(authorizeUrl);
    QVERIFY(forged.port() > 0);
    forged.setQuery(query);
    QTest::ignoreMessage(QtWarningMsg, "ignoring a sign-in callback without this sign-in's state");
    const QByteArray forgedPage = fetch(forged);
    QVERIFY2(!forgedPage.startsWith("error:"), forgedPage.constData());
    QVERIFY2(!forgedPage.contains("is signed in"), forgedPage.constData());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(succeeded.isEmpty());

    // The sign-in kept waiting: the real answer still gets the token, and only its code was
    // exchanged.
    playBrowser(authorizeUrl);
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(succeeded.at(0).at(0).toByteArray(), m_instance->accessToken());
    QCOMPARE(m_instance->requestCount(u"/oauth/token"_s), 1);
    QTRY_VERIFY(m_callbackPage.contains("You can close this tab"));
}

void TestSignInHostile::denialIsSaidInPlainWords()
{
    m_instance->setUserDeniesAuthorization(true);
    BrowserSignIn signIn(&m_network, m_instance->baseUrl());
    QUrl authorizeUrl;
    signIn.setBrowserOpener([&](const QUrl &url) {
        authorizeUrl = url;
        playBrowser(url);
    });
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(reason.startsWith(u"You did not allow Fedibell"_s), qPrintable(reason));
    QVERIFY2(!reason.contains(u"access_denied"_s), qPrintable(reason));
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(m_instance->requestCount(u"/oauth/token"_s), 0);

    // The browser tab does not claim success.
    QTRY_VERIFY(!m_callbackPage.isEmpty());
    QVERIFY2(!m_callbackPage.contains("is signed in"), m_callbackPage.constData());
    QVERIFY2(m_callbackPage.contains("not signed in"), m_callbackPage.constData());

    // The listener is gone: nothing more is accepted on its port.
    const QByteArray late = fetch(redirectUriOf(authorizeUrl));
    QVERIFY2(late.startsWith("error:"), late.constData());
    QCOMPARE(failed.count(), 1);
}

void TestSignInHostile::deletingTheSignInWhenItFailsIsSafe()
{
    // A window that drops its sign-in as soon as it fails; the failure comes from inside the
    // loopback listener's signal, which must not delete the listener under its own feet.
    m_instance->setUserDeniesAuthorization(true);
    QPointer<BrowserSignIn> signIn = new BrowserSignIn(&m_network, m_instance->baseUrl());
    signIn->setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
    QString reason;
    connect(signIn, &BrowserSignIn::failed, this, [&](const QString &why) {
        reason = why;
        delete signIn;
    });
    signIn->start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_callbackPage.isEmpty(), 10000);
    QVERIFY(signIn.isNull());
    QVERIFY2(reason.startsWith(u"You did not allow Fedibell"_s), qPrintable(reason));
    QVERIFY2(m_callbackPage.contains("not signed in"), m_callbackPage.constData());
}

void TestSignInHostile::cancelDuringTheTokenExchangeIsQuiet()
{
    // The window is closed while the code is being exchanged: no token, no failure, no crash
    // when the instance's answer arrives afterwards.
    BrowserSignIn signIn(&m_network, m_instance->baseUrl());
    signIn.setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    connect(m_instance.get(), &fake::FakeInstance::requestReceived, this,
            [&signIn](const QString &path) {
                if (path == u"/oauth/token") {
                    signIn.cancel(); // the answer is written but not yet read
                }
            });
    QStringList answered; // the manager says so before the sign-in's own handler runs
    connect(&m_network, &QNetworkAccessManager::finished, this,
            [&answered](QNetworkReply *reply) { answered << reply->url().path(); });
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(answered.contains(u"/oauth/token"_s), 10000);
    // The sign-in's handler of that answer ran in the same emission, before the wait ended.
    QCOMPARE(m_instance->requestCount(u"/oauth/token"_s), 1);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 0);
}

QTEST_MAIN(TestSignInHostile)
#include "tst_signinhostile.moc"
