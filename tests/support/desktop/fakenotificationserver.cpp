#include "fakenotificationserver.h"

#include "notificationservice_p.h"
#include "servicethread_p.h"

#include <QAtomicInt>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMutexLocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fakedesk {

namespace {

const auto ServiceName = "org.freedesktop.Notifications"_L1;
const auto ObjectPath = "/org/freedesktop/Notifications"_L1;
const auto PropertiesInterface = "org.freedesktop.DBus.Properties"_L1;

/// Image hints, most preferred first (specification 1.2, "Icons and Images").
const QLatin1StringView ImageHintKeys[] = {"image-data"_L1, "image_data"_L1, "icon_data"_L1};

QString nextConnectionName()
{
    static QAtomicInt serial;
    const int n = ++serial;
    const QString base = u"fakedesk-notifications"_s;
    return n == 1 ? base : base + u'-' + QString::number(n);
}

std::optional<NotificationImage> decodeImage(const QVariant &value)
{
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return std::nullopt;
    const auto arg = value.value<QDBusArgument>();
    if (arg.currentSignature() != "(iiibiiay)"_L1)
        return std::nullopt;
    NotificationImage image;
    arg.beginStructure();
    arg >> image.width >> image.height >> image.rowstride >> image.hasAlpha >> image.bitsPerSample
        >> image.channels >> image.data;
    arg.endStructure();
    image.byteCount = int(image.data.size());
    return image;
}

} // namespace

int RecordedNotification::urgency() const
{
    const QVariant value = hints.value(u"urgency"_s);
    return value.isValid() ? value.toInt() : -1;
}

NotificationImage RecordedNotification::image() const
{
    for (const QLatin1StringView key : ImageHintKeys) {
        const QVariant value = hints.value(key);
        if (value.metaType() == QMetaType::fromType<NotificationImage>())
            return value.value<NotificationImage>();
    }
    return {};
}

QString RecordedNotification::actionLabel(const QString &key) const
{
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2) {
        if (actions.at(i) == key)
            return actions.at(i + 1);
    }
    return {};
}

namespace detail {

QString NotificationsAdaptor::GetServerInformation(QString &vendor, QString &version,
                                                   QString &specVersion)
{
    vendor = u"fedibell-tests"_s;
    version = u"1.0"_s;
    specVersion = u"1.2"_s;
    return u"fakedesk"_s;
}

uint NotificationsAdaptor::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                  const QString &summary, const QString &body,
                                  const QStringList &actions, const QVariantMap &hints,
                                  int expireTimeout)
{
    RecordedNotification n;
    n.appName = appName;
    n.replacesId = replacesId;
    n.appIcon = appIcon;
    n.summary = summary;
    n.body = body;
    n.actions = actions;
    n.hints = hints;
    n.expireTimeout = expireTimeout;
    return m_service->notify(std::move(n));
}

NotificationService::NotificationService(std::shared_ptr<NotificationState> state,
                                         FakeNotificationServer *owner, QString connectionName)
    : m_state(std::move(state))
    , m_owner(owner)
    , m_connectionName(std::move(connectionName))
    , m_adaptor(new NotificationsAdaptor(this))
{}

bool NotificationService::setUp()
{
    m_connection = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!m_connection->isConnected())
        return false;
    m_objectRegistered =
        m_connection->registerObject(ObjectPath, this, QDBusConnection::ExportAdaptors);
    if (!m_objectRegistered)
        return false;
    m_serviceRegistered = m_connection->registerService(ServiceName);
    return m_serviceRegistered;
}

void NotificationService::tearDown()
{
    if (!m_connection)
        return;
    if (m_serviceRegistered)
        m_connection->unregisterService(ServiceName);
    if (m_objectRegistered)
        m_connection->unregisterObject(ObjectPath);
    m_connection.reset();
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QStringList NotificationService::capabilities() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->capabilities;
}

bool NotificationService::inhibited() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->inhibited;
}

