// fedibell-e2e-bench: the real fedibell binary against the demo instance, both as separate
// processes on 127.0.0.1, measured from outside (see README.md next to this file). Prints one
// markdown table with the targets of the performance issue.
//
//   fedibell-e2e-bench [--quick] [--desktop] [--direct-only] [--strict] ...

#include "childprocess.h"
#include "procstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using bench::ChildProcess;
using bench::LinePipe;
using bench::monotonicNs;

constexpr auto kToken = "bench-token"_L1;
constexpr qint64 kNsPerMs = 1'000'000;
/// fedibell's default ledger batching window (monitorsettings.h) plus a margin: the CPU of a
/// burst is read this long after its last line, so that it includes the ledger's write.
constexpr int kLedgerSettleMs = 2000 + 1000;

void progress(const QString &text)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(text));
    std::fflush(stderr);
}

double mib(qint64 kb)
{
    return kb < 0 ? -1.0 : double(kb) / 1024.0;
}

QString formatResident(const bench::Resident &resident)
{
    return u"%1 MiB (anon %2, files %3)"_s.arg(QString::number(mib(resident.totalKb), 'f', 1),
                                               QString::number(mib(resident.anonKb), 'f', 1),
                                               QString::number(mib(resident.fileKb), 'f', 1));
}

QString formatMs(double ms)
{
    if (ms < 0)
        return u"?"_s;
    if (ms < 1.0)
        return u"%1 ms"_s.arg(ms, 0, 'f', 3);
    if (ms < 100.0)
        return u"%1 ms"_s.arg(ms, 0, 'f', 1);
    return u"%1 ms"_s.arg(ms, 0, 'f', 0);
}

/// Nearest-rank percentile (p in 0..1) of the ascending values \a sorted.
double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

struct Options
{
    QString fedibell;
    QString demo;
    QString workRoot;
    bool desktop = false;
    bool mentions = true;
    bool strict = false;
    int startRuns = 5;
    int idleWindowMs = 60000;
    int burstCount = 5000;
    int latencyCount = 200;
    int latencySpacingMs = 50;
};

/// A fresh demo instance and a fresh fedibell with a state directory of its own.
class Session
{
public:
    Session(const Options &options, const QString &name, bool desktop)
        : m_options(options)
        , m_desktop(desktop)
        , m_dir(QDir(options.workRoot).filePath(name))
    {}

    ~Session() { stop(); }

