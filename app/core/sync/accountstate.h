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
// The detail of a state that retries: "<reason> Trying again in 2.5 s."
QString retryDetail(const QString &reason, int delayMs);

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::AccountState)
