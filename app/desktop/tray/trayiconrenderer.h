#pragma once

#include "sync/accountstate.h"

#include <QIcon>
#include <QImage>

namespace fedibell {

// Draws the tray icon: a bell whose colour and mark tell the state (so states differ even
// at 16 px, and not by colour alone), with the unread count on a badge.
class TrayIconRenderer
{
public:
    enum class Look {
        Streaming,
        Connecting,
        Polling,
        Offline,
        AuthFailed,
        Paused
    };

    static Look lookFor(AccountState state);
    // The look of several accounts: the worst one wins.
    static Look worst(const QList<Look> &looks);

    static QImage render(Look look, int unread, int size);
    static QIcon icon(Look look, int unread);
};

} // namespace fedibell
