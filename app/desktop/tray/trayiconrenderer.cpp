#include "trayiconrenderer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

// Higher is worse.
int severity(TrayIconRenderer::Look look)
{
    using L = TrayIconRenderer::Look;
    switch (look) {
    case L::Streaming:
        return 0;
    case L::Paused:
        return 1;
    case L::Polling:
        return 2;
    case L::Connecting:
        return 3;
    case L::Offline:
        return 4;
    case L::AuthFailed:
        return 5;
    }
    return 0;
}

QColor colorFor(TrayIconRenderer::Look look)
{
    using L = TrayIconRenderer::Look;
    switch (look) {
    case L::Streaming:
        return QColor(0x56, 0x3a, 0xcc); // Mastodon-like violet
    case L::Connecting:
        return QColor(0xd9, 0x8a, 0x00);
    case L::Polling:
        return QColor(0x1f, 0x78, 0xb4);
    case L::Offline:
    case L::Paused:
        return QColor(0x80, 0x80, 0x80);
    case L::AuthFailed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::black;
}

QPainterPath bellPath(qreal s)
{
    QPainterPath bell;
    bell.moveTo(0.50 * s, 0.08 * s);
    bell.cubicTo(0.28 * s, 0.08 * s, 0.22 * s, 0.28 * s, 0.22 * s, 0.45 * s);
    bell.lineTo(0.22 * s, 0.62 * s);
    bell.lineTo(0.10 * s, 0.76 * s);
    bell.lineTo(0.90 * s, 0.76 * s);
    bell.lineTo(0.78 * s, 0.62 * s);
    bell.lineTo(0.78 * s, 0.45 * s);
    bell.cubicTo(0.78 * s, 0.28 * s, 0.72 * s, 0.08 * s, 0.50 * s, 0.08 * s);
    bell.closeSubpath();
    bell.addEllipse(QPointF(0.50 * s, 0.84 * s), 0.10 * s, 0.08 * s);
    return bell;
}

void drawMark(QPainter &painter, TrayIconRenderer::Look look, qreal s)
{
    using L = TrayIconRenderer::Look;
    QPen pen(Qt::white, std::max<qreal>(1.5, s / 10.0), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (look) {
    case L::Streaming:
        break;
    case L::Connecting: // three dots: trying
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        for (int i = 0; i < 3; ++i) {
            painter.drawEllipse(QPointF((0.35 + 0.15 * i) * s, 0.52 * s), s / 18.0, s / 18.0);
        }
        break;
    case L::Polling: // a clock hand: checking now and then
        painter.drawEllipse(QPointF(0.5 * s, 0.48 * s), 0.17 * s, 0.17 * s);
        painter.drawLine(QPointF(0.5 * s, 0.48 * s), QPointF(0.5 * s, 0.37 * s));
        painter.drawLine(QPointF(0.5 * s, 0.48 * s), QPointF(0.58 * s, 0.52 * s));
        break;
    case L::Offline: // struck through
        pen.setColor(QColor(0x30, 0x30, 0x30));
        painter.setPen(pen);
        painter.drawLine(QPointF(0.12 * s, 0.12 * s), QPointF(0.88 * s, 0.88 * s));
        break;
    case L::AuthFailed: // exclamation mark
        painter.drawLine(QPointF(0.5 * s, 0.28 * s), QPointF(0.5 * s, 0.52 * s));
        painter.drawPoint(QPointF(0.5 * s, 0.64 * s));
        break;
    case L::Paused: // pause bars
        painter.drawLine(QPointF(0.42 * s, 0.35 * s), QPointF(0.42 * s, 0.62 * s));
        painter.drawLine(QPointF(0.58 * s, 0.35 * s), QPointF(0.58 * s, 0.62 * s));
        break;
    }
}

void drawBadge(QPainter &painter, int unread, qreal s)
{
    const QString text = unread > 99 ? u"99+"_s : QString::number(unread);
    const qreal height = s * 0.55;
    const qreal width = std::max(height, height * 0.45 * text.size() + height * 0.3);
    const QRectF badge(s - width, 0, width, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe5, 0x39, 0x35));
    painter.drawRoundedRect(badge, height / 2, height / 2);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(6, int(height * 0.8)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}

} // namespace

TrayIconRenderer::Look TrayIconRenderer::lookFor(AccountState state)
{
    using S = AccountState;
    switch (state) {
    case S::Streaming:
        return Look::Streaming;
    case S::Polling:
        return Look::Polling;
    case S::Offline:
    case S::Stopped:
        return Look::Offline;
    case S::AuthFailed:
        return Look::AuthFailed;
    case S::Idle:
    case S::Discovering:
    case S::Authenticating:
    case S::Connecting:
    case S::Reconnecting:
        return Look::Connecting;
    }
    return Look::Connecting;
}

TrayIconRenderer::Look TrayIconRenderer::worst(const QList<Look> &looks)
{
    if (looks.isEmpty()) {
        return Look::Offline;
    }
    return *std::max_element(looks.cbegin(), looks.cend(),
                             [](Look a, Look b) { return severity(a) < severity(b); });
}

QImage TrayIconRenderer::render(Look look, int unread, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colorFor(look));
    painter.drawPath(bellPath(s));
    drawMark(painter, look, s);
    if (unread > 0) {
        drawBadge(painter, unread, s);
    }
    painter.end();
    return image;
}

QIcon TrayIconRenderer::icon(Look look, int unread)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        icon.addPixmap(QPixmap::fromImage(render(look, unread, size)));
    }
    return icon;
}

} // namespace fedibell
