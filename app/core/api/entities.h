#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fedibell {

struct Account
{
    QString id;
    QString acct;
    QString username;
    QString displayName;
    QString url;
    QString avatar;

    // The display name if there is one, else the username.
    QString bestName() const { return displayName.isEmpty() ? username : displayName; }
};

struct Status
{
    QString id;
    QString createdAt; // as the server wrote it (ISO 8601)
    QString visibility;
    QString url; // falls back to uri when the server gave no url
    QString spoilerText;
    QString content; // HTML
    Account account;
    bool hiddenByFilter = false; // a server-side filter with action "hide" matched
    bool isChat = false;         // a Pleroma chat message, read as a direct status

    bool isDirect() const { return isChat || visibility == u"direct"; }
};

struct Conversation
{
    QString id;
    bool unread = false;
    std::optional<Status> lastStatus;
};

struct Notification
{
    QString id;
    QString type;
    std::optional<Status> status;
};

// Mastodon 4.3's notification request: the filtered messages of one sender waiting for the
// user to accept or dismiss them.
struct MessageRequest
{
    QString id;
    Account account;
    std::optional<Status> lastStatus;
};

// Tolerant parsers: unexpected fields are ignored, nulls and wrong types read as empty.
// They return nothing when an entity lacks what makes it usable (an id).
namespace Entities {
std::optional<Account> parseAccount(const QJsonObject &object);
std::optional<Status> parseStatus(const QJsonObject &object);
std::optional<Conversation> parseConversation(const QJsonObject &object);
std::optional<Notification> parseNotification(const QJsonObject &object);
std::optional<MessageRequest> parseMessageRequest(const QJsonObject &object);
} // namespace Entities

} // namespace fedibell
