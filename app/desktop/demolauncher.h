#pragma once

#include <QObject>
#include <QUrl>

class QProcess;

namespace fedibell {

// Starts the bundled demo Mastodon instance on loopback as a child process, so a newcomer
// sees real notifications without an account.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kToken = "demo-token";

    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    static QString findProgram();
    void start(int intervalMs = 4000);

signals:
    void ready(const QUrl &instance);
    void failed(const QString &reason);

private:
    QProcess *m_process;
};

} // namespace fedibell
