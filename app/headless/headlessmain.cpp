#include "headlessmain.h"

#include "api/instanceaddress.h"
#include "commandline.h"
#include "headlessrunner.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

namespace fedibell {

int runHeadless(const CommandLine &options)
{
    QString error;
    AccountConfig config;
    config.instance = InstanceAddress::parse(options.instance, &error);
    if (config.instance.isValid()) {
        config.token = HeadlessRunner::readToken(options.tokenFile, &error);
    }
    if (!config.instance.isValid() || config.token.isEmpty()) {
        std::fprintf(stderr, "fedibell: %s\n", qPrintable(error));
        return HeadlessRunner::UsageError;
    }
    config.wantMentions = options.mentions;
    config.timers = options.timers;
    config.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    HeadlessRunner runner(config);
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &runner,
                     &HeadlessRunner::stop);
    QObject::connect(&runner, &HeadlessRunner::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}

} // namespace fedibell
