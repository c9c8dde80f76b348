#pragma once

#include "streamevent.h"

#include <QByteArrayView>

namespace fedibell {

// Decodes streaming frames: the envelope JSON, then the payload, which is JSON inside a string.
// This is the one place that knows how frames are parsed, so the hot path can change
// without touching its users.
class StreamFrameParser
{
public:
    // Frames larger than this are refused without parsing.
    static constexpr qsizetype kMaxFrameBytes = qsizetype{4} * 1024 * 1024;

    static StreamEvent parse(QByteArrayView utf8Frame);
};

} // namespace fedibell
