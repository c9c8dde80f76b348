#pragma once

#include "fakeinstance.h"
#include "sync/accountmonitor.h"
#include "sync/incomingmessage.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// An AccountMonitor wired to a fake instance on loopback, with timers short enough for the
// whole reconnect story to run in about a second.
struct MonitorHarness
{
    static fedibell::MonitorSettings fastTimers()
    {
        fedibell::MonitorSettings timers;
        timers.pingIntervalMs = 300;
        timers.pongDeadlineMs = 300;
        timers.backoffBaseMs = 50;
        timers.backoffCapMs = 300;
        timers.stableAfterMs = 1000;
        timers.pollMinMs = 200;
        timers.pollMaxMs = 300;
        timers.streamRetryMs = 800;
        timers.restartGraceMs = 2000;
        timers.reconcileMs = 60000;
        timers.handshakeFailuresBeforePolling = 2;
        timers.mentionGraceMs = 300;
        timers.ledgerSaveDelayMs = 100;
        timers.requestTimeoutMs = 5000;
        return timers;
    }

    // An account on `instance` with the fast timers, its state kept in `stateDirectory`.
    static fedibell::MonitoredAccount accountOn(fake::FakeInstance &instance,
                                                const QString &stateDirectory)
    {
        fedibell::MonitoredAccount account;
        account.instance = instance.baseUrl();
        account.token = instance.accessToken();
        account.timers = fastTimers();
        account.stateDirectory = stateDirectory;
        return account;
    }

    explicit MonitorHarness(fake::FakeInstance *instance, const QString &stateDirectory)
        : fake(instance)
    {
        config = accountOn(*fake, stateDirectory);
    }

    fedibell::AccountMonitor &start()
    {
        monitor = std::make_unique<fedibell::AccountMonitor>(&network, config);
        arrived =
            std::make_unique<QSignalSpy>(monitor.get(), &fedibell::AccountMonitor::messagesArrived);
        states =
            std::make_unique<QSignalSpy>(monitor.get(), &fedibell::AccountMonitor::stateChanged);
        monitor->start();
        return *monitor;
    }

    // Waits until the monitor streams and the fake has the subscription.
    bool waitUntilStreaming(int timeoutMs = 5000) const
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (monitor->state() == fedibell::AccountMonitor::State::Streaming
                && fake->subscriptions().contains(QStringLiteral("direct"))) {
                return true;
            }
            QTest::qWait(10);
        }
        return false;
    }

    // Waits until no catch-up runs or is scheduled: the catch-ups of connecting are done.
    bool waitForQuiet(int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return !monitor->isCatchingUp(); }, timeoutMs);
    }

    QList<fedibell::MessageBatch> batches() const
    {
        QList<fedibell::MessageBatch> result;
        for (const QList<QVariant> &args : *arrived) {
            result.append(args.at(0).value<fedibell::MessageBatch>());
        }
        return result;
    }

    // Every announced message, in the order announced, whatever batch it came in.
    QList<fedibell::IncomingMessage> arrivedMessages() const
    {
        QList<fedibell::IncomingMessage> result;
        for (const fedibell::MessageBatch &batch : batches()) {
            result.append(batch.messages);
        }
        return result;
    }

    QStringList arrivedStatusIds() const
    {
        QStringList ids;
        for (const fedibell::IncomingMessage &message : arrivedMessages()) {
            ids.append(message.status.id);
        }
        return ids;
    }

    int arrivedCount() const { return int(arrivedMessages().size()); }

    fedibell::IncomingMessage arrivedMessage(int index) const
    {
        return arrivedMessages().at(index);
    }

    // Waits until `count` messages in all were announced.
    bool waitForArrivals(int count, int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return arrivedCount() >= count; }, timeoutMs);
    }

    bool sawState(fedibell::AccountMonitor::State state) const
    {
        for (const QList<QVariant> &args : *states) {
            if (args.at(0).value<fedibell::AccountMonitor::State>() == state) {
                return true;
            }
        }
        return false;
    }

    fake::FakeInstance *fake;
    fedibell::MonitoredAccount config;
    QNetworkAccessManager network;
    std::unique_ptr<fedibell::AccountMonitor> monitor;
    std::unique_ptr<QSignalSpy> arrived;
    std::unique_ptr<QSignalSpy> states;
};
