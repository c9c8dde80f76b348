// Internal: the service object of FakeNotificationServer and its D-Bus adaptor. Both live in
// the service thread.
#pragma once

#include "fakenotificationserver.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusContext>
#include <QMutex>
#include <QSet>

#include <optional>

namespace fakedesk::detail {

/// Everything both threads touch.
struct NotificationState
{
    mutable QMutex mutex;
    QStringList capabilities; ///< set by FakeNotificationServer
    bool inhibited = false;
    int replyDelay = 0;
    QList<RecordedNotification> notifications;
    QList<quint32> closedIds;
    QSet<quint32> openIds;
    quint32 lastId = 0;
};

class NotificationsAdaptor;

/// The service object, living in the service thread. The adaptor forwards to it; it inherits
/// QDBusContext so that the calls can be answered later.
class NotificationService : public QObject, public QDBusContext
{
    Q_OBJECT
public:
    NotificationService(std::shared_ptr<NotificationState> state, FakeNotificationServer *owner,
                        QString connectionName);

    bool setUp();
    void tearDown();

    QStringList capabilities() const;
    bool inhibited() const;
    quint32 notify(RecordedNotification n);
    void closeNotification(quint32 id);

    void emitClosed(quint32 id, quint32 reason);
    void emitActionInvoked(quint32 id, const QString &key);
    void announceInhibited(bool inhibited);

private:
    std::shared_ptr<NotificationState> m_state;
    FakeNotificationServer *m_owner;
    QString m_connectionName;
    std::optional<QDBusConnection> m_connection;
    NotificationsAdaptor *m_adaptor = nullptr;
    bool m_objectRegistered = false;
    bool m_serviceRegistered = false;
};

class NotificationsAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_CLASSINFO("D-Bus Introspection",
                "  <interface name=\"org.freedesktop.Notifications\">\n"
                "    <method name=\"GetCapabilities\">\n"
                "      <arg name=\"capabilities\" type=\"as\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"Notify\">\n"
                "      <arg name=\"app_name\" type=\"s\" direction=\"in\"/>\n"
                "      <arg name=\"replaces_id\" type=\"u\" direction=\"in\"/>\n"
                "      <arg name=\"app_icon\" type=\"s\" direction=\"in\"/>\n"
                "      <arg name=\"summary\" type=\"s\" direction=\"in\"/>\n"
                "      <arg name=\"body\" type=\"s\" direction=\"in\"/>\n"
                "      <arg name=\"actions\" type=\"as\" direction=\"in\"/>\n"
                "      <arg name=\"hints\" type=\"a{sv}\" direction=\"in\"/>\n"
                "      <arg name=\"expire_timeout\" type=\"i\" direction=\"in\"/>\n"
                "      <arg name=\"id\" type=\"u\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"CloseNotification\">\n"
                "      <arg name=\"id\" type=\"u\" direction=\"in\"/>\n"
                "    </method>\n"
                "    <method name=\"GetServerInformation\">\n"
                "      <arg name=\"name\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"vendor\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"version\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"spec_version\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <signal name=\"NotificationClosed\">\n"
                "      <arg name=\"id\" type=\"u\"/>\n"
                "      <arg name=\"reason\" type=\"u\"/>\n"
                "    </signal>\n"
                "    <signal name=\"ActionInvoked\">\n"
                "      <arg name=\"id\" type=\"u\"/>\n"
                "      <arg name=\"action_key\" type=\"s\"/>\n"
                "    </signal>\n"
                "    <property name=\"Inhibited\" type=\"b\" access=\"read\"/>\n"
                "  </interface>\n")
    Q_PROPERTY(bool Inhibited READ inhibited)
public:
    explicit NotificationsAdaptor(NotificationService *service)
        : QDBusAbstractAdaptor(service)
        , m_service(service)
    {}

    bool inhibited() const { return m_service->inhibited(); }

public slots:
    QStringList GetCapabilities() { return m_service->capabilities(); }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id) { m_service->closeNotification(id); }

signals:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);

private:
    NotificationService *m_service;
};

} // namespace fakedesk::detail
