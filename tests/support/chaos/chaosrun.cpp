#include "chaosrun.h"

#include "chaosfaults.h"
#include "fakeinstance.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace chaos {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTickMs = 5;
constexpr int kMaxProblemsPerKind = 5;
constexpr int kStrangers = 8;

// Timers short enough for a fault to be got over in about a second, and a reconcile every
// two seconds for the messages a silent stream never delivered.
const QStringList kTimers{
    u"pingIntervalMs=500"_s,     u"pongDeadlineMs=1000"_s, u"backoffBaseMs=200"_s,
    u"backoffCapMs=1000"_s,      u"stableAfterMs=5000"_s,  u"pollMinMs=500"_s,
    u"pollMaxMs=1000"_s,         u"streamRetryMs=1000"_s,  u"restartGraceMs=15000"_s,
    u"reconcileMs=2000"_s,       u"mentionGraceMs=300"_s,  u"requestTimeoutMs=3000"_s,
    u"ledgerSaveDelayMs=2000"_s,
};

struct Post
{
    qint64 atMs = 0;
    int conversation = -1; // -1: filtered, from a stranger
    QString statusId;
    QString group; // what must be told in order: the conversation, or the stranger's request
    qint64 postedMs = 0;
};

qint64 peakRssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

class Runner : public QObject
{
public:
    explicit Runner(const Plan &plan)
        : m_plan(plan)
        , m_random(plan.seed)
        , m_faults(&m_instance, &m_random)
    {}

    Report exec();

private:
    void schedule();
    void tick();
    void post(int index);
    void startFedibell();
    void kill();
    void readOutput();
    void takeLine(const QByteArray &line);
    void checkSettled();
    void finish(const QString &failure = {});
    void problem(const QString &kind, const QString &text);
    // A line in chaos.log (verbose runs only).
    void note(const QString &text);
    QString groupOf(const QString &statusId) const;

    Plan m_plan;
    QRandomGenerator m_random;
    fake::FakeInstance m_instance;
    FaultInjector m_faults;
    std::unique_ptr<QProcess> m_fedibell;
    QEventLoop m_loop;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QList<Post> m_posts;
    QList<qint64> m_faultTimes;
    QList<qint64> m_killTimes;
    QStringList m_conversationIds;
    QHash<QString, int> m_postIndex;    // status id -> index in m_posts
    QHash<QString, int> m_toldCount;    // status id -> lines
    QHash<QString, QString> m_lastTold; // group -> last status id told in it
    QHash<QString, int> m_problemsByKind;
    QByteArray m_partialLine;
    QFile m_log;
    QList<qint64> m_latencies;
    Report m_report;
    int m_nextPost = 0;
    int m_nextFault = 0;
    int m_nextKill = 0;
    qint64 m_postingEndMs = -1;
    qint64 m_settledMs = -1;
    int m_reconcilesAfterSettled = 0;
    bool m_started = false;
    bool m_done = false;
};

void Runner::schedule()
{
    qint64 at = 0;
    for (int i = 0; i < m_plan.messages; ++i) {
        at += 1 + int(m_random.bounded(2 * m_plan.postIntervalMs));
        Post message;
        message.atMs = at;
        message.conversation = int(m_random.bounded(100)) < m_plan.filteredPercent
                                   ? -1
                                   : int(m_random.bounded(m_plan.conversations));
        m_posts.append(message);
    }
    const qint64 span = std::max<qint64>(at, 4000);
    for (int i = 0; i < m_plan.faults; ++i) {
        m_faultTimes.append(500 + qint64(m_random.bounded(double(span - 500))));
    }
    std::sort(m_faultTimes.begin(), m_faultTimes.end());
    // Kills spread over the run, never two within two seconds.
    for (int i = 0; i < m_plan.kills; ++i) {
        const qint64 slot = span / (m_plan.kills + 1);
        m_killTimes.append(slot * (i + 1) + qint64(m_random.bounded(double(slot) / 3)));
    }
    m_conversationIds.resize(m_plan.conversations);
}

