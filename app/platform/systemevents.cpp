#include "systemevents.h"

#include "clock.h"
#include "clockjumpwatch.h"
#include "logging.h"
#include "networkwatch.h"
#include "sleepwatch.h"
#include "sync/accountmonitor.h"

#include <QHostAddress>

namespace fedibell {

SystemEvents::SystemEvents(SleepWatch *sleep, ClockJumpWatch *clock, NetworkWatch *network,
                           int wakeDelayMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(wakeDelayMs);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        if (m_online && !m_asleep) {
            qCInfo(lcPlatform) << "connecting every account now";
            emit resumeDue();
        }
    });
    if (sleep) {
        sleep->setParent(this);
        connect(sleep, &SleepWatch::aboutToSleep, this, &SystemEvents::onAboutToSleep);
        connect(sleep, &SleepWatch::wokeUp, this, [this] {
            if (m_clock) {
                m_clock->rebase(); // this wake is told: the clock need not tell it again
            }
            onAwake();
        });
    }
    if (clock) {
        clock->setParent(this);
        connect(clock, &ClockJumpWatch::jumped, this, &SystemEvents::onAwake);
    }
    if (network) {
        network->setParent(this);
        m_online = network->isOnline();
        connect(network, &NetworkWatch::onlineChanged, this, &SystemEvents::onNetwork);
    }
}

SystemEvents *SystemEvents::forThisComputer(const MonitorSettings &timers, bool watchNetwork,
                                            QObject *parent)
{
    return new SystemEvents(
        new SleepWatch(),
        new ClockJumpWatch(&Clock::system(), timers.clockCheckMs, timers.clockJumpMs),
        watchNetwork ? new SystemNetworkWatch() : nullptr, timers.wakeDelayMs, parent);
}

bool SystemEvents::isLoopback(const QUrl &instance)
{
    const QString host = instance.host();
    return host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0
           || QHostAddress(host).isLoopback();
}

void SystemEvents::attach(AccountMonitor *monitor) const
{
    connect(this, &SystemEvents::suspending, monitor, &AccountMonitor::suspend);
    connect(this, &SystemEvents::resumeDue, monitor, &AccountMonitor::resumeNow);
    if (!m_loopbackFollowsNetwork && isLoopback(monitor->instance())) {
        return;
    }
    connect(this, &SystemEvents::wentOffline, monitor, [monitor] { monitor->setOnline(false); });
    if (!m_online) {
        monitor->setOnline(false);
    }
}

void SystemEvents::onAboutToSleep()
{
    m_asleep = true;
    m_resumeTimer.stop();
    emit suspending();
}

void SystemEvents::onAwake()
{
    m_asleep = false;
    if (m_online) {
        scheduleResume();
    } else {
        emit wentOffline(); // held for the network now, no longer for the sleep
    }
}

void SystemEvents::onNetwork(bool online)
{
    m_online = online;
    emit networkChanged(online);
    if (!online) {
        m_resumeTimer.stop();
        emit wentOffline();
    } else if (!m_asleep) {
        scheduleResume();
    }
}

void SystemEvents::scheduleResume()
{
    // Not pushed back by later signals: the first one fixes when the accounts connect.
    if (!m_resumeTimer.isActive()) {
        m_resumeTimer.start();
    }
}

} // namespace fedibell
