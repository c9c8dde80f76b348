#pragma once

#include "api/entities.h"

#include <QMetaType>
#include <QString>

namespace fedibell {

// A message worth telling the user about, as every source (stream, catch-up, polling)
// hands it to the ledger.
struct DirectMessage
{
    enum class Kind {
        Direct,
        Mention
    };

    Kind kind = Kind::Direct;
    Status status;
    QString conversationId; // empty when only the notification was seen
    bool caughtUp = false;  // came from a catch-up (missed while away), not live
};

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::DirectMessage)
