#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;

namespace fedibell {

// Keeps Fedibell to one running copy per user. The first copy listens on a private local
// socket; a later launch hands its command over (e.g. "show-status") and exits. A socket
// left behind by a crash is noticed (nobody answers) and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<QByteArray(const QByteArray &command)>;

    explicit SingleInstance(const QString &socketPath = defaultSocketPath(),
                            QObject *parent = nullptr);

    static QString defaultSocketPath();

    // Becomes the running copy; false when another copy answers on the socket.
    bool listen();
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Sends a command to the running copy and returns its answer (nothing if none runs).
    static std::optional<QByteArray> send(const QString &socketPath, const QByteArray &command,
                                          int timeoutMs = 3000);

private:
    QString m_socketPath;
    QLocalServer *m_server;
    Handler m_handler;
};

} // namespace fedibell
