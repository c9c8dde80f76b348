#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace fedibell {

struct RestResponse
{
    enum class Error {
        None,
        Network,      // could not reach the server, or it vanished mid-answer
        Tls,          // the certificate or TLS handshake failed; never ignored
        Unauthorized, // 401: the token is missing, wrong or revoked
        Forbidden,    // 403: the token lacks a scope
        NotFound,
        RateLimited, // 429: wait until `rateLimitReset`
        Server,      // 5xx and other unexpected statuses
        BadResponse, // not the JSON we asked for, or too large
    };

    Error error = Error::None;
    int httpStatus = 0;
    QJsonDocument json;
    QString errorMessage; // plain words for logs and the user; never contains the token
    QUrl prevPage;        // Link rel="prev" (newer items)
    QDateTime rateLimitReset;
    qint64 bodyBytes = 0; // the size of the body as received

    bool ok() const { return error == Error::None; }
};

// Talks to one instance's REST API with the account's token in the Authorization header.
// Every call is asynchronous; `done` runs on the caller's thread unless `context` is gone.
// Links to other origins are never followed and redirects never leave the origin,
// so the token cannot be sent anywhere else.
class RestClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RestResponse &)>;

    static constexpr qint64 kMaxResponseBytes = qint64{8} * 1024 * 1024;
    static constexpr int kDefaultTransferTimeoutMs = 30000;
    static constexpr qint64 kReadBufferBytes = qint64{256} * 1024;

    RestClient(QNetworkAccessManager *network, const QUrl &origin, const QByteArray &token,
               QObject *parent = nullptr);

    QUrl origin() const { return m_origin; }
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void getUrl(const QUrl &url, QObject *context, Callback done);
    void post(const QString &path, QObject *context, Callback done);

    // The target of the link with relation `rel` ("prev", "next") in a Link header; empty
    // when there is none.
    static QUrl linkTarget(const QByteArray &header, QStringView rel);
    static QDateTime parseRateLimitReset(const QByteArray &value);

private:
    void send(QNetworkReply *reply, QObject *context, Callback done);
    QNetworkRequest makeRequest(const QUrl &url) const;
    RestResponse toResponse(QNetworkReply *reply, const QByteArray &body, bool tooLarge) const;
    bool isSameOrigin(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    QUrl m_origin;
    QByteArray m_authorization;
    int m_transferTimeout = kDefaultTransferTimeoutMs;
};

} // namespace fedibell