    /// Starts the demo, asks it to report the subscription, starts fedibell and waits for the
    /// subscription. *startToSubscribedNs: from just before fedibell's start to the moment the
    /// demo saw the last of its streams subscribed.
    bool launch(qint64 *startToSubscribedNs, QString *error)
    {
        for (const auto &sub : {"home"_L1, "data"_L1, "config"_L1, "cache"_L1, "run"_L1}) {
            if (!QDir().mkpath(path(sub))) {
                *error = u"cannot create %1"_s.arg(path(sub));
                return false;
            }
        }
        QFile::setPermissions(path(u"run"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        m_demo = std::make_unique<ChildProcess>(
            m_options.demo,
            QStringList{u"--port"_s, u"0"_s, u"--interval-ms"_s, u"0"_s, u"--token"_s, kToken,
                        u"--control"_s},
            QProcessEnvironment::systemEnvironment(), path(u"demo.log"_s), true);
        if (!m_demo->start(error))
            return false;
        const qsizetype banner =
            m_demo->output().waitForPrefix("Demo instance listening on ", 0, 10000);
        if (banner < 0) {
            *error = u"the demo instance did not start: %1"_s.arg(m_demo->stderrTail());
            return false;
        }
        m_url = QString::fromUtf8(m_demo->output().lines(banner).constFirst().text.mid(27));

        const qsizetype from = m_demo->output().count();
        QByteArray wait = "wait-subscribed direct";
        if (m_options.mentions)
            wait += " user:notification";
        if (!demoCommand(wait)) {
            *error = u"cannot talk to the demo instance"_s;
            return false;
        }

        QStringList arguments{u"--instance"_s, m_url};
        if (m_desktop)
            arguments.append(u"--minimized"_s);
        else
            arguments.prepend(u"--headless"_s);
        if (m_options.mentions)
            arguments.append(u"--mentions"_s);
        m_fedibell = std::make_unique<ChildProcess>(
            m_options.fedibell, arguments, fedibellEnvironment(), path(u"fedibell.log"_s), false);
        if (!m_fedibell->start(error))
            return false;
        // Up to 15 s, in slices, so that a fedibell that exits is noticed at once.
        qsizetype answer = -1;
        for (int slice = 0; slice < 150 && answer < 0; ++slice) {
            answer = m_demo->output().waitForPrefix("subscribed ", from, 100);
            if (answer < 0 && !m_fedibell->isRunning()) {
                *error = u"fedibell exited before subscribing"_s;
                return false;
            }
        }
        if (answer < 0) {
            *error = u"fedibell did not subscribe within 15 s"_s;
            return false;
        }
        const qint64 subscribedNs =
            m_demo->output().lines(answer).constFirst().text.mid(11).toLongLong();
        *startToSubscribedNs = subscribedNs - m_fedibell->startedAtNs();
        return true;
    }

    bool demoCommand(const QByteArray &line) { return m_demo && m_demo->writeLine(line); }

    ChildProcess &demo() { return *m_demo; }
    ChildProcess &fedibell() { return *m_fedibell; }
    qint64 fedibellPid() const { return m_fedibell ? m_fedibell->pid() : 0; }

    QProcessEnvironment fedibellEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, path(u"home"_s));
        environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, path(u"run"_s));
        environment.insert(u"FEDIBELL_ACCESS_TOKEN"_s, kToken);
        if (m_desktop)
            environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        if (m_desktop)
            environment.insert(u"FEDIBELL_MEASURE_STALLS"_s, u"1"_s);
        return environment;
    }

    /// Both processes' last log lines, for error messages.
    QString diagnostics() const
    {
        QString text;
        const auto add = [&text](const char *name, const ChildProcess *child) {
            if (!child)
                return;
            const QString tail = child->stderrTail();
            text += u"\n--- %1 stderr (%2):\n%3"_s.arg(QLatin1StringView(name), child->stderrFile(),
                                                       tail.isEmpty() ? u"(empty)"_s : tail);
        };
        add("fedibell", m_fedibell.get());
        add("demo", m_demo.get());
        return text;
    }

    /// Whether fedibell is still running; if not, says so in *error.
    bool fedibellAlive(QString *error)
    {
        if (m_fedibell && m_fedibell->isRunning())
            return true;
        *error = u"fedibell exited"_s + diagnostics();
        return false;
    }

    void stop()
    {
        if (m_fedibell)
            m_fedibell->stop();
        if (m_demo) {
            demoCommand("quit");
            m_demo->stop(3000);
        }
    }

private:
    QString path(const QString &sub) const { return QDir(m_dir).filePath(sub); }

    const Options &m_options;
    bool m_desktop;
    QString m_dir;
    QString m_url;
    std::unique_ptr<ChildProcess> m_demo;
    std::unique_ptr<ChildProcess> m_fedibell;
};

// ---- results -----------------------------------------------------------------------------

struct StartResult
{
    QList<double> ms;
    QString error;
};

struct IdleResult
{
    bench::Resident rss;
    double cpuMsPerMinute = -1;     ///< CPU clock, ns resolution
    double tickCpuMsPerMinute = -1; ///< /proc/PID/stat ticks
    double switchesPerMinute = -1;  ///< context switches
    int windowMs = 0;
    QString error;
};

struct BurstResult
{
    double cpuS = -1;       ///< to the last line plus the ledger's settle time
    double cpuToLastS = -1; ///< to the last line
    double tickCpuS = -1;
    double wallS = -1;     ///< from "burst" to the last line read
    double demoPostS = -1; ///< the demo's own time to post everything
    bench::Resident rssAfter;
    qsizetype lines = 0;
    qsizetype distinct = 0;
    qsizetype repeated = 0;
    qsizetype withoutConversation = 0;
    QString error;
};

struct LatencyResult
{
    QList<double> ms; ///< sorted
    /// The demo's "clock" answers, stamped by the idle demo right before it writes them and
    /// read the same way: what one line through a pipe into this process costs (sorted).
    QList<double> pipeMs;
    QString error;
};

struct DesktopResult
{
    bool ran = false;
    bench::Resident rss;
    bench::Resident rssAfter;
    double burstCpuS = -1;
    double settleS = -1;
    int displayed = -1;
    int waiting = -1;
    int history = -1;
    int popups = -1; ///< all three, minus what was there before the burst
    int trayUnread = -1;
    int longestStallMs = -1; ///< from the app's own stall meter (FEDIBELL_MEASURE_STALLS)
    QStringList summaries;
    QString error;
};

// ---- tools -------------------------------------------------------------------------------

