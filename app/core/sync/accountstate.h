#pragma once

#include <QMetaType>
#include <QString>

namespace fedibell {

// Where an account's monitor stands; shown in the tray, the status window and --status.
enum class AccountState {
    Idle,
    Discovering,
    Authenticating,
    Connecting,
    Streaming,
    Reconnecting,
    Polling,
    Offline,
    AuthFailed,
    Stopped,
};

// The state in plain words, translated ("streaming", "access token refused").
QString accountStateName(AccountState state);

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::AccountState)
