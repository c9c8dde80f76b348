#include "api/restclient.h"
#include "fakeinstance.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;
using Error = RestResponse::Error;

class TestRestClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parsesLinkHeaders();
    void parsesRateLimitReset();
    void sendsTheTokenAsHeader();
    void mapsFailures_data();
    void mapsFailures();
    void wrongTokenIsUnauthorized();
    void rateLimitCarriesResetTime();
    void neverFollowsLinksToOtherSites();
    void vanishingServerIsANetworkError();

private:
    RestResponse get(RestClient &client, const QString &path, const QUrlQuery &query = {});
    std::unique_ptr<fake::FakeInstance> m_fake;
    QNetworkAccessManager m_network;
};

void TestRestClient::init()
{
    m_fake = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_fake->start());
}

void TestRestClient::cleanup()
{
    m_fake.reset();
}

RestResponse TestRestClient::get(RestClient &client, const QString &path, const QUrlQuery &query)
{
    std::optional<RestResponse> result;
    client.get(path, query, this, [&](const RestResponse &response) { result = response; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        RestResponse timeout;
        timeout.error = Error::Network;
        timeout.errorMessage = u"test timed out"_s;
        return timeout;
    }
    return *result;
}

void TestRestClient::parsesLinkHeaders()
{
    const QByteArray header =
        R"(<https://m.example/api/v1/conversations?max_id=10>; rel="next", <https://m.example/api/v1/conversations?min_id=20>; rel="prev")";
    QCOMPARE(RestClient::linkTarget(header, u"next").toString(),
             u"https://m.example/api/v1/conversations?max_id=10"_s);
    QCOMPARE(RestClient::linkTarget(header, u"prev").toString(),
             u"https://m.example/api/v1/conversations?min_id=20"_s);
    QVERIFY(RestClient::linkTarget("garbage; <<>>; rel=", u"prev").isEmpty());
    QVERIFY(RestClient::linkTarget(header, u"last").isEmpty());
}

void TestRestClient::parsesRateLimitReset()
{
    const QDateTime reset = RestClient::parseRateLimitReset("2026-01-01T12:05:00.000000Z");
    QVERIFY(reset.isValid());
    QCOMPARE(reset, QDateTime(QDate(2026, 1, 1), QTime(12, 5), Qt::UTC));
    QCOMPARE(RestClient::parseRateLimitReset("2026-01-01T12:05:00.123Z").time().msec(), 123);
    QVERIFY(!RestClient::parseRateLimitReset("tomorrow").isValid());
    QVERIFY(!RestClient::parseRateLimitReset("").isValid());
}

void TestRestClient::sendsTheTokenAsHeader()
{
    RestClient client(&m_network, m_fake->baseUrl(), m_fake->accessToken());
    const RestResponse response = get(client, u"/api/v1/accounts/verify_credentials"_s);
    QVERIFY2(response.ok(), qPrintable(response.errorMessage));
    QCOMPARE(response.json.object().value("acct"_L1).toString(), u"ada"_s);
    const auto request = m_fake->requests().last();
    QCOMPARE(request.authorization, "Bearer " + m_fake->accessToken());
    QVERIFY(!request.query.hasQueryItem(u"access_token"_s));
}

void TestRestClient::mapsFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error>("error");
    QTest::newRow("401") << 401 << Error::Unauthorized;
    QTest::newRow("403") << 403 << Error::Forbidden;
    QTest::newRow("404") << 404 << Error::NotFound;
    QTest::newRow("429") << 429 << Error::RateLimited;
    QTest::newRow("500") << 500 << Error::Server;
    QTest::newRow("503") << 503 << Error::Server;
}

void TestRestClient::mapsFailures()
{
    QFETCH(int, status);
    QFETCH(Error, error);
    RestClient client(&m_network, m_fake->baseUrl(), m_fake->accessToken());
    m_fake->setRestFailure(status, 1, u"/api/v1/conversations"_s);
    const RestResponse response = get(client, u"/api/v1/conversations"_s);
    QCOMPARE(response.error, error);
    QCOMPARE(response.httpStatus, status);
    QVERIFY(!response.errorMessage.isEmpty());
    QVERIFY(!response.errorMessage.contains(QString::fromLatin1(m_fake->accessToken())));
    // Only one failure was asked for: the next call works.
    QVERIFY(get(client, u"/api/v1/conversations"_s).ok());
}

void TestRestClient::wrongTokenIsUnauthorized()
{
    RestClient client(&m_network, m_fake->baseUrl(), "wrong");
    QCOMPARE(get(client, u"/api/v1/accounts/verify_credentials"_s).error, Error::Unauthorized);
}

void TestRestClient::rateLimitCarriesResetTime()
{
    const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(30);
    m_fake->setRateLimitReset(reset);
    m_fake->setRestFailure(429, 1);
    RestClient client(&m_network, m_fake->baseUrl(), m_fake->accessToken());
    const RestResponse response = get(client, u"/api/v1/conversations"_s);
    QCOMPARE(response.error, Error::RateLimited);
    QVERIFY(qAbs(response.rateLimitReset.msecsTo(reset)) < 2);
}

void TestRestClient::neverFollowsLinksToOtherSites()
{
    RestClient client(&m_network, m_fake->baseUrl(), m_fake->accessToken());
    m_fake->clearRequests();
    std::optional<RestResponse> result;
    client.getUrl(QUrl(u"http://127.0.0.2:9/api/v1/conversations"_s), this,
                  [&](const RestResponse &response) { result = response; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error, Error::BadResponse);
    QVERIFY(m_fake->requests().isEmpty());
}

void TestRestClient::vanishingServerIsANetworkError()
{
    // A page with something on it, so that half of it is a real part of an answer.
    m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>cut in half</p>"_s);
    m_fake->setDropAfterHeaders(true);
    RestClient client(&m_network, m_fake->baseUrl(), m_fake->accessToken());
    const RestResponse response = get(client, u"/api/v1/conversations"_s);
    // The connection went away in the middle: that is the network failing, not the server
    // answering badly, and nothing of the half answer is kept.
    QCOMPARE(response.error, Error::Network);
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(response.json.isNull());
    QVERIFY2(response.errorMessage.startsWith(u"Could not reach 127.0.0.1"_s),
             qPrintable(response.errorMessage));
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
