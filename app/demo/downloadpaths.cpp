#include "downloadpaths.h"

#include "httpserver.h"

namespace fake {

void DownloadPaths::setRedirect(const QString &path, const QByteArray &location)
{
    if (location.isEmpty())
        m_redirects.remove(path);
    else
        m_redirects.insert(path, location);
}

void DownloadPaths::setLargeBody(const QString &path, qint64 bytes, BodyFraming framing)
{
    if (bytes <= 0)
        m_bodies.remove(path);
    else
        m_bodies.insert(path, {bytes, framing});
}

int DownloadPaths::answer(HttpConnection &connection, const HttpRequest &request) const
{
    if (request.method != "GET")
        return 0;
    if (const auto redirect = m_redirects.constFind(request.path); redirect != m_redirects.cend()) {
        HttpResponse response(302, QByteArrayLiteral("text/html"), QByteArrayLiteral("Moved"));
        response.setHeader(QByteArrayLiteral("Location"), *redirect);
        connection.respond(response);
        return 302;
    }
    const auto body = m_bodies.constFind(request.path);
    if (body == m_bodies.cend())
        return 0;
    const QByteArray junk(body->bytes, 'x');
    switch (body->framing) {
    case BodyFraming::ContentLength:
        connection.respond(HttpResponse(200, QByteArrayLiteral("image/png"), junk));
        break;
    case BodyFraming::UntilClose:
        connection.respondRawAndClose(
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + junk);
        break;
    case BodyFraming::Deflated: {
        // qCompress() is a zlib stream behind a 4 byte length: HTTP's "deflate" is the stream.
        HttpResponse response(200, QByteArrayLiteral("image/png"), qCompress(junk, 9).mid(4));
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate"));
        connection.respond(response);
        break;
    }
    }
    return 200;
}

} // namespace fake
