#pragma once

#include "streamevent.h"

#include <QAbstractSocket>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocketProtocol>

class QWebSocket;

namespace fedibell {

// One WebSocket to an instance's streaming API. It authenticates with the Authorization
// header, subscribes to the requested streams, turns frames into StreamEvents, and watches
// the link: it pings every `pingInterval` and gives the connection up as dead when neither
// a pong nor any other frame arrives within `pongDeadline`.
class StreamConnection : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int pingIntervalMs = 30000; // Mastodon's server pings every 30 s as well
        int pongDeadlineMs = 10000;
    };

    explicit StreamConnection(QObject *parent = nullptr);
    ~StreamConnection() override;

    void setTiming(const Timing &timing);

    // Opens <origin>/api/v1/streaming and subscribes to `streams` once connected.
    void open(const QUrl &streamingOrigin, const QByteArray &token, const QStringList &streams);
    void close();
    bool isConnected() const { return m_connected; }

signals:
    void connected();
    void eventReceived(const fedibell::StreamEvent &event);
    // The upgrade did not succeed. `httpStatus` is the status the server refused the upgrade
    // with, or 0 when no HTTP answer came (connection refused or reset, unreachable, TLS).
    // `reason` is safe to show.
    void handshakeFailed(const QString &reason, int httpStatus);
    // An established connection ended: closed by the server, dropped, or found dead.
    void disconnected(const QString &reason);

private:
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onTextMessage(const QString &message);
    void onPingTimer();
    void noteTraffic();
    void discardSocket();
    void finish(const QString &reason);
    void failHandshake(const QString &reason);

    QWebSocket *m_socket = nullptr;
    QStringList m_streams;
    Timing m_timing;
    QTimer m_pingTimer;
    QTimer m_deadlineTimer;
    bool m_connected = false;
    bool m_finished = false;
    QString m_lastError;
};

} // namespace fedibell
