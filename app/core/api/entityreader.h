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

#include <optional>

namespace fedibell::EntityReader {

template <typename Object> std::optional<Account> account(const Object &object)
{
    Account account;
    account.id = object.id();
    if (account.id.isEmpty()) {
        return std::nullopt;
    }
    account.acct = object.string("acct");
    account.username = object.string("username");
    account.displayName = object.string("display_name");
    account.url = object.string("url");
    account.avatar = object.string("avatar_static");
    if (account.avatar.isEmpty()) {
        account.avatar = object.string("avatar");
    }
    if (account.username.isEmpty()) {
        account.username = account.acct.section(u'@', 0, 0);
    }
    return account;
}

template <typename Object> std::optional<Status> status(const Object &object)
{
    Status status;
    status.id = object.id();
    if (status.id.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<Object> accountObject = object.object("account");
    std::optional<Account> author = accountObject ? account(*accountObject) : std::nullopt;
    if (!author) {
        return std::nullopt;
    }
    status.account = std::move(*author);
    status.createdAt = object.string("created_at");
    status.visibility = object.string("visibility");
    status.url = object.string("url");
    if (status.url.isEmpty()) {
        status.url = object.string("uri");
    }
    status.spoilerText = object.string("spoiler_text");
    status.content = object.string("content");
    object.forEachObject("filtered", [&status](const Object &result) {
        const std::optional<Object> filter = result.object("filter");
        if (filter && filter->string("filter_action") == u"hide") {
            status.hiddenByFilter = true;
        }
    });
    return status;
}

template <typename Object> std::optional<Conversation> conversation(const Object &object)
{
    Conversation conversation;
    conversation.id = object.id();
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
    notification.id = object.id();
    if (notification.id.isEmpty()) {
        return std::nullopt;
    }
    notification.type = object.string("type");
    if (const std::optional<Object> statusObject = object.object("status")) {
        notification.status = status(*statusObject);
    }
    return notification;
}

} // namespace fedibell::EntityReader
