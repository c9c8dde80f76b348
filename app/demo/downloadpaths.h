// Paths of the fake instance that test downloads such as avatars: a redirect to a given
// Location, or a large body (with its Content-Length, without one, or deflated).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fake {

class HttpConnection;
struct HttpRequest;

/// How a large body is sent.
enum class BodyFraming {
    ContentLength, ///< declared honestly in Content-Length
    UntilClose,    ///< no Content-Length: the body ends when the server closes the connection
    Deflated,      ///< Content-Encoding: deflate; Content-Length is the small compressed size
};

class DownloadPaths
{
public:
    /// GET \a path answers "302 Found" with \a location (empty = back to normal).
    void setRedirect(const QString &path, const QByteArray &location);
    /// GET \a path answers 200 (image/png) with \a bytes bytes of junk (0 = back to normal).
    void setLargeBody(const QString &path, qint64 bytes, BodyFraming framing);

    /// Answers \a request if it is a GET of one of these paths; its status, else 0.
    int answer(HttpConnection &connection, const HttpRequest &request) const;

private:
    struct Body
    {
        qint64 bytes = 0;
        BodyFraming framing = BodyFraming::ContentLength;
    };

    QHash<QString, QByteArray> m_redirects;
    QHash<QString, Body> m_bodies;
};

} // namespace fake
