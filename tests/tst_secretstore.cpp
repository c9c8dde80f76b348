// Secrets in a real keyring: gnome-keyring-daemon on the private test bus, with its own HOME.
// Run under dbus-run-session (see tests/CMakeLists.txt).
#include "accounts/secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fedibell;
using namespace Qt::StringLiterals;
using Status = SecretStore::Status;

namespace {

const QString kSecretsService = u"org.freedesktop.secrets"_s;
const QString kSecretsPath = u"/org/freedesktop/secrets"_s;
const QString kLoginCollection = u"/org/freedesktop/secrets/collection/login"_s;
constexpr char kKeyringPassword[] = "test-password";

// The Secret Service's Secret struct (oayays), to hand gnome-keyring the password.
struct KeyringSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const KeyringSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, KeyringSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(KeyringSecret)

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void noKeyringIsReportedQuickly();
    void storeReadAndDelete();
    void lockedKeyringIsReportedNotHung();
    void fileStoreIsPrivate();

private:
    SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call);
    bool startKeyring();
    bool stopKeyring();
    static bool keyringIsRunning();
    static bool unlockKeyring();

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
    QVERIFY(stopKeyring());
}

// A function that locked the keyring unlocks it again, so the next one finds it as it was.
void TestSecretStore::cleanup()
{
    if (keyringIsRunning()) {
        QVERIFY(unlockKeyring());
    }
}

// Unlocks the login keyring with its password, without a prompt, through gnome-keyring's own
// interface for that (the standard Unlock needs a prompter, which the test bus has not).
bool TestSecretStore::unlockKeyring()
{
    qDBusRegisterMetaType<KeyringSecret>();
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage open = QDBusMessage::createMethodCall(
        kSecretsService, kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"OpenSession"_s);
    open << u"plain"_s << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage session = bus.call(open, QDBus::Block, 5000);
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2) {
        qWarning() << "OpenSession:" << session.errorMessage();
        return false;
    }
    KeyringSecret secret;
    secret.session = session.arguments().at(1).value<QDBusObjectPath>();
    secret.value = kKeyringPassword;
    secret.contentType = u"text/plain"_s;
    QDBusMessage unlock = QDBusMessage::createMethodCall(
        kSecretsService, kSecretsPath,
        u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
        u"UnlockWithMasterPassword"_s);
    unlock << QVariant::fromValue(QDBusObjectPath(kLoginCollection)) << QVariant::fromValue(secret);
    const QDBusMessage reply = bus.call(unlock, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "UnlockWithMasterPassword:" << reply.errorMessage();
        return false;
    }
    return true;
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

bool TestSecretStore::keyringIsRunning()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(kSecretsService);
}

// Starts the keyring daemon once per run; functions that need it call this, whichever ran
// before. It is not stopped between functions: the client side (QtKeychain over libsecret)
// keeps its Secret Service session for the whole process, and a restarted daemon refuses that
// session ("The session wrapping the secret does not exist").
bool TestSecretStore::startKeyring()
{
    if (keyringIsRunning()) {
        return true;
    }
    m_daemon.start(u"gnome-keyring-daemon"_s,
                   {u"--unlock"_s, u"--components=secrets"_s, u"--daemonize"_s,
                    u"--control-directory="_s + m_home.filePath(u"run/keyring"_s)});
    if (!m_daemon.waitForStarted(5000)) {
        return false;
    }
    m_daemon.write(kKeyringPassword);
    m_daemon.closeWriteChannel();
    m_daemon.waitForFinished(10000);
    return QTest::qWaitFor([] { return keyringIsRunning(); }, 10000);
}

// Ends the daemon that owns the Secret Service name on this private bus (the one
// startKeyring() started), by its process id, and waits until the name is gone.
bool TestSecretStore::stopKeyring()
{
    if (!keyringIsRunning()) {
        return true;
    }
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    const QDBusReply<uint> pid = bus->servicePid(kSecretsService);
    if (!pid.isValid() || pid.value() == 0 || ::kill(pid_t(pid.value()), SIGTERM) != 0) {
        return false;
    }
    return QTest::qWaitFor([] { return !keyringIsRunning(); }, 10000);
}

void TestSecretStore::noKeyringIsReportedQuickly()
{
    if (keyringIsRunning()) {
        // Stopping it would break the other functions for the rest of the run (see
        // startKeyring()); this function runs first in the default order, or alone.
        QSKIP("a keyring was started earlier in this run");
    }
    KeyringSecretStore store;
    QElapsedTimer timer;
    timer.start();
    const auto result = wait([&](auto done) { store.write(u"acct"_s, "token", done); });
    QCOMPARE(result.status, Status::NoKeyring);
    QVERIFY(!result.message.isEmpty());
    // The bound is the rule: a missing keyring is told as such, not found out by waiting for
    // the store's own timeout.
    QVERIFY2(timer.elapsed() < KeyringSecretStore::kTimeoutMs / 2,
             qPrintable(QString::number(timer.elapsed())));
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
    QVERIFY(startKeyring());
    KeyringSecretStore store;
    QCOMPARE(wait([&](auto done) { store.write(u"carol@example"_s, "secret", done); }).status,
             Status::Ok);
    QDBusMessage lock = QDBusMessage::createMethodCall(
        kSecretsService, kSecretsPath, u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kLoginCollection)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, 5000);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QElapsedTimer timer;
    timer.start();
    const auto result = wait([&](auto done) { store.read(u"carol@example"_s, done); });
    QCOMPARE(result.status, Status::Locked);
    QVERIFY(result.message.contains(u"locked"_s));
    QVERIFY(result.secret.isEmpty());
    // The bound is the rule: a keyring that does not answer is given up on after the store's
    // timeout (plus generous room), never waited for.
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
