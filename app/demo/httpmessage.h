// Minimal HTTP/1.1 message types for the fake Mastodon instance.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace fake {

/// One parsed HTTP request (request line, headers, body).
struct HttpRequest
{
    QByteArray method;  ///< e.g. "GET"
    QByteArray target;  ///< raw request target, e.g. "/api/v1/notifications?limit=5"
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    QString path;       ///< percent-decoded path of the target, without the query
    QUrlQuery query;    ///< query of the target
    QList<QPair<QByteArray, QByteArray>> headers; ///< in arrival order, names as sent
    QByteArray body;

    /// Value of the first header called \a name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// True when the connection may be reused after the answer (HTTP/1.1 default).
    bool keepAlive() const;
    /// True for "Upgrade: websocket" requests.
    bool isWebSocketUpgrade() const;
    /// All values of a query parameter, fully decoded. "types[]" also matches "types%5B%5D".
    QStringList queryValues(const QString &key) const;
    /// First value of a query parameter, fully decoded; null QString when absent.
    QString queryValue(const QString &key) const;
};

/// Parses requests from the start of a byte stream without consuming anything, so that a
/// WebSocket upgrade request can be left unread in the socket for QWebSocketServer.
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeaderBytes = qsizetype(64) * 1024;
    static constexpr qsizetype MaxBodyBytes = qsizetype(1024) * 1024;

    enum class Result {
        Incomplete, ///< need more bytes
        Complete,   ///< *request and *length are set
        BadRequest, ///< junk: answer 400 and close
        TooLarge,   ///< headers over MaxHeaderBytes or body over MaxBodyBytes: 431/413 and close
        Unsupported ///< e.g. chunked request bodies: 501 and close
    };

    /// Examines \a data (the unread bytes of a connection). On Complete, \a request holds the
    /// request and \a length the number of bytes it occupies (head + body).
    static Result parse(const QByteArray &data, HttpRequest *request, qsizetype *length);
};

/// An HTTP response to serialise.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< Content-Length/Connection are added
    QByteArray body;

    HttpResponse() = default;
    HttpResponse(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &json);
    /// {"error":"<message>"} with the given status.
    static HttpResponse jsonError(int status, const QString &message);

    void setHeader(const QByteArray &name, const QByteArray &value); ///< replaces same name
    QByteArray header(QByteArrayView name) const;

    /// Status line + headers + empty line. Adds Content-Length and Connection.
    QByteArray serializeHead(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace fake
