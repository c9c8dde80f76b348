#include "singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondCopyHandsOver();
    void staleSocketAfterACrashIsReplaced();
    void nobodyRunningMeansNoAnswer();
    void socketIsInAPrivateFolderOfTheRuntimeDir();
    void withoutRuntimeDirTheFolderIsPerUserInTmp();
    void folderOthersCouldUseIsRefused_data();
    void folderOthersCouldUseIsRefused();
    void anotherUsersServerIsNotBelieved();
    void anotherUsersConnectionIsRefused();

private:
    // What listen() and send() say when run on a thread, as a second copy would.
    struct SecondCopy
    {
        SingleInstance::Listen listened = SingleInstance::Listen::Listening;
        std::optional<QByteArray> answer;
    };
    static SecondCopy runSecondCopy(const QString &path);
    QString perUserFolder() const;

    QTemporaryDir m_dir;
    QByteArray m_runtimeDir;
    QByteArray m_tmpDir;
    QList<pid_t> m_children;
};

namespace {

constexpr uid_t kNobody = 65534;

// A server in the test process that answers every line with a lie, like one that another
// user left in a folder they can write to.
class ForgedServer : public QLocalServer
{
public:
    explicit ForgedServer(const QString &path)
    {
        QLocalServer::removeServer(path);
        listen(path);
        connect(this, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("Fedibell: all quiet (forged)");
                    socket->disconnectFromServer();
                });
            }
        });
    }
};

// In a forked child only: become the "nobody" user for good.
void becomeNobody()
{
    if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) {
        ::_exit(90);
    }
}

sockaddr_un addressOf(const QByteArray &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.constData(), sizeof(address.sun_path) - 1);
    return address;
}

} // namespace

void TestSingleInstance::init()
{
    m_runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    m_tmpDir = qgetenv("TMPDIR");
}

void TestSingleInstance::cleanup()
{
    for (pid_t child : std::as_const(m_children)) {
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
    }
    m_children.clear();
    const auto restore = [](const char *name, const QByteArray &value) {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    };
    restore("XDG_RUNTIME_DIR", m_runtimeDir);
    restore("TMPDIR", m_tmpDir);
}

TestSingleInstance::SecondCopy TestSingleInstance::runSecondCopy(const QString &path)
{
    SecondCopy result;
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(path);
        result.listened = other.listen();
        result.answer = SingleInstance::send(path, "status");
    }));
    second->start();
    if (!QTest::qWaitFor([&] { return second->isFinished(); }, 20000)) {
        qFatal("the second copy hangs");
    }
    return result;
}

QString TestSingleInstance::perUserFolder() const
{
    return m_dir.filePath(u"tmp/fedibell-%1"_s.arg(::geteuid()));
}

void TestSingleInstance::secondCopyHandsOver()
{
    const QString path = m_dir.filePath(u"a.socket"_s);
    SingleInstance first(path);
    QCOMPARE(first.listen(), SingleInstance::Listen::Listening);
    QByteArray received;
    first.setHandler([&](const QByteArray &command) {
        received = command;
        return QByteArray("running: ") + command;
    });

    // The second copy runs in another process in real life; here its blocking client runs
    // on a thread so the first copy's event loop can answer.
    std::optional<QByteArray> answer;
    SingleInstance::Listen secondListened = SingleInstance::Listen::Listening;
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(path);
        secondListened = other.listen();
        answer = SingleInstance::send(path, "show-status");
    }));
    second->start();
    QTRY_VERIFY(second->isFinished());
    QCOMPARE(secondListened, SingleInstance::Listen::OtherCopyRuns);
    QVERIFY(answer.has_value());
    QCOMPARE(*answer, QByteArray("running: show-status"));
    QCOMPARE(received, QByteArray("show-status"));
}

void TestSingleInstance::staleSocketAfterACrashIsReplaced()
{
    // A socket file whose owner died: bound, never unlinked, nobody listening.
    const QString path = m_dir.filePath(u"stale.socket"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = path.toLocal8Bit();
    std::strncpy(address.sun_path, native.constData(), sizeof(address.sun_path) - 1);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path));

    SingleInstance instance(path);
    QCOMPARE(instance.listen(), SingleInstance::Listen::Listening);
    instance.setHandler([](const QByteArray &) { return QByteArray("alive"); });
    std::optional<QByteArray> answer;
    std::unique_ptr<QThread> client(
        QThread::create([&] { answer = SingleInstance::send(path, "ping"); }));
    client->start();
    QTRY_VERIFY(client->isFinished());
    QCOMPARE(answer.value_or(QByteArray()), QByteArray("alive"));
}

