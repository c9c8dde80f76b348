#include "headlessmode.h"

#include "commandline.h"
#include "headlessrunner.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace fedibell {

int runHeadless(const CommandLine &options)
{
    QString error;
    const std::optional<MonitoredAccount> account = options.account(&error);
    if (!account) {
        std::fprintf(stderr, "fedibell: %s\n", qPrintable(error));
        return HeadlessRunner::UsageError;
    }
    HeadlessRunner runner(*account, options.watchNetwork);
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &runner,
                     &HeadlessRunner::stop);
    QObject::connect(&runner, &HeadlessRunner::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}

} // namespace fedibell
