#include "api/instanceaddress.h"
#include "headlessrunner.h"
#include "sync/monitorsettings.h"
#include "unixsignalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fedibell: %s\n", qPrintable(message));
    return HeadlessRunner::UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fedibell"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEDIBELL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Tells you the moment a direct message arrives on your Mastodon account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        u"headless"_s,
        QCoreApplication::translate("main", "Run without a display: print each arriving direct "
                                            "message as a JSON line on standard output."));
    const QCommandLineOption instance(
        u"instance"_s, QCoreApplication::translate("main", "The Mastodon instance to watch."),
        QCoreApplication::translate("main", "address"));
    const QCommandLineOption tokenFile(
        u"token-file"_s,
        QCoreApplication::translate("main", "Read the access token from this file (otherwise "
                                            "from the FEDIBELL_ACCESS_TOKEN variable)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption mentions(
        u"mentions"_s,
        QCoreApplication::translate("main", "Also announce mentions that are not direct."));
    const QCommandLineOption timer(
        u"timer"_s,
        QCoreApplication::translate("main", "Override a timer for odd networks, e.g. "
                                            "pingIntervalMs=15000 (repeatable)."),
        QCoreApplication::translate("main", "name=ms"));
    parser.addOptions({headless, instance, tokenFile, mentions, timer});
    parser.process(app);

    if (!parser.isSet(headless)) {
        return fail(QCoreApplication::translate(
            "main", "This build has no desktop interface yet; use --headless."));
    }
    if (!parser.isSet(instance)) {
        return fail(QCoreApplication::translate("main", "--instance is required."));
    }

    QString error;
    AccountConfig config;
    config.instance = InstanceAddress::parse(parser.value(instance), &error);
    if (!config.instance.isValid()) {
        return fail(error);
    }
    config.token = HeadlessRunner::readToken(parser.value(tokenFile), &error);
    if (config.token.isEmpty()) {
        return fail(error);
    }
    config.wantMentions = parser.isSet(mentions);
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"fedibell"_s, u"fedibell"_s);
    config.timers = MonitorSettings::load(settings);
    for (const QString &assignment : parser.values(timer)) {
        if (!config.timers.set(assignment)) {
            return fail(QCoreApplication::translate("main", "Unknown timer setting \"%1\".")
                            .arg(assignment));
        }
    }
    config.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    HeadlessRunner runner(config);
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &runner,
                     &HeadlessRunner::stop);
    QObject::connect(&runner, &HeadlessRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}