Report Runner::exec()
{
    m_report = Report{};
    if (!m_instance.start()) {
        m_report.problems.append(u"the fake instance could not listen"_s);
        return m_report;
    }
    m_instance.setAccessToken("chaos-token");
    QFile token(m_plan.workDirectory + u"/token"_s);
    if (!token.open(QIODevice::WriteOnly) || token.write("chaos-token\n") < 0) {
        m_report.problems.append(u"cannot write the token file"_s);
        return m_report;
    }
    token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    token.close();
    schedule();

    connect(&m_instance, &fake::FakeInstance::subscribed, this, [this](const QString &stream) {
        if (!m_started && stream == u"direct") { // the first start recorded its baseline
            m_started = true;
            m_clock.start();
            m_ticker.start(kTickMs);
        }
    });
    connect(&m_instance, &fake::FakeInstance::requestReceived, this, [this](const QString &path) {
        if (m_settledMs >= 0 && path == u"/api/v1/notifications"
            && ++m_reconcilesAfterSettled > 2) {
            finish(); // two whole reconciles after everything was told: nothing more is coming
        }
    });
    connect(&m_ticker, &QTimer::timeout, this, &Runner::tick);
    QTimer::singleShot(m_posts.constLast().atMs + m_plan.settleTimeoutMs + 30000, this,
                       [this] { finish(u"the run did not end in time"_s); });
    startFedibell();
    m_loop.exec();
    return m_report;
}

void Runner::startFedibell()
{
    m_fedibell = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_plan.workDirectory;
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, u"unix:path=%1/no-bus"_s.arg(home));
    if (m_plan.verboseLog) { // every state change, with the time since fedibell started
        environment.insert(u"QT_LOGGING_RULES"_s, u"fedibell.*.info=true"_s);
        environment.insert(u"QT_MESSAGE_PATTERN"_s, u"%{time process} %{category} %{message}"_s);
    } else {
        environment.insert(u"QT_LOGGING_RULES"_s, u"fedibell.*.info=false"_s);
    }
    environment.remove(u"FEDIBELL_ACCESS_TOKEN"_s);
    m_fedibell->setProcessEnvironment(environment);
    m_fedibell->setStandardErrorFile(home + u"/stderr.log"_s, QIODevice::Append);
    connect(m_fedibell.get(), &QProcess::readyReadStandardOutput, this, &Runner::readOutput);
    QStringList arguments{u"--headless"_s, u"--instance"_s, m_instance.baseUrl().toString(),
                          u"--token-file"_s, home + u"/token"_s};
    for (const QString &timer : kTimers) {
        arguments << u"--timer"_s << timer;
    }
    m_fedibell->start(m_plan.fedibellBinary, arguments);
}

void Runner::kill()
{
    m_report.peakRssKb = std::max(m_report.peakRssKb, peakRssKb(m_fedibell->processId()));
    note(u"SIGKILL"_s);
    m_fedibell->kill(); // SIGKILL: no goodbye, no last save
    m_fedibell->waitForFinished(3000);
    readOutput();
    m_partialLine.clear(); // a line cut by the kill was never told
    ++m_report.kills;
    QTimer::singleShot(200 + int(m_random.bounded(800)), this, [this] {
        if (!m_done) {
            startFedibell();
        }
    });
}

void Runner::tick()
{
    const qint64 now = m_clock.elapsed();
    while (m_nextPost < m_posts.size() && m_posts.at(m_nextPost).atMs <= now) {
        post(m_nextPost++);
    }
    while (m_nextFault < m_faultTimes.size() && m_faultTimes.at(m_nextFault) <= now) {
        ++m_nextFault;
        const QString fault = m_faults.inject();
        ++m_report.faults[fault];
        note(u"fault: %1"_s.arg(fault));
    }
    if (m_nextKill < m_killTimes.size() && m_killTimes.at(m_nextKill) <= now) {
        ++m_nextKill;
        kill();
    }
    if (m_postingEndMs < 0 && m_nextPost == m_posts.size() && m_nextFault == m_faultTimes.size()
        && m_nextKill == m_killTimes.size()) {
        m_postingEndMs = now;
        m_ticker.stop();
        m_faults.endAll();
        m_report.postingMs = m_posts.constLast().atMs;
        QTimer::singleShot(m_plan.settleTimeoutMs, this, [this] {
            if (m_settledMs < 0) {
                finish(u"not everything was told within %1 ms"_s.arg(m_plan.settleTimeoutMs));
            }
        });
        checkSettled();
    }
}

void Runner::post(int index)
{
    Post &message = m_posts[index];
    const QString html = u"<p>chaos message %1</p>"_s.arg(index);
    fake::FakeInstance::Posted posted;
    if (message.conversation < 0) {
        const QString stranger = u"stranger%1@far.example"_s.arg(m_random.bounded(kStrangers));
        posted = m_instance.postFilteredDirectMessage(stranger, html);
        m_faults.addStranger(stranger);
        message.group = stranger;
    } else {
        QString &conversationId = m_conversationIds[message.conversation];
        posted = m_instance.postDirectMessage(
            u"friend%1@social.example"_s.arg(message.conversation % 23), html, conversationId);
        conversationId = posted.conversationId;
        message.group = conversationId;
    }
    message.statusId = posted.statusId;
    message.postedMs = m_clock.elapsed();
    note(u"posted %1 (%2)"_s.arg(message.statusId, message.group));
    m_postIndex.insert(posted.statusId, index);
    ++m_report.posted;
}

