#pragma once

#include <QLoggingCategory>

namespace fedibell {

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcLedger)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform) // sleep, wake, the clock and the network

} // namespace fedibell
