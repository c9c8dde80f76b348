#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QTimer>

#include <optional>

namespace fedibell {

// When the computer is about to sleep and when it woke up, from logind
// (org.freedesktop.login1.Manager.PrepareForSleep on the system bus; DBUS_SYSTEM_BUS_ADDRESS
// when set). While awake it holds a "delay" inhibitor lock, so that logind waits (at most its
// InhibitDelayMaxSec, 5 s by default) until Fedibell has closed its connections and saved its
// state: the lock goes back kReleaseAfterMs after aboutToSleep() and is taken again on waking.
// Without a system bus or logind (a container, another init system) it says so in one info line
// and is otherwise silent; the clock (ClockJumpWatch) still notices a sleep then.
class SleepWatch : public QObject
{
    Q_OBJECT

public:
    // Time for the receivers of aboutToSleep() to get their goodbyes onto the wire.
    static constexpr int kReleaseAfterMs = 250;

    // Watches the system bus; where there is none (no DBUS_SYSTEM_BUS_ADDRESS and no socket at
    // the standard place, as in many containers) it does not even start QtDBus's thread.
    explicit SleepWatch(QObject *parent = nullptr);
    explicit SleepWatch(const QDBusConnection &bus, QObject *parent = nullptr);
    ~SleepWatch() override;

    // Whether logind granted the delay lock (and it was not given back yet).
    bool holdsInhibitor() const { return m_inhibitor.isValid(); }

signals:
    void aboutToSleep();
    void wokeUp();
    // logind cannot be asked, and why (for the log; said once).
    void unavailable(const QString &why);

private slots:
    void onPrepareForSleep(bool start);

private:
    void watch();
    void takeInhibitor();
    void sayUnavailable(const QString &why);

    std::optional<QDBusConnection> m_bus;
    QDBusUnixFileDescriptor m_inhibitor;
    QTimer m_releaseTimer;
    bool m_subscribed = false;
    bool m_saidUnavailable = false;
    bool m_asking = false; // an Inhibit call is on its way
};

} // namespace fedibell
