#include "payloadfactory.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include "fakelogging.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

QJsonValue parseFixture(const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(PayloadFactory::fixture(fileName), &error);
    if (doc.isNull())
        qCWarning(lcFake) << "fixture" << fileName << "is not JSON:" << error.errorString();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject framePayload(const QString &fileName)
{
    const QString payload = parseFixture(fileName).toObject().value("payload"_L1).toString();
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QString capitalized(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace

PayloadFactory::PayloadFactory()
{
    m_credentialAccount = parseFixture(u"rest-verify-credentials.json"_s).toObject();
    const QJsonObject conversation =
        parseFixture(u"rest-conversations-page.json"_s).toArray().last().toObject();
    m_remoteAccountTemplate = conversation.value("accounts"_L1).toArray().first().toObject();
    m_statusTemplate = conversation.value("last_status"_L1).toObject();
    m_notificationTemplate = framePayload(u"stream-notification-mention.json"_s);
    m_accountIds.insert(m_remoteAccountTemplate.value("acct"_L1).toString(),
                        m_remoteAccountTemplate.value("id"_L1).toString());
}

QByteArray PayloadFactory::fixture(const QString &fileName)
{
    QFile file(u":/fixtures/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcFake) << "missing fixture" << file.fileName();
        return {};
    }
    return file.readAll();
}

QJsonObject PayloadFactory::userAccount() const
{
    QJsonObject account = m_credentialAccount;
    account.remove("source"_L1);
    account.remove("role"_L1);
    return account;
}

QByteArray PayloadFactory::avatarPng(const QString &username)
{
    constexpr int side = 96;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(int(qHash(username) % 360), 150, 200));
    painter.drawEllipse(0, 0, side, side);
    // No text: fonts need a GUI application, and the fake runs in plain programs too.
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(side / 3, side / 5, side / 3, side / 3);
    painter.drawEllipse(side / 5, side * 3 / 5, side * 3 / 5, side / 2);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QJsonObject PayloadFactory::account(const QString &acct)
{
    const QString templateAcct = m_remoteAccountTemplate.value("acct"_L1).toString();
    if (acct == templateAcct && !m_displayNames.contains(acct))
        return m_remoteAccountTemplate;
    if (acct == m_credentialAccount.value("acct"_L1).toString())
        return userAccount();

    const qsizetype at = acct.indexOf(u'@');
    const QString username = at < 0 ? acct : acct.left(at);
    const QString domain = at < 0 ? localDomain() : acct.mid(at + 1);
    QString id = m_accountIds.value(acct);
    if (id.isEmpty()) {
        id = QString::number(m_nextAccountId++);
        m_accountIds.insert(acct, id);
    }

    QJsonObject account = m_remoteAccountTemplate;
    account.insert("id"_L1, id);
    account.insert("username"_L1, username);
    account.insert("acct"_L1, acct);
    account.insert("display_name"_L1, m_displayNames.value(acct, capitalized(username)));
    account.insert("url"_L1, u"https://%1/@%2"_s.arg(domain, username));
    account.insert("uri"_L1, u"https://%1/users/%2"_s.arg(domain, username));
    if (acct != templateAcct)
        account.insert("emojis"_L1, QJsonArray());
    if (m_avatarBase.isValid()) {
        const QString avatar = m_avatarBase.toString() + u"/avatars/%1.png"_s.arg(username);
        account.insert("avatar"_L1, avatar);
        account.insert("avatar_static"_L1, avatar);
    }
    return account;
}

void PayloadFactory::setDisplayName(const QString &acct, const QString &displayName)
{
    m_displayNames.insert(acct, displayName);
}

QJsonObject PayloadFactory::mentionOf(const QJsonObject &account)
{
    QJsonObject mention;
    mention.insert("id"_L1, account.value("id"_L1));
    mention.insert("username"_L1, account.value("username"_L1));
    mention.insert("url"_L1, account.value("url"_L1));
    mention.insert("acct"_L1, account.value("acct"_L1));
    return mention;
}

QJsonObject PayloadFactory::status(const StatusSpec &spec) const
{
    const QString url = spec.account.value("url"_L1).toString();
    const QString uri = spec.account.value("uri"_L1).toString();
    const QDateTime created =
        spec.createdAt.isValid() ? spec.createdAt : QDateTime::currentDateTimeUtc();

    QJsonObject status = m_statusTemplate;
    status.insert("id"_L1, spec.id);
    status.insert("created_at"_L1, timestamp(created));
    status.insert("in_reply_to_id"_L1,
                  spec.inReplyToId.isEmpty() ? QJsonValue() : QJsonValue(spec.inReplyToId));
    status.insert("in_reply_to_account_id"_L1, spec.inReplyToAccountId.isEmpty()
                                                   ? QJsonValue()
                                                   : QJsonValue(spec.inReplyToAccountId));
    status.insert("sensitive"_L1, !spec.spoilerText.isEmpty());
    status.insert("spoiler_text"_L1, spec.spoilerText);
    status.insert("visibility"_L1, spec.visibility);
    status.insert("uri"_L1, uri + u"/statuses/"_s + spec.id);
    status.insert("url"_L1, url + u'/' + spec.id);
    status.insert("content"_L1, spec.html);
    status.insert("account"_L1, spec.account);
    status.insert("mentions"_L1, spec.mentions);
    return status;
}

QJsonObject PayloadFactory::conversation(const QString &id, bool unread, const QJsonArray &accounts,
                                         const QJsonObject &lastStatus)
{
    QJsonObject conversation;
    conversation.insert("id"_L1, id);
    conversation.insert("unread"_L1, unread);
    conversation.insert("accounts"_L1, accounts);
    conversation.insert("last_status"_L1,
                        lastStatus.isEmpty() ? QJsonValue() : QJsonValue(lastStatus));
    return conversation;
}

QJsonObject PayloadFactory::notification(const QString &id, const QString &type,
                                         const QJsonObject &account, const QJsonObject &status,
                                         const QDateTime &createdAt) const
{
    QJsonObject notification = m_notificationTemplate;
    notification.insert("id"_L1, id);
    notification.insert("type"_L1, type);
    notification.insert("created_at"_L1, timestamp(createdAt));
    notification.insert("group_key"_L1, u"ungrouped-"_s + id);
    notification.insert("account"_L1, account);
    notification.insert("status"_L1, status);
    return notification;
}

QJsonObject PayloadFactory::instanceV2(const QUrl &streaming) const
{
    QJsonObject urls;
    if (!streaming.isEmpty())
        urls.insert("streaming"_L1, streaming.toString(QUrl::StripTrailingSlash));
    urls.insert("status"_L1, QJsonValue());
    urls.insert("about"_L1, u"https://%1/about"_s.arg(localDomain()));
    urls.insert("privacy_policy"_L1, u"https://%1/privacy-policy"_s.arg(localDomain()));
    urls.insert("terms_of_service"_L1, QJsonValue());

    const QJsonObject statuses{{"max_characters"_L1, 500},
                               {"max_media_attachments"_L1, 4},
                               {"characters_reserved_per_url"_L1, 23}};
    const QJsonObject configuration{
        {"urls"_L1, urls},
        {"vapid"_L1, QJsonObject{{"public_key"_L1, u"BFake-vapid-key-for-tests="_s}}},
        {"accounts"_L1, QJsonObject{{"max_featured_tags"_L1, 10}, {"max_pinned_statuses"_L1, 5}}},
        {"statuses"_L1, statuses},
        {"media_attachments"_L1,
         QJsonObject{{"image_size_limit"_L1, 16777216}, {"video_size_limit"_L1, 103809024}}},
        {"polls"_L1, QJsonObject{{"max_options"_L1, 4}, {"max_characters_per_option"_L1, 50}}},
        {"translation"_L1, QJsonObject{{"enabled"_L1, false}}},
    };

    QJsonObject instance;
    instance.insert("domain"_L1, localDomain());
    instance.insert("title"_L1, u"Fake Mastodon"_s);
    instance.insert("version"_L1, u"4.3.2"_s);
    instance.insert("source_url"_L1, u"https://github.com/mastodon/mastodon"_s);
    instance.insert("description"_L1, u"A loopback Mastodon look-alike for tests."_s);
    instance.insert("usage"_L1, QJsonObject{{"users"_L1, QJsonObject{{"active_month"_L1, 3}}}});
    instance.insert(
        "thumbnail"_L1,
        QJsonObject{{"url"_L1, u"https://%1/packs/media/images/preview.png"_s.arg(localDomain())}});
    instance.insert("icon"_L1, QJsonArray());
    instance.insert("languages"_L1, QJsonArray{u"en"_s});
    instance.insert("configuration"_L1, configuration);
    instance.insert("registrations"_L1, QJsonObject{{"enabled"_L1, false},
                                                    {"approval_required"_L1, false},
                                                    {"message"_L1, QJsonValue()},
                                                    {"url"_L1, QJsonValue()}});
    instance.insert("api_versions"_L1, QJsonObject{{"mastodon"_L1, 2}});
    instance.insert("contact"_L1,
                    QJsonObject{{"email"_L1, u"admin@fake.test"_s}, {"account"_L1, userAccount()}});
    instance.insert("rules"_L1, QJsonArray());
    return instance;
}

QJsonObject PayloadFactory::instanceV1(const QUrl &streaming) const
{
    QJsonObject urls;
    if (!streaming.isEmpty())
        urls.insert("streaming_api"_L1, streaming.toString(QUrl::StripTrailingSlash));

    QJsonObject instance;
    instance.insert("uri"_L1, localDomain());
    instance.insert("title"_L1, u"Fake Mastodon"_s);
    instance.insert("short_description"_L1, u"A loopback Mastodon look-alike."_s);
    instance.insert("description"_L1, u"A loopback Mastodon look-alike for tests."_s);
    instance.insert("email"_L1, u"admin@fake.test"_s);
    instance.insert("version"_L1, u"4.3.2"_s);
    instance.insert("urls"_L1, urls);
    instance.insert(
        "stats"_L1,
        QJsonObject{{"user_count"_L1, 3}, {"status_count"_L1, 42}, {"domain_count"_L1, 7}});
    instance.insert("thumbnail"_L1, QJsonValue());
    instance.insert("languages"_L1, QJsonArray{u"en"_s});
    instance.insert("registrations"_L1, false);
    instance.insert("approval_required"_L1, false);
    instance.insert("invites_enabled"_L1, false);
    instance.insert("configuration"_L1,
                    QJsonObject{{"statuses"_L1, QJsonObject{{"max_characters"_L1, 500},
                                                            {"max_media_attachments"_L1, 4}}}});
    instance.insert("contact_account"_L1, userAccount());
    instance.insert("rules"_L1, QJsonArray());
    return instance;
}

QByteArray PayloadFactory::jsonStringLiteral(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip [ ]
}

QByteArray PayloadFactory::envelope(const QString &stream, const QString &event,
                                    const QString &payload, const QString &streamParam)
{
    QByteArray frame = "{\"stream\":[" + jsonStringLiteral(stream);
    if (!streamParam.isEmpty())
        frame += ',' + jsonStringLiteral(streamParam);
    frame += "],\"event\":" + jsonStringLiteral(event);
    frame += ",\"payload\":" + jsonStringLiteral(payload) + '}';
    return frame;
}

QByteArray PayloadFactory::errorFrame(const QString &message, int status)
{
    QByteArray frame = "{\"error\":" + jsonStringLiteral(message);
    if (status != 0)
        frame += ",\"status\":" + QByteArray::number(status);
    return frame + '}';
}

QString PayloadFactory::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString PayloadFactory::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
}

} // namespace fake
