#include "entities.h"

#include <QJsonArray>

namespace fedibell::Entities {

using namespace Qt::StringLiterals;

namespace {

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

// Mastodon ids are strings, but some servers have sent numbers; accept both.
QString idField(const QJsonObject &object)
{
    const QJsonValue value = object.value("id"_L1);
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < 9007199254740992.0) {
            return QString::number(static_cast<qint64>(number));
        }
    }
    return {};
}

bool filterHides(const QJsonArray &filtered)
{
    for (const auto &result : filtered) {
        const QJsonObject filter = result.toObject().value("filter"_L1).toObject();
        if (filter.value("filter_action"_L1).toString() == u"hide") {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<Account> parseAccount(const QJsonObject &object)
{
    Account account;
    account.id = idField(object);
    if (account.id.isEmpty()) {
        return std::nullopt;
    }
    account.acct = stringField(object, "acct"_L1);
    account.username = stringField(object, "username"_L1);
    account.displayName = stringField(object, "display_name"_L1);
    account.url = stringField(object, "url"_L1);
    account.avatar = stringField(object, "avatar_static"_L1);
    if (account.avatar.isEmpty()) {
        account.avatar = stringField(object, "avatar"_L1);
    }
    if (account.username.isEmpty()) {
        account.username = account.acct.section(u'@', 0, 0);
    }
    return account;
}

std::optional<Status> parseStatus(const QJsonObject &object)
{
    Status status;
    status.id = idField(object);
    if (status.id.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<Account> account = parseAccount(object.value("account"_L1).toObject());
    if (!account) {
        return std::nullopt;
    }
    status.account = *account;
    status.createdAt = stringField(object, "created_at"_L1);
    status.visibility = stringField(object, "visibility"_L1);
    status.url = stringField(object, "url"_L1);
    if (status.url.isEmpty()) {
        status.url = stringField(object, "uri"_L1);
    }
    status.spoilerText = stringField(object, "spoiler_text"_L1);
    status.content = stringField(object, "content"_L1);
    status.hiddenByFilter = filterHides(object.value("filtered"_L1).toArray());
    return status;
}

std::optional<Conversation> parseConversation(const QJsonObject &object)
{
    Conversation conversation;
    conversation.id = idField(object);
    if (conversation.id.isEmpty()) {
        return std::nullopt;
    }
    conversation.unread = object.value("unread"_L1).toBool();
    const QJsonValue last = object.value("last_status"_L1);
    if (last.isObject()) {
        conversation.lastStatus = parseStatus(last.toObject());
    }
    return conversation;
}

std::optional<Notification> parseNotification(const QJsonObject &object)
{
    Notification notification;
    notification.id = idField(object);
    if (notification.id.isEmpty()) {
        return std::nullopt;
    }
    notification.type = stringField(object, "type"_L1);
    const QJsonValue status = object.value("status"_L1);
    if (status.isObject()) {
        notification.status = parseStatus(status.toObject());
    }
    return notification;
}

} // namespace fedibell::Entities
