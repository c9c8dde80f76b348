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
// header (Mastodon, GoToSocial) or with the token as the WebSocket subprotocol (Pleroma,
// Iceshrimp.NET; never in the query string, which ends up in logs), subscribes to the requested
// streams, turns frames into StreamEvents, and watches the link: it pings every `pingInterval` and
// gives the connection up as dead when neither a pong nor any other frame arrives within
// `pongDeadline`.
class StreamConnection : public QObject
{
    Q_OBJECT

public:
    // How long a socket closed gracefully may take to say goodbye before it is dropped.
    static constexpr int kGoodbyeMs = 2000;

    struct Timing
    {
        int pingIntervalMs = 30000; // Mastodon's server pings every 30 s as well
        int pongDeadlineMs = 10000;
    };

    enum class Authentication {
        Header,      // Authorization: Bearer <token>
        Subprotocol, // Sec-WebSocket-Protocol: <token>
    };

    explicit StreamConnection(QObject *parent = nullptr);
    ~StreamConnection() override;

    void setTiming(const Timing &timing);
    // How the next open() presents the token.
    void setAuthentication(Authentication authentication) { m_authentication = authentication; }
    Authentication authentication() const { return m_authentication; }
    // Whether `token` fits in Sec-WebSocket-Protocol (an HTTP token: letters, digits and a
    // few marks); Qt would drop, and log, anything else.
    static bool canSendAsSubprotocol(QByteArrayView token);

    // Opens <origin>/api/v1/streaming and subscribes to `streams` once connected.
    void open(const QUrl &streamingOrigin, const QByteArray &token, const QStringList &streams);
    void close();
    // Closes with a close frame (1001, going away), so that the server sees a clean close and
    // not a dropped connection; like close(), nothing is emitted afterwards.
    void closeGracefully();
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
    Authentication m_authentication = Authentication::Header;
    QTimer m_pingTimer;
    QTimer m_deadlineTimer;
    bool m_connected = false;
    bool m_finished = false;
    QString m_lastError;
};

} // namespace fedibell
