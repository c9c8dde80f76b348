#include "httpmessage.h"

#include <QUrl>

namespace fake {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool containsToken(const QByteArray &headerValue, QByteArrayView token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString decodeKey(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toUtf8());
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection");
    if (version == "HTTP/1.0")
        return containsToken(connection, "keep-alive");
    return !containsToken(connection, "close");
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return containsToken(header("Upgrade"), "websocket");
}

QStringList HttpRequest::queryValues(const QString &key) const
{
    QStringList values;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (decodeKey(item.first) == key)
            values.append(item.second);
    }
    return values;
}

QString HttpRequest::queryValue(const QString &key) const
{
    const QStringList values = queryValues(key);
    return values.isEmpty() ? QString() : values.constFirst();
}

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &data, HttpRequest *request,
                                                   qsizetype *length)
{
    // Tolerate (and skip) empty lines before the request line, as RFC 9112 allows.
    qsizetype start = 0;
    while (start + 1 < data.size() && data.at(start) == '\r' && data.at(start + 1) == '\n')
        start += 2;

    const qsizetype headEnd = data.indexOf("\r\n\r\n", start);
    if (headEnd < 0) {
        if (data.size() - start > MaxHeaderBytes)
            return Result::TooLarge;
        // A request line must start with a token; reject obvious junk early.
        const qsizetype firstSpace = data.indexOf(' ', start);
        const qsizetype probeEnd = firstSpace < 0 ? data.size() : firstSpace;
        for (qsizetype i = start; i < probeEnd; ++i) {
            if (!isTokenChar(data.at(i)))
                return Result::BadRequest;
        }
        return Result::Incomplete;
    }
    if (headEnd - start > MaxHeaderBytes)
        return Result::TooLarge;

    const QByteArray head = data.mid(start, headEnd - start);
    QList<QByteArray> lines;
    for (qsizetype from = 0; from <= head.size();) {
        qsizetype to = head.indexOf("\r\n", from);
        if (to < 0)
            to = head.size();
        lines.append(head.mid(from, to - from));
        from = to + 2;
    }
    HttpRequest req;

    // Request line: METHOD SP target SP version
    const QList<QByteArray> parts = lines.constFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()
        || !parts.at(1).startsWith('/'))
        return Result::BadRequest;
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return Result::BadRequest;
    req.method = parts.at(0);
    req.target = parts.at(1);
    req.version = parts.at(2);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.contains('\n') || line.contains('\r'))
            return Result::BadRequest; // bare CR/LF line endings are not accepted
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return Result::BadRequest;
        req.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    const qsizetype queryStart = req.target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? req.target : req.target.left(queryStart);
    req.path = QUrl::fromPercentEncoding(rawPath);
    if (queryStart >= 0)
        req.query = QUrlQuery(QString::fromUtf8(req.target.mid(queryStart + 1)));

    if (!req.header("Transfer-Encoding").isEmpty())
        return Result::Unsupported;

    qsizetype bodyLength = 0;
    if (req.hasHeader("Content-Length")) {
        bool ok = false;
        const QByteArray value = req.header("Content-Length");
        bodyLength = value.toLongLong(&ok);
        if (!ok || bodyLength < 0 || value.startsWith('+'))
            return Result::BadRequest;
        if (bodyLength > MaxBodyBytes)
            return Result::TooLarge;
    }

    const qsizetype total = headEnd + 4 + bodyLength;
    if (data.size() < total)
        return Result::Incomplete;
    req.body = data.mid(headEnd + 4, bodyLength);
    *request = req;
    *length = total;
    return Result::Complete;
}

HttpResponse::HttpResponse(int status, const QByteArray &contentType, const QByteArray &body)
    : status(status)
    , body(body)
{
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
}

HttpResponse HttpResponse::json(int status, const QByteArray &json)
{
    return HttpResponse(status, QByteArrayLiteral("application/json; charset=utf-8"), json);
}

HttpResponse HttpResponse::jsonError(int status, const QString &message)
{
    QString escaped = message;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return json(status, "{\"error\":\"" + escaped.toUtf8() + "\"}");
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpResponse::serializeHead(bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || h.first.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                     : QByteArrayLiteral("Connection: close\r\n");
    out += "\r\n";
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

} // namespace fake
