// fedibell-hostile-bench: what a hostile server costs the real `fedibell --headless`, measured
// from outside (peak resident memory from /proc/PID/status, CPU time from the kernel's CPU
// clock). Prints one markdown table; see README.md next to this file.
//
//   fedibell-hostile-bench [--only KEY,...] [--keep] [--strict] [--fedibell PATH] ...

#include "scenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hostile;

namespace {

constexpr qint64 kMiB = qint64{1024} * 1024;
constexpr qint64 kMB = 1'000'000;

QString formatNumber(double value, int decimals)
{
    return value < 0 ? u"?"_s : QString::number(value, 'f', decimals);
}

QString markdownTable(const QList<Row> &rows)
{
    QString table = u"| Scenario | Idle peak MB | Peak RSS MB | CPU ms | Outcome |\n"
                    "|---|---:|---:|---:|---|\n"_s;
    for (const Row &row : rows) {
        table += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(
            row.scenario, formatNumber(row.idlePeakMb, 1), formatNumber(row.peakMb, 1),
            formatNumber(row.cpuMs, row.cpuMs >= 0 && row.cpuMs < 100 ? 1 : 0),
            QString(row.outcome()).replace(u'|', u'/'));
    }
    return table;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

bool parsePositive(const QCommandLineParser &parser, const QCommandLineOption &option,
                   qint64 *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(option).toLongLong(&ok);
    if (!ok || parsed <= 0) {
        std::fprintf(stderr, "--%s needs a positive number\n", qPrintable(option.names().first()));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList keys;
    for (const Scenario &scenario : allScenarios())
        keys.append(scenario.key);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"What a hostile server costs the real fedibell --headless: peak memory and CPU."_s);
    parser.addHelpOption();
    const QCommandLineOption only(
        u"only"_s, u"Run only these scenarios: %1."_s.arg(keys.join(u", "_s)), u"KEY,..."_s);
    const QCommandLineOption fedibell(u"fedibell"_s, u"The fedibell binary."_s, u"PATH"_s,
                                      QStringLiteral(FEDIBELL_BINARY));
    const QCommandLineOption frameMb(u"frame-mb"_s, u"Size of the huge WebSocket message (200)."_s,
                                     u"MB"_s);
    const QCommandLineOption bodyMb(u"body-mb"_s, u"Size of the huge REST bodies (500)."_s,
                                    u"MB"_s);
    const QCommandLineOption backlog(u"backlog"_s, u"Messages in the catch-up backlog (5000)."_s,
                                     u"N"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the work directory (stderr logs, state)."_s);
    const QCommandLineOption strict(u"strict"_s, u"Exit with 1 when a target is missed too."_s);
    parser.addOptions({only, fedibell, frameMb, bodyMb, backlog, keep, strict});
    parser.process(app);

    Options options;
    options.fedibell = parser.value(fedibell);
    qint64 frame = options.frameBytes / kMiB;
    qint64 body = options.bodyBytes / kMB;
    qint64 messages = options.backlogMessages;
    if (!parsePositive(parser, frameMb, &frame) || !parsePositive(parser, bodyMb, &body)
        || !parsePositive(parser, backlog, &messages)) {
        return 2;
    }
    options.frameBytes = frame * kMiB;
    options.bodyBytes = body * kMB;
    options.backlogMessages = int(messages);
    const QStringList selected =
        parser.isSet(only) ? parser.value(only).split(u',', Qt::SkipEmptyParts) : keys;
    for (const QString &key : selected) {
        if (!keys.contains(key)) {
            std::fprintf(stderr, "unknown scenario \"%s\" (known: %s)\n", qPrintable(key),
                         qPrintable(keys.join(u", "_s)));
            return 2;
        }
    }

    QTemporaryDir work(QDir::tempPath() + u"/fedibell-hostile-XXXXXX"_s);
    if (!work.isValid()) {
        std::fprintf(stderr, "cannot create a work directory\n");
        return 2;
    }
    work.setAutoRemove(!parser.isSet(keep));
    options.workRoot = work.path();
    if (parser.isSet(keep))
        progress(u"work directory: %1"_s.arg(work.path()));

    QList<Row> rows;
    for (const Scenario &scenario : allScenarios()) {
        if (selected.contains(scenario.key))
            rows += scenario.run(options);
    }

    std::printf("\nfedibell hostile-server benchmark, %s, %s, %d CPUs, Qt %s, load average %s\n",
                qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()),
                QThread::idealThreadCount(), qVersion(), qPrintable(loadAverage()));
    std::printf("Targets: peak RSS (VmHWM) <= %.0f MB in every scenario; a 1 MB message < %.0f ms "
                "of CPU.\n\n",
                kPeakTargetMb, kHostileMessageCpuTargetMs);
    std::printf("%s", qPrintable(markdownTable(rows)));
    std::fflush(stdout);

    const bool allWorked =
        std::all_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.worked; });
    const bool allMet =
        std::all_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.meetsTargets(); });
    return allWorked && (allMet || !parser.isSet(strict)) ? 0 : 1;
}
