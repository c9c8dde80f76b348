// Child processes for the benchmarks that run fedibell: standard output goes to a pipe of our own
// that a dedicated thread reads with blocking reads, stamping each chunk with CLOCK_MONOTONIC the
// moment read() returns it. QProcess's own readyRead would only be seen when this process's
// event loop gets round to it, which adds its own delay to every latency measured.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace bench {

class LinePipe
{
public:
    struct Line
    {
        qint64 readNs = 0; ///< CLOCK_MONOTONIC when read() returned the chunk that ended it
        QByteArray text;   ///< without the newline
    };

    LinePipe() = default;
    ~LinePipe();
    LinePipe(const LinePipe &) = delete;
    LinePipe &operator=(const LinePipe &) = delete;

    /// Creates the pipe (both ends close-on-exec).
    bool open(QString *error);
    int writeEnd() const { return m_fds[1]; }
    /// Closes the write end in this process (the child has its copy) and starts reading.
    void startReading();
    /// Stops the reader thread (within ~100 ms) and closes the pipe.
    void close();

    qsizetype count() const;
    /// Lines from index \a from on.
    QList<Line> lines(qsizetype from = 0) const;
    bool atEnd() const;
    /// Waits until at least \a count lines arrived; false on timeout or end of file first.
    bool waitForCount(qsizetype count, int timeoutMs) const;
    /// Index (>= \a from) of the first line starting with \a prefix, waiting up to
    /// \a timeoutMs for it; -1 if none came.
    qsizetype waitForPrefix(const QByteArray &prefix, qsizetype from, int timeoutMs) const;

private:
    void run();

    int m_fds[2] = {-1, -1};
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    QList<Line> m_lines; // guarded by m_mutex
    bool m_eof = false;  // guarded by m_mutex
};

/// A child process whose standard output is read by a LinePipe and whose standard error goes
/// to a file. It receives SIGTERM if this process dies, and is stopped on destruction.
class ChildProcess
{
public:
    ChildProcess(const QString &program, const QStringList &arguments,
                 const QProcessEnvironment &environment, const QString &stderrFile,
                 bool writableStdin);
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    bool start(QString *error);
    /// CLOCK_MONOTONIC taken right before QProcess::start().
    qint64 startedAtNs() const { return m_startedAtNs; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning();
    LinePipe &output() { return m_output; }
    /// Writes \a line and a newline to the child's standard input.
    bool writeLine(const QByteArray &line);
    /// SIGTERM, then SIGKILL after \a timeoutMs. Returns the exit code (-1 if killed).
    int stop(int timeoutMs = 5000);
    /// The last \a maxLines lines of the standard error file.
    QString stderrTail(int maxLines = 20) const;
    const QString &stderrFile() const { return m_stderrFile; }

private:
    QProcess m_process;
    LinePipe m_output;
    QString m_program;
    QString m_stderrFile;
    qint64 m_startedAtNs = 0;
    bool m_writableStdin = false;
    bool m_stopped = false;
};

} // namespace bench
