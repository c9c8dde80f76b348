// Scenarios that arrive over REST, where fedibell catches up: huge bodies, a long backlog of
// large messages, and pagination that goes round in circles.
#include "scenarios.h"

#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hostile {

namespace {

constexpr auto kNotificationsPath = "/api/v1/notifications"_L1;
constexpr auto kConversationsPath = "/api/v1/conversations"_L1;
constexpr auto kCatchUpFailed = "Catching up failed";
constexpr int kCatchUpFailureTimeoutMs = 60000;
constexpr int kBacklogTimeoutMs = 300000;
/// The backlog is done when no catch-up request came for this long.
constexpr int kQuietMs = 3000;
/// Mastodon's page sizes, which fedibell asks for: what a correct server needs for n items.
constexpr int kNotificationsPerPage = 80;
constexpr int kConversationsPerPage = 40;

int catchUpRequests(const fake::FakeInstance &server)
{
    return server.requestCount(kNotificationsPath) + server.requestCount(kConversationsPath);
}

/// Pages a correct server needs to hand \a items new messages to fedibell: the pages that
/// carry them and the empty one that says there is nothing more, for both lists.
int pagesNeeded(int items)
{
    const auto pages = [items](int perPage) { return (items + perPage - 1) / perPage + 1; };
    return pages(kNotificationsPerPage) + pages(kConversationsPerPage);
}

/// Why fedibell's catch-up failed, from its standard error, in a few words.
QString catchUpFailureReason(const QString &stderrTail)
{
    const qsizetype at = stderrTail.lastIndexOf(QLatin1StringView(kCatchUpFailed));
    if (at < 0)
        return {};
    const QString line = stderrTail.mid(at).section(u'\n', 0, 0);
    if (line.contains(u"too large"_s))
        return u"catch-up refused it: too large"_s;
    return u"catch-up failed: \u201c%1\u201d"_s.arg(
        line.mid(QByteArrayView(kCatchUpFailed).size() + 2, 80));
}

QString contentOfLength(int index, int chars)
{
    static const QString words =
        u"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. "_s;
    QString text = u"Backlog message %1. "_s.arg(index);
    while (text.size() < chars)
        text += words;
    text.truncate(chars);
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

QList<Row> runHugeBodies(const Options &options)
{
    struct Variant
    {
        QString name;
        QStringList paths;
        fake::BodyFraming framing;
    };
    const QString size = QString::number(options.bodyBytes / 1'000'000);
    const QList<Variant> variants = {
        {u"3a. REST body of %1 MB, no Content-Length, on notifications"_s.arg(size),
         {kNotificationsPath},
         fake::BodyFraming::UntilClose},
        {u"3b. REST body of %1 MB, no Content-Length, on conversations"_s.arg(size),
         {kConversationsPath},
         fake::BodyFraming::UntilClose},
        {u"3c. REST body of %1 MB in Content-Length, on both"_s.arg(size),
         {kNotificationsPath, kConversationsPath},
         fake::BodyFraming::ContentLength},
        {u"3d. REST body of %1 MB deflated (%2 kB sent), on both"_s.arg(size).arg(
             qCompress(QByteArray(qsizetype(options.bodyBytes), 'x'), 9).size() / 1024),
         {kNotificationsPath, kConversationsPath},
         fake::BodyFraming::Deflated},
    };
    QList<Row> rows;
    for (const Variant &variant : variants) {
        Row row;
        row.scenario = variant.name;
        progress(row.scenario);
        Stage stage(options, u"body-%1"_s.arg(rows.size() + 1));
        const Reading idle = startIdle(stage, row);
        if (idle.cpuNs < 0) {
            rows.append(row);
            continue;
        }
        for (const QString &path : variant.paths)
            stage.server().setLargeBody(path, options.bodyBytes, variant.framing);
        const int failuresBefore = stage.stderrCount(kCatchUpFailed);
        stage.requestCatchUp();
        const bool failed =
            stage.waitUntil([&] { return stage.stderrCount(kCatchUpFailed) > failuresBefore; },
                            kCatchUpFailureTimeoutMs);
        if (failed) {
            row.notes = catchUpFailureReason(stage.diagnostics());
        } else if (stage.fedibellRunning()) {
            row.problems.append(
                u"catch-up did not fail within %1 s"_s.arg(kCatchUpFailureTimeoutMs / 1000));
        }
        if (stage.fedibellRunning() && deliverOrdinaryMessage(stage, row, u"the next DM"_s)) {
            stage.waitUntil([] { return false; }, kSettleMs);
            row.notes += u", next DM printed"_s;
        }
        finishRow(stage, row, idle);
        rows.append(row);
    }
    return rows;
}

QList<Row> runBacklog(const Options &options)
{
    Row row;
    row.scenario = u"4. catch-up of %1 DMs of %2 chars"_s.arg(
        withSeparators(options.backlogMessages), withSeparators(options.backlogContentChars));
    progress(row.scenario);
    Stage stage(options, u"backlog"_s);
    // A first start records the baseline; only what comes after it is announced.
    const Reading firstIdle = startIdle(stage, row);
    if (firstIdle.cpuNs < 0)
        return {row};
    stage.stopFedibell();

    QElapsedTimer posting;
    posting.start();
    QSet<QString> posted;
    for (int i = 0; i < options.backlogMessages; ++i) {
        const QString html = contentOfLength(i, options.backlogContentChars);
        posted.insert(stage.postMessage(html, false).statusId);
    }
    progress(u"posted %1 messages in %2 ms"_s.arg(posted.size()).arg(posting.elapsed()));
    stage.server().clearRequests();

    QString error;
    if (!stage.startFedibell(&error)) {
        row.problems.append(error);
        return {row};
    }
    Reading processStart; // the new process has used nothing yet
    processStart.cpuNs = 0;
    const qsizetype expected = posted.size();
    if (!stage.waitForLines(expected, kBacklogTimeoutMs)) {
        row.problems.append(stage.fedibellRunning()
                                ? u"%1 of %2 lines within %3 s"_s.arg(stage.lineCount())
                                      .arg(expected)
                                      .arg(kBacklogTimeoutMs / 1000)
                                : u"fedibell exited"_s);
    }
    // Let the catch-up finish: nothing must come twice or late.
    int requests = catchUpRequests(stage.server());
    QElapsedTimer quiet;
    quiet.start();
    stage.waitUntil(
        [&] {
            if (const int now = catchUpRequests(stage.server()); now != requests) {
                requests = now;
                quiet.restart();
            }
            return quiet.elapsed() >= kQuietMs;
        },
        kCatchUpFailureTimeoutMs);

    QSet<QString> seen;
    int repeated = 0;
    int unknown = 0;
    int withoutConversation = 0;
    for (const QJsonObject &line : stage.jsonLines()) {
        const QString id = line.value("status_id"_L1).toString();
        if (seen.contains(id))
            ++repeated;
        else if (!posted.contains(id))
            ++unknown;
        seen.insert(id);
        if (line.value("conversation_id"_L1).isNull())
            ++withoutConversation;
    }
    if (repeated > 0)
        row.problems.append(u"%1 lines repeated"_s.arg(repeated));
    if (unknown > 0)
        row.problems.append(u"%1 lines for unknown messages"_s.arg(unknown));
    if (seen.size() - unknown < expected && row.problems.isEmpty())
        row.problems.append(u"%1 of %2 messages printed"_s.arg(seen.size()).arg(expected));
    row.notes = u"%1 of %2 printed once each (%3 without conversation id), %4 requests; CPU from "
                "exec, startup included"_s.arg(seen.size() - unknown)
                    .arg(expected)
                    .arg(withoutConversation)
                    .arg(requests);
    finishRow(stage, row, processStart);
    return {row};
}

QList<Row> runPaginationFaults(const Options &options)
{
    struct Variant
    {
        QString name;
        fake::FakeInstance::PaginationFault fault;
    };
    const QList<Variant> variants = {
        {u"6a. prev link that points back at the same page"_s,
         fake::FakeInstance::PaginationFault::PrevLinkLoops},
        {u"6b. server that ignores min_id"_s, fake::FakeInstance::PaginationFault::IgnoresMinId},
    };
    const int normal = pagesNeeded(options.loopMessages);
    QList<Row> rows;
    for (const Variant &variant : variants) {
        Row row;
        row.scenario = variant.name;
        progress(row.scenario);
        Stage stage(options, u"pagination-%1"_s.arg(rows.size() + 1));
        const Reading idle = startIdle(stage, row);
        if (idle.cpuNs < 0) {
            rows.append(row);
            continue;
        }
        fake::FakeInstance &server = stage.server();
        for (int i = 0; i < options.loopMessages; ++i)
            stage.postMessage(u"<p>Waiting message %1</p>"_s.arg(i), false);
        server.setPaginationFault(variant.fault);
        server.clearRequests();
        const qsizetype before = stage.lineCount();
        stage.requestCatchUp();
        stage.waitUntil([] { return false; }, options.loopWindowMs);

        const int requests = catchUpRequests(server);
        const qsizetype printed = stage.lineCount() - before;
        const QString counts = u"%1 requests in %2 s (%3 notifications, %4 conversations; a "
                               "correct server needs %5), %6 of %7 DMs printed"_s.arg(requests)
                                   .arg(options.loopWindowMs / 1000)
                                   .arg(server.requestCount(kNotificationsPath))
                                   .arg(server.requestCount(kConversationsPath))
                                   .arg(normal)
                                   .arg(printed)
                                   .arg(options.loopMessages);
        if (requests > 2 * normal)
            row.problems.append(u"loops: "_s + counts);
        else
            row.notes = counts;
        finishRow(stage, row, idle);
        rows.append(row);
    }
    return rows;
}

} // namespace hostile
