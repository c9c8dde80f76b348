#include "desktoplogging.h"

namespace fedibell {

Q_LOGGING_CATEGORY(lcNotify, "fedibell.notify", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTray, "fedibell.tray", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDesktop, "fedibell.desktop", QtWarningMsg)

} // namespace fedibell
