// Internal: the service object of FakeStatusNotifierWatcher and its D-Bus adaptor. Both live in
// the service thread.
#pragma once

#include "fakestatusnotifierwatcher.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusContext>
#include <QMutex>

#include <optional>

class QDBusServiceWatcher;

namespace fakedesk::detail {

struct WatcherState
{
    mutable QMutex mutex;
    bool hostRegistered = true;
    QList<StatusNotifierItemAddress> items;
    QStringList registrationCalls;
    QStringList hosts;
};

class WatcherAdaptor;

class WatcherService : public QObject, public QDBusContext
{
    Q_OBJECT
public:
    WatcherService(std::shared_ptr<WatcherState> state, FakeStatusNotifierWatcher *owner,
                   QString connectionName);

    bool setUp();
    void tearDown();

    void registerItem(const QString &serviceOrPath);
    void registerHost(const QString &service);
    QStringList registeredItems() const;
    bool isHostRegistered() const;

private:
    void onServiceUnregistered(const QString &service);

    std::shared_ptr<WatcherState> m_state;
    FakeStatusNotifierWatcher *m_owner;
    QString m_connectionName;
    std::optional<QDBusConnection> m_connection;
    WatcherAdaptor *m_adaptor = nullptr;
    QDBusServiceWatcher *m_serviceWatcher = nullptr;
    bool m_objectRegistered = false;
    bool m_serviceRegistered = false;
};

class WatcherAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_CLASSINFO("D-Bus Introspection",
                "  <interface name=\"org.kde.StatusNotifierWatcher\">\n"
                "    <method name=\"RegisterStatusNotifierItem\">\n"
                "      <arg name=\"service\" type=\"s\" direction=\"in\"/>\n"
                "    </method>\n"
                "    <method name=\"RegisterStatusNotifierHost\">\n"
                "      <arg name=\"service\" type=\"s\" direction=\"in\"/>\n"
                "    </method>\n"
                "    <property name=\"RegisteredStatusNotifierItems\" type=\"as\" "
                "access=\"read\"/>\n"
                "    <property name=\"IsStatusNotifierHostRegistered\" type=\"b\" "
                "access=\"read\"/>\n"
                "    <property name=\"ProtocolVersion\" type=\"i\" access=\"read\"/>\n"
                "    <signal name=\"StatusNotifierItemRegistered\">\n"
                "      <arg type=\"s\"/>\n"
                "    </signal>\n"
                "    <signal name=\"StatusNotifierItemUnregistered\">\n"
                "      <arg type=\"s\"/>\n"
                "    </signal>\n"
                "    <signal name=\"StatusNotifierHostRegistered\"/>\n"
                "    <signal name=\"StatusNotifierHostUnregistered\"/>\n"
                "  </interface>\n")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredStatusNotifierItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isStatusNotifierHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
    explicit WatcherAdaptor(WatcherService *service)
        : QDBusAbstractAdaptor(service)
        , m_service(service)
    {}

    QStringList registeredStatusNotifierItems() const { return m_service->registeredItems(); }
    bool isStatusNotifierHostRegistered() const { return m_service->isHostRegistered(); }
    int protocolVersion() const { return 0; }

public slots:
    void RegisterStatusNotifierItem(const QString &service) { m_service->registerItem(service); }
    void RegisterStatusNotifierHost(const QString &service) { m_service->registerHost(service); }

signals:
    void StatusNotifierItemRegistered(const QString &item);
    void StatusNotifierItemUnregistered(const QString &item);
    void StatusNotifierHostRegistered();
    void StatusNotifierHostUnregistered();

private:
    WatcherService *m_service;
};

} // namespace fakedesk::detail
