#include "commandline.h"
#include "api/instanceaddress.h"
#include "configfile.h"
#include "headlessrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

#include <cstring>

namespace fedibell {

using namespace Qt::StringLiterals;

bool CommandLine::wantsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--headless", "--status", "--help", "-h", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tells you the moment a direct message arrives on your Mastodon account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        u"headless"_s, tr("Run without a display: print each arriving direct message as a JSON "
                          "line on standard output."));
    const QCommandLineOption demo(
        u"demo"_s, tr("Start the bundled demo instance on this computer and watch it."));
    const QCommandLineOption minimized(u"minimized"_s,
                                       tr("Start in the tray without opening any window."));
    const QCommandLineOption status(u"status"_s,
                                    tr("Ask the running Fedibell for its state and print it."));
    const QCommandLineOption instance(u"instance"_s, tr("The Mastodon instance to watch."),
                                      tr("address"));
    const QCommandLineOption tokenFile(u"token-file"_s,
                                       tr("Read the access token from this file (otherwise from "
                                          "the FEDIBELL_ACCESS_TOKEN variable)."),
                                       tr("file"));
    const QCommandLineOption mentions(u"mentions"_s,
                                      tr("Also announce mentions that are not direct."));
    const QCommandLineOption noChats(u"no-chats"_s,
                                     tr("Do not announce Pleroma and Akkoma chat messages."));
    const QCommandLineOption noRequests(
        u"no-requests"_s,
        tr("Do not announce message requests (direct messages the server filtered)."));
    const QCommandLineOption watchNetwork(
        u"watch-network"_s,
        tr("Headless: follow the network's state, trying nothing while it is gone and "
           "connecting as soon as it is back (costs about 4 MB of memory)."));
    const QCommandLineOption timer(
        u"timer"_s,
        tr("Override a timer for odd networks, e.g. pingIntervalMs=15000 (repeatable)."),
        tr("name=ms"));
    parser.addOptions({headless, demo, minimized, status, instance, tokenFile, mentions, noChats,
                       noRequests, watchNetwork, timer});
    parser.process(arguments);

    CommandLine result;
    if (parser.isSet(headless) && parser.isSet(status)) {
        *error = tr("--headless and --status cannot be combined.");
        return std::nullopt;
    }
    result.mode = parser.isSet(headless) ? Mode::Headless
                  : parser.isSet(status) ? Mode::Status
                                         : Mode::Desktop;
    result.demo = parser.isSet(demo);
    result.minimized = parser.isSet(minimized);
    result.mentions = parser.isSet(mentions);
    result.chats = !parser.isSet(noChats);
    result.requests = !parser.isSet(noRequests);
    result.watchNetwork = parser.isSet(watchNetwork);
    result.instance = parser.value(instance);
    result.tokenFile = parser.value(tokenFile);
    if (result.mode == Mode::Headless && result.instance.isEmpty()) {
        *error = tr("--headless needs --instance.");
        return std::nullopt;
    }
    ConfigFile settings;
    result.timers = MonitorSettings::load(settings);
    for (const QString &assignment : parser.values(timer)) {
        if (!result.timers.set(assignment)) {
            *error = tr("Unknown timer setting \"%1\".").arg(assignment);
            return std::nullopt;
        }
    }
    return result;
}

std::optional<MonitoredAccount> CommandLine::account(QString *error) const
{
    MonitoredAccount account;
    account.instance = InstanceAddress::parse(instance, error);
    if (!account.instance.isValid()) {
        return std::nullopt;
    }
    account.token = HeadlessRunner::readToken(tokenFile, error);
    if (account.token.isEmpty()) {
        return std::nullopt;
    }
    account.wantMentions = mentions;
    account.wantChats = chats;
    account.wantRequests = requests;
    account.timers = timers;
    account.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return account;
}

} // namespace fedibell
