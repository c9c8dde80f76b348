// The scenarios of the hostile-server benchmark. Each runs a fresh fake instance and a fresh
// fedibell process (see README.md) and gives back one row of the table.
#pragma once

#include "stage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hostile {

/// fedibell's peak resident memory (VmHWM) must stay at or under this in every scenario.
constexpr double kPeakTargetMb = 64.0;
/// CPU one 1 MB hostile message may cost.
constexpr double kHostileMessageCpuTargetMs = 50.0;

struct Row
{
    QString scenario;
    double idlePeakMb = -1; ///< VmHWM once connected and subscribed, before the hostile part
    double peakMb = -1;     ///< VmHWM at the end of the scenario
    double cpuMs = -1;      ///< fedibell's CPU over the scenario's measured phase
    double cpuTargetMs = -1;
    bool worked = false;    ///< fedibell survived and did what the scenario checks
    QStringList problems;   ///< what went wrong, in a few words each
    QString notes;          ///< what happened, when it worked
    qint64 anonPeakKb = -1; ///< the highest RssAnon sampled (every 5 ms) during the scenario

    bool meetsTargets() const;
    /// "ok", "ok (notes)", or the problems and missed targets.
    QString outcome() const;
};

/// One scenario: a key for --only, and the function that runs it.
struct Scenario
{
    QString key;
    QString description;
    QList<Row> (*run)(const Options &);
};

QList<Scenario> allScenarios();

// scenarios_stream.cpp
QList<Row> runBaseline(const Options &options);
QList<Row> runHugeFrame(const Options &options);
QList<Row> runHostileMessages(const Options &options);

// scenarios_rest.cpp
QList<Row> runHugeBodies(const Options &options);
QList<Row> runBacklog(const Options &options);
QList<Row> runPaginationFaults(const Options &options);

// ---- shared by the scenarios (scenarios.cpp) -------------------------------------------------

/// Bounds of the waits, in milliseconds.
constexpr int kSubscribeTimeoutMs = 15000;
constexpr int kLineTimeoutMs = 15000;
/// After a line appears, fedibell may still be busy with that message for a moment.
constexpr int kSettleMs = 300;

/// 1,000,000: numbers as the table shows them.
QString withSeparators(qint64 number);
/// Progress on standard error.
void progress(const QString &text);
/// Opens \a stage (unless it is open), starts fedibell, waits for its subscription, lets it settle
/// and records the idle peak in \a row. Returns the idle reading; on failure row.problems says why
/// and the reading's cpuNs is -1.
Reading startIdle(Stage &stage, Row &row);
/// Posts an ordinary direct message on the stream and waits for its line: true if it came.
bool deliverOrdinaryMessage(Stage &stage, Row &row, const QString &what);
/// Completes \a row from a last reading: peak, CPU since \a before, and whether fedibell is
/// still running.
void finishRow(Stage &stage, Row &row, const Reading &before);

} // namespace hostile