quint32 NotificationService::notify(RecordedNotification n)
{
    for (const QLatin1StringView key : ImageHintKeys) {
        const auto it = n.hints.find(key);
        if (it == n.hints.end())
            continue;
        if (const auto image = decodeImage(*it)) {
            *it = QVariant::fromValue(*image);
            if (!n.hasImage) {
                n.hasImage = true;
                n.imageWidth = image->width;
                n.imageHeight = image->height;
            }
        }
    }

    int delay = 0;
    {
        const QMutexLocker lock(&m_state->mutex);
        if (n.replacesId != 0 && m_state->openIds.contains(n.replacesId)) {
            n.id = n.replacesId;
        } else {
            n.id = ++m_state->lastId;
            m_state->openIds.insert(n.id);
        }
        m_state->notifications.append(n);
        delay = m_state->replyDelay;
    }

    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, n] { emit owner->notified(n); }, Qt::QueuedConnection);

    if (delay > 0 && calledFromDBus()) {
        setDelayedReply(true);
        const QDBusMessage reply = message().createReply(QVariant::fromValue(uint(n.id)));
        const QDBusConnection bus = connection();
        QTimer::singleShot(delay, this, [bus, reply] { bus.send(reply); });
    }
    return n.id;
}

void NotificationService::closeNotification(quint32 id)
{
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->closedIds.append(id);
    }
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, id] { emit owner->closeRequested(id); }, Qt::QueuedConnection);
    emitClosed(id, FakeNotificationServer::ClosedByCall);
}

void NotificationService::emitClosed(quint32 id, quint32 reason)
{
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->openIds.remove(id);
    }
    emit m_adaptor->NotificationClosed(id, reason);
}

void NotificationService::emitActionInvoked(quint32 id, const QString &key)
{
    emit m_adaptor->ActionInvoked(id, key);
}

void NotificationService::announceInhibited(bool inhibited)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(ObjectPath, PropertiesInterface, u"PropertiesChanged"_s);
    signal << QString(ServiceName) << QVariantMap{{u"Inhibited"_s, inhibited}} << QStringList();
    m_connection->send(signal);
}

} // namespace detail

FakeNotificationServer::FakeNotificationServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<detail::NotificationState>())
{
    m_state->capabilities = {u"body"_s, u"body-markup"_s, u"actions"_s, u"icon-static"_s,
                             u"persistence"_s};
}

FakeNotificationServer::~FakeNotificationServer()
{
    // Tear the service down (and release the name) before the state or this object go away.
    m_thread.reset();
}

bool FakeNotificationServer::start()
{
    if (m_thread)
        return false;
    m_thread = std::make_unique<detail::ServiceThread<detail::NotificationService>>(
        [state = m_state, owner = this, name = nextConnectionName()] {
            return std::make_unique<detail::NotificationService>(state, owner, name);
        });
    m_thread->setObjectName(u"fakedesk-notifications"_s);
    m_service = m_thread->startService();
    if (!m_service) {
        m_thread.reset();
        return false;
    }
    return true;
}

bool FakeNotificationServer::isRunning() const
{
    return m_service != nullptr;
}

void FakeNotificationServer::setCapabilities(const QStringList &caps)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->capabilities = caps;
}

void FakeNotificationServer::setInhibited(bool inhibited)
{
    {
        const QMutexLocker lock(&m_state->mutex);
        if (m_state->inhibited == inhibited)
            return;
        m_state->inhibited = inhibited;
    }
    if (m_service) {
        QMetaObject::invokeMethod(
            m_service, [service = m_service, inhibited] { service->announceInhibited(inhibited); },
            Qt::BlockingQueuedConnection);
    }
}

void FakeNotificationServer::setReplyDelay(int ms)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->replyDelay = qMax(0, ms);
}

QList<RecordedNotification> FakeNotificationServer::notifications() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->notifications;
}

QList<quint32> FakeNotificationServer::closedIds() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->closedIds;
}

int FakeNotificationServer::notifyCount() const
{
    const QMutexLocker lock(&m_state->mutex);
    return int(m_state->notifications.size());
}

void FakeNotificationServer::clear()
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->notifications.clear();
    m_state->closedIds.clear();
}

bool FakeNotificationServer::waitForNotifications(int count, int timeoutMs)
{
    return detail::spinUntil([this, count] { return notifyCount() >= count; }, timeoutMs);
}

void FakeNotificationServer::invokeAction(quint32 id, const QString &key)
{
    if (!m_service)
        return;
    QMetaObject::invokeMethod(
        m_service, [service = m_service, id, key] { service->emitActionInvoked(id, key); },
        Qt::BlockingQueuedConnection);
}

void FakeNotificationServer::closeByUser(quint32 id)
{
    emitNotificationClosed(id, DismissedByUser);
}

void FakeNotificationServer::emitNotificationClosed(quint32 id, quint32 reason)
{
    if (!m_service)
        return;
    QMetaObject::invokeMethod(
        m_service, [service = m_service, id, reason] { service->emitClosed(id, reason); },
        Qt::BlockingQueuedConnection);
}

} // namespace fakedesk
