#include "procstats.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bench {

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files report size 0: read until the end.
    return file.readAll();
}

/// The value of "Key:   value kB" in a /proc status file, -1 if absent.
qint64 statusField(const QByteArray &status, const QByteArray &key)
{
    for (const QByteArray &line : status.split('\n')) {
        if (!line.startsWith(key) || line.size() <= key.size() || line.at(key.size()) != ':')
            continue;
        const QList<QByteArray> words = line.mid(key.size() + 1).simplified().split(' ');
        bool ok = false;
        const qint64 value = words.value(0).toLongLong(&ok);
        return ok ? value : -1;
    }
    return -1;
}

} // namespace

qint64 monotonicNs()
{
    timespec now = {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

CpuTimes cpuTimes(qint64 pid)
{
    CpuTimes times;
    clockid_t clock = 0;
    timespec value = {};
    if (::clock_getcpuclockid(pid_t(pid), &clock) == 0 && ::clock_gettime(clock, &value) == 0)
        times.clockNs = qint64(value.tv_sec) * 1'000'000'000 + value.tv_nsec;

    // Fields after the command name (which may contain spaces and parentheses): state is
    // field 3, utime field 14, stime field 15.
    const QByteArray stat = readProcFile(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return times;
    const QList<QByteArray> fields = stat.mid(end + 2).split(' ');
    constexpr int utimeIndex = 14 - 3;
    constexpr int stimeIndex = 15 - 3;
    bool userOk = false;
    bool systemOk = false;
    const qint64 user = fields.value(utimeIndex).toLongLong(&userOk);
    const qint64 system = fields.value(stimeIndex).toLongLong(&systemOk);
    if (userOk && systemOk)
        times.ticks = user + system;
    return times;
}

double msPerTick()
{
    const long perSecond = ::sysconf(_SC_CLK_TCK);
    return perSecond > 0 ? 1000.0 / double(perSecond) : 10.0;
}

Resident resident(qint64 pid)
{
    const QByteArray status = readProcFile(u"/proc/%1/status"_s.arg(pid));
    return {statusField(status, "VmRSS"), statusField(status, "RssAnon"),
            statusField(status, "RssFile"), statusField(status, "VmHWM")};
}

qint64 contextSwitches(qint64 pid)
{
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (threads.isEmpty())
        return -1;
    qint64 total = 0;
    for (const QString &thread : threads) {
        const QByteArray status = readProcFile(tasks.filePath(thread + u"/status"_s));
        const qint64 voluntary = statusField(status, "voluntary_ctxt_switches");
        const qint64 involuntary = statusField(status, "nonvoluntary_ctxt_switches");
        if (voluntary >= 0 && involuntary >= 0)
            total += voluntary + involuntary;
    }
    return total;
}

} // namespace bench
