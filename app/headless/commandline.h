#pragma once

#include "sync/accountmonitor.h" // MonitoredAccount

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fedibell {

// What the command line asked for, checked: one place that knows every option.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode {
        Desktop,
        Headless,
        Status
    };

    Mode mode = Mode::Desktop;
    bool demo = false;
    bool minimized = false;
    bool mentions = false;
    bool chats = true;         // Pleroma chat messages (--no-chats turns them off)
    bool requests = true;      // message requests (--no-requests turns them off)
    bool watchNetwork = false; // headless: follow the network's state (the desktop always does)
    QString instance;
    QString tokenFile;
    MonitorSettings timers;

    // Parses the arguments (exits for --help and --version like any Qt program).
    // Returns nothing and sets `error` when they make no sense.
    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error);
    // The account named by --instance, with the token from the environment or --token-file
    // and the state kept in the user's data folder. Nothing, with `error` set, when either is
    // unusable.
    std::optional<MonitoredAccount> account(QString *error) const;
    // Whether these arguments need no display (so no QApplication is created).
    static bool wantsNoDisplay(int argc, char **argv);
};

} // namespace fedibell
