// Builds realistic Mastodon JSON entities (accounts, statuses, conversations, notifications,
// instance documents, streaming envelopes) from the fixtures embedded under :/fixtures.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fake {

class PayloadFactory
{
public:
    PayloadFactory();

    /// Raw bytes of an embedded fixture, e.g. fixture(u"rest-verify-credentials.json"_s).
    /// Empty (with a warning) when it does not exist.
    static QByteArray fixture(const QString &fileName);

    /// The local domain of the fake server as its accounts and statuses show it ("fake.test").
    QString localDomain() const { return m_domain; }
    void setDomain(const QString &domain) { m_domain = domain; }

    /// The user as GET /api/v1/accounts/verify_credentials returns it (with "source").
    const QJsonObject &credentialAccount() const { return m_credentialAccount; }
    /// The user as an Account entity (no "source").
    QJsonObject userAccount() const;
    /// Another account. "user@domain" is remote, a bare name is local. Stable id per acct.
    QJsonObject account(const QString &acct);
    /// Accounts created from now on get avatars at <base>/avatars/<username>.png.
    void setAvatarBase(const QUrl &base) { m_avatarBase = base; }
    /// A small PNG avatar for \a username: a silhouette on a disc of its own colour.
    static QByteArray avatarPng(const QString &username);
    /// Overrides the display name generated for \a acct.
    void setDisplayName(const QString &acct, const QString &displayName);
    /// Mention entity {id, username, url, acct} for \a account.
    static QJsonObject mentionOf(const QJsonObject &account);

    struct StatusSpec
    {
        QString id;
        QJsonObject account;
        QString html;
        QString spoilerText;
        QString visibility = QStringLiteral("direct");
        QJsonArray mentions;
        QString inReplyToId;
        QString inReplyToAccountId;
        QDateTime createdAt;
    };
    QJsonObject status(const StatusSpec &spec) const;
    static QJsonObject conversation(const QString &id, bool unread, const QJsonArray &accounts,
                                    const QJsonObject &lastStatus);
    QJsonObject notification(const QString &id, const QString &type, const QJsonObject &account,
                             const QJsonObject &status, const QDateTime &createdAt) const;

    /// GET /api/v2/instance; \a streaming empty = no configuration.urls.streaming.
    QJsonObject instanceV2(const QUrl &streaming) const;
    /// GET /api/v1/instance; \a streaming empty = no urls.streaming_api.
    QJsonObject instanceV1(const QUrl &streaming) const;

    /// Streaming frame exactly as Mastodon writes it:
    /// {"stream":["direct"],"event":"conversation","payload":"<payload>"}.
    /// \a streamParam adds a second element (hashtag / list id).
    static QByteArray envelope(const QString &stream, const QString &event, const QString &payload,
                               const QString &streamParam = {});
    /// {"error":"<message>","status":<status>} (status omitted when 0).
    static QByteArray errorFrame(const QString &message, int status);
    /// Compact JSON text of \a object, as the string payload of an envelope.
    static QString jsonText(const QJsonObject &object);
    /// JSON string literal (with quotes) for \a text.
    static QByteArray jsonStringLiteral(const QString &text);
    /// Mastodon timestamp: 2026-11-29T02:32:31.123Z
    static QString timestamp(const QDateTime &time);

private:
    QJsonObject m_credentialAccount;
    QJsonObject m_remoteAccountTemplate;
    QUrl m_avatarBase;
    QString m_domain = QStringLiteral("fake.test");
    QJsonObject m_statusTemplate;
    QJsonObject m_notificationTemplate;
    QHash<QString, QString> m_accountIds;
    QHash<QString, QString> m_displayNames;
    qint64 m_nextAccountId = 108000000000000100LL;
};

} // namespace fake
