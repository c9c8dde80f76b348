// Behaviour switches of the fake instance, shared by its REST and streaming parts.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fake {

/// Which streaming-URL discovery the instance documents offer (see FakeInstance::Discovery).
enum class Discovery {
    V2,
    V1Only,
    SameOrigin
};

struct ServerConfig
{
    Discovery discovery = Discovery::V2;
    QUrl baseUrl;                  ///< http://127.0.0.1:<main port>
    QUrl streamingUrl;             ///< ws://127.0.0.1:<streaming port>
    QString announcedStreamingUrl; ///< overrides streamingUrl in instance documents if set

    /// What the instance documents advertise as streaming server.
    QUrl announcedStreaming() const
    {
        return announcedStreamingUrl.isEmpty() ? streamingUrl : QUrl(announcedStreamingUrl);
    }

    QByteArray accessToken = QByteArrayLiteral("test-token");
    QSet<QByteArray> revokedTokens;
    /// Scopes of the accepted token ("read" covers every "read:..." and so on).
    QStringList tokenScopes{QStringLiteral("read"), QStringLiteral("write")};

    int pageSize = 0;            ///< 0 = Mastodon defaults (20 conversations, 40 notifications)
    bool ignoreMinId = false;    ///< pages as if min_id had not been given
    bool prevLinkToSelf = false; ///< rel="prev" points back at the page just served

    int restFailureStatus = 0;    ///< 0 = none
    int restFailureRemaining = 0; ///< -1 = until cleared
    QString restFailurePrefix;    ///< empty = every REST path
    QDateTime rateLimitReset;     ///< invalid = rolling 5 minute window
    bool dropAfterHeaders = false;
    QString rawAnswerPrefix; ///< REST paths answered with rawAnswer as it is (then closed)
    QByteArray rawAnswer;

    /// The user presses "Deny" on the authorize page.
    bool userDeniesAuthorization = false;

    bool streamingHealthy = true;
    int upgradeRefusal = 0;

    bool hasScope(const QString &needed) const
    {
        const QString parent = needed.section(u':', 0, 0);
        return tokenScopes.contains(needed) || tokenScopes.contains(parent);
    }

    bool isValidToken(const QByteArray &token) const
    {
        return !token.isEmpty() && token == accessToken && !revokedTokens.contains(token);
    }
};

/// Token of an "Authorization: Bearer <token>" header value; empty if it is not one.
inline QByteArray bearerToken(const QByteArray &authorization)
{
    static constexpr QByteArrayView prefix("bearer ");
    if (authorization.size() <= prefix.size()
        || authorization.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(prefix.size()).trimmed();
}

} // namespace fake
