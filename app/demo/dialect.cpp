#include "dialect.h"

#include "httpmessage.h"

using namespace Qt::StringLiterals;

namespace fake {

Discovery discoveryOf(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Mastodon:
    case Dialect::GoToSocial:
        return Discovery::V2;
    case Dialect::Mastodon3:
    case Dialect::Pleroma:
    case Dialect::Iceshrimp:
    case Dialect::Snac:
        return Discovery::V1Only;
    case Dialect::NoStreaming:
        return Discovery::SameOrigin;
    }
    return Discovery::V2;
}

DialectTraits traitsOf(Dialect dialect)
{
    DialectTraits traits;
    switch (dialect) {
    case Dialect::Mastodon:
        traits.hasMessageRequests = true;
        break;
    case Dialect::Mastodon3:
        traits.version = u"3.5.19"_s;
        break;
    case Dialect::GoToSocial:
        traits.version = u"0.17.3 git-6b4ba7a"_s;
        traits.echoesSubprotocol = false;
        traits.ids = IdStyle::Ulid;
        break;
    case Dialect::Pleroma:
        traits.version = u"2.7.2 (compatible; Pleroma 2.6.3)"_s;
        traits.readsHeader = false;
        traits.anonymousSockets = true;
        traits.acknowledgesSubscribe = true;
        traits.directSendsUpdate = true;
        traits.ids = IdStyle::Flake;
        traits.hasChats = true;
        break;
    case Dialect::Iceshrimp:
        traits.version = u"4.0.0 (compatible; Iceshrimp.NET/2024.1)"_s;
        traits.readsHeader = false;
        traits.missingTokenStatus = 400;
        traits.maxClientMessageBytes = 256;
        traits.everythingUnread = true;
        break;
    case Dialect::NoStreaming:
        traits.version = u"3.0.0 (compatible; Sharkey 2024.11.1)"_s;
        traits.streams = false;
        break;
    case Dialect::Snac:
        traits.version = u"2.68"_s;
        traits.streams = false;
        traits.listsConversations = false;
        break;
    }
    return traits;
}

int upgradeRefusalFor(const ServerConfig &config, const HttpRequest &request,
                      QByteArray *errorMessage, bool *anonymous)
{
    const DialectTraits &dialect = config.dialect;
    *anonymous = false;
    // Only what the dialect reads counts; the query string is never offered by Fedibell.
    QByteArray token;
    if (dialect.readsHeader && request.hasHeader("Authorization"))
        token = bearerToken(request.header("Authorization"));
    else if (dialect.readsSubprotocol && request.hasHeader("Sec-WebSocket-Protocol"))
        token = request.header("Sec-WebSocket-Protocol").trimmed();
    if (token.isEmpty()) {
        if (dialect.anonymousSockets) {
            *anonymous = true;
            return 0;
        }
        *errorMessage = QByteArrayLiteral("Missing access token");
        return dialect.missingTokenStatus;
    }
    if (!config.isValidToken(token)) {
        *errorMessage = QByteArrayLiteral("Invalid access token");
        return 401;
    }
    return 0;
}

QString formatId(IdStyle style, quint64 counter)
{
    // Both alphabets are in ASCII order, and every id of a style has the same length, so
    // comparing by length, then bytes, orders them as the counter.
    static constexpr QLatin1StringView crockford("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    static constexpr QLatin1StringView base62(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    switch (style) {
    case IdStyle::Snowflake:
        return QString::number(counter);
    case IdStyle::Ulid: {
        // 48 bits of milliseconds (about 2024), then the counter as the random part.
        const quint64 millis = 0x018F00000000ULL + counter / 1000;
        QString id(26, u'0');
        quint64 high = millis;
        for (int i = 9; i >= 0; --i, high >>= 5) {
            id[i] = crockford.at(qsizetype(high & 31));
        }
        quint64 low = counter;
        for (int i = 25; i >= 10 && low != 0; --i, low >>= 5) {
            id[i] = crockford.at(qsizetype(low & 31));
        }
        return id;
    }
    case IdStyle::Flake: {
        quint64 value = counter + 839299365868340224ULL; // 62^10: always 11 characters
        QString id(11, u'0');
        for (int i = 10; i >= 0 && value != 0; --i, value /= 62) {
            id[i] = base62.at(qsizetype(value % 62));
        }
        return id;
    }
    }
    return QString::number(counter);
}

} // namespace fake
