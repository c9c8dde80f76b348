#include "framescanner.h"

#include <QtGlobal>

namespace fake {

namespace {
constexpr quint8 OpCodePing = 0x9;
} // namespace

int FrameScanner::feed(QByteArrayView bytes)
{
    int pings = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (m_skip > 0) {
            const auto step = qsizetype(qMin<quint64>(m_skip, quint64(bytes.size() - pos)));
            m_skip -= quint64(step);
            pos += step;
            continue;
        }
        m_header.append(bytes.at(pos++));
        if (m_header.size() < 2)
            continue;
        const auto second = quint8(m_header.at(1));
        const int shortLength = second & 0x7f;
        const int extended = shortLength == 126 ? 2 : (shortLength == 127 ? 8 : 0);
        const int masked = (second & 0x80) ? 4 : 0;
        if (m_header.size() < 2 + extended + masked)
            continue;
        quint64 length = quint64(shortLength);
        if (extended > 0) {
            length = 0;
            for (int i = 0; i < extended; ++i)
                length = (length << 8) | quint8(m_header.at(2 + i));
        }
        if ((quint8(m_header.at(0)) & 0x0f) == OpCodePing)
            ++pings;
        m_skip = length;
        m_header.clear();
    }
    return pings;
}

} // namespace fake
