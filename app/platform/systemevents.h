#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace fedibell {

class AccountMonitor;
class ClockJumpWatch;
struct MonitorSettings;
class NetworkWatch;
class SleepWatch;

// One source of "about to sleep", "connect now" and "offline" for every account, made of the
// watches: logind (SleepWatch), the clocks (ClockJumpWatch) and the network (NetworkWatch).
//
// Before a sleep the monitors are told at once (they close their streams and save). A wake,
// a jump of the clock or the network coming back asks them to connect `wakeDelayMs` later, so
// that several such signals together (logind and the clock both noticing one wake, a network
// that comes back in steps) make one reconnect. The network going away holds them at once; a
// wake without network keeps them held until it is back.
class SystemEvents : public QObject
{
    Q_OBJECT

public:
    // Takes the watches as children; any may be null (that source is not watched).
    SystemEvents(SleepWatch *sleep, ClockJumpWatch *clock, NetworkWatch *network, int wakeDelayMs,
                 QObject *parent = nullptr);
    // This computer's: logind on the system bus, the system clock and, with `watchNetwork`,
    // QNetworkInformation (its backend costs some 4 MB and two threads).
    static SystemEvents *forThisComputer(const MonitorSettings &timers, bool watchNetwork,
                                         QObject *parent = nullptr);

    // Feeds `monitor` from now on (suspend(), resumeNow(), setOnline(false)); held at once
    // when there is no network.
    void attach(AccountMonitor *monitor) const;
    // An instance on this computer (loopback) is reachable without any network, so by default
    // its monitor is not held for the network; tests, whose instances are all on loopback,
    // turn that off.
    void setLoopbackFollowsNetwork(bool follows) { m_loopbackFollowsNetwork = follows; }
    // A wake or the network's return was heard and the accounts connect soon.
    bool isResumePending() const { return m_resumeTimer.isActive(); }

    bool isOnline() const { return m_online; }
    bool isAsleep() const { return m_asleep; }
    static bool isLoopback(const QUrl &instance);

signals:
    void suspending();
    // Connect now (debounced).
    void resumeDue();
    // Hold: no network (also said again after a wake while there is none).
    void wentOffline();
    // Each change of the network, at once (for what the user sees).
    void networkChanged(bool online);

private:
    void onAboutToSleep();
    void onAwake();
    void onNetwork(bool online);
    void scheduleResume();

    ClockJumpWatch *m_clock;
    QTimer m_resumeTimer;
    bool m_online = true;
    bool m_asleep = false;
    bool m_loopbackFollowsNetwork = false;
};

} // namespace fedibell