void TestSingleInstance::nobodyRunningMeansNoAnswer()
{
    QVERIFY(!SingleInstance::send(m_dir.filePath(u"none.socket"_s), "status", 500).has_value());
}

void TestSingleInstance::socketIsInAPrivateFolderOfTheRuntimeDir()
{
    const QString runtime = m_dir.filePath(u"run"_s);
    QVERIFY(QDir().mkpath(runtime));
    QCOMPARE(::chmod(QFile::encodeName(runtime).constData(), 0700), 0); // as the spec says
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    const QString path = SingleInstance::defaultSocketPath();
    QCOMPARE(path, runtime + u"/fedibell/fedibell.socket"_s);

    SingleInstance instance(path);
    QCOMPARE(instance.listen(), SingleInstance::Listen::Listening);
    struct stat folder = {};
    QCOMPARE(::lstat(QFile::encodeName(runtime + u"/fedibell"_s).constData(), &folder), 0);
    QVERIFY(S_ISDIR(folder.st_mode));
    QCOMPARE(folder.st_mode & 07777, mode_t(0700));
    QCOMPARE(folder.st_uid, ::geteuid());
}

void TestSingleInstance::withoutRuntimeDirTheFolderIsPerUserInTmp()
{
    qunsetenv("XDG_RUNTIME_DIR");
    const QString tmp = m_dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(tmp));
    QVERIFY(::chmod(QFile::encodeName(tmp).constData(), 01777) == 0); // like /tmp
    qputenv("TMPDIR", tmp.toLocal8Bit());
    const QString path = SingleInstance::defaultSocketPath();
    QCOMPARE(path, perUserFolder() + u"/fedibell.socket"_s);

    SingleInstance instance(path);
    QCOMPARE(instance.listen(), SingleInstance::Listen::Listening);
    struct stat folder = {};
    QCOMPARE(::lstat(QFile::encodeName(perUserFolder()).constData(), &folder), 0);
    QVERIFY(S_ISDIR(folder.st_mode));
    QCOMPARE(folder.st_mode & 07777, mode_t(0700));
    QCOMPARE(folder.st_uid, ::geteuid());
}

void TestSingleInstance::folderOthersCouldUseIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("open to everyone") << u"0777"_s;
    QTest::newRow("readable by everyone") << u"0755"_s;
    QTest::newRow("group may write") << u"0770"_s;
    QTest::newRow("a symlink to a private folder") << u"symlink"_s;
    QTest::newRow("a file") << u"file"_s;
    QTest::newRow("another user's folder") << u"nobody"_s;
}

void TestSingleInstance::folderOthersCouldUseIsRefused()
{
    // No XDG_RUNTIME_DIR: the folder is in a /tmp where another user was first.
    QFETCH(QString, kind);
    qunsetenv("XDG_RUNTIME_DIR");
    const QString tmp = m_dir.filePath(u"tmp"_s);
    QDir(tmp).removeRecursively();
    QVERIFY(QDir().mkpath(tmp));
    qputenv("TMPDIR", tmp.toLocal8Bit());
    const QString folder = perUserFolder();
    const QByteArray native = QFile::encodeName(folder);
    QString serverFolder = folder;
    if (kind == u"symlink") {
        serverFolder = m_dir.filePath(u"tmp/elsewhere"_s);
        QVERIFY(QDir().mkpath(serverFolder));
        QCOMPARE(::chmod(QFile::encodeName(serverFolder).constData(), 0700), 0);
        QVERIFY(QFile::link(serverFolder, folder));
    } else if (kind == u"file") {
        QFile file(folder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        serverFolder.clear();
    } else if (kind == u"nobody") {
        if (::geteuid() != 0) {
            QSKIP("needs root to give a folder to another user");
        }
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::chmod(native.constData(), 0700), 0);
        QCOMPARE(::chown(native.constData(), kNobody, kNobody), 0);
    } else {
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::chmod(native.constData(), mode_t(kind.toUInt(nullptr, 8))), 0);
    }
    std::unique_ptr<ForgedServer> forged;
    if (!serverFolder.isEmpty()) {
        forged = std::make_unique<ForgedServer>(serverFolder + u"/fedibell.socket"_s);
        QVERIFY(forged->isListening());
    }

    const SecondCopy copy = runSecondCopy(SingleInstance::defaultSocketPath());
    // Not handed over to the forged "running copy" (which made Fedibell exit at once) ...
    QCOMPARE(copy.listened, SingleInstance::Listen::Unsafe);
    // ... and --status does not show its text.
    QVERIFY2(!copy.answer.has_value(), copy.answer.value_or(QByteArray()).constData());
    SingleInstance instance;
    QCOMPARE(instance.listen(), SingleInstance::Listen::Unsafe);
    QVERIFY2(instance.problem().contains(folder), qPrintable(instance.problem()));
}

