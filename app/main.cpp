#include "commandline.h"
#include "desktopapplication.h"
#include "headlessmode.h"
#include "headlessrunner.h"
#include "privateprogram.h"
#include "singleinstance.h"
#include "translations.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fedibell: %s\n", qPrintable(message));
    return HeadlessRunner::UsageError;
}

int printStatus()
{
    const std::optional<QByteArray> answer =
        SingleInstance::send(SingleInstance::defaultSocketPath(), "status");
    if (!answer) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Fedibell is not running.")));
        return 1;
    }
    std::fprintf(stdout, "%s\n", answer->constData());
    return 0;
}

int runDesktop(const CommandLine &options)
{
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setDesktopFileName(QLatin1StringView(DesktopApplication::kDesktopEntry));
    SingleInstance instance;
    switch (instance.listen()) {
    case SingleInstance::Listen::Listening:
        break;
    case SingleInstance::Listen::OtherCopyRuns:
        // Hand over to the running copy: it opens its window; this one is done.
        SingleInstance::send(SingleInstance::defaultSocketPath(),
                             options.minimized ? "ping" : "show-settings");
        return 0;
    case SingleInstance::Listen::Unsafe:
        // Someone else could answer in our name there: run, but without that guard.
        std::fprintf(stderr, "fedibell: %s\n", qPrintable(instance.problem()));
        break;
    }
    DesktopOptions desktop;
    desktop.minimized = options.minimized;
    desktop.timers = options.timers;
    desktop.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    desktop.demo = options.demo;
    if (!options.demo && !options.instance.isEmpty()) {
        QString error;
        const std::optional<MonitoredAccount> account = options.account(&error);
        if (!account) {
            return fail(error);
        }
        desktop.accounts.append(*account);
    }
    DesktopApplication app(desktop, &instance);
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app,
                     &DesktopApplication::quit);
    app.start();
    return QApplication::exec();
}

// Headless mode runs in the lean fedibell-headless program when it is built or installed
// with this one (see findPrivateProgram): it maps no GUI library at all.
void execLeanHeadless(char *argv[])
{
    const QString program = findPrivateProgram(u"fedibell-headless"_s);
    if (!program.isEmpty()) {
        ::execv(QFile::encodeName(program).constData(), argv);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0) {
            execLeanHeadless(argv); // returns only when it is not there
            break;
        }
    }
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::wantsNoDisplay(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"fedibell"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEDIBELL_VERSION));
    installTranslations(*app);

    QString error;
    const std::optional<CommandLine> options = CommandLine::parse(app->arguments(), &error);
    if (!options) {
        return fail(error);
    }
    switch (options->mode) {
    case CommandLine::Mode::Headless:
        return runHeadless(*options);
    case CommandLine::Mode::Status:
        return printStatus();
    case CommandLine::Mode::Desktop:
        return runDesktop(*options);
    }
    return 0;
}
