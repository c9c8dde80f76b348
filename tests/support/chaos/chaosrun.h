// A chaos run: the real fedibell binary (headless) watches a fake instance that posts many
// direct messages over many conversations while it misbehaves at random (socket drops, stalls,
// streaming restarts of several seconds, 5xx, 429, garbage frames, a stream that silently
// stops delivering, DMs filtered into message requests and requests accepted), and fedibell
// itself is killed with SIGKILL and started again several times. Everything follows one seed.
// The report says whether every message was told exactly once and, within its conversation,
// in order. tst_chaos runs it with 1,000 messages; bench/chaos with 10,000.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace chaos {

struct Plan
{
    quint32 seed = 1;
    int messages = 1000;
    int conversations = 80;
    int faults = 60;         // besides the kills
    int kills = 4;           // SIGKILLs of fedibell, each followed by a new start
    int postIntervalMs = 35; // between two messages, on average
    int filteredPercent = 5; // of the messages: from strangers, filtered into requests
    int settleTimeoutMs = 40000;
    QString fedibellBinary;
    QString workDirectory;   // fedibell's home, state and token file; must exist
    bool verboseLog = false; // fedibell's info log in stderr.log, the run's own in chaos.log
};

struct Report
{
    bool passed() const { return problems.isEmpty(); }
    QString summary() const;

    QStringList problems; // the first few of each kind, with ids
    int posted = 0;
    int told = 0; // lines printed, duplicates included
    int duplicates = 0;
    int missing = 0;
    int outOfOrder = 0;
    int kills = 0;
    QMap<QString, int> faults; // by kind
    qint64 postingMs = 0;      // from the first message to the last
    qint64 settleMs = 0;       // from the last message until every message was told
    qint64 medianLatencyMs = 0;
    qint64 worstLatencyMs = 0; // from posting a message to its line, over all messages
    qint64 peakRssKb = 0;      // fedibell's VmHWM, the highest of its runs
};

// Runs the plan in this thread's event loop (a QCoreApplication must exist).
Report run(const Plan &plan);

} // namespace chaos
