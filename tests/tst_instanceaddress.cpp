#include "api/instanceaddress.h"

#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestInstanceAddress : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void streamingOrigins_data();
    void streamingOrigins();
};

void TestInstanceAddress::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("origin"); // empty: refused

    QTest::newRow("bare host") << u"mastodon.example"_s << u"https://mastodon.example"_s;
    QTest::newRow("https with path")
        << u" https://Mastodon.Example/about "_s << u"https://mastodon.example"_s;
    QTest::newRow("port kept") << u"https://m.example:8443"_s << u"https://m.example:8443"_s;
    QTest::newRow("http loopback") << u"http://127.0.0.1:3000"_s << u"http://127.0.0.1:3000"_s;
    QTest::newRow("http localhost") << u"http://localhost:3000"_s << u"http://localhost:3000"_s;
    QTest::newRow("http ipv6 loopback") << u"http://[::1]:3000"_s << u"http://[::1]:3000"_s;
    QTest::newRow("http remote refused") << u"http://mastodon.example"_s << QString();
    QTest::newRow("http private refused") << u"http://192.168.1.5"_s << QString();
    QTest::newRow("ftp refused") << u"ftp://mastodon.example"_s << QString();
    QTest::newRow("javascript refused") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("credentials refused") << u"https://user:pw@m.example"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
    QTest::newRow("garbage") << u"https://"_s << QString();
}

void TestInstanceAddress::parses()
{
    QFETCH(QString, input);
    QFETCH(QString, origin);
    QString error;
    const QUrl url = InstanceAddress::parse(input, &error);
    if (origin.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), origin);
    }
}

void TestInstanceAddress::streamingOrigins_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("announced");
    QTest::addColumn<QString>("origin");

    const QString secure = u"https://m.example"_s;
    const QString local = u"http://127.0.0.1:3000"_s;
    QTest::newRow("wss") << secure << u"wss://streaming.example"_s << u"wss://streaming.example"_s;
    QTest::newRow("https becomes wss") << secure << u"https://m.example/"_s << u"wss://m.example"_s;
    QTest::newRow("ws loopback from a loopback instance")
        << local << u"ws://127.0.0.1:4000"_s << u"ws://127.0.0.1:4000"_s;
    // The token would travel in plain text: an https instance never downgrades.
    QTest::newRow("ws loopback from an https instance")
        << secure << u"ws://127.0.0.1:4000"_s << QString();
    QTest::newRow("ws remote refused") << local << u"ws://streaming.example"_s << QString();
    QTest::newRow("http remote refused") << secure << u"http://streaming.example"_s << QString();
    QTest::newRow("other scheme refused") << secure << u"file:///etc/passwd"_s << QString();
}

void TestInstanceAddress::streamingOrigins()
{
    QFETCH(QString, instance);
    QFETCH(QString, announced);
    QFETCH(QString, origin);
    QString error;
    const QUrl url = InstanceAddress::toStreamingOrigin(QUrl(announced), QUrl(instance), &error);
    if (origin.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(url.toString(), origin);
        QCOMPARE(InstanceAddress::toHttpOrigin(url).scheme(),
                 url.scheme() == u"wss" ? u"https"_s : u"http"_s);
    }
}

QTEST_GUILESS_MAIN(TestInstanceAddress)
#include "tst_instanceaddress.moc"
