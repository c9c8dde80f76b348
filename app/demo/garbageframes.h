// What a streaming server can send that is not a usable event, for clients to survive.
#pragma once

#include <QByteArray>
#include <QList>

namespace fake {

struct GarbageFrame
{
    bool binary = false;
    QByteArray bytes;
};

/// Invalid JSON, a JSON array, an envelope whose payload is an object, a payload string that
/// is not JSON, an error frame, an unknown event, envelopes without payload / with stream not
/// an array, a binary frame, an empty frame and a ~1 MB public "update", in that order.
QList<GarbageFrame> garbageFrames();

} // namespace fake
