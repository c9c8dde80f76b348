#include "singleinstance.h"

#include "desktoplogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxCommandBytes = 4096;

// The user at the other end of a connected local socket, if the kernel says.
std::optional<uid_t> peerUid(qintptr descriptor)
{
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (descriptor < 0
        || ::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0
        || length != sizeof(credentials)) {
        return std::nullopt;
    }
    return credentials.uid;
}

bool isOurs(const QLocalSocket &socket)
{
    const std::optional<uid_t> uid = peerUid(socket.socketDescriptor());
    if (uid == ::geteuid()) {
        return true;
    }
    qCWarning(lcDesktop).noquote() << "refusing an instance socket connection from"
                                   << (uid ? u"user %1"_s.arg(*uid) : u"an unknown user"_s);
    return false;
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            if (!isOurs(*socket)) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxCommandBytes) {
                        socket->abort();
                    }
                    return;
                }
                const QByteArray command = socket->readLine(kMaxCommandBytes).trimmed();
                socket->write(m_handler ? m_handler(command) : QByteArray());
                socket->disconnectFromServer();
            });
        }
    });
}

QString SingleInstance::defaultSocketPath()
{
    // $XDG_RUNTIME_DIR is the user's own; /tmp is everyone's, so there the folder carries
    // the user id and is checked before use (privateFolderProblem()).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString folder = !runtime.isEmpty() && QDir::isAbsolutePath(runtime)
                               ? runtime + u"/fedibell"_s
                               : QDir::tempPath() + u"/fedibell-%1"_s.arg(::geteuid());
    return folder + u"/fedibell.socket"_s;
}

QString SingleInstance::privateFolderProblem(const QString &folder, bool create)
{
    const QByteArray native = QFile::encodeName(folder);
    struct stat info = {};
    if (::lstat(native.constData(), &info) != 0) {
        if (errno != ENOENT || !create) {
            return tr("Fedibell cannot use the folder %1: %2")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (::mkdir(native.constData(), 0700) == 0) {
            ::chmod(native.constData(), 0700); // whatever the umask took away from us
        } else if (errno != EEXIST) {
            return tr("Fedibell cannot create the folder %1: %2")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (::lstat(native.constData(), &info) != 0) {
            return tr("Fedibell cannot use the folder %1: %2")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    // Whoever owns the folder, or may write or even look into it, could answer in Fedibell's
    // name: it must be a real folder (no symlink), ours, and closed to everyone else.
    if (S_ISLNK(info.st_mode)) {
        return tr("Fedibell does not use %1 for talking to its running copy: it is a symbolic "
                  "link, not a folder.")
            .arg(folder);
    }
    if (!S_ISDIR(info.st_mode)) {
        return tr("Fedibell does not use %1 for talking to its running copy: it is not a "
                  "folder.")
            .arg(folder);
    }
    if (info.st_uid != ::geteuid()) {
        return tr("Fedibell does not use the folder %1 for talking to its running copy: it "
                  "belongs to another user.")
            .arg(folder);
    }
    if ((info.st_mode & 07777) != 0700) {
        //: %2 is the folder's access mode in octal, e.g. 0755
        return tr("Fedibell does not use the folder %1 for talking to its running copy: others "
                  "may use it (mode %2 instead of 0700).")
            .arg(folder, u"0"_s + QString::number(info.st_mode & 07777, 8));
    }
    return {};
}

SingleInstance::Listen SingleInstance::listen()
{
    m_problem = privateFolderProblem(QFileInfo(m_socketPath).path(), true);
    if (!m_problem.isEmpty()) {
        qCInfo(lcDesktop).noquote() << m_problem; // the caller tells the user
        return Listen::Unsafe;
    }
    // Ask first: with access options set, QLocalServer::listen() would silently replace the
    // socket of a running copy instead of failing.
    if (send(m_socketPath, "ping", 1000).has_value()) {
        return Listen::OtherCopyRuns;
    }
    if (QFileInfo::exists(m_socketPath)) {
        qCInfo(lcDesktop) << "removing a stale instance socket" << m_socketPath;
        QLocalServer::removeServer(m_socketPath);
    }
    if (!m_server->listen(m_socketPath)) {
        m_problem =
            tr("Fedibell cannot listen on %1: %2").arg(m_socketPath, m_server->errorString());
        qCInfo(lcDesktop).noquote() << m_problem; // the caller tells the user
        return Listen::Unsafe;
    }
    return Listen::Listening;
}

std::optional<QByteArray> SingleInstance::send(const QString &socketPath, const QByteArray &command,
                                               int timeoutMs)
{
    if (const QString problem = privateFolderProblem(QFileInfo(socketPath).path(), false);
        !problem.isEmpty()) {
        qCInfo(lcDesktop).noquote() << problem;
        return std::nullopt;
    }
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs)) {
        return std::nullopt;
    }
    if (!isOurs(socket)) {
        return std::nullopt; // someone else's server: neither a running copy nor believed
    }
    socket.write(command + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return std::nullopt;
    }
    QByteArray answer;
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(timeoutMs)) {
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

} // namespace fedibell
