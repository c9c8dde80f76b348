#include "childprocess.h"

#include "procstats.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bench {

LinePipe::~LinePipe()
{
    close();
}

bool LinePipe::open(QString *error)
{
    if (::pipe2(m_fds, O_CLOEXEC) != 0) {
        *error = u"pipe2: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void LinePipe::startReading()
{
    if (m_fds[1] >= 0) {
        ::close(m_fds[1]);
        m_fds[1] = -1;
    }
    m_thread = std::thread([this] { run(); });
}

void LinePipe::close()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    for (int &fd : m_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void LinePipe::run()
{
    QByteArray partial;
    char buffer[65536];
    while (!m_stop) {
        // poll() only so that close() can stop the thread; it returns as soon as data is
        // there, so it adds one system call, not a delay.
        pollfd readable = {m_fds[0], POLLIN, 0};
        const int ready = ::poll(&readable, 1, 100);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t got = ::read(m_fds[0], buffer, sizeof buffer);
        const qint64 now = monotonicNs();
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got <= 0)
            break;
        partial.append(buffer, got);
        QList<Line> complete;
        qsizetype start = 0;
        qsizetype newline = 0;
        while ((newline = partial.indexOf('\n', start)) >= 0) {
            complete.append(Line{now, partial.mid(start, newline - start)});
            start = newline + 1;
        }
        partial.remove(0, start);
        if (!complete.isEmpty()) {
            const std::lock_guard lock(m_mutex);
            m_lines.append(complete);
            m_changed.notify_all();
        }
    }
    const std::lock_guard lock(m_mutex);
    if (!partial.isEmpty())
        m_lines.append(Line{monotonicNs(), partial});
    m_eof = true;
    m_changed.notify_all();
}

qsizetype LinePipe::count() const
{
    const std::lock_guard lock(m_mutex);
    return m_lines.size();
}

QList<LinePipe::Line> LinePipe::lines(qsizetype from) const
{
    const std::lock_guard lock(m_mutex);
    return from <= 0 ? m_lines : m_lines.mid(from);
}

bool LinePipe::atEnd() const
{
    const std::lock_guard lock(m_mutex);
    return m_eof;
}

bool LinePipe::waitForCount(qsizetype count, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                       [&] { return m_lines.size() >= count || m_eof; });
    return m_lines.size() >= count;
}

qsizetype LinePipe::waitForPrefix(const QByteArray &prefix, qsizetype from, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    qsizetype found = -1;
    m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        for (qsizetype i = std::max<qsizetype>(from, 0); i < m_lines.size(); ++i) {
            if (m_lines.at(i).text.startsWith(prefix)) {
                found = i;
                return true;
            }
        }
        return m_eof;
    });
    return found;
}

ChildProcess::ChildProcess(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &environment, const QString &stderrFile,
                           bool writableStdin)
    : m_program(program)
    , m_stderrFile(stderrFile)
    , m_writableStdin(writableStdin)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessEnvironment(environment);
    m_process.setStandardErrorFile(stderrFile);
    // Standard output is replaced by our pipe in the child (see start()); QProcess leaves it
    // alone and so creates no pipe of its own for it.
    m_process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    if (!writableStdin)
        m_process.setStandardInputFile(QProcess::nullDevice());
}

ChildProcess::~ChildProcess()
{
    stop(3000);
    m_output.close();
}

bool ChildProcess::start(QString *error)
{
    if (!QFileInfo(m_program).isExecutable()) {
        *error = u"not an executable: %1"_s.arg(m_program);
        return false;
    }
    if (!m_output.open(error))
        return false;
    const int pipeWriteEnd = m_output.writeEnd();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    m_process.setChildProcessModifier([pipeWriteEnd] {
        ::dup2(pipeWriteEnd, STDOUT_FILENO); // dup2 clears close-on-exec on the copy
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    m_startedAtNs = monotonicNs();
    m_process.start();
    const bool started = m_process.waitForStarted(10000);
    m_output.startReading();
    if (!started) {
        *error = u"cannot start %1: %2"_s.arg(m_program, m_process.errorString());
        return false;
    }
    return true;
}

bool ChildProcess::isRunning()
{
    // Lets QProcess notice an exit without an event loop.
    m_process.waitForFinished(0);
    return m_process.state() == QProcess::Running;
}

bool ChildProcess::writeLine(const QByteArray &line)
{
    if (!m_writableStdin || m_process.state() != QProcess::Running)
        return false;
    if (m_process.write(line + '\n') != line.size() + 1)
        return false;
    return m_process.waitForBytesWritten(2000);
}

int ChildProcess::stop(int timeoutMs)
{
    if (m_stopped || m_process.state() == QProcess::NotRunning) {
        m_stopped = true;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    m_stopped = true;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ChildProcess::stderrTail(int maxLines) const
{
    QFile file(m_stderrFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - maxLines); i < lines.size(); ++i)
        tail.append(QString::fromUtf8(lines.at(i)));
    return tail.join(u'\n');
}

} // namespace bench
