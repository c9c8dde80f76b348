#include "freedesktopnotifications.h"

#include "desktoplogging.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

const QString kAppName = u"Fedibell"_s;
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
constexpr int kMaxImageSide = 128;
constexpr int kMaxBodyLength = 1000;

// The image-data hint: (iiibiiay) width, height, rowstride, has alpha, bits per sample,
// channels, RGBA bytes.
QDBusArgument imageArgument(const QImage &source)
{
    QImage image = source;
    if (image.width() > kMaxImageSide || image.height() > kMaxImageSide) {
        image = image.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    image = image.convertToFormat(QImage::Format_RGBA8888);
    QDBusArgument argument;
    argument.beginStructure();
    argument << image.width() << image.height() << int(image.bytesPerLine()) << true << 8 << 4;
    argument << QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
    argument.endStructure();
    return argument;
}

} // namespace

FreedesktopNotifications::FreedesktopNotifications(const QString &desktopEntry,
                                                   const QDBusConnection &bus, QObject *parent)
    : NotificationBackend(parent)
    , m_bus(bus)
    , m_desktopEntry(desktopEntry)
    , m_watcher(new QDBusServiceWatcher(kService, bus,
                                        QDBusServiceWatcher::WatchForRegistration
                                            | QDBusServiceWatcher::WatchForUnregistration,
                                        this))
{
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { probe(); });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_ownIds.clear();
        setAvailable(false);
    });
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
    m_bus.connect(kService, kPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s,
                  this, SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
}

bool FreedesktopNotifications::hasCapability(const QString &capability) const
{
    return m_capabilities.contains(capability);
}

QString FreedesktopNotifications::escapeMarkup(const QString &text)
{
    // toHtmlEscaped covers & < > and "; a lone ' is harmless in text content.
    return text.toHtmlEscaped();
}

void FreedesktopNotifications::probe()
{
    if (!m_bus.isConnected()) {
        setAvailable(false);
        return;
    }
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcNotify) << "no notification service:" << reply.error().message();
                    setAvailable(false);
                    return;
                }
                m_capabilities = reply.value();
                qCInfo(lcNotify) << "notification server capabilities" << m_capabilities;
                readInhibited();
                setAvailable(true);
            });
}

void FreedesktopNotifications::readInhibited()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        kService, kPath, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << kInterface << u"Inhibited"_s;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *finished;
                // Servers without the property (most of them) are never inhibited.
                m_inhibited = !reply.isError() && reply.value().variant().toBool();
            });
}

void FreedesktopNotifications::setAvailable(bool available)
{
    if (available == m_available) {
        return;
    }
    m_available = available;
    emit availabilityChanged(available);
}

void FreedesktopNotifications::show(quint64 requestId, quint32 replaces,
                                    const PopupContent &content)
{
    const bool markup = hasCapability(u"body-markup"_s);
    const QString body = content.body.left(kMaxBodyLength);
    QStringList actions;
    if (content.withActions && hasCapability(u"actions"_s)) {
        actions << QLatin1StringView(kDefaultAction) << tr("Open")
                << QLatin1StringView(kMarkReadAction) << tr("Mark as read");
    }
    QVariantMap hints{
        {u"desktop-entry"_s, m_desktopEntry},
        {u"category"_s, u"im.received"_s},
        {u"urgency"_s, QVariant::fromValue(uchar(1))},
    };
    if (content.sound) {
        hints.insert(u"sound-name"_s, u"message-new-instant"_s);
    } else {
        hints.insert(u"suppress-sound"_s, true);
    }
    if (!content.image.isNull()) {
        hints.insert(u"image-data"_s, QVariant::fromValue(imageArgument(content.image)));
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << kAppName << uint(replaces) << m_desktopEntry << content.summary
         << (markup ? escapeMarkup(body) : body) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, requestId](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCWarning(lcNotify) << "Notify failed:" << reply.error().message();
                    emit failed(requestId, reply.error().message());
                    return;
                }
                m_ownIds.insert(reply.value());
                emit shown(requestId, reply.value());
            });
}

void FreedesktopNotifications::close(quint32 handle)
{
    if (!m_ownIds.contains(handle)) {
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s);
    call << uint(handle);
    m_bus.asyncCall(call, 5000);
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    if (m_ownIds.contains(id)) {
        emit actionInvoked(id, actionKey);
    }
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    if (m_ownIds.remove(id)) {
        emit closed(id);
    }
}

void FreedesktopNotifications::onPropertiesChanged(const QString &interface,
                                                   const QVariantMap &changed,
                                                   const QStringList &invalidated)
{
    Q_UNUSED(invalidated)
    if (interface == kInterface && changed.contains(u"Inhibited"_s)) {
        m_inhibited = changed.value(u"Inhibited"_s).toBool();
    }
}

} // namespace fedibell
