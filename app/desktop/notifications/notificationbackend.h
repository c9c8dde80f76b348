#pragma once

#include "popupcontent.h"

#include <QObject>

namespace fedibell {

// A way to show desktop popups. Everything is asynchronous: show() returns at once and the
// backend's handle for the popup arrives through shown(). A handle of 0 means "none yet".
class NotificationBackend : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kDefaultAction = "default";
    static constexpr auto kMarkReadAction = "mark-read";

    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // The user asked not to be disturbed (e.g. the notification server's Inhibited property).
    virtual bool isInhibited() const { return false; }
    // Shows a popup, replacing the one with handle `replaces` when it is not 0.
    virtual void show(quint64 requestId, quint32 replaces, const PopupContent &content) = 0;
    virtual void close(quint32 handle) = 0;

signals:
    void shown(quint64 requestId, quint32 handle);
    void failed(quint64 requestId, const QString &reason);
    void actionInvoked(quint32 handle, const QString &actionKey);
    // The popup went away (timed out, dismissed, closed by us).
    void closed(quint32 handle);
    void availabilityChanged(bool available);
};

} // namespace fedibell
