#include "api/instancediscovery.h"
#include "api/restclient.h"
#include "fakeinstance.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;
using Discovery = fake::FakeInstance::Discovery;

Q_DECLARE_METATYPE(fake::FakeInstance::Discovery)
Q_DECLARE_METATYPE(fedibell::DiscoveryResult::Source)

class TestInstanceDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void findsStreamingOrigin_data();
    void findsStreamingOrigin();
    void unhealthyStreamingIsReported();
    void unreachableInstanceFails();
    void insecureAnnouncedStreamingIsNotUsed();

private:
    DiscoveryResult discover(fake::FakeInstance &instance, bool *ok);
    QNetworkAccessManager m_network;
};

DiscoveryResult TestInstanceDiscovery::discover(fake::FakeInstance &instance, bool *ok)
{
    RestClient rest(&m_network, instance.baseUrl(), instance.accessToken());
    InstanceDiscovery discovery(&m_network, &rest);
    QSignalSpy finished(&discovery, &InstanceDiscovery::finished);
    QSignalSpy failed(&discovery, &InstanceDiscovery::failed);
    discovery.start();
    *ok = QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 5000)
          && !finished.isEmpty();
    return *ok ? finished.at(0).at(0).value<DiscoveryResult>() : DiscoveryResult{};
}

void TestInstanceDiscovery::findsStreamingOrigin_data()
{
    QTest::addColumn<Discovery>("mode");
    QTest::addColumn<DiscoveryResult::Source>("source");
    QTest::addColumn<bool>("separateStreamingHost");
    QTest::newRow("v2 configuration.urls.streaming")
        << Discovery::V2 << DiscoveryResult::Source::InstanceV2 << true;
    QTest::newRow("v1 urls.streaming_api after v2 404")
        << Discovery::V1Only << DiscoveryResult::Source::InstanceV1 << true;
    QTest::newRow("same origin when neither says")
        << Discovery::SameOrigin << DiscoveryResult::Source::SameOrigin << false;
}

void TestInstanceDiscovery::findsStreamingOrigin()
{
    QFETCH(Discovery, mode);
    QFETCH(DiscoveryResult::Source, source);
    QFETCH(bool, separateStreamingHost);
    fake::FakeInstance instance;
    instance.setDiscovery(mode);
    QVERIFY(instance.start());
    bool ok = false;
    const DiscoveryResult result = discover(instance, &ok);
    QVERIFY(ok);
    QCOMPARE(result.source, source);
    QVERIFY(result.streamingHealthy);
    QCOMPARE(result.streamingOrigin.scheme(), u"ws"_s);
    QCOMPARE(result.streamingOrigin.host(), u"127.0.0.1"_s);
    const int expectedPort =
        separateStreamingHost ? instance.streamingUrl().port() : instance.baseUrl().port();
    QCOMPARE(result.streamingOrigin.port(), expectedPort);
    QVERIFY(result.streamingOrigin.path().isEmpty());
    QVERIFY(instance.requestCount(u"/api/v1/streaming/health"_s) >= 1);
    if (mode != Discovery::V2) {
        QVERIFY(instance.requestCount(u"/api/v1/instance"_s) >= 1);
    }
}

void TestInstanceDiscovery::unhealthyStreamingIsReported()
{
    fake::FakeInstance instance;
    instance.setStreamingHealthy(false);
    QVERIFY(instance.start());
    bool ok = false;
    const DiscoveryResult result = discover(instance, &ok);
    QVERIFY(ok);
    QVERIFY(!result.streamingHealthy);
}

void TestInstanceDiscovery::unreachableInstanceFails()
{
    quint16 port = 0;
    {
        fake::FakeInstance gone;
        QVERIFY(gone.start());
        port = quint16(gone.baseUrl().port());
    }
    QUrl origin(u"http://127.0.0.1"_s);
    origin.setPort(port);
    RestClient rest(&m_network, origin, "t");
    InstanceDiscovery discovery(&m_network, &rest);
    QSignalSpy failed(&discovery, &InstanceDiscovery::failed);
    QSignalSpy finished(&discovery, &InstanceDiscovery::finished);
    discovery.start();
    QTRY_COMPARE(failed.count(), 1);
    // Nobody listens there: said as such, naming the host, and nothing is "found".
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(reason.startsWith(u"Could not reach 127.0.0.1"_s), qPrintable(reason));
    QVERIFY(finished.isEmpty());
}

void TestInstanceDiscovery::insecureAnnouncedStreamingIsNotUsed()
{
    // A server announcing plain ws:// to a non-loopback host is ignored: same origin instead.
    fake::FakeInstance instance;
    instance.setStreamingUrlOverride(u"ws://streaming.example"_s);
    QVERIFY(instance.start());
    bool ok = false;
    const DiscoveryResult result = discover(instance, &ok);
    QVERIFY(ok);
    QCOMPARE(result.source, DiscoveryResult::Source::SameOrigin);
    QCOMPARE(result.streamingOrigin.port(), instance.baseUrl().port());
}

QTEST_GUILESS_MAIN(TestInstanceDiscovery)
#include "tst_instancediscovery.moc"
