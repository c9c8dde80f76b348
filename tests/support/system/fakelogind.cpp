#include "fakelogind.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fakesys {

namespace {

const auto kService = "org.freedesktop.login1"_L1;
const auto kPath = "/org/freedesktop/login1"_L1;
const auto kInterface = "org.freedesktop.login1.Manager"_L1;

} // namespace

namespace detail {

// The exported object: its slots are the methods of org.freedesktop.login1.Manager.
class LogindManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    explicit LogindManager(FakeLogind *owner)
        : QObject(owner)
        , m_owner(owner)
    {}
    ~LogindManager() override
    {
        for (const int end : std::as_const(m_openEnds)) {
            ::close(end);
        }
    }

public slots:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why,
                                    const QString &mode)
    {
        m_owner->m_calls << (QStringList{what, who, why, mode}.join(u'|'));
        int ends[2];
        if (::pipe2(ends, O_CLOEXEC) != 0) {
            return {};
        }
        const QDBusUnixFileDescriptor clientEnd(ends[1]); // a copy of its own
        ::close(ends[1]);
        const int ours = ends[0];
        m_openEnds.append(ours);
        auto *notifier = new QSocketNotifier(ours, QSocketNotifier::Read, this);
        // Readable at end of file: every copy of the client's end is closed.
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier, ours] {
            char byte;
            if (::read(ours, &byte, 1) > 0) {
                return;
            }
            notifier->setEnabled(false);
            notifier->deleteLater();
            m_openEnds.removeOne(ours);
            ::close(ours);
            ++m_owner->m_released;
            emit m_owner->lockReleased();
        });
        ++m_owner->m_taken;
        emit m_owner->lockTaken();
        return clientEnd;
    }

private:
    FakeLogind *m_owner;
    QList<int> m_openEnds; // read ends of the locks still held
};

} // namespace detail

FakeLogind::FakeLogind(const QString &busAddress, QObject *parent)
    : QObject(parent)
    , m_address(busAddress)
{
    static QAtomicInt serial;
    m_connectionName = u"fakesys-logind-%1"_s.arg(++serial);
}

FakeLogind::~FakeLogind()
{
    QDBusConnection connection(m_connectionName);
    if (m_registered) {
        connection.unregisterService(kService);
        connection.unregisterObject(kPath);
    }
    delete m_manager; // closes the read ends of the locks still held
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool FakeLogind::start()
{
    QDBusConnection connection = QDBusConnection::connectToBus(m_address, m_connectionName);
    if (!connection.isConnected() || m_manager) {
        return false;
    }
    m_manager = new detail::LogindManager(this);
    if (!connection.registerObject(kPath, m_manager, QDBusConnection::ExportAllSlots)) {
        return false;
    }
    m_registered = connection.registerService(kService);
    return m_registered;
}

void FakeLogind::prepareForSleep(bool start)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, u"PrepareForSleep"_s);
    signal << start;
    QDBusConnection(m_connectionName).send(signal);
}

QStringList FakeLogind::inhibitCalls() const
{
    return m_calls;
}

int FakeLogind::locksHeld() const
{
    return m_taken - m_released;
}

int FakeLogind::locksTaken() const
{
    return m_taken;
}

int FakeLogind::locksReleased() const
{
    return m_released;
}

} // namespace fakesys

#include "fakelogind.moc"
