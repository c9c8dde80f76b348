// Secrets in a real keyring: gnome-keyring-daemon on the private test bus, with its own HOME.
// Run under dbus-run-session (see tests/CMakeLists.txt).
#include "accounts/secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;
using Status = SecretStore::Status;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noKeyringIsReportedQuickly();
    void storeReadAndDelete();
    void lockedKeyringIsReportedNotHung();
    void fileStoreIsPrivate();

private:
    SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call);
    bool startKeyring();

    QTemporaryDir m_home;
    QProcess m_daemon;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    QDir(m_home.path()).mkpath(u"run"_s);
    QFile::setPermissions(m_home.filePath(u"run"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_home.filePath(u"run"_s).toLocal8Bit());
}

void TestSecretStore::cleanupTestCase()
{
    QProcess::execute(u"pkill"_s, {u"-f"_s, u"gnome-keyring-daemon.*"_s + m_home.path()});
}

SecretStore::Result TestSecretStore::wait(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> result;
    call([&](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        return {Status::Failed, {}, u"test timed out"_s};
    }
    return *result;
}

bool TestSecretStore::startKeyring()
{
    m_daemon.start(u"gnome-keyring-daemon"_s,
                   {u"--unlock"_s, u"--components=secrets"_s, u"--daemonize"_s,
                    u"--control-directory="_s + m_home.filePath(u"run/keyring"_s)});
    if (!m_daemon.waitForStarted(5000)) {
        return false;
    }
    m_daemon.write("test-password");
    m_daemon.closeWriteChannel();
    m_daemon.waitForFinished(10000);
    return QTest::qWaitFor(
        [] {
            return QDBusConnection::sessionBus().interface()->isServiceRegistered(
                u"org.freedesktop.secrets"_s);
        },
        10000);
}

void TestSecretStore::noKeyringIsReportedQuickly()
{
    KeyringSecretStore store;
    QElapsedTimer timer;
    timer.start();
    const auto result = wait([&](auto done) { store.write(u"acct"_s, "token", done); });
    QCOMPARE(result.status, Status::NoKeyring);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(wait([&](auto done) { store.read(u"acct"_s, done); }).status, Status::NoKeyring);
}

void TestSecretStore::storeReadAndDelete()
{
    QVERIFY(startKeyring());
    KeyringSecretStore store;
    const QByteArray token = "tok-" + QByteArray::number(QRandomGenerator::global()->generate());
    auto written = wait([&](auto done) { store.write(u"ada@example"_s, token, done); });
    QCOMPARE(written.status, Status::Ok);
    QVERIFY(!written.message.contains(QString::fromLatin1(token)));
    const auto read = wait([&](auto done) { store.read(u"ada@example"_s, done); });
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, token);
    // A second key does not disturb the first.
    QCOMPARE(wait([&](auto done) { store.write(u"bob@example"_s, "other", done); }).status,
             Status::Ok);
    QCOMPARE(wait([&](auto done) { store.read(u"ada@example"_s, done); }).secret, token);
    QCOMPARE(wait([&](auto done) { store.remove(u"ada@example"_s, done); }).status, Status::Ok);
    QCOMPARE(wait([&](auto done) { store.read(u"ada@example"_s, done); }).status, Status::NotFound);
    QCOMPARE(wait([&](auto done) { store.remove(u"ada@example"_s, done); }).status, Status::Ok);
}

void TestSecretStore::lockedKeyringIsReportedNotHung()
{
    KeyringSecretStore store;
    QCOMPARE(wait([&](auto done) { store.write(u"carol@example"_s, "secret", done); }).status,
             Status::Ok);
    QDBusMessage lock =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, 5000);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QElapsedTimer timer;
    timer.start();
    const auto result = wait([&](auto done) { store.read(u"carol@example"_s, done); });
    QCOMPARE(result.status, Status::Locked);
    QVERIFY(result.message.contains(u"locked"_s));
    QVERIFY(result.secret.isEmpty());
    QVERIFY(timer.elapsed() <= KeyringSecretStore::kTimeoutMs + 2000);
}

void TestSecretStore::fileStoreIsPrivate()
{
    const QString path = m_home.filePath(u"config/fedibell/secrets.json"_s);
    FileSecretStore store(path);
    QCOMPARE(wait([&](auto done) { store.write(u"k"_s, "v", done); }).status, Status::Ok);
    QCOMPARE(wait([&](auto done) { store.read(u"k"_s, done); }).secret, QByteArray("v"));
    QVERIFY(!(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QCOMPARE(wait([&](auto done) { store.remove(u"k"_s, done); }).status, Status::Ok);
    QCOMPARE(wait([&](auto done) { store.read(u"k"_s, done); }).status, Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
