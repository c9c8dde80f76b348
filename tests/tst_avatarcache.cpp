// Avatar downloads against a server that redirects where it should not or sends too much.
// Nothing here may leave the computer: the network access manager sends every request for a
// host that is not loopback to a trap on 127.0.0.1 (as an HTTP proxy), which records it and
// hangs up. A refused hop must never get that far.
#include "fakeinstance.h"
#include "notifications/avatarcache.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

// Loopback goes direct; anything else goes to the trap, which is on loopback itself.
class OutsideTrap : public QNetworkProxyFactory
{
public:
    OutsideTrap()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->readAll();
                    requests << head.left(head.indexOf("\r\n"));
                    socket->abort();
                    socket->deleteLater();
                });
            }
        });
    }

    bool isListening() const { return m_server.isListening(); }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QHostAddress host(query.peerHostName());
        if (!host.isNull() && host.isLoopback()) {
            return {QNetworkProxy::NoProxy};
        }
        return {QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.serverPort())};
    }

    QByteArrayList requests; // first lines, e.g. "GET http://169.254.169.254/ HTTP/1.1"

private:
    QTcpServer m_server;
};

// Counts the requests it makes and those still unanswered.
class CountingManager : public QNetworkAccessManager
{
public:
    int started = 0;
    int open = 0;
    QList<QNetworkReply::NetworkError> errors; // of every answered request, in order

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QNetworkReply *reply =
            QNetworkAccessManager::createRequest(operation, request, outgoingData);
        ++started;
        ++open;
        // Connected before the caller's own handlers, so it runs first.
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            --open;
            errors << reply->error();
        });
        return reply;
    }
};

} // namespace

class TestAvatarCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void redirectsOnLoopbackAreFollowedUpToThree();
    void fourthRedirectIsRefused();
    void refusedHopIsNeverAsked_data();
    void refusedHopIsNeverAsked();
    void declaredOversizeIsRefusedAtTheHeaders();
    void undeclaredOversizeIsCutWhileReading();
    void deflatedOversizeIsCutWhileReading();
    void namesAreLookedUpAndEveryAddressChecked_data();
    void namesAreLookedUpAndEveryAddressChecked();

private:
    QString url(const QString &path) const { return m_instance->baseUrl().toString() + path; }
    // Starts the download and waits until the cache has dealt with its last answer.
    void fetchAndWait(const QString &address);

    std::unique_ptr<fake::FakeInstance> m_instance;
    OutsideTrap *m_trap = nullptr; // owned by the manager
    std::unique_ptr<CountingManager> m_network;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<AvatarCache> m_avatars;
};

void TestAvatarCache::init()
{
    m_instance = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_instance->start());
    m_network = std::make_unique<CountingManager>();
    m_trap = new OutsideTrap;
    QVERIFY(m_trap->isListening());
    m_network->setProxyFactory(m_trap);
    m_directory = std::make_unique<QTemporaryDir>();
    m_avatars = std::make_unique<AvatarCache>(m_network.get(), m_directory->path());
}

void TestAvatarCache::cleanup()
{
    m_avatars.reset();
    m_network.reset();
    m_instance.reset();
}

void TestAvatarCache::fetchAndWait(const QString &address)
{
    // Each hop of a redirect is a request of its own, asked for by the cache while it handles
    // the answer before: done when every request has been answered and handled.
    m_avatars->fetch(address);
    QTRY_VERIFY_WITH_TIMEOUT(m_network->started > 0 && m_network->open == 0, 10000);
}

void TestAvatarCache::redirectsOnLoopbackAreFollowedUpToThree()
{
    m_instance->setRedirect(u"/one"_s, url(u"/two"_s).toUtf8());
    m_instance->setRedirect(u"/two"_s, "/three"); // relative
    m_instance->setRedirect(u"/three"_s, url(u"/avatars/grace.png"_s).toUtf8());
    QSignalSpy ready(m_avatars.get(), &AvatarCache::ready);
    m_avatars->fetch(url(u"/one"_s));
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toString(), url(u"/one"_s));
    QVERIFY(!m_avatars->image(url(u"/one"_s)).isNull());
    QCOMPARE(m_instance->requestCount(u"/avatars/grace.png"_s), 1);
    QVERIFY(m_trap->requests.isEmpty());
}

