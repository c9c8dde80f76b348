#include "singleinstance.h"

#include "desktoplogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <unistd.h>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxCommandBytes = 4096;

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
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
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty()) {
        directory = QDir::tempPath();
    }
    return QDir(directory).filePath(u"fedibell-%1.socket"_s.arg(::getuid()));
}

bool SingleInstance::listen()
{
    // Ask first: with access options set, QLocalServer::listen() would silently replace the
    // socket of a running copy instead of failing.
    if (send(m_socketPath, "ping", 1000).has_value()) {
        return false;
    }
    if (QFileInfo::exists(m_socketPath)) {
        qCInfo(lcDesktop) << "removing a stale instance socket" << m_socketPath;
        QLocalServer::removeServer(m_socketPath);
    }
    return m_server->listen(m_socketPath);
}

std::optional<QByteArray> SingleInstance::send(const QString &socketPath, const QByteArray &command,
                                               int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs)) {
        return std::nullopt;
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