void Runner::readOutput()
{
    if (!m_fedibell) {
        return;
    }
    m_partialLine += m_fedibell->readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_partialLine.indexOf('\n')) >= 0) {
        takeLine(m_partialLine.left(end));
        m_partialLine.remove(0, end + 1);
    }
}

void Runner::takeLine(const QByteArray &line)
{
    ++m_report.told;
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const QString statusId = object.value("status_id"_L1).toString();
    const auto index = m_postIndex.constFind(statusId);
    if (index == m_postIndex.cend()) {
        problem(u"unknown"_s, u"told a message never posted: %1"_s.arg(QString::fromUtf8(line)));
        return;
    }
    const Post &message = m_posts.at(*index);
    note(u"told %1 (%2, %3)"_s.arg(statusId, message.group, object.value("kind"_L1).toString()));
    if (++m_toldCount[statusId] > 1) {
        ++m_report.duplicates;
        problem(u"duplicate"_s, u"%1 told %2 times"_s.arg(statusId).arg(m_toldCount[statusId]));
        return;
    }
    m_latencies.append(m_clock.elapsed() - message.postedMs);
    QString &last = m_lastTold[message.group];
    if (!last.isEmpty() && m_postIndex.value(last) > *index) {
        ++m_report.outOfOrder;
        problem(u"order"_s, u"in %1, %2 was told after %3"_s.arg(message.group, statusId, last));
    } else {
        last = statusId;
    }
    checkSettled();
}

void Runner::checkSettled()
{
    if (m_postingEndMs < 0 || m_settledMs >= 0 || m_toldCount.size() < m_posts.size()) {
        return;
    }
    m_settledMs = m_clock.elapsed();
    m_report.settleMs = m_settledMs - m_postingEndMs;
}

void Runner::finish(const QString &failure)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_ticker.stop();
    if (!failure.isEmpty()) {
        m_report.problems.prepend(failure);
    }
    if (m_fedibell && m_fedibell->state() == QProcess::Running) {
        m_report.peakRssKb = std::max(m_report.peakRssKb, peakRssKb(m_fedibell->processId()));
        m_fedibell->terminate();
        if (!m_fedibell->waitForFinished(5000)) {
            m_fedibell->kill();
            m_fedibell->waitForFinished(3000);
        }
        readOutput();
    }
    for (const Post &message : std::as_const(m_posts)) {
        if (!message.statusId.isEmpty() && !m_toldCount.contains(message.statusId)) {
            ++m_report.missing;
            problem(u"missing"_s, u"%1 (in %2) never told"_s.arg(message.statusId, message.group));
        }
    }
    std::sort(m_latencies.begin(), m_latencies.end());
    if (!m_latencies.isEmpty()) {
        m_report.medianLatencyMs = m_latencies.at(m_latencies.size() / 2);
        m_report.worstLatencyMs = m_latencies.constLast();
    }
    m_loop.quit();
}

void Runner::note(const QString &text)
{
    if (!m_plan.verboseLog) {
        return;
    }
    if (!m_log.isOpen()) {
        m_log.setFileName(m_plan.workDirectory + u"/chaos.log"_s);
        m_log.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    m_log.write(u"%1 %2\n"_s.arg(m_clock.isValid() ? m_clock.elapsed() : 0).arg(text).toUtf8());
}

void Runner::problem(const QString &kind, const QString &text)
{
    if (++m_problemsByKind[kind] <= kMaxProblemsPerKind) {
        m_report.problems.append(text);
    }
}

} // namespace

QString Report::summary() const
{
    QStringList faultList;
    for (auto it = faults.cbegin(); it != faults.cend(); ++it) {
        faultList.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
    }
    return u"%1 posted, %2 lines, %3 duplicates, %4 missing, %5 out of order; %6 kills; faults: "
           u"%7; posting %8 ms, settled %9 ms later; latency median %10 ms, worst %11 ms; "
           u"peak RSS %12 kB"_s.arg(posted)
               .arg(told)
               .arg(duplicates)
               .arg(missing)
               .arg(outOfOrder)
               .arg(kills)
               .arg(faultList.join(u", "_s))
               .arg(postingMs)
               .arg(settleMs)
               .arg(medianLatencyMs)
               .arg(worstLatencyMs)
               .arg(peakRssKb);
}

Report run(const Plan &plan)
{
    Runner runner(plan);
    return runner.exec();
}

} // namespace chaos
