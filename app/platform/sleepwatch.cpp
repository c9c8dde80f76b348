#include "sleepwatch.h"

#include "logging.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

const QString kService = u"org.freedesktop.login1"_s;
const QString kPath = u"/org/freedesktop/login1"_s;
const QString kInterface = u"org.freedesktop.login1.Manager"_s;
const QString kSignal = u"PrepareForSleep"_s;

} // namespace

SleepWatch::SleepWatch(QObject *parent)
    : QObject(parent)
{
    const bool reachable = qEnvironmentVariableIsSet("DBUS_SYSTEM_BUS_ADDRESS")
                           || QFileInfo::exists(u"/run/dbus/system_bus_socket"_s)
                           || QFileInfo::exists(u"/var/run/dbus/system_bus_socket"_s);
    if (!reachable) {
        sayUnavailable(u"no system bus"_s);
        return;
    }
    m_bus = QDBusConnection::systemBus();
    watch();
}

SleepWatch::SleepWatch(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    watch();
}

void SleepWatch::watch()
{
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(kReleaseAfterMs);
    connect(&m_releaseTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcPlatform) << "giving the sleep inhibitor back";
        m_inhibitor = QDBusUnixFileDescriptor(); // closing our end lets logind go on
    });
    if (!m_bus->isConnected()) {
        sayUnavailable(u"no system bus (%1)"_s.arg(m_bus->lastError().message()));
        return;
    }
    // Only logind's own signals: QtDBus matches the sender against the name's owner.
    m_subscribed =
        m_bus->connect(kService, kPath, kInterface, kSignal, this, SLOT(onPrepareForSleep(bool)));
    if (!m_subscribed) {
        sayUnavailable(m_bus->lastError().message());
        return;
    }
    takeInhibitor();
}

SleepWatch::~SleepWatch()
{
    if (m_subscribed) {
        m_bus->disconnect(kService, kPath, kInterface, kSignal, this,
                          SLOT(onPrepareForSleep(bool)));
    }
}

void SleepWatch::takeInhibitor()
{
    if (m_asking || m_inhibitor.isValid()) {
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Inhibit"_s);
    call << u"sleep"_s << u"Fedibell"_s
         << u"Closing the connection to the instance and saving what was announced"_s << u"delay"_s;
    m_asking = true;
    // Never blocking: a slow or absent logind must not hold up the program.
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                m_asking = false;
                const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *finished;
                if (reply.isError()) {
                    const QDBusError error = reply.error();
                    if (error.type() == QDBusError::ServiceUnknown
                        || error.name() == "org.freedesktop.DBus.Error.NameHasNoOwner"_L1) {
                        sayUnavailable(u"logind is not running"_s);
                    } else {
                        // Present but refusing the lock (a policy): its signals still come.
                        qCInfo(lcPlatform)
                            << "logind refused a sleep inhibitor:" << error.message();
                    }
                    return;
                }
                m_inhibitor = reply.value();
                qCInfo(lcPlatform) << "watching logind for sleep, with a delay inhibitor";
            });
}

void SleepWatch::onPrepareForSleep(bool start)
{
    if (start) {
        qCInfo(lcPlatform) << "the computer is going to sleep";
        emit aboutToSleep();
        if (m_inhibitor.isValid()) {
            m_releaseTimer.start();
        }
        return;
    }
    qCInfo(lcPlatform) << "the computer woke up";
    m_releaseTimer.stop();
    m_inhibitor = QDBusUnixFileDescriptor();
    emit wokeUp();
    takeInhibitor();
}

void SleepWatch::sayUnavailable(const QString &why)
{
    if (m_saidUnavailable) {
        return;
    }
    m_saidUnavailable = true;
    qCInfo(lcPlatform).noquote() << "not watching logind for sleep:" << why
                                 << "(the clock still tells when the computer slept)";
    emit unavailable(why);
}

} // namespace fedibell