void TestSingleInstance::anotherUsersServerIsNotBelieved()
{
    // Another user's server on our socket path (as if the folder's protection had failed):
    // it is neither a running copy of ours nor believed.
    if (::geteuid() != 0) {
        QSKIP("needs root to run a server as another user");
    }
    const QString path = m_dir.filePath(u"foreign.socket"_s);
    const QByteArray native = QFile::encodeName(path);
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // Bound while still root (the folder is ours), listening as "nobody": the peer
        // credentials a client sees are those of listen().
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const sockaddr_un address = addressOf(native);
        ::unlink(native.constData());
        if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address))) {
            ::_exit(91);
        }
        ::chmod(native.constData(), 0777);
        becomeNobody();
        if (::listen(fd, 8) != 0 || ::write(ready[1], "r", 1) != 1) {
            ::_exit(92);
        }
        for (;;) {
            const int client = ::accept(fd, nullptr, nullptr);
            if (client >= 0) {
                char buffer[64];
                [[maybe_unused]] const ssize_t got = ::read(client, buffer, sizeof(buffer));
                static constexpr char kLie[] = "Fedibell: all quiet (forged)";
                [[maybe_unused]] const ssize_t put = ::write(client, kLie, sizeof(kLie) - 1);
                ::close(client);
            }
        }
    }
    m_children.append(child);
    ::close(ready[1]);
    char byte = 0;
    QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1)); // the child listens (or died: 0)
    ::close(ready[0]);

    std::optional<QByteArray> answer;
    std::unique_ptr<QThread> client(
        QThread::create([&] { answer = SingleInstance::send(path, "status"); }));
    client->start();
    QTRY_VERIFY(client->isFinished());
    QVERIFY2(!answer.has_value(), answer.value_or(QByteArray()).constData());

    // Starting replaces the foreign socket instead of handing over to it.
    const SecondCopy copy = runSecondCopy(path);
    QCOMPARE(copy.listened, SingleInstance::Listen::Listening);
}

void TestSingleInstance::anotherUsersConnectionIsRefused()
{
    if (::geteuid() != 0) {
        QSKIP("needs root to connect as another user");
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(u"a.socket"_s);
    SingleInstance instance(path);
    QCOMPARE(instance.listen(), SingleInstance::Listen::Listening);
    QList<QByteArray> commands;
    instance.setHandler([&](const QByteArray &command) {
        commands << command;
        return QByteArray("Fedibell: 3 unread direct messages");
    });
    // As if the folder's protection were lost after the start.
    QCOMPARE(::chmod(QFile::encodeName(folder.path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0777), 0);

    const QByteArray native = QFile::encodeName(path);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        becomeNobody();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const sockaddr_un address = addressOf(native);
        if (fd < 0
            || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address))) {
            ::_exit(93);
        }
        static constexpr char kCommand[] = "status\n";
        if (::write(fd, kCommand, sizeof(kCommand) - 1) != ssize_t(sizeof(kCommand) - 1)) {
            ::_exit(94);
        }
        char buffer[256];
        ssize_t total = 0;
        for (ssize_t got = 0; (got = ::read(fd, buffer, sizeof(buffer))) > 0;) {
            total += got;
        }
        ::_exit(total == 0 ? 0 : 1); // 1: it was answered
    }
    m_children.append(child);
    int status = 0;
    QVERIFY(QTest::qWaitFor([&] { return ::waitpid(child, &status, WNOHANG) == child; }, 10000));
    m_children.removeOne(child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(commands.isEmpty());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
