#pragma once

#include "notificationbackend.h"

#include <QPointer>

class QSystemTrayIcon;

namespace fedibell {

// The fallback when no notification service runs: balloon messages of the tray icon.
// They cannot be replaced or carry actions; a click on the newest one opens it.
class TrayMessageNotifications : public NotificationBackend
{
    Q_OBJECT

public:
    explicit TrayMessageNotifications(QSystemTrayIcon *tray, QObject *parent = nullptr);

    bool isAvailable() const override;
    void show(quint64 requestId, quint32 replaces, const PopupContent &content) override;
    void close(quint32 handle) override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    quint32 m_lastHandle = 0;
};

} // namespace fedibell
