#include "httpserver.h"

#include "fakelogging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace fake {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::processBuffered);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        processBuffered();
}

quint16 HttpConnection::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void HttpConnection::processBuffered()
{
    if (m_processing)
        return; // re-entered through a nested readyRead; the outer loop continues
    m_processing = true;
    while (m_socket && !m_closing && m_socket->bytesAvailable() > 0) {
        const QByteArray data = m_socket->peek(
            qMin<qint64>(m_socket->bytesAvailable(),
                         HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 8));
        HttpRequest request;
        qsizetype length = 0;
        const auto result = HttpRequestParser::parse(data, &request, &length);
        if (result == HttpRequestParser::Result::Incomplete)
            break;
        if (result != HttpRequestParser::Result::Complete) {
            int status = 400;
            if (result == HttpRequestParser::Result::TooLarge)
                status = data.indexOf("\r\n\r\n") < 0 ? 431 : 413;
            else if (result == HttpRequestParser::Result::Unsupported)
                status = 501;
            qCDebug(lcFake) << "rejecting malformed request with" << status;
            const HttpResponse response(status, QByteArrayLiteral("text/plain"),
                                        HttpResponse::reasonPhrase(status));
            m_socket->write(response.serializeHead(false) + response.body);
            closeAfterWrite();
            break;
        }

        m_currentLength = length;
        m_currentKeepAlive = request.keepAlive();
        m_answered = false;
        m_handler(*this, request);
        if (!m_socket)
            break; // taken over
        if (!m_answered) {
            qCWarning(lcFake) << "handler did not answer" << request.method << request.path;
            respond(HttpResponse::jsonError(500, u"unanswered request"_s));
        }
    }
    m_processing = false;
}

void HttpConnection::consumeCurrent()
{
    if (m_socket && m_currentLength > 0)
        m_socket->skip(m_currentLength);
    m_currentLength = 0;
    m_answered = true;
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    if (m_socket) {
        disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processBuffered);
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_socket || m_answered)
        return;
    const QByteArray connection = response.header("Connection");
    const bool keepAlive = m_currentKeepAlive && connection.compare("close", Qt::CaseInsensitive);
    consumeCurrent();
    m_socket->write(response.serializeHead(keepAlive));
    m_socket->write(response.body);
    if (!keepAlive)
        closeAfterWrite();
}

void HttpConnection::respondTruncated(const HttpResponse &response)
{
    if (!m_socket || m_answered)
        return;
    consumeCurrent();
    m_socket->write(response.serializeHead(true));
    m_socket->write(response.body.left(response.body.size() / 2));
    m_socket->flush();
    closeAfterWrite();
}

void HttpConnection::respondRawAndClose(const QByteArray &bytes)
{
    if (!m_socket || m_answered)
        return;
    consumeCurrent();
    m_socket->write(bytes);
    closeAfterWrite();
}

QTcpSocket *HttpConnection::takeSocket()
{
    QTcpSocket *socket = m_socket;
    if (!socket)
        return nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    m_socket = nullptr;
    m_answered = true;
    deleteLater();
    return socket;
}

HttpServer::HttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

bool HttpServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcFake) << "cannot listen on 127.0.0.1 port" << port << m_server->errorString();
        return false;
    }
    return true;
}

void HttpServer::close()
{
    m_server->close();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}

} // namespace fake
