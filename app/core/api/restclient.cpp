#include "restclient.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

QString describe(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

RestClient::RestClient(QNetworkAccessManager *network, const QUrl &origin, const QByteArray &token,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_origin(origin)
    , m_authorization(token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + token)
{}

QNetworkRequest RestClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    if (!m_authorization.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    }
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Fedibell/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_transferTimeout);
    return request;
}

bool RestClient::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_origin.scheme() && url.host() == m_origin.host()
           && url.port() == m_origin.port();
}

void RestClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    QUrl url = m_origin;
    url.setPath(path);
    url.setQuery(query);
    send(m_network->get(makeRequest(url)), context, std::move(done));
}

void RestClient::getUrl(const QUrl &url, QObject *context, Callback done)
{
    if (!isSameOrigin(url)) {
        RestResponse response;
        response.error = RestResponse::Error::BadResponse;
        response.errorMessage =
            tr("The server pointed to another site (%1); not following it.").arg(url.host());
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done), response] { done(response); },
            Qt::QueuedConnection);
        return;
    }
    send(m_network->get(makeRequest(url)), context, std::move(done));
}

void RestClient::post(const QString &path, QObject *context, Callback done)
{
    QUrl url = m_origin;
    url.setPath(path);
    QNetworkRequest request = makeRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    send(m_network->post(request, QByteArrayLiteral("{}")), context, std::move(done));
}

void RestClient::send(QNetworkReply *reply, QObject *context, Callback done)
{
    // The body is read as it comes, a bounded buffer at a time, and counted: an answer over
    // the limit is dropped the moment it is known to be one, whatever the server declared.
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    reply->setReadBufferSize(kReadBufferBytes);
    auto refuse = [reply, body, tooLarge] {
        *tooLarge = true;
        body->clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge, refuse] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > kMaxResponseBytes && !*tooLarge) {
            refuse();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, body, tooLarge, refuse] {
        if (*tooLarge) {
            return;
        }
        body->append(reply->read(kMaxResponseBytes + 1 - body->size()));
        if (body->size() > kMaxResponseBytes) {
            refuse();
        }
    });
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, hasContext, body, tooLarge, done = std::move(done)] {
                reply->deleteLater();
                if (hasContext && guard.isNull()) {
                    return;
                }
                if (!*tooLarge && reply->isOpen()) { // a reply that failed is closed
                    body->append(reply->read(kMaxResponseBytes + 1 - body->size()));
                    *tooLarge = body->size() > kMaxResponseBytes;
                }
                const RestResponse response = toResponse(reply, *body, *tooLarge);
                if (!response.ok()) {
                    qCInfo(lcApi) << "request failed:" << reply->error() << describe(reply->url())
                                  << response.errorMessage;
                }
                done(response);
            });
}

RestResponse RestClient::toResponse(QNetworkReply *reply, const QByteArray &body,
                                    bool tooLarge) const
{
    RestResponse response;
    response.bodyBytes = body.size();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = describe(reply->url());
    response.prevPage = linkTarget(reply->rawHeader(QByteArrayLiteral("Link")), u"prev");
    response.rateLimitReset =
        parseRateLimitReset(reply->rawHeader(QByteArrayLiteral("X-RateLimit-Reset")));

    using E = RestResponse::Error;
    if (tooLarge) {
        response.error = E::BadResponse;
        response.errorMessage = tr("The answer from %1 was too large.").arg(where);
        return response;
    }
    switch (response.httpStatus) {
    case 401:
        response.error = E::Unauthorized;
        response.errorMessage = tr("The server refused the access token.");
        return response;
    case 403:
        response.error = E::Forbidden;
        response.errorMessage = tr("The access token is not allowed to use %1.").arg(where);
        return response;
    case 404:
        response.error = E::NotFound;
        response.errorMessage = tr("%1 does not exist on this server.").arg(where);
        return response;
    case 429:
        response.error = E::RateLimited;
        response.errorMessage = tr("The server asks to slow down (rate limit).");
        return response;
    default:
        break;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const auto code = reply->error();
        if (code == QNetworkReply::SslHandshakeFailedError) {
            response.error = E::Tls;
            response.errorMessage =
                tr("The secure connection to %1 failed (certificate or TLS error); "
                   "refusing to continue.")
                    .arg(reply->url().host());
        } else if ((code == QNetworkReply::UnknownContentError
                    || code == QNetworkReply::ProtocolFailure)
                   && response.httpStatus >= 200 && response.httpStatus < 300) {
            // It answered, but the body could not be read (e.g. compressed data that does not
            // decompress): not a reachability problem.
            response.error = E::BadResponse;
            response.errorMessage =
                tr("The server sent an answer for %1 that cannot be read.").arg(where);
        } else if (response.httpStatus >= 400) {
            response.error = E::Server;
            response.errorMessage =
                tr("The server answered %1 for %2.").arg(response.httpStatus).arg(where);
        } else {
            response.error = E::Network;
            response.errorMessage =
                tr("Could not reach %1: %2").arg(reply->url().host(), reply->errorString());
        }
        return response;
    }
    if (response.httpStatus < 200 || response.httpStatus >= 300) {
        response.error = E::Server;
        response.errorMessage =
            tr("The server answered %1 for %2.").arg(response.httpStatus).arg(where);
        return response;
    }
    QJsonParseError parseError{};
    response.json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        response.error = E::BadResponse;
        response.errorMessage = tr("The server sent something that is not JSON for %1.").arg(where);
    }
    return response;
}

QUrl RestClient::linkTarget(const QByteArray &header, QStringView rel)
{
    static const QRegularExpression linkPattern(
        uR"re(<([^>]*)>\s*;\s*rel\s*=\s*"?([A-Za-z]+)"?)re"_s);
    auto matches = linkPattern.globalMatch(QString::fromUtf8(header.left(qsizetype{16} * 1024)));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QUrl url(match.captured(1), QUrl::StrictMode);
        if (!url.isValid()) {
            continue;
        }
        if (match.capturedView(2).compare(rel, Qt::CaseInsensitive) == 0) {
            return url;
        }
    }
    return {};
}

QDateTime RestClient::parseRateLimitReset(const QByteArray &value)
{
    if (value.isEmpty()) {
        return {};
    }
    QDateTime reset =
        QDateTime::fromString(QString::fromLatin1(value).trimmed(), Qt::ISODateWithMs);
    if (!reset.isValid()) {
        return {};
    }
    return reset.toUTC();
}

} // namespace fedibell
