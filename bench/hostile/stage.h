// One scenario's stage: a fresh fake Mastodon instance that runs in this process's event loop,
// a state directory of its own, and the real `fedibell --headless` as a child process against
// it, watched from outside through /proc.
#pragma once

#include "childprocess.h"
#include "fakeinstance.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace hostile {

struct Options
{
    QString fedibell; ///< the fedibell binary
    QString workRoot; ///< every stage makes a directory of its own in here
    qint64 frameBytes = qint64{200} * 1024 * 1024;
    qint64 bodyBytes = qint64{500} * 1000 * 1000;
    int backlogMessages = 5000;
    int backlogContentChars = 1500;
    int hostileMessageChars = 1'000'000;
    int loopMessages = 200;
    int loopWindowMs = 10000;
};

/// What /proc says about the fedibell child at one moment.
struct Reading
{
    qint64 peakKb = -1; ///< VmHWM
    qint64 anonKb = -1; ///< RssAnon
    qint64 cpuNs = -1;  ///< utime + stime (the kernel's CPU clock, else /proc/PID/stat ticks)

    double peakMb() const { return peakKb < 0 ? -1.0 : double(peakKb) / 1024.0; }
};

/// CPU milliseconds between two readings (-1 when either is unknown).
double cpuMsBetween(const Reading &before, const Reading &after);

/// Runs the event loop (the fake answers meanwhile) for \a ms.
void pause(int ms);

class Stage
{
public:
    Stage(const Options &options, const QString &name);
    ~Stage();
    Stage(const Stage &) = delete;
    Stage &operator=(const Stage &) = delete;

    /// Starts the fake and makes the state directory.
    bool open(QString *error);
    bool isOpen() const { return m_server != nullptr; }
    fake::FakeInstance &server() { return *m_server; }

    /// Starts a new `fedibell --headless --instance URL` with this stage's state directory
    /// (stopping the one before, if any). Its output lines are counted from 0 again.
    bool startFedibell(QString *error);
    /// Starts fedibell and waits (up to \a timeoutMs) until it has subscribed to "direct".
    bool startSubscribed(int timeoutMs, QString *error);
    /// SIGTERM (SIGKILL after 5 s); returns the exit code (-1 if killed or crashed).
    int stopFedibell();
    bool fedibellRunning();
    qint64 fedibellPid() const;

    /// Runs the event loop until \a done returns true, fedibell exits or \a timeoutMs passes;
    /// true only if \a done did. Samples fedibell's RssAnon meanwhile (sampledAnonPeakKb()).
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    /// How many times a client subscribed to "direct" since the fake started.
    int directSubscriptions() const { return m_directSubscriptions; }
    /// Waits until directSubscriptions() exceeds \a before.
    bool waitForSubscription(int before, int timeoutMs);

    /// Lines fedibell printed on standard output (each a JSON object) since it started.
    qsizetype lineCount() const;
    QList<QJsonObject> jsonLines(qsizetype from = 0) const;
    /// The longest line so far, in bytes.
    qsizetype longestLineBytes() const;
    bool waitForLines(qsizetype count, int timeoutMs);
    /// How often \a text occurs in fedibell's standard error so far.
    int stderrCount(const QByteArray &text) const;

    Reading read() const;
    /// The highest RssAnon seen by waitUntil() since the last resetSampledPeak().
    qint64 sampledAnonPeakKb() const { return m_sampledAnonPeakKb; }
    void resetSampledPeak() { m_sampledAnonPeakKb = -1; }

    /// Posts a direct message from a fixed sender (see FakeInstance::postDirectMessage).
    fake::FakeInstance::Posted postMessage(const QString &html, bool deliverOnStream = true);
    /// Asks fedibell for a catch-up through the stream, as Mastodon's "notifications_merged"
    /// event does.
    void requestCatchUp();

    /// The last lines of fedibell's standard error, for error messages.
    QString diagnostics() const;

private:
    QString path(const QString &sub) const;

    const Options &m_options;
    QString m_dir;
    std::unique_ptr<fake::FakeInstance> m_server;
    std::unique_ptr<bench::ChildProcess> m_fedibell;
    int m_runs = 0;
    int m_directSubscriptions = 0;
    qint64 m_sampledAnonPeakKb = -1;
};

} // namespace hostile
