#include "accountstate.h"

#include <QCoreApplication>
#include <QLocale>

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

QString retryDetail(const QString &reason, int delayMs)
{
    //: %1 is why the connection failed (a sentence), %2 the seconds until the next try
    return QCoreApplication::translate("fedibell::AccountState", "%1 Trying again in %2 s.")
        .arg(reason)
        .arg(QLocale().toString(delayMs / 1000.0, 'f', 1));
}

} // namespace fedibell
