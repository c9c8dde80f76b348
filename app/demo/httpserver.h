// A small HTTP/1.1 server on QTcpServer (127.0.0.1 only) with keep-alive and a hand-over
// path for WebSocket upgrades.
#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace fake {

class HttpConnection;

/// Called once per complete request. The handler must, before returning, do exactly one of:
/// respond(), respondTruncated(), respondRawAndClose() or takeSocket().
using HttpHandler = std::function<void(HttpConnection &, const HttpRequest &)>;

/// One accepted TCP connection. Requests are parsed from peeked bytes; a request is only
/// consumed from the socket once it is answered, so an upgrade request is still unread when
/// the socket is handed over with takeSocket().
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpHandler handler, QObject *parent);

    /// Answer the current request; keep-alive unless the request or \a response says close.
    void respond(const HttpResponse &response);
    /// Send the head and half the body, then close the connection (a server that vanishes
    /// mid-response).
    void respondTruncated(const HttpResponse &response);
    /// Write \a bytes as they are and close (used for refused WebSocket upgrades).
    void respondRawAndClose(const QByteArray &bytes);
    /// Detach the socket with the current request still unread in it. The caller owns the
    /// socket; this connection object deletes itself.
    QTcpSocket *takeSocket();

    quint16 localPort() const;

private:
    void processBuffered();
    void consumeCurrent();
    void closeAfterWrite();

    QPointer<QTcpSocket> m_socket;
    HttpHandler m_handler;
    qsizetype m_currentLength = 0; ///< bytes of the request being handled
    bool m_currentKeepAlive = true;
    bool m_answered = false;
    bool m_closing = false;
    bool m_processing = false;
};

/// Listens on 127.0.0.1 and runs an HttpConnection per client.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(HttpHandler handler, QObject *parent);

    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;

private:
    void acceptPending();

    QTcpServer *m_server;
    HttpHandler m_handler;
};

} // namespace fake
