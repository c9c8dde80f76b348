// Logging category of the fake Mastodon instance ("fedibell.fake", warnings only by default).
#pragma once

#include <QLoggingCategory>

namespace fake {
Q_DECLARE_LOGGING_CATEGORY(lcFake)
} // namespace fake
