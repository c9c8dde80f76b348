#pragma once

#include "api/entities.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace fedibell {

// A message worth telling the user about, as every source (stream, catch-up, polling)
// hands it to the ledger.
struct IncomingMessage
{
    enum class Kind {
        Direct,  // a private message (visibility "direct")
        Mention, // a public, unlisted or followers-only post mentioning the user (on request)
        Chat,    // a Pleroma or Akkoma chat message to the user
        Request, // a direct message the server filtered into a message request (4.3+)
    };

    Kind kind = Kind::Direct;
    Status status;
    QString conversationId; // empty when only the notification was seen
    QString text;           // the status content as plain text, converted once
    QUrl openAt;            // where "open" goes when not to the status (requests: their page)

    // What groups messages into one popup and one tray entry: the conversation, or the
    // status itself while its conversation is not known.
    QString conversationKey() const
    {
        return conversationId.isEmpty() ? status.id : conversationId;
    }
};

// Messages that passed the gate together: one live message, or everything one catch-up
// found (missed while away), oldest first.
struct MessageBatch
{
    enum class Arrival {
        Live,
        CaughtUp,
    };

    Arrival arrival = Arrival::Live;
    QList<IncomingMessage> messages;

    bool isCatchUp() const { return arrival == Arrival::CaughtUp; }
};

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::IncomingMessage)
Q_DECLARE_METATYPE(fedibell::MessageBatch)
