#pragma once

#include <QLoggingCategory>

namespace fedibell {

Q_DECLARE_LOGGING_CATEGORY(lcNotify)
Q_DECLARE_LOGGING_CATEGORY(lcTray)
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)

} // namespace fedibell
