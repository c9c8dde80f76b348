// Which addresses an avatar may come from: the rules for the first address and for every
// redirect after it (no network here; tst_avatarcache follows real redirects).
#include "notifications/avataraddress.h"

#include <QHostAddress>
#include <QTest>
#include <QUrl>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestAvatarAddress : public QObject
{
    Q_OBJECT

private slots:
    void hop_data();
    void hop();
    void publicAddresses_data();
    void publicAddresses();
};

void TestAvatarAddress::hop_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("hop");
    QTest::addColumn<bool>("allowed");

    const QString cdn = u"https://cdn.example/a.png"_s;
    const QString demo = u"http://127.0.0.1:8080/avatars/a.png"_s;
    QTest::newRow("https, a name") << cdn << u"https://files.example/b.png"_s << true;
    QTest::newRow("https, public IPv4") << cdn << u"https://93.184.216.34/b.png"_s << true;
    QTest::newRow("https, public IPv6") << cdn << u"https://[2606:4700::1111]/b.png"_s << true;
    QTest::newRow("https, 172.32 is public") << cdn << u"https://172.32.0.1/b.png"_s << true;
    QTest::newRow("https, 100.128 is public") << cdn << u"https://100.128.0.1/b.png"_s << true;
    QTest::newRow("plain http elsewhere") << cdn << u"http://files.example/b.png"_s << false;
    QTest::newRow("plain http, first was https") << cdn << u"http://127.0.0.1/b.png"_s << false;
    QTest::newRow("https to loopback from outside") << cdn << u"https://127.0.0.1/b.png"_s << false;
    QTest::newRow("https to localhost from outside")
        << cdn << u"https://localhost/b.png"_s << false;
    QTest::newRow("demo: http on loopback") << demo << u"http://127.0.0.1:9/b.png"_s << true;
    QTest::newRow("demo: localhost")
        << u"http://localhost:8080/a.png"_s << u"http://127.0.0.1:8080/b.png"_s << true;
    QTest::newRow("demo: IPv6 loopback") << demo << u"http://[::1]:8080/b.png"_s << true;
    QTest::newRow("demo: https on loopback") << demo << u"https://127.0.0.1/b.png"_s << true;
    QTest::newRow("demo: then elsewhere over http") << demo << u"http://files.example/b"_s << false;
    QTest::newRow("demo: then link-local") << demo << u"http://169.254.169.254/"_s << false;
    QTest::newRow("link-local") << cdn << u"https://169.254.169.254/latest/meta-data/"_s << false;
    QTest::newRow("link-local, decimal") << cdn << u"https://2852039166/"_s << false;
    QTest::newRow("link-local, hex") << cdn << u"https://0xa9.0xfe.0xa9.0xfe/"_s << false;
    QTest::newRow("link-local, trailing dot") << cdn << u"https://169.254.169.254./"_s << false;
    QTest::newRow("link-local, IPv4-mapped") << cdn << u"https://[::ffff:a9fe:a9fe]/"_s << false;
    QTest::newRow("link-local, NAT64") << cdn << u"https://[64:ff9b::a9fe:a9fe]/"_s << false;
    QTest::newRow("link-local, 6to4") << cdn << u"https://[2002:a9fe:a9fe::1]/"_s << false;
    QTest::newRow("IPv6 link-local") << cdn << u"https://[fe80::1%25eth0]/"_s << false;
    QTest::newRow("10/8") << cdn << u"https://10.0.0.1/"_s << false;
    QTest::newRow("172.16/12") << cdn << u"https://172.31.255.255/"_s << false;
    QTest::newRow("192.168/16") << cdn << u"https://192.168.178.1/"_s << false;
    QTest::newRow("100.64/10") << cdn << u"https://100.127.0.1/"_s << false;
    QTest::newRow("0/8") << cdn << u"https://0.0.0.0/"_s << false;
    QTest::newRow("benchmarking") << cdn << u"https://198.18.0.1/"_s << false;
    QTest::newRow("documentation") << cdn << u"https://192.0.2.1/"_s << false;
    QTest::newRow("multicast") << cdn << u"https://224.0.0.251/"_s << false;
    QTest::newRow("broadcast") << cdn << u"https://255.255.255.255/"_s << false;
    QTest::newRow("fc00::/7") << cdn << u"https://[fd00::1]/"_s << false;
    QTest::newRow("IPv6 unspecified") << cdn << u"https://[::]/"_s << false;
    QTest::newRow("IPv6 multicast") << cdn << u"https://[ff02::1]/"_s << false;
    QTest::newRow("IPv6 documentation") << cdn << u"https://[2001:db8::1]/"_s << false;
    QTest::newRow("not http") << cdn << u"ftp://files.example/b.png"_s << false;
    QTest::newRow("a file") << cdn << u"file:///etc/passwd"_s << false;
    QTest::newRow("with a password") << cdn << u"https://user:pw@files.example/b"_s << false;
    QTest::newRow("empty") << cdn << QString() << false;
}

void TestAvatarAddress::hop()
{
    QFETCH(QString, first);
    QFETCH(QString, hop);
    QFETCH(bool, allowed);
    const QString why = AvatarAddress::refusal(QUrl(first), QUrl(hop));
    QVERIFY2(why.isEmpty() == allowed, qPrintable(why.isEmpty() ? u"allowed"_s : why));
    // Away from loopback (where the first address decides), a first address is judged by the
    // same rules as a hop.
    const QStringList loopback{u"127.0.0.1"_s, u"localhost"_s, u"::1"_s};
    if (hop.isEmpty() || loopback.contains(QUrl(first).host())
        || loopback.contains(QUrl(hop).host())) {
        return;
    }
    QCOMPARE(AvatarAddress::refusal(QUrl(hop), QUrl(hop)).isEmpty(), allowed);
}

void TestAvatarAddress::publicAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("isPublic");
    QTest::newRow("public IPv4") << u"1.1.1.1"_s << true;
    QTest::newRow("public IPv6") << u"2a01:4f8::1"_s << true;
    QTest::newRow("loopback") << u"127.0.0.1"_s << false;
    QTest::newRow("IPv6 loopback") << u"::1"_s << false;
    QTest::newRow("mapped loopback") << u"::ffff:127.0.0.1"_s << false;
    QTest::newRow("mapped public") << u"::ffff:1.1.1.1"_s << true;
    QTest::newRow("site-local") << u"fec0::1"_s << false;
    QTest::newRow("reserved 240/4") << u"240.0.0.1"_s << false;
    QTest::newRow("null") << QString() << false;
}

void TestAvatarAddress::publicAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, isPublic);
    QCOMPARE(AvatarAddress::isPublic(QHostAddress(address)), isPublic);
}

QTEST_APPLESS_MAIN(TestAvatarAddress)
#include "tst_avataraddress.moc"
