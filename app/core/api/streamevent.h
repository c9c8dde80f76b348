#pragma once

#include "entities.h"

#include <QString>

#include <optional>

namespace fedibell {

// One frame from the streaming API, decoded: the envelope and its payload.
struct StreamEvent
{
    enum class Kind {
        Conversation,        // a direct conversation changed (new message, read state)
        Notification,        // a notification (mentions carry their status)
        Delete,              // a status was deleted; `deletedId` says which
        NotificationsMerged, // the server merged notifications: fetch them again
        Error,               // an error frame ({"error": ..., "status": ...})
        SubscribeRefused,    // Pleroma's answer to a subscribe: {"result":"error"}
        Ignored,             // a well-formed event this program does not use
        Malformed,           // not a frame we could read
    };

    Kind kind = Kind::Malformed;
    QString eventName; // as the server named it
    std::optional<Conversation> conversation;
    std::optional<Notification> notification;
    QString deletedId;
    QString errorMessage; // for Error and Malformed: what went wrong, safe to log
    int errorStatus = 0;
};

} // namespace fedibell
