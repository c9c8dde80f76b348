#include "fakestatusnotifierwatcher.h"

#include "servicethread_p.h"
#include "statusnotifierwatcherservice_p.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace fakedesk {

namespace {

const auto ServiceName = "org.kde.StatusNotifierWatcher"_L1;
const auto ObjectPath = "/StatusNotifierWatcher"_L1;
const auto DefaultItemPath = "/StatusNotifierItem"_L1;

QString nextConnectionName()
{
    static QAtomicInt serial;
    const int n = ++serial;
    const QString base = u"fakedesk-watcher"_s;
    return n == 1 ? base : base + u'-' + QString::number(n);
}

} // namespace

namespace detail {

WatcherService::WatcherService(std::shared_ptr<WatcherState> state,
                               FakeStatusNotifierWatcher *owner, QString connectionName)
    : m_state(std::move(state))
    , m_owner(owner)
    , m_connectionName(std::move(connectionName))
    , m_adaptor(new WatcherAdaptor(this))
{}

bool WatcherService::setUp()
{
    m_connection = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!m_connection->isConnected())
        return false;
    m_serviceWatcher = new QDBusServiceWatcher(this);
    m_serviceWatcher->setConnection(*m_connection);
    m_serviceWatcher->setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceUnregistered, this,
            &WatcherService::onServiceUnregistered);
    m_objectRegistered =
        m_connection->registerObject(ObjectPath, this, QDBusConnection::ExportAdaptors);
    if (!m_objectRegistered)
        return false;
    m_serviceRegistered = m_connection->registerService(ServiceName);
    return m_serviceRegistered;
}

void WatcherService::tearDown()
{
    if (!m_connection)
        return;
    delete m_serviceWatcher;
    m_serviceWatcher = nullptr;
    if (m_serviceRegistered)
        m_connection->unregisterService(ServiceName);
    if (m_objectRegistered)
        m_connection->unregisterObject(ObjectPath);
    m_connection.reset();
    QDBusConnection::disconnectFromBus(m_connectionName);
}

void WatcherService::registerItem(const QString &serviceOrPath)
{
    StatusNotifierItemAddress item;
    item.registeredAs = serviceOrPath;
    if (serviceOrPath.startsWith(u'/')) {
        item.service = message().service();
        item.path = serviceOrPath;
    } else {
        item.service = serviceOrPath;
        item.path = DefaultItemPath;
    }

    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->registrationCalls.append(serviceOrPath);
        if (m_state->items.contains(item))
            return;
    }
    // A call to the bus daemon only: safe to block on.
    if (item.service.isEmpty()
        || !m_connection->interface()->isServiceRegistered(item.service).value()) {
        sendErrorReply(QDBusError::ServiceUnknown,
                       u"Service %1 is not on the bus"_s.arg(item.service));
        return;
    }
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->items.append(item);
    }
    m_serviceWatcher->addWatchedService(item.service);
    emit m_adaptor->StatusNotifierItemRegistered(item.toString());
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, item] { emit owner->itemRegistered(item); },
        Qt::QueuedConnection);
}

void WatcherService::registerHost(const QString &service)
{
    {
        const QMutexLocker lock(&m_state->mutex);
        if (!m_state->hosts.contains(service))
            m_state->hosts.append(service);
    }
    m_serviceWatcher->addWatchedService(service);
    emit m_adaptor->StatusNotifierHostRegistered();
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, service] { emit owner->hostRegistered(service); },
        Qt::QueuedConnection);
}

QStringList WatcherService::registeredItems() const
{
    const QMutexLocker lock(&m_state->mutex);
    QStringList ids;
    ids.reserve(m_state->items.size());
    for (const auto &item : std::as_const(m_state->items))
        ids.append(item.toString());
    return ids;
}

bool WatcherService::isHostRegistered() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->hostRegistered;
}

void WatcherService::onServiceUnregistered(const QString &service)
{
    QList<StatusNotifierItemAddress> gone;
    bool hostGone = false;
    {
        const QMutexLocker lock(&m_state->mutex);
        for (auto it = m_state->items.begin(); it != m_state->items.end();) {
            if (it->service == service) {
                gone.append(*it);
                it = m_state->items.erase(it);
            } else {
                ++it;
            }
        }
        hostGone = m_state->hosts.removeAll(service) > 0;
    }
    m_serviceWatcher->removeWatchedService(service);
    for (const auto &item : std::as_const(gone)) {
        emit m_adaptor->StatusNotifierItemUnregistered(item.toString());
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, item] { emit owner->itemUnregistered(item); },
            Qt::QueuedConnection);
    }
    if (hostGone)
        emit m_adaptor->StatusNotifierHostUnregistered();
}

} // namespace detail

FakeStatusNotifierWatcher::FakeStatusNotifierWatcher(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<detail::WatcherState>())
{}

FakeStatusNotifierWatcher::~FakeStatusNotifierWatcher()
{
    m_thread.reset();
}

bool FakeStatusNotifierWatcher::start()
{
    if (m_thread)
        return false;
    m_thread = std::make_unique<detail::ServiceThread<detail::WatcherService>>(
        [state = m_state, owner = this, name = nextConnectionName()] {
            return std::make_unique<detail::WatcherService>(state, owner, name);
        });
    m_thread->setObjectName(u"fakedesk-watcher"_s);
    m_service = m_thread->startService();
    if (!m_service) {
        m_thread.reset();
        return false;
    }
    return true;
}

bool FakeStatusNotifierWatcher::isRunning() const
{
    return m_service != nullptr;
}

void FakeStatusNotifierWatcher::setHostRegistered(bool registered)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->hostRegistered = registered;
}

QList<StatusNotifierItemAddress> FakeStatusNotifierWatcher::items() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->items;
}

QStringList FakeStatusNotifierWatcher::registrationCalls() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->registrationCalls;
}

QStringList FakeStatusNotifierWatcher::hosts() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->hosts;
}

bool FakeStatusNotifierWatcher::waitForItem(int count, int timeoutMs)
{
    return detail::spinUntil([this, count] { return items().size() >= count; }, timeoutMs);
}

} // namespace fakedesk