void TestAvatarCache::fourthRedirectIsRefused()
{
    m_instance->setRedirect(u"/one"_s, "/two");
    m_instance->setRedirect(u"/two"_s, "/three");
    m_instance->setRedirect(u"/three"_s, "/four");
    m_instance->setRedirect(u"/four"_s, "/avatars/grace.png");
    QSignalSpy ready(m_avatars.get(), &AvatarCache::ready);
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"^avatar redirect from .*/four to .*/avatars/grace.png "
                                         "refused: more than 3 redirects$"_s));
    fetchAndWait(url(u"/one"_s));
    QCOMPARE(m_instance->requestCount(u"/four"_s), 1);
    QCOMPARE(m_instance->requestCount(u"/avatars/"_s), 0);
    QVERIFY(ready.isEmpty());
    QVERIFY(m_avatars->image(url(u"/one"_s)).isNull());
}

void TestAvatarCache::refusedHopIsNeverAsked_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("metadata service, plain http") << "http://169.254.169.254/latest/meta-data/"_ba;
    QTest::newRow("metadata service, decimal") << "http://2852039166/latest/meta-data/"_ba;
    QTest::newRow("metadata service, trailing dot") << "http://169.254.169.254./x"_ba;
    QTest::newRow("link-local over https") << "https://169.254.169.254/a.png"_ba;
    QTest::newRow("private 10/8") << "https://10.1.2.3/a.png"_ba;
    QTest::newRow("private 172.16/12") << "https://172.20.0.1/a.png"_ba;
    QTest::newRow("private 192.168/16") << "https://192.168.1.1/a.png"_ba;
    QTest::newRow("shared 100.64/10") << "https://100.64.0.1/a.png"_ba;
    QTest::newRow("unspecified") << "https://0.0.0.0/a.png"_ba;
    QTest::newRow("IPv6 link-local") << "https://[fe80::1]/a.png"_ba;
    QTest::newRow("IPv6 unique local") << "https://[fd12:3456::1]/a.png"_ba;
    QTest::newRow("IPv4-mapped link-local") << "https://[::ffff:169.254.169.254]/a.png"_ba;
    QTest::newRow("plain http elsewhere") << "http://avatars.example/a.png"_ba;
}

void TestAvatarCache::refusedHopIsNeverAsked()
{
    QFETCH(QByteArray, location);
    m_instance->setRedirect(u"/avatars/moved.png"_s, location);
    QSignalSpy ready(m_avatars.get(), &AvatarCache::ready);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^avatar redirect from .*/avatars/moved.png to .* "
                                            "refused: "_s));
    fetchAndWait(url(u"/avatars/moved.png"_s));
    QVERIFY2(m_trap->requests.isEmpty(), m_trap->requests.join(", ").constData());
    QCOMPARE(m_instance->requests().size(), 1);
    QVERIFY(ready.isEmpty());
    QVERIFY(m_avatars->image(url(u"/avatars/moved.png"_s)).isNull());
}

void TestAvatarCache::declaredOversizeIsRefusedAtTheHeaders()
{
    m_instance->setLargeBody(u"/avatars/huge.png"_s,
                             AvatarCache::kMaxDownloadBytes + qint64{1024} * 1024);
    QSignalSpy ready(m_avatars.get(), &AvatarCache::ready);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^avatar .*/avatars/huge.png refused: it declares "
                                            "3145728 bytes, more than 2097152$"_s));
    fetchAndWait(url(u"/avatars/huge.png"_s));
    QCOMPARE(m_network->errors,
             {QNetworkReply::OperationCanceledError}); // cut, not read to the end
    QVERIFY(ready.isEmpty());
    QVERIFY(m_avatars->image(url(u"/avatars/huge.png"_s)).isNull());
}

