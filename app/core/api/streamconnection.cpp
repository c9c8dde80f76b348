#include "streamconnection.h"

#include "logging.h"
#include "streamframeparser.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

StreamConnection::StreamConnection(QObject *parent)
    : QObject(parent)
{
    m_pingTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, &StreamConnection::onPingTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcStream) << "no pong within" << m_timing.pongDeadlineMs << "ms: connection is dead";
        finish(tr("The connection went silent (no answer to a ping)."));
    });
}

StreamConnection::~StreamConnection()
{
    discardSocket();
}

void StreamConnection::setTiming(const Timing &timing)
{
    m_timing = timing;
}

void StreamConnection::open(const QUrl &streamingOrigin, const QByteArray &token,
                            const QStringList &streams)
{
    discardSocket();
    m_streams = streams;
    m_connected = false;
    m_finished = false;
    m_lastError.clear();

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Both bounds: a message may come in many frames, and one frame may be huge.
    m_socket->setMaxAllowedIncomingMessageSize(StreamFrameParser::kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingFrameSize(StreamFrameParser::kMaxFrameBytes);
    m_socket->setReadBufferSize(StreamFrameParser::kMaxFrameBytes);
    connect(m_socket, &QWebSocket::connected, this, &StreamConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &StreamConnection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &StreamConnection::onError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &StreamConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] { noteTraffic(); });
    connect(m_socket, &QWebSocket::pong, this, [this] { noteTraffic(); });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the connection fails closed.
        m_lastError = tr("The secure connection failed: %1")
                          .arg(errors.isEmpty() ? QString() : errors.first().errorString());
    });

    QUrl url = streamingOrigin;
    url.setPath(u"/api/v1/streaming"_s);
    QNetworkRequest request(url);
    QWebSocketHandshakeOptions options;
    if (m_authentication == Authentication::Header) {
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + token);
    } else {
        options.setSubprotocols({QString::fromLatin1(token)});
    }
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Fedibell/%1").arg(QCoreApplication::applicationVersion()));
    qCInfo(lcStream) << "connecting to" << url.toString();
    // A handshake that hangs counts as a dead connection too.
    m_deadlineTimer.start(m_timing.pingIntervalMs + m_timing.pongDeadlineMs);
    m_socket->open(request, options);
}

bool StreamConnection::canSendAsSubprotocol(QByteArrayView token)
{
    static constexpr QByteArrayView kMarks("!#$%&'*+-.^_`|~");
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), [](char c) {
        const bool alphanumeric =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return alphanumeric || kMarks.contains(c);
    });
}

void StreamConnection::close()
{
    m_finished = true;
    discardSocket();
    m_connected = false;
}

void StreamConnection::closeGracefully()
{
    if (m_socket && m_connected) {
        // The socket lives on until the server has the close frame (or kGoodbyeMs passed),
        // without telling this object anything.
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kGoodbyeMs, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
    close();
}

void StreamConnection::discardSocket()
{
    m_pingTimer.stop();
    m_deadlineTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void StreamConnection::onConnected()
{
    m_connected = true;
    m_deadlineTimer.stop();
    // One small message per stream (Iceshrimp.NET closes the socket on a client message over
    // 256 bytes; these are about 40).
    for (const QString &stream : std::as_const(m_streams)) {
        const QJsonObject subscribe{{u"type"_s, u"subscribe"_s}, {u"stream"_s, stream}};
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    }
    qCInfo(lcStream) << "connected, subscribed to" << m_streams;
    m_pingTimer.start(m_timing.pingIntervalMs);
    emit connected();
}

void StreamConnection::onPingTimer()
{
    if (!m_socket) {
        return;
    }
    m_socket->ping();
    m_deadlineTimer.start(m_timing.pongDeadlineMs);
}

void StreamConnection::noteTraffic()
{
    // Any frame proves the link is alive: cancel the pending deadline and ping again later.
    if (!m_connected) {
        return;
    }
    m_deadlineTimer.stop();
    if (!m_pingTimer.isActive()) {
        m_pingTimer.start(m_timing.pingIntervalMs);
    }
}

void StreamConnection::onTextMessage(const QString &message)
{
    noteTraffic();
    if (message.isEmpty()) {
        return; // old Pleroma keep-alive
    }
    const StreamEvent event = StreamFrameParser::parse(message.toUtf8());
    if (event.kind == StreamEvent::Kind::Malformed) {
        qCWarning(lcStream) << "ignoring a frame:" << event.errorMessage;
    }
    emit eventReceived(event);
}

void StreamConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_socket && m_lastError.isEmpty()) {
        m_lastError = m_socket->errorString();
    }
    qCInfo(lcStream) << "socket error" << error << m_lastError;
    if (!m_connected) {
        failHandshake(m_lastError);
    }
}

void StreamConnection::failHandshake(const QString &reason)
{
    // Qt 6.4 reports a refused upgrade (e.g. HTTP 502) and a refused TCP connection with the
    // same error; only its text names the HTTP status ("Unhandled http status code: 502").
    static const QRegularExpression httpStatus(u"http status code: (\\d{3})"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = httpStatus.match(m_lastError);
    int status = match.hasMatch() ? match.captured(1).toInt() : 0;
    // Its texts for a 400 answer name no status at all.
    if (m_lastError.contains(u"Unknown error condition encountered"_s)
        || m_lastError.contains(u"Unsupported version requested"_s)) {
        status = 400;
    }
    m_finished = true;
    discardSocket();
    emit handshakeFailed(reason, status);
}

void StreamConnection::onDisconnected()
{
    if (!m_connected) {
        if (!m_finished) {
            failHandshake(m_lastError.isEmpty() ? tr("The connection was refused.") : m_lastError);
        }
        return;
    }
    if (!m_lastError.isEmpty()) {
        // No close frame: the server was killed or the network dropped the connection (Qt
        // then still reports close code 1000).
        finish(tr("The connection to the streaming server was lost."));
        return;
    }
    const auto code = m_socket ? m_socket->closeCode() : QWebSocketProtocol::CloseCodeNormal;
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        // Qt closes the socket itself, with this code, on a message over the limit.
        finish(tr("The server sent a message larger than %1 MB.")
                   .arg(StreamFrameParser::kMaxFrameBytes / (qsizetype{1024} * 1024)));
        return;
    }
    const QString serverReason = m_socket ? m_socket->closeReason() : QString();
    //: %1 is a WebSocket close code, %2 empty or ": " and the server's reason
    finish(tr("The server closed the connection (code %1%2).")
               .arg(int(code))
               .arg(serverReason.isEmpty()
                        ? QString()
                        : u": \u201c"_s + DisplayText::line(serverReason.left(200)) + u'\u201d'));
}

void StreamConnection::finish(const QString &reason)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    const bool wasConnected = m_connected;
    m_connected = false;
    discardSocket();
    if (wasConnected) {
        emit disconnected(reason);
    } else {
        emit handshakeFailed(reason, 0);
    }
}

} // namespace fedibell
