// fedibell-headless: headless mode only, without any GUI library.
#include "commandline.h"
#include "headlessmode.h"
#include "headlessrunner.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fedibell"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEDIBELL_VERSION));
    fedibell::installTranslations(app);
    QString error;
    std::optional<fedibell::CommandLine> options =
        fedibell::CommandLine::parse(app.arguments(), &error);
    if (options && options->mode != fedibell::CommandLine::Mode::Headless) {
        error = QCoreApplication::translate("main", "This program only runs with --headless.");
        options.reset();
    }
    if (!options) {
        std::fprintf(stderr, "fedibell: %s\n", qPrintable(error));
        return fedibell::HeadlessRunner::UsageError;
    }
    return fedibell::runHeadless(*options);
}
