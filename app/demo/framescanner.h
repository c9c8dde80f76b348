// Follows a client-to-server WebSocket byte stream (RFC 6455 framing) to spot ping frames
// that QWebSocket answers silently.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fake {

class FrameScanner
{
public:
    /// Feeds the next bytes of the stream (each byte exactly once); returns the number of
    /// ping frames whose header was completed by them.
    int feed(QByteArrayView bytes);

private:
    QByteArray m_header; ///< partial frame header
    quint64 m_skip = 0;  ///< payload bytes of the current frame still to pass over
};

} // namespace fake
