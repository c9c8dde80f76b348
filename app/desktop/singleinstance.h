#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;

namespace fedibell {

// Keeps Fedibell to one running copy per user. The first copy listens on a local socket in a
// folder of its own ($XDG_RUNTIME_DIR/fedibell, else /tmp/fedibell-<uid>: a real folder, ours,
// mode 0700, or it is not used); a later launch hands its command over (e.g. "show-status")
// and exits. Both ends check that the other is the same user (SO_PEERCRED). A socket left
// behind by a crash is noticed (nobody answers) and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<QByteArray(const QByteArray &command)>;

    explicit SingleInstance(const QString &socketPath = defaultSocketPath(),
                            QObject *parent = nullptr);

    static QString defaultSocketPath();
    // Why \a folder may not hold the socket (in words for the user); empty when it is a
    // real folder of ours that nobody else may use. With \a create, a missing one is made.
    static QString privateFolderProblem(const QString &folder, bool create);

    enum class Listen {
        Listening,     // this is the running copy now
        OtherCopyRuns, // another copy of ours answered: hand over to it
        Unsafe,        // the socket's folder is not ours alone: no single instance (problem())
    };

    // Becomes the running copy unless another copy answers on the socket.
    Listen listen();
    QString problem() const { return m_problem; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Sends a command to the running copy and returns its answer (nothing if none runs, or if
    // the folder or the server is not ours).
    static std::optional<QByteArray> send(const QString &socketPath, const QByteArray &command,
                                          int timeoutMs = 3000);

private:
    QString m_socketPath;
    QString m_problem;
    QLocalServer *m_server;
    Handler m_handler;
};

} // namespace fedibell
