#include "scenarios.h"

#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hostile {

bool Row::meetsTargets() const
{
    if (peakMb < 0 || peakMb > kPeakTargetMb)
        return false;
    return cpuTargetMs < 0 || (cpuMs >= 0 && cpuMs < cpuTargetMs);
}

QString Row::outcome() const
{
    QStringList parts;
    if (worked && problems.isEmpty())
        parts.append(notes.isEmpty() ? u"ok"_s : u"ok (%1)"_s.arg(notes));
    else
        parts.append(problems.isEmpty() ? u"failed"_s : problems.join(u"; "_s));
    if (peakMb > kPeakTargetMb) {
        parts.append(u"**peak over %1 MB** (RssAnon up to %2 MB)"_s.arg(kPeakTargetMb)
                         .arg(double(anonPeakKb) / 1024.0, 0, 'f', 1));
    }
    if (cpuTargetMs >= 0 && !(cpuMs >= 0 && cpuMs < cpuTargetMs))
        parts.append(u"**CPU not under %1 ms**"_s.arg(cpuTargetMs));
    return parts.join(u"; "_s);
}

QList<Scenario> allScenarios()
{
    return {
        {u"baseline"_s, u"connect, subscribe, one ordinary direct message"_s, runBaseline},
        {u"frame"_s, u"one huge WebSocket text message, then an ordinary one"_s, runHugeFrame},
        {u"body"_s, u"huge REST bodies on the catch-up endpoints"_s, runHugeBodies},
        {u"backlog"_s, u"catch-up of thousands of large messages over many pages"_s, runBacklog},
        {u"message"_s, u"1 MB messages of '&' and of '<'"_s, runHostileMessages},
        {u"pagination"_s, u"prev links that loop, a server that ignores min_id"_s,
         runPaginationFaults},
    };
}

QString withSeparators(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number);
}

void progress(const QString &text)
{
    std::fprintf(stderr, "[hostile] %s\n", qPrintable(text));
    std::fflush(stderr);
}

Reading startIdle(Stage &stage, Row &row)
{
    QString error;
    if ((!stage.isOpen() && !stage.open(&error))
        || !stage.startSubscribed(kSubscribeTimeoutMs, &error)) {
        row.problems.append(error.section(u'\n', 0, 0));
        progress(error);
        return {};
    }
    // The subscription is the last step of connecting: give the answers to it a moment.
    stage.waitUntil([] { return false; }, 500);
    const Reading idle = stage.read();
    row.idlePeakMb = idle.peakMb();
    stage.resetSampledPeak();
    return idle;
}

bool deliverOrdinaryMessage(Stage &stage, Row &row, const QString &what)
{
    const qsizetype before = stage.lineCount();
    const auto posted = stage.postMessage(u"<p>An ordinary message (%1).</p>"_s.arg(what));
    if (!stage.waitForLines(before + 1, kLineTimeoutMs)) {
        row.problems.append(stage.fedibellRunning() ? u"no line for %1 within %2 s"_s.arg(what).arg(
                                kLineTimeoutMs / 1000)
                                                    : u"fedibell exited"_s);
        progress(stage.diagnostics());
        return false;
    }
    const QJsonObject line = stage.jsonLines(before).constFirst();
    if (line.value("status_id"_L1).toString() != posted.statusId) {
        row.problems.append(u"the line after %1 is for another message"_s.arg(what));
        return false;
    }
    return true;
}

void finishRow(Stage &stage, Row &row, const Reading &before)
{
    if (!stage.fedibellRunning()) {
        if (!row.problems.contains(u"fedibell exited"_s))
            row.problems.append(u"fedibell exited"_s);
        progress(stage.diagnostics());
        return;
    }
    const Reading after = stage.read();
    row.peakMb = after.peakMb();
    row.cpuMs = cpuMsBetween(before, after);
    row.anonPeakKb = stage.sampledAnonPeakKb();
    row.worked = row.problems.isEmpty();
}

} // namespace hostile
