#include "privatebus.h"

#include <QDeadlineTimer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace fakesys {

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(1000);
        }
    }
}

bool PrivateBus::start()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    const QString config = m_dir.filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    // Like the system bus for what a test needs (names, signals, file descriptors), without
    // its policy: everything is allowed, nothing is activated.
    file.write(
        QStringLiteral(
            R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
            .arg(m_dir.path())
            .toUtf8());
    file.close();
    m_daemon.setProgram(u"dbus-daemon"_s);
    m_daemon.setArguments(
        {u"--config-file="_s + config, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
    m_daemon.start();
    if (!m_daemon.waitForStarted(5000)) {
        m_error = u"dbus-daemon did not start: "_s + m_daemon.errorString();
        return false;
    }
    const QDeadlineTimer deadline(5000);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired()) {
        m_daemon.waitForReadyRead(int(deadline.remainingTime()));
        output += m_daemon.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(output.left(output.indexOf('\n'))).trimmed();
    if (m_address.isEmpty()) {
        m_error = u"dbus-daemon printed no address: "_s
                  + QString::fromLocal8Bit(m_daemon.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace fakesys
