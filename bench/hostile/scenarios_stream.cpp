// Scenarios that arrive over the WebSocket: the baseline, one huge text message, and 1 MB
// messages built to make an HTML-to-text conversion slow.
#include "scenarios.h"

using namespace Qt::StringLiterals;

namespace hostile {

namespace {

constexpr int kDisconnectTimeoutMs = 30000;
/// The reconnect backoff starts at 1 s (with jitter) and doubles: a few tries fit.
constexpr int kReconnectTimeoutMs = 30000;

/// A text message of \a bytes that starts like a stream event, so that nothing can tell it
/// apart from a real one before it has all arrived.
QByteArray hugeEventFrame(qint64 bytes)
{
    QByteArray frame = R"({"stream":["direct"],"event":"conversation","payload":")";
    const QByteArray end = R"("})";
    const qint64 padding = std::max<qint64>(0, bytes - frame.size() - end.size());
    frame.reserve(qsizetype(bytes));
    frame.append(QByteArray(qsizetype(padding), 'x'));
    frame.append(end);
    return frame;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

QList<Row> runBaseline(const Options &options)
{
    Row row;
    row.scenario = u"1. baseline: one ordinary DM"_s;
    progress(row.scenario);
    Stage stage(options, u"baseline"_s);
    const Reading idle = startIdle(stage, row);
    if (idle.cpuNs < 0)
        return {row};
    if (deliverOrdinaryMessage(stage, row, u"the DM"_s)) {
        stage.waitUntil([] { return false; }, kSettleMs);
        row.notes = u"line for the DM"_s;
    }
    finishRow(stage, row, idle);
    return {row};
}

QList<Row> runHugeFrame(const Options &options)
{
    Row row;
    row.scenario = u"2. WebSocket text message of %1 MB"_s.arg(megabytes(options.frameBytes));
    progress(row.scenario);
    Stage stage(options, u"frame"_s);
    const Reading idle = startIdle(stage, row);
    if (idle.cpuNs < 0)
        return {row};

    fake::FakeInstance &server = stage.server();
    const int subscriptionsBefore = stage.directSubscriptions();
    // QWebSocket sends it as one message in fragments of its outgoing frame size (512 KiB):
    // fedibell sees the message grow fragment by fragment.
    server.sendRawFrame(hugeEventFrame(options.frameBytes));
    // A new subscription means that fedibell dropped the connection and connected again.
    const bool reconnected =
        stage.waitForSubscription(subscriptionsBefore, kDisconnectTimeoutMs + kReconnectTimeoutMs);
    if (!reconnected && stage.fedibellRunning()) {
        row.problems.append(server.connectedClients() > 0
                                ? u"connection kept open, no new subscription"_s
                                : u"dropped, but no new subscription"_s);
    }
    if (stage.fedibellRunning() && deliverOrdinaryMessage(stage, row, u"the DM after it"_s)) {
        stage.waitUntil([] { return false; }, kSettleMs);
        row.notes = u"dropped, reconnected, next DM printed"_s;
    }
    finishRow(stage, row, idle);
    return {row};
}

QList<Row> runHostileMessages(const Options &options)
{
    struct Variant
    {
        QString name;
        char filler;
    };
    const QList<Variant> variants = {
        {u"5a. DM of %1 '&' without ';'"_s, '&'},
        {u"5b. DM of %1 '<' without '>'"_s, '<'},
    };
    QList<Row> rows;
    for (const Variant &variant : variants) {
        Row row;
        row.scenario = variant.name.arg(withSeparators(options.hostileMessageChars));
        row.cpuTargetMs = kHostileMessageCpuTargetMs;
        progress(row.scenario);
        Stage stage(options, u"message-%1"_s.arg(rows.size() + 1));
        const Reading idle = startIdle(stage, row);
        if (idle.cpuNs < 0) {
            rows.append(row);
            continue;
        }
        const qsizetype before = stage.lineCount();
        const Reading beforeMessage = stage.read();
        const QString html(options.hostileMessageChars, QLatin1Char(variant.filler));
        stage.postMessage(html);
        if (stage.waitForLines(before + 1, kLineTimeoutMs)) {
            stage.waitUntil([] { return false; }, kSettleMs);
            const QString text = stage.jsonLines(before).constFirst().value("text"_L1).toString();
            row.notes = u"line printed, text of %1 chars"_s.arg(text.size());
        } else {
            row.problems.append(stage.fedibellRunning()
                                    ? u"no line within %1 s"_s.arg(kLineTimeoutMs / 1000)
                                    : u"fedibell exited"_s);
        }
        finishRow(stage, row, beforeMessage);
        rows.append(row);
    }
    return rows;
}

} // namespace hostile