void TestAvatarCache::undeclaredOversizeIsCutWhileReading()
{
    m_instance->setLargeBody(u"/avatars/endless.png"_s, 3 * AvatarCache::kMaxDownloadBytes,
                             fake::BodyFraming::UntilClose);
    QSignalSpy ready(m_avatars.get(), &AvatarCache::ready);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^avatar .*/avatars/endless.png refused: more than "
                                            "2097152 bytes arrived$"_s));
    fetchAndWait(url(u"/avatars/endless.png"_s));
    QCOMPARE(m_network->errors,
             {QNetworkReply::OperationCanceledError}); // cut, not read to the end
    QVERIFY(ready.isEmpty());
    QVERIFY(m_avatars->image(url(u"/avatars/endless.png"_s)).isNull());
}

void TestAvatarCache::deflatedOversizeIsCutWhileReading()
{
    // A few kilobytes on the wire that Qt inflates on the fly: Content-Length and the
    // download progress both speak of the small size.
    m_instance->setLargeBody(u"/avatars/bomb.png"_s, 3 * AvatarCache::kMaxDownloadBytes,
                             fake::BodyFraming::Deflated);
    QSignalSpy ready(m_avatars.get(), &AvatarCache::ready);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^avatar .*/avatars/bomb.png refused: more than "
                                            "2097152 bytes arrived$"_s));
    fetchAndWait(url(u"/avatars/bomb.png"_s));
    QCOMPARE(m_network->errors,
             {QNetworkReply::OperationCanceledError}); // cut, not read to the end
    QVERIFY(ready.isEmpty());
    QVERIFY(m_avatars->image(url(u"/avatars/bomb.png"_s)).isNull());
}

void TestAvatarCache::namesAreLookedUpAndEveryAddressChecked_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<bool>("asked");
    QTest::newRow("public") << QStringList{u"93.184.216.34"_s} << true;
    QTest::newRow("private") << QStringList{u"10.1.2.3"_s} << false;
    QTest::newRow("one public, one link-local")
        << QStringList{u"93.184.216.34"_s, u"169.254.169.254"_s} << false;
    QTest::newRow("this computer") << QStringList{u"127.0.0.1"_s} << false;
    QTest::newRow("no address") << QStringList{} << false;
}

void TestAvatarCache::namesAreLookedUpAndEveryAddressChecked()
{
    // A name that the server's redirect names: what the resolver says decides.
    QFETCH(QStringList, addresses);
    QFETCH(bool, asked);
    QStringList lookedUp;
    m_avatars->setHostResolver(
        [&](const QString &host, QObject *, const std::function<void(QList<QHostAddress>)> &done) {
            lookedUp << host;
            QList<QHostAddress> found;
            for (const QString &address : std::as_const(addresses)) {
                found << QHostAddress(address);
            }
            done(found);
        });
    m_instance->setRedirect(u"/avatars/moved.png"_s, "https://avatars.example/a.png");
    if (!asked) {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^avatar https://avatars.example/a.png "
                                                "refused: avatars.example "_s));
    }
    fetchAndWait(url(u"/avatars/moved.png"_s));
    QCOMPARE(lookedUp, QStringList{u"avatars.example"_s});
    if (asked) {
        // Let through, to the trap that stands for the internet here.
        // (Qt tries a refused proxy connection more than once.)
        QTRY_VERIFY(!m_trap->requests.isEmpty());
        QCOMPARE(m_trap->requests.constFirst(), "CONNECT avatars.example:443 HTTP/1.1"_ba);
    } else {
        QCOMPARE(m_network->started, 1);
        QVERIFY(m_trap->requests.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAvatarCache)
#include "tst_avatarcache.moc"
