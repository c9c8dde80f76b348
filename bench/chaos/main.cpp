// The chaos test's long mode: 10,000 direct messages over 400 conversations through about 600
// random faults and 10 SIGKILLs of the real `fedibell --headless` (see tests/tst_chaos.cpp and
// tests/support/chaos). One iteration; the counters say what happened:
//
//   build/bench/chaos/fedibell-chaos-bench [--benchmark_filter=...]
//   FEDIBELL_CHAOS_SEED=N replays a plan; FEDIBELL_CHAOS_KEEP=1 keeps the logs.
#include "chaosrun.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

void chaosLongMode(benchmark::State &state)
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("FEDIBELL_CHAOS_SEED").toUInt(&given);
    chaos::Plan plan;
    plan.seed = given ? seed : QRandomGenerator::system()->generate();
    plan.messages = int(state.range(0));
    plan.conversations = 400;
    plan.faults = plan.messages / 16;
    plan.kills = 10;
    plan.postIntervalMs = 20;
    plan.settleTimeoutMs = 60000;
    plan.fedibellBinary = QStringLiteral(FEDIBELL_BINARY);
    chaos::Report report;
    for (auto _ : state) {
        QTemporaryDir home;
        home.setAutoRemove(qEnvironmentVariableIsEmpty("FEDIBELL_CHAOS_KEEP"));
        plan.workDirectory = home.path();
        plan.verboseLog = !home.autoRemove();
        report = chaos::run(plan);
    }
    int faults = 0;
    for (const int count : report.faults) {
        faults += count;
    }
    state.counters["seed"] = plan.seed;
    state.counters["posted"] = report.posted;
    state.counters["lines"] = report.told;
    state.counters["duplicates"] = report.duplicates;
    state.counters["missing"] = report.missing;
    state.counters["out_of_order"] = report.outOfOrder;
    state.counters["faults"] = faults;
    state.counters["kills"] = report.kills;
    state.counters["settle_ms"] = double(report.settleMs);
    state.counters["latency_median_ms"] = double(report.medianLatencyMs);
    state.counters["latency_worst_ms"] = double(report.worstLatencyMs);
    state.counters["peak_rss_kB"] = double(report.peakRssKb);
    std::fprintf(stderr, "seed %u: %s\n", plan.seed, qPrintable(report.summary()));
    for (const QString &problem : report.problems) {
        std::fprintf(stderr, "  %s\n", qPrintable(problem));
    }
    if (!report.passed()) {
        state.SkipWithError("not every message was told exactly once and in order");
    }
}

BENCHMARK(chaosLongMode)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
