#include "accountstate.h"

#include <QCoreApplication>

namespace fedibell {

QString accountStateName(AccountState state)
{
    switch (state) {
    case AccountState::Idle:
        return QCoreApplication::translate("fedibell::AccountState", "idle");
    case AccountState::Discovering:
        return QCoreApplication::translate("fedibell::AccountState", "looking up the instance");
    case AccountState::Authenticating:
        return QCoreApplication::translate("fedibell::AccountState", "checking the access token");
    case AccountState::Connecting:
        return QCoreApplication::translate("fedibell::AccountState", "connecting");
    case AccountState::Streaming:
        return QCoreApplication::translate("fedibell::AccountState", "streaming");
    case AccountState::Reconnecting:
        return QCoreApplication::translate("fedibell::AccountState", "reconnecting");
    case AccountState::Polling:
        return QCoreApplication::translate("fedibell::AccountState", "polling");
    case AccountState::Offline:
        return QCoreApplication::translate("fedibell::AccountState", "offline");
    case AccountState::AuthFailed:
        return QCoreApplication::translate("fedibell::AccountState", "access token refused");
    case AccountState::Stopped:
        return QCoreApplication::translate("fedibell::AccountState", "stopped");
    }
    return {};
}

} // namespace fedibell
