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

/// The Mastodon-API servers the fake can pretend to be (see FakeInstance::setDialect).
enum class Dialect {
    Mastodon,    ///< 4.x: everything as Mastodon does it (the default)
    Mastodon3,   ///< 3.x: no /api/v2/instance
    GoToSocial,  ///< ULID ids; the socket reads the subprotocol, the query or the header
    Pleroma,     ///< socket ignores the header, takes anonymous sockets and refuses their
                 ///< subscribes (pleroma:respond); direct also sends "update"; chats
    Iceshrimp,   ///< socket token only as subprotocol (400 otherwise), client messages of at
                 ///< most 256 bytes, every conversation unread
    NoStreaming, ///< Sharkey, Friendica, Pixelfed, Takahe: no streaming at all
    Snac,        ///< advertises a streaming URL that does not work; no conversations
};

/// How the fake numbers statuses and notifications.
enum class IdStyle {
    Snowflake, ///< Mastodon: decimal, 18 digits here
    Ulid,      ///< GoToSocial: 26 characters of Crockford base32
    Flake,     ///< Pleroma: base62, 11 characters here
};

/// What a dialect does differently from Mastodon 4.
struct DialectTraits
{
    QString version;                    ///< instance "version"; empty = the fixture's
    bool streams = true;                ///< the health endpoint and upgrades work
    bool readsHeader = true;            ///< the socket takes Authorization: Bearer
    bool readsSubprotocol = true;       ///< the socket takes the token as subprotocol
    bool echoesSubprotocol = true;      ///< the 101 names the subprotocol (ws does; Go not)
    bool anonymousSockets = false;      ///< a socket without a token is accepted
    int missingTokenStatus = 401;       ///< the upgrade's answer when no token was found
    bool acknowledgesSubscribe = false; ///< pleroma:respond after each subscribe
    bool directSendsUpdate = false;     ///< an "update" on direct before the conversation
    int maxClientMessageBytes = 0;      ///< larger client messages close the socket; 0 = any
    IdStyle ids = IdStyle::Snowflake;
    bool listsConversations = true;  ///< false: /api/v1/conversations is always []
    bool everythingUnread = false;   ///< every conversation says unread: true
    bool hasChats = false;           ///< pleroma:chat_mention notifications
    bool hasMessageRequests = false; ///< Mastodon 4.3's filtered DMs and notification requests
};

/// Mastodon 4.3 and later, the fake's default.
inline DialectTraits mastodonTraits()
{
    DialectTraits traits;
    traits.hasMessageRequests = true;
    return traits;
}

struct ServerConfig
{
    Discovery discovery = Discovery::V2;
    DialectTraits dialect = mastodonTraits();
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