/// Runs \a program to completion (bounded by \a timeoutMs); returns its exit code, or -1.
int runTool(const QString &program, const QStringList &arguments, QByteArray *output,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            int timeoutMs = 10000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int dunstCount(const QString &what)
{
    QByteArray output;
    if (runTool(u"dunstctl"_s, {u"count"_s, what}, &output) != 0)
        return -1;
    bool ok = false;
    const int count = output.trimmed().toInt(&ok);
    return ok ? count : -1;
}

void sleepMs(int ms)
{
    QThread::msleep(ulong(ms));
}

// ---- phases ------------------------------------------------------------------------------

StartResult measureStart(const Options &options)
{
    StartResult result;
    for (int run = 1; run <= options.startRuns; ++run) {
        Session session(options, u"start-%1"_s.arg(run), false);
        qint64 ns = 0;
        QString error;
        if (!session.launch(&ns, &error)) {
            result.error = error + session.diagnostics();
            return result;
        }
        result.ms.append(double(ns) / double(kNsPerMs));
        progress(u"start to subscribed, run %1/%2: %3"_s.arg(run)
                     .arg(options.startRuns)
                     .arg(formatMs(result.ms.constLast())));
    }
    std::sort(result.ms.begin(), result.ms.end());
    return result;
}

IdleResult measureIdle(const Options &options)
{
    IdleResult result;
    Session session(options, u"idle"_s, false);
    qint64 ns = 0;
    if (!session.launch(&ns, &result.error)) {
        result.error += session.diagnostics();
        return result;
    }
    progress(u"idle: connected, waiting 5 s"_s);
    sleepMs(5000);
    if (!session.fedibellAlive(&result.error))
        return result;
    const qint64 pid = session.fedibellPid();
    result.rss = bench::resident(pid);

    progress(u"idle: measuring CPU over %1 s"_s.arg(options.idleWindowMs / 1000));
    const bench::CpuTimes before = bench::cpuTimes(pid);
    const qint64 switchesBefore = bench::contextSwitches(pid);
    const qint64 startNs = monotonicNs();
    sleepMs(options.idleWindowMs);
    const bench::CpuTimes after = bench::cpuTimes(pid);
    const qint64 switchesAfter = bench::contextSwitches(pid);
    const double windowMs = double(monotonicNs() - startNs) / double(kNsPerMs);
    if (!session.fedibellAlive(&result.error))
        return result;
    if (!before.isValid() || !after.isValid()) {
        result.error = u"cannot read fedibell's CPU times"_s;
        return result;
    }
    const double perMinute = 60000.0 / windowMs;
    result.windowMs = int(windowMs);
    result.cpuMsPerMinute = double(after.clockNs - before.clockNs) / double(kNsPerMs) * perMinute;
    result.tickCpuMsPerMinute = double(after.ticks - before.ticks) * bench::msPerTick() * perMinute;
    if (switchesBefore >= 0 && switchesAfter >= 0)
        result.switchesPerMinute = double(switchesAfter - switchesBefore) * perMinute;
    return result;
}

BurstResult measureBurst(const Options &options)
{
    BurstResult result;
    Session session(options, u"burst"_s, false);
    qint64 ns = 0;
    if (!session.launch(&ns, &result.error)) {
        result.error += session.diagnostics();
        return result;
    }
    // Let the catch-up that follows every connect finish.
    sleepMs(1000);
    const qint64 pid = session.fedibellPid();
    LinePipe &lines = session.fedibell().output();
    const qsizetype before = lines.count();
    const qsizetype demoFrom = session.demo().output().count();
    const bench::CpuTimes cpu0 = bench::cpuTimes(pid);

    progress(u"burst: %1 messages"_s.arg(options.burstCount));
    const qint64 startNs = monotonicNs();
    if (!session.demoCommand("burst " + QByteArray::number(options.burstCount))) {
        result.error = u"cannot talk to the demo instance"_s;
        return result;
    }
    const bool complete = lines.waitForCount(before + options.burstCount, 120000);
    const bench::CpuTimes cpuLast = bench::cpuTimes(pid);
    if (!complete) {
        result.error = u"only %1 of %2 lines within 120 s"_s.arg(lines.count() - before)
                           .arg(options.burstCount)
                       + session.diagnostics();
        return result;
    }
    const QList<LinePipe::Line> received = lines.lines(before);
    result.wallS = double(received.at(options.burstCount - 1).readNs - startNs) / 1e9;

    const qsizetype done = session.demo().output().waitForPrefix("burst-done ", demoFrom, 60000);
    if (done >= 0) {
        const QList<QByteArray> words =
            session.demo().output().lines(done).constFirst().text.split(' ');
        result.demoPostS = double(words.value(3).toLongLong() - words.value(2).toLongLong()) / 1e9;
    }
    // The ledger writes in batches: include its last write (and any late duplicate line).
    sleepMs(kLedgerSettleMs);
    const bench::CpuTimes cpuSettled = bench::cpuTimes(pid);
    result.rssAfter = bench::resident(pid);
    if (!session.fedibellAlive(&result.error))
        return result;
    if (!cpu0.isValid() || !cpuLast.isValid() || !cpuSettled.isValid()) {
        result.error = u"cannot read fedibell's CPU times"_s;
        return result;
    }
    result.cpuToLastS = double(cpuLast.clockNs - cpu0.clockNs) / 1e9;
    result.cpuS = double(cpuSettled.clockNs - cpu0.clockNs) / 1e9;
    result.tickCpuS = double(cpuSettled.ticks - cpu0.ticks) * bench::msPerTick() / 1000.0;

    QSet<QString> ids;
    const QList<LinePipe::Line> all = lines.lines(before);
    result.lines = all.size();
    for (const LinePipe::Line &line : all) {
        const QJsonObject object = QJsonDocument::fromJson(line.text).object();
        const QString id = object.value("status_id"_L1).toString();
        if (id.isEmpty() || ids.contains(id))
            ++result.repeated;
        else
            ids.insert(id);
        if (object.value("conversation_id"_L1).isNull())
            ++result.withoutConversation;
    }
    result.distinct = ids.size();
    return result;
}

LatencyResult measureLatency(const Options &options)
{
    LatencyResult result;
    Session session(options, u"latency"_s, false);
    qint64 ns = 0;
    if (!session.launch(&ns, &result.error)) {
        result.error += session.diagnostics();
        return result;
    }
    sleepMs(1000);
    LinePipe &lines = session.fedibell().output();
    LinePipe &demoLines = session.demo().output();
    const qsizetype before = lines.count();
    const qsizetype demoFrom = demoLines.count();

    progress(u"latency: %1 messages, %2 ms apart"_s.arg(options.latencyCount)
                 .arg(options.latencySpacingMs));
    const qint64 firstNs = monotonicNs();
    for (int i = 0; i < options.latencyCount; ++i) {
        const qint64 dueNs = firstNs + qint64(i) * options.latencySpacingMs * kNsPerMs;
        const qint64 waitNs = dueNs - monotonicNs();
        if (waitNs > 0)
            QThread::usleep(ulong(waitNs / 1000));
        if (!session.demoCommand("one")) {
            result.error = u"cannot talk to the demo instance"_s;
            return result;
        }
    }
    if (!lines.waitForCount(before + options.latencyCount, 15000)) {
        result.error = u"only %1 of %2 lines within 15 s"_s.arg(lines.count() - before)
                           .arg(options.latencyCount)
                       + session.diagnostics();
        return result;
    }
    // The demo's answers: "sent <status id> <ns>".
    QHash<QByteArray, qint64> sentAt;
    const qint64 deadline = monotonicNs() + 5000 * kNsPerMs;
    while (monotonicNs() < deadline) {
        sentAt.clear();
        for (const LinePipe::Line &line : demoLines.lines(demoFrom)) {
            const QList<QByteArray> words = line.text.split(' ');
            if (words.size() == 3 && words.at(0) == "sent")
                sentAt.insert(words.at(1), words.at(2).toLongLong());
        }
        if (sentAt.size() >= options.latencyCount)
            break;
        sleepMs(50);
    }
    for (const LinePipe::Line &line : lines.lines(before)) {
        const QJsonObject object = QJsonDocument::fromJson(line.text).object();
        const QByteArray id = object.value("status_id"_L1).toString().toUtf8();
        const auto sent = sentAt.constFind(id);
        if (sent == sentAt.cend()) {
            result.error = u"a line for a message the demo did not report: %1"_s.arg(
                QString::fromUtf8(line.text.left(120)));
            return result;
        }
        result.ms.append(double(line.readNs - sent.value()) / double(kNsPerMs));
    }
    std::sort(result.ms.begin(), result.ms.end());

    // Calibration: one line through a pipe, from a process that does nothing else.
    for (int i = 0; i < options.latencyCount; ++i) {
        const qsizetype from = demoLines.count();
        if (!session.demoCommand("clock"))
            break;
        const qsizetype answer = demoLines.waitForPrefix("clock ", from, 2000);
        if (answer < 0)
            break;
        const LinePipe::Line line = demoLines.lines(answer).constFirst();
        result.pipeMs.append(double(line.readNs - line.text.mid(6).toLongLong())
                             / double(kNsPerMs));
        sleepMs(5);
    }
    std::sort(result.pipeMs.begin(), result.pipeMs.end());
    return result;
}

DesktopResult measureDesktop(const Options &options)
{
    DesktopResult result;
    result.ran = true;
    if (qEnvironmentVariableIsEmpty("DISPLAY")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || dunstCount(u"history"_s) < 0) {
        result.error = u"needs DISPLAY, a session bus and a running dunst: "
                       "run bench/e2e/run-desktop-bench.sh"_s;
        return result;
    }
    Session session(options, u"desktop"_s, true);
    qint64 ns = 0;
    if (!session.launch(&ns, &result.error)) {
        result.error += session.diagnostics();
        return result;
    }
    progress(u"desktop: connected, waiting 5 s"_s);
    sleepMs(5000);
    if (!session.fedibellAlive(&result.error))
        return result;
    const qint64 pid = session.fedibellPid();
    result.rss = bench::resident(pid);

    const int shownBefore =
        dunstCount(u"displayed"_s) + dunstCount(u"waiting"_s) + dunstCount(u"history"_s);
    const qsizetype demoFrom = session.demo().output().count();
    const bench::CpuTimes cpu0 = bench::cpuTimes(pid);
    progress(u"desktop: burst of %1 messages"_s.arg(options.burstCount));
    // Asking for the status starts the stall measurement over: only the burst counts.
    runTool(options.fedibell, {u"--status"_s}, nullptr, session.fedibellEnvironment());
    const qint64 startNs = monotonicNs();
    if (!session.demoCommand("burst " + QByteArray::number(options.burstCount))) {
        result.error = u"cannot talk to the demo instance"_s;
        return result;
    }
    if (session.demo().output().waitForPrefix("burst-done ", demoFrom, 120000) < 0) {
        result.error = u"the demo did not finish the burst within 120 s"_s + session.diagnostics();
        return result;
    }
    // No output tells when the app is done: wait until it has used less than 2 ms of CPU in
    // each of four 500 ms slices, at least the mention grace period plus the ledger's batching
    // window after the demo's last post, at most 120 s.
    const qint64 doneNs = monotonicNs();
    qint64 lastCpu = bench::cpuTimes(pid).clockNs;
    int quietSlices = 0;
    while (monotonicNs() - startNs < 120'000 * kNsPerMs) {
        sleepMs(500);
        const qint64 cpu = bench::cpuTimes(pid).clockNs;
        if (cpu < 0)
            break;
        quietSlices = (cpu - lastCpu < 2 * kNsPerMs) ? quietSlices + 1 : 0;
        lastCpu = cpu;
        if (quietSlices >= 4 && monotonicNs() - doneNs > 4000 * kNsPerMs)
            break;
    }
    const bench::CpuTimes cpuSettled = bench::cpuTimes(pid);
    result.settleS = double(monotonicNs() - startNs) / 1e9;
    if (!session.fedibellAlive(&result.error))
        return result;
    result.burstCpuS = double(cpuSettled.clockNs - cpu0.clockNs) / 1e9;
    result.rssAfter = bench::resident(pid);

    result.displayed = dunstCount(u"displayed"_s);
    result.waiting = dunstCount(u"waiting"_s);
    result.history = dunstCount(u"history"_s);
    result.popups = result.displayed + result.waiting + result.history - shownBefore;

    QByteArray status;
    runTool(options.fedibell, {u"--status"_s}, &status, session.fedibellEnvironment());
    const QRegularExpressionMatch unread =
        QRegularExpression(u"(\\d+) unread"_s).match(QString::fromUtf8(status));
    if (unread.hasMatch())
        result.trayUnread = unread.captured(1).toInt();
    const QRegularExpressionMatch stall =
        QRegularExpression(u"longest GUI stall since last asked: (\\d+) ms"_s)
            .match(QString::fromUtf8(status));
    if (stall.hasMatch())
        result.longestStallMs = stall.captured(1).toInt();

    // Closed popups land in the history, which tells what they said.
    runTool(u"dunstctl"_s, {u"close-all"_s}, nullptr);
    sleepMs(300);
    QByteArray history;
    if (runTool(u"dunstctl"_s, {u"history"_s}, &history) == 0) {
        const QJsonArray groups =
            QJsonDocument::fromJson(history).object().value("data"_L1).toArray();
        for (const auto &group : groups) {
            for (const auto &entry : group.toArray()) {
                const QString summary =
                    entry.toObject().value("summary"_L1).toObject().value("data"_L1).toString();
                result.summaries.append(summary);
            }
        }
    }
    return result;
}

// ---- report ------------------------------------------------------------------------------

struct Row
{
    QString figure;
    QString measured;
    QString target;
    QString verdict; ///< pass / fail / "" (no target) / error
};

QString verdict(bool ok)
{
    return ok ? u"pass"_s : u"**fail**"_s;
}

const QString kSkipped = u"skipped (--desktop-only)"_s;

/// The row of a phase that did not produce its figures.
Row missingRow(const QString &figure, const QString &error, const QString &target)
{
    if (error == kSkipped)
        return {figure, kSkipped, target, u"n/a"_s};
    return {figure, u"error: "_s + error.section(u'\n', 0, 0), target, u"error"_s};
}

QList<Row> tableRows(const Options &options, const StartResult &start, const IdleResult &idle,
                     const BurstResult &burst, const LatencyResult &latency,
                     const DesktopResult &desktop)
{
    QList<Row> rows;
    // Start.
    if (start.error.isEmpty()) {
        const double median = percentile(start.ms, 0.5);
        rows.append({u"Start to subscribed (headless, median of %1)"_s.arg(start.ms.size()),
                     u"%1 (min %2, max %3)"_s.arg(formatMs(median), formatMs(start.ms.constFirst()),
                                                  formatMs(start.ms.constLast())),
                     u"≤ 100 ms"_s, verdict(median <= 100.0)});
    } else {
        rows.append(missingRow(u"Start to subscribed (headless)"_s, start.error, u"≤ 100 ms"_s));
    }
    // Idle.
    if (idle.error.isEmpty()) {
        rows.append({u"Idle RSS (headless, connected + 5 s)"_s, formatResident(idle.rss),
                     u"≤ 14 MB"_s, verdict(mib(idle.rss.totalKb) <= 14.0)});
        rows.append({u"Idle CPU per minute (headless, %1 s window)"_s.arg(idle.windowMs / 1000),
                     u"%1 (ticks: %2; %3 wake-ups/min)"_s.arg(
                         formatMs(idle.cpuMsPerMinute), formatMs(idle.tickCpuMsPerMinute),
                         QString::number(idle.switchesPerMinute, 'f', 0)),
                     u"≤ 1 ms"_s, verdict(idle.cpuMsPerMinute <= 1.0)});
    } else {
        rows.append(
            missingRow(u"Idle RSS and CPU (headless)"_s, idle.error, u"≤ 14 MB, ≤ 1 ms/min"_s));
    }
    // Burst.
    const QString burstName = u"Burst of %1 (%2)"_s.arg(options.burstCount)
                                  .arg(options.mentions ? u"mention + conversation frames"_s
                                                        : u"conversation frames only"_s);
    if (burst.error.isEmpty()) {
        const double perMessageUs = burst.cpuS * 1e6 / double(options.burstCount);
        const double targetS = 0.08 * double(options.burstCount) / 5000.0;
        rows.append({burstName + u": fedibell CPU"_s,
                     u"%1 s (%2 µs/message; %3 s to the last line; ticks: %4 s)"_s.arg(
                         QString::number(burst.cpuS, 'f', 3), QString::number(perMessageUs, 'f', 1),
                         QString::number(burst.cpuToLastS, 'f', 3),
                         QString::number(burst.tickCpuS, 'f', 2)),
                     u"≤ %1 s"_s.arg(targetS, 0, 'f', 2), verdict(burst.cpuS <= targetS)});
        rows.append(
            {burstName + u": wall time to the last line"_s,
             u"%1 s (the demo took %2 s to post)"_s.arg(QString::number(burst.wallS, 'f', 2),
                                                        QString::number(burst.demoPostS, 'f', 2)),
             u"—"_s, QString()});
        const bool exact = burst.lines == options.burstCount && burst.distinct == options.burstCount
                           && burst.repeated == 0;
        rows.append({burstName + u": lines, distinct ids, repeated"_s,
                     u"%1, %2, %3 (%4 without conversation id)"_s.arg(burst.lines)
                         .arg(burst.distinct)
                         .arg(burst.repeated)
                         .arg(burst.withoutConversation),
                     u"%1, %1, 0"_s.arg(options.burstCount), verdict(exact)});
        rows.append({u"RSS after the burst (headless)"_s, formatResident(burst.rssAfter), u"—"_s,
                     QString()});
    } else {
        rows.append(missingRow(burstName, burst.error, u"≤ 0.08 s CPU"_s));
    }
    // Latency.
    if (latency.error.isEmpty()) {
        const QString name =
            u"Latency, %1 messages %2 ms apart (headless, upper bound)"_s.arg(latency.ms.size())
                .arg(options.latencySpacingMs);
        const double p50 = percentile(latency.ms, 0.5);
        const double p99 = percentile(latency.ms, 0.99);
        rows.append({name + u": p50"_s, formatMs(p50), u"≤ 0.2 ms"_s, verdict(p50 <= 0.2)});
        rows.append({name + u": p99"_s,
                     u"%1 (max %2)"_s.arg(formatMs(p99), formatMs(latency.ms.constLast())),
                     u"≤ 1 ms"_s, verdict(p99 <= 1.0)});
        rows.append({u"Latency: one line through a pipe into the bench (calibration), p50 / p99"_s,
                     u"%1 / %2"_s.arg(formatMs(percentile(latency.pipeMs, 0.5)),
                                      formatMs(percentile(latency.pipeMs, 0.99))),
                     u"—"_s, QString()});
    } else {
        rows.append(
            missingRow(u"Latency (headless)"_s, latency.error, u"≤ 0.2 ms p50, ≤ 1 ms p99"_s));
    }
    // Desktop.
    if (!desktop.ran) {
        rows.append({u"Desktop figures"_s, u"not run (see run-desktop-bench.sh)"_s,
                     u"≤ 40 MB; 1 summary popup"_s, u"n/a"_s});
    } else if (!desktop.error.isEmpty()) {
        rows.append(missingRow(u"Desktop figures"_s, desktop.error, u"≤ 40 MB; 1 summary popup"_s));
    } else {
        rows.append({u"Desktop idle RSS (Xvfb, tray, connected + 5 s)"_s,
                     formatResident(desktop.rss), u"≤ 40 MB"_s,
                     verdict(mib(desktop.rss.totalKb) <= 40.0)});
        // README: a flood becomes one summary popup after five per-conversation popups.
        rows.append({u"Desktop burst of %1: popups shown"_s.arg(options.burstCount),
                     u"%1 (on screen %2, waiting %3, closed %4)"_s.arg(desktop.popups)
                         .arg(desktop.displayed)
                         .arg(desktop.waiting)
                         .arg(desktop.history),
                     u"1 summary (+ ≤ 5 before the flood limit)"_s,
                     verdict(desktop.popups >= 1 && desktop.popups <= 6)});
        rows.append({u"Desktop burst of %1: tray unread count"_s.arg(options.burstCount),
                     desktop.trayUnread < 0 ? u"? (--status gave no count)"_s
                                            : QString::number(desktop.trayUnread),
                     QString::number(options.burstCount),
                     verdict(desktop.trayUnread == options.burstCount)});
        rows.append(
            {u"Desktop burst: CPU until quiet, RSS after"_s,
             u"%1 s CPU (quiet after %2 s), %3"_s.arg(QString::number(desktop.burstCpuS, 'f', 3),
                                                      QString::number(desktop.settleS, 'f', 1),
                                                      formatResident(desktop.rssAfter)),
             u"—"_s, QString()});
    }
    if (desktop.longestStallMs < 0) {
        rows.append({u"Desktop: longest GUI-thread stall in a burst"_s,
                     u"not measured (desktop not run, or no stall meter)"_s, u"≤ 50 ms"_s,
                     u"n/a"_s});
    } else {
        rows.append({u"Desktop: longest GUI-thread stall in a burst"_s,
                     u"%1 ms (the app's 10 ms timer, lateness)"_s.arg(desktop.longestStallMs),
                     u"≤ 50 ms"_s, verdict(desktop.longestStallMs <= 50)});
    }
    return rows;
}

QString markdownTable(const QList<Row> &rows)
{
    QString table = u"| Figure | Measured | Target | Result |\n|---|---|---|---|\n"_s;
    for (const Row &row : rows) {
        table += u"| %1 | %2 | %3 | %4 |\n"_s.arg(row.figure, row.measured, row.target,
                                                  row.verdict.isEmpty() ? u"—"_s : row.verdict);
    }
    return table;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromUtf8(file.readAll().trimmed().split(' ').mid(0, 3).join(' '));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fedibell-e2e-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"End-to-end benchmark: the real fedibell against the demo instance on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Idle CPU over 10 s instead of 60 s (scaled)."_s);
    const QCommandLineOption desktop(
        u"desktop"_s, u"Also measure the desktop app (needs run-desktop-bench.sh around it)."_s);
    const QCommandLineOption desktopOnly(u"desktop-only"_s, u"Only the desktop figures."_s);
    const QCommandLineOption directOnly(
        u"direct-only"_s, u"Run fedibell without --mentions: one frame per message, not two."_s);
    const QCommandLineOption strict(u"strict"_s, u"Exit with 1 when a target is missed."_s);
    const QCommandLineOption burst(u"burst"_s, u"Messages in the burst (default 5000)."_s, u"N"_s,
                                   u"5000"_s);
    const QCommandLineOption fedibell(u"fedibell"_s, u"The fedibell binary."_s, u"PATH"_s,
                                      QStringLiteral(FEDIBELL_BINARY));
    const QCommandLineOption demo(u"demo-instance"_s, u"The fedibell-demo-instance binary."_s,
                                  u"PATH"_s, QStringLiteral(FEDIBELL_DEMO_BINARY));
    const QCommandLineOption keep(u"keep"_s, u"Keep the work directory (logs, state)."_s);
    parser.addOptions(
        {quick, desktop, desktopOnly, directOnly, strict, burst, fedibell, demo, keep});
    parser.process(app);

    Options options;
    options.fedibell = parser.value(fedibell);
    options.demo = parser.value(demo);
    options.desktop = parser.isSet(desktop) || parser.isSet(desktopOnly);
    options.mentions = !parser.isSet(directOnly);
    options.strict = parser.isSet(strict);
    options.idleWindowMs = parser.isSet(quick) ? 10000 : 60000;
    bool ok = false;
    options.burstCount = parser.value(burst).toInt(&ok);
    if (!ok || options.burstCount < 1 || options.burstCount > 100000) {
        std::fprintf(stderr, "fedibell-e2e-bench: --burst must be 1 to 100000\n");
        return 2;
    }

    QTemporaryDir work(QDir::temp().filePath(u"fedibell-e2e-bench-XXXXXX"_s));
    if (!work.isValid()) {
        std::fprintf(stderr, "fedibell-e2e-bench: cannot create a work directory\n");
        return 1;
    }
    work.setAutoRemove(!parser.isSet(keep));
    options.workRoot = work.path();
    progress(u"work directory %1, load average %2"_s.arg(work.path(), loadAverage()));

    StartResult start;
    IdleResult idle;
    BurstResult burstResult;
    LatencyResult latency;
    DesktopResult desktopResult;
    if (parser.isSet(desktopOnly)) {
        start.error = idle.error = burstResult.error = latency.error = kSkipped;
    } else {
        start = measureStart(options);
        idle = measureIdle(options);
        burstResult = measureBurst(options);
        latency = measureLatency(options);
    }
    if (options.desktop)
        desktopResult = measureDesktop(options);

    const QList<Row> rows = tableRows(options, start, idle, burstResult, latency, desktopResult);
    bool anyError = false;
    bool anyFail = false;
    for (const QString *error :
         {&start.error, &idle.error, &burstResult.error, &latency.error, &desktopResult.error}) {
        if (!error->isEmpty() && *error != kSkipped) {
            anyError = true;
            std::fprintf(stderr, "\n[bench] error: %s\n", qPrintable(*error));
        }
    }
    if (anyError && !parser.isSet(keep))
        progress(u"the logs named above are deleted at exit: run with --keep to keep them"_s);
    for (const Row &row : rows)
        anyFail = anyFail || row.verdict == u"**fail**";
    if (!desktopResult.summaries.isEmpty()) {
        QStringList distinct = desktopResult.summaries;
        distinct.removeDuplicates();
        progress(u"desktop popups (dunst history, newest first): %1"_s.arg(
            distinct.mid(0, 8).join(u" | "_s)));
    }

    std::printf("\nfedibell end-to-end benchmark, %s, %s, %d CPUs, Qt %s, load average %s%s\n\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                qPrintable(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()),
                QThread::idealThreadCount(), qVersion(), qPrintable(loadAverage()),
                parser.isSet(quick) ? ", --quick" : "");
    std::printf("%s", qPrintable(markdownTable(rows)));
    std::fflush(stdout);
    if (anyError)
        return 1;
    return options.strict && anyFail ? 1 : 0;
}
