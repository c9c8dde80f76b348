#include "fakelogging.h"

namespace fake {
Q_LOGGING_CATEGORY(lcFake, "fedibell.fake", QtWarningMsg)
} // namespace fake
