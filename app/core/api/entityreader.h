#pragma once

// The one description of which fields Fedibell reads from Mastodon entities, written once
// for any JSON library: `Object` is a small adapter (see entities.cpp for QJsonObject and
// streamframeparser.cpp for simdjson) with
//   QString string(key) const;           // "" for missing, null or non-string
//   QString id() const;                  // "id" as string; numbers are accepted too
//   bool boolean(key) const;             // false for missing or null
//   std::optional<Object> object(key) const;
//   template <typename F> void forEachObject(key, F) const;  // objects of an array
// Internal to the core.

#include "entities.h"
#include "entityid.h"

#include <optional>

namespace fedibell::EntityReader {

// Text fields are bounded: a status is a few thousand characters; a hostile server may send
// megabytes.
constexpr qsizetype kMaxContentLength = 100000;
constexpr qsizetype kMaxShortTextLength = 2000;

// The object's id if it is a plausible one, else empty (the entity is then not used).
template <typename Object> QString plausibleId(const Object &object)
{
    QString id = object.id();
    return isPlausibleEntityId(id) ? id : QString();
}

template <typename Object> QString shortText(const Object &object, const char *key)
{
    return object.string(key).left(kMaxShortTextLength);
}

template <typename Object> std::optional<Account> account(const Object &object)
{
    Account account;
    account.id = plausibleId(object);
    if (account.id.isEmpty()) {
        return std::nullopt;
    }
    account.acct = shortText(object, "acct");
    account.username = shortText(object, "username");
    account.displayName = shortText(object, "display_name");
    account.url = shortText(object, "url");
    account.avatar = shortText(object, "avatar_static");
    if (account.avatar.isEmpty()) {
        account.avatar = shortText(object, "avatar");
    }
    if (account.username.isEmpty()) {
        account.username = account.acct.section(u'@', 0, 0);
    }
    return account;
}

template <typename Object> std::optional<Status> status(const Object &object)
{
    Status status;
    status.id = plausibleId(object);
    if (status.id.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<Object> accountObject = object.object("account");
    std::optional<Account> author = accountObject ? account(*accountObject) : std::nullopt;
    if (!author) {
        return std::nullopt;
    }
    status.account = std::move(*author);
    status.createdAt = shortText(object, "created_at");
    status.visibility = shortText(object, "visibility");
    status.url = shortText(object, "url");
    if (status.url.isEmpty()) {
        status.url = shortText(object, "uri");
    }
    status.spoilerText = shortText(object, "spoiler_text");
    status.content = object.string("content").left(kMaxContentLength);
    object.forEachObject("filtered", [&status](const Object &result) {
        const std::optional<Object> filter = result.object("filter");
        if (filter && filter->string("filter_action") == u"hide") {
            status.hiddenByFilter = true;
        }
    });
    return status;
}

// A Pleroma chat message (the chat_message of a pleroma:chat_mention notification, whose
// account sent it) as a direct status.
template <typename Object>
std::optional<Status> chatMessage(const Object &message, const Object &sender)
{
    Status status;
    status.id = plausibleId(message);
    std::optional<Account> author = account(sender);
    if (status.id.isEmpty() || !author) {
        return std::nullopt;
    }
    status.account = std::move(*author);
    status.createdAt = shortText(message, "created_at");
    status.visibility = QStringLiteral("direct");
    status.content = message.string("content").left(kMaxContentLength);
    status.isChat = true;
    return status;
}

template <typename Object> std::optional<Conversation> conversation(const Object &object)
{
    Conversation conversation;
    conversation.id = plausibleId(object);
    if (conversation.id.isEmpty()) {
        return std::nullopt;
    }
    conversation.unread = object.boolean("unread");
    if (const std::optional<Object> last = object.object("last_status")) {
        conversation.lastStatus = status(*last);
    }
    return conversation;
}

template <typename Object> std::optional<Notification> notification(const Object &object)
{
    Notification notification;
    notification.id = plausibleId(object);
    if (notification.id.isEmpty()) {
        return std::nullopt;
    }
    notification.type = shortText(object, "type");
    if (const std::optional<Object> statusObject = object.object("status")) {
        notification.status = status(*statusObject);
    } else if (notification.type == u"pleroma:chat_mention") {
        const std::optional<Object> message = object.object("chat_message");
        const std::optional<Object> sender = object.object("account");
        if (message && sender) {
            notification.status = chatMessage(*message, *sender);
        }
    }
    return notification;
}

} // namespace fedibell::EntityReader
