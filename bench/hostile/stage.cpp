#include "stage.h"

#include "procstats.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostile {

namespace {

/// How often waitUntil() looks at its condition and at fedibell's memory.
constexpr int kTickMs = 5;
constexpr auto kToken = "hostile-bench-token"_L1;
constexpr auto kSender = "mallory@hostile.example"_L1;
constexpr auto kNotificationsMerged =
    R"({"stream":["direct"],"event":"notifications_merged","payload":"1"})";

} // namespace

double cpuMsBetween(const Reading &before, const Reading &after)
{
    if (before.cpuNs < 0 || after.cpuNs < 0)
        return -1;
    return double(after.cpuNs - before.cpuNs) / 1e6;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Stage::Stage(const Options &options, const QString &name)
    : m_options(options)
    , m_dir(QDir(options.workRoot).filePath(name))
{}

Stage::~Stage()
{
    stopFedibell();
}

QString Stage::path(const QString &sub) const
{
    return QDir(m_dir).filePath(sub);
}

bool Stage::open(QString *error)
{
    for (const auto &sub : {"home"_L1, "data"_L1, "config"_L1, "cache"_L1, "run"_L1}) {
        if (!QDir().mkpath(path(sub))) {
            *error = u"cannot create %1"_s.arg(path(sub));
            return false;
        }
    }
    QFile::setPermissions(path(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_server = std::make_unique<fake::FakeInstance>();
    m_server->setAccessToken(QByteArray(kToken.data(), kToken.size()));
    QObject::connect(m_server.get(), &fake::FakeInstance::subscribed, m_server.get(),
                     [this](const QString &stream) {
                         if (stream == "direct"_L1)
                             ++m_directSubscriptions;
                     });
    if (!m_server->start()) {
        *error = u"the fake instance cannot listen on 127.0.0.1"_s;
        return false;
    }
    return true;
}

bool Stage::startFedibell(QString *error)
{
    stopFedibell();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, path(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, path(u"run"_s));
    environment.insert(u"FEDIBELL_ACCESS_TOKEN"_s, kToken);
    ++m_runs;
    m_fedibell = std::make_unique<bench::ChildProcess>(
        m_options.fedibell,
        QStringList{u"--headless"_s, u"--instance"_s, m_server->baseUrl().toString()}, environment,
        path(u"fedibell-%1.log"_s.arg(m_runs)), false);
    return m_fedibell->start(error);
}

bool Stage::startSubscribed(int timeoutMs, QString *error)
{
    const int before = m_directSubscriptions;
    if (!startFedibell(error))
        return false;
    if (!waitForSubscription(before, timeoutMs)) {
        *error = fedibellRunning()
                     ? u"fedibell did not subscribe within %1 s"_s.arg(timeoutMs / 1000)
                     : u"fedibell exited before subscribing"_s;
        *error += diagnostics();
        return false;
    }
    return true;
}

int Stage::stopFedibell()
{
    return m_fedibell ? m_fedibell->stop(5000) : -1;
}

bool Stage::fedibellRunning()
{
    return m_fedibell && m_fedibell->isRunning();
}

qint64 Stage::fedibellPid() const
{
    return m_fedibell ? m_fedibell->pid() : 0;
}

bool Stage::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (const qint64 pid = fedibellPid(); pid > 0)
            m_sampledAnonPeakKb = std::max(m_sampledAnonPeakKb, bench::resident(pid).anonKb);
        if (done())
            return true;
        if (deadline.hasExpired() || !fedibellRunning())
            return false;
        pause(kTickMs);
    }
}

bool Stage::waitForSubscription(int before, int timeoutMs)
{
    return waitUntil([&] { return m_directSubscriptions > before; }, timeoutMs);
}

qsizetype Stage::lineCount() const
{
    return m_fedibell ? m_fedibell->output().count() : 0;
}

QList<QJsonObject> Stage::jsonLines(qsizetype from) const
{
    QList<QJsonObject> objects;
    if (!m_fedibell)
        return objects;
    for (const bench::LinePipe::Line &line : m_fedibell->output().lines(from))
        objects.append(QJsonDocument::fromJson(line.text).object());
    return objects;
}

qsizetype Stage::longestLineBytes() const
{
    qsizetype longest = 0;
    if (m_fedibell) {
        for (const bench::LinePipe::Line &line : m_fedibell->output().lines())
            longest = std::max(longest, line.text.size());
    }
    return longest;
}

bool Stage::waitForLines(qsizetype count, int timeoutMs)
{
    return waitUntil([&] { return lineCount() >= count; }, timeoutMs);
}

int Stage::stderrCount(const QByteArray &text) const
{
    if (!m_fedibell)
        return 0;
    QFile file(m_fedibell->stderrFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count(text));
}

Reading Stage::read() const
{
    Reading reading;
    const qint64 pid = fedibellPid();
    if (pid <= 0)
        return reading;
    const bench::Resident resident = bench::resident(pid);
    reading.peakKb = resident.peakKb;
    reading.anonKb = resident.anonKb;
    const bench::CpuTimes cpu = bench::cpuTimes(pid);
    if (cpu.clockNs >= 0)
        reading.cpuNs = cpu.clockNs;
    else if (cpu.ticks >= 0)
        reading.cpuNs = qint64(double(cpu.ticks) * bench::msPerTick() * 1e6);
    return reading;
}

fake::FakeInstance::Posted Stage::postMessage(const QString &html, bool deliverOnStream)
{
    return m_server->postDirectMessage(kSender, html, {}, {}, deliverOnStream);
}

void Stage::requestCatchUp()
{
    m_server->sendRawFrame(kNotificationsMerged);
}

QString Stage::diagnostics() const
{
    if (!m_fedibell)
        return {};
    const QString tail = m_fedibell->stderrTail(8);
    return u"\n--- fedibell stderr (%1):\n%2"_s.arg(m_fedibell->stderrFile(),
                                                    tail.isEmpty() ? u"(empty)"_s : tail);
}

} // namespace hostile
