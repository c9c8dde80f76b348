#pragma once

#include "jsonlineprinter.h"
#include "sync/accountmonitor.h"
#include "text/repeatfolder.h"

#include <QCoreApplication>
#include <QObject>

class QNetworkAccessManager;

namespace fedibell {

class SystemEvents;

// Runs one account without any display: announced messages go to stdout as JSON lines,
// state changes and problems to stderr in plain words. Sleep, wake and the network reach the
// monitor as on the desktop (SystemEvents).
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Success = 0,
        UsageError = 2,
        TokenRefused = 3
    };

    // With `watchNetwork`, the network's state is followed too (see SystemEvents).
    explicit HeadlessRunner(const MonitoredAccount &config, bool watchNetwork = false,
                            QObject *parent = nullptr);

    void start();
    // Stops the monitor (saving its state) and reports finished(Success).
    void stop();

    // Reads the token from FEDIBELL_ACCESS_TOKEN (then wipes and removes it, so neither child
    // processes nor /proc/<pid>/environ show it) or from `tokenFile`, which only the user may
    // read. Empty on failure, with `error` set.
    static QByteArray readToken(const QString &tokenFile, QString *error);

signals:
    void finished(int exitCode);

private:
    // A line on stderr; a run of the same line is folded into one and a count.
    void report(const QString &line);
    void write(const QString &line) const;

    QNetworkAccessManager *m_network;
    AccountMonitor *m_monitor;
    SystemEvents *m_system;
    JsonLinePrinter m_printer;
    RepeatFolder m_folder;
};

} // namespace fedibell
