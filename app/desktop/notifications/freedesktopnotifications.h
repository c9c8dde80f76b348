#pragma once

#include "notificationbackend.h"

#include <QDBusConnection>
#include <QSet>
#include <QStringList>

class QDBusServiceWatcher;

namespace fedibell {

// Popups through org.freedesktop.Notifications on the session bus. Every call is
// asynchronous, so a slow or missing notification server never blocks the caller. The
// server's capabilities decide whether the body is escaped (body-markup) and whether actions
// are offered; signals for other applications' popups are ignored.
class FreedesktopNotifications : public NotificationBackend
{
    Q_OBJECT

public:
    explicit FreedesktopNotifications(const QString &desktopEntry,
                                      const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                      QObject *parent = nullptr);

    // Asks the server what it can do; availabilityChanged() tells the answer.
    void probe();

    bool isAvailable() const override { return m_available; }
    bool isInhibited() const override { return m_inhibited; }
    bool hasCapability(const QString &capability) const;
    void show(quint64 requestId, quint32 replaces, const PopupContent &content) override;
    void close(quint32 handle) override;

    // Escapes text for a server that interprets markup in bodies.
    static QString escapeMarkup(const QString &text);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                             const QStringList &invalidated);

private:
    void setAvailable(bool available);
    void readInhibited();

    QDBusConnection m_bus;
    QString m_desktopEntry;
    QDBusServiceWatcher *m_watcher;
    QStringList m_capabilities;
    QSet<quint32> m_ownIds;
    bool m_available = false;
    bool m_inhibited = false;
};

} // namespace fedibell
