#include "logging.h"

namespace fedibell {

// Quiet by default: warnings and worse. Enable more with
// QT_LOGGING_RULES="fedibell.*.info=true" (or .debug).
Q_LOGGING_CATEGORY(lcApi, "fedibell.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "fedibell.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStream, "fedibell.stream", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "fedibell.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLedger, "fedibell.ledger", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlatform, "fedibell.platform", QtWarningMsg)

} // namespace fedibell
