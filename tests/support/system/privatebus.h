// A private D-Bus daemon for one test process, to stand in for the system bus: it listens in a
// temporary folder, lets anyone own any name, and activates nothing.
//
//     fakesys::PrivateBus bus;
//     QVERIFY2(bus.start(), qPrintable(bus.error()));
//     qputenv("DBUS_SYSTEM_BUS_ADDRESS", bus.address().toUtf8()); // before the first
//                                                                  // QDBusConnection::systemBus()
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace fakesys {

class PrivateBus
{
public:
    PrivateBus() = default;
    /// Stops the daemon.
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    /// Starts dbus-daemon and waits (at most 5 s) for its address. False with error() set when
    /// it cannot.
    bool start();
    QString address() const { return m_address; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
};

} // namespace fakesys
