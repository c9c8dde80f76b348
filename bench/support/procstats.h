// What /proc and the kernel's CPU clocks tell about another process of the same user.
#pragma once

#include <QtGlobal>

namespace bench {

/// CLOCK_MONOTONIC in nanoseconds: comparable between processes of one machine.
qint64 monotonicNs();

struct CpuTimes
{
    /// User + system time of all threads (live and exited), from the kernel's per-process CPU
    /// clock (clock_getcpuclockid): nanosecond resolution. -1 if unavailable.
    qint64 clockNs = -1;
    /// utime + stime from /proc/PID/stat, in clock ticks (sysconf(_SC_CLK_TCK), usually 100 per
    /// second, so 10 ms each). -1 if unavailable.
    qint64 ticks = -1;

    bool isValid() const { return clockNs >= 0 && ticks >= 0; }
};

CpuTimes cpuTimes(qint64 pid);
/// Milliseconds per clock tick.
double msPerTick();
/// Resident memory from /proc/PID/status, in kB (-1 if unavailable).
struct Resident
{
    qint64 totalKb = -1; ///< VmRSS
    qint64 anonKb = -1;  ///< RssAnon: heap, stacks, private data
    qint64 fileKb = -1;  ///< RssFile: mapped files, mostly shared libraries
    qint64 peakKb = -1;  ///< VmHWM: the highest VmRSS since the process started (or exec'd)
};
Resident resident(qint64 pid);
/// Voluntary + involuntary context switches summed over the live threads of \a pid (each one
/// is a wake-up or a preemption), -1 if unavailable.
qint64 contextSwitches(qint64 pid);

} // namespace bench
