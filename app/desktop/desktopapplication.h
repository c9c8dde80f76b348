#pragma once

#include "sync/accountmonitor.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace fedibell {

class ActivityLog;
class AvatarCache;
class ConversationTracker;
class DemoLauncher;
class FreedesktopNotifications;
class NotificationCenter;
class SingleInstance;
class StatusWindow;
class TrayController;
class TrayMessageNotifications;

struct DesktopOptions
{
    QList<AccountConfig> accounts; // empty: run against the bundled demo instance
    bool minimized = false;
    int demoIntervalMs = 4000;
    QString stateDirectory;
    MonitorSettings timers;
};

// The tray-resident application: wires the account monitors to the tray, the notification
// center and the status window, and answers later launches through the single instance.
class DesktopApplication : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kDesktopEntry = "io.github.fedibell.Fedibell";
    using UrlOpener = std::function<void(const QUrl &)>;

    DesktopApplication(const DesktopOptions &options, SingleInstance *instance,
                       QObject *parent = nullptr);
    ~DesktopApplication() override;

    void start();
    void quit();

    // Replaces how links are opened (tests record them instead of starting a browser).
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    QList<AccountMonitor *> monitors() const { return m_monitors; }
    TrayController *tray() const { return m_tray; }
    NotificationCenter *notificationCenter() const { return m_center; }
    ConversationTracker *tracker() const { return m_tracker; }
    QString statusText() const;
    void showStatusWindow();

signals:
    void monitorsStarted();

private:
    void addMonitor(const AccountConfig &config);
    void startDemo();
    void openUrl(const QUrl &url);
    void markAllRead();
    QByteArray handleCommand(const QByteArray &command);
    AccountMonitor *monitorFor(const QString &accountName) const;

    DesktopOptions m_options;
    SingleInstance *m_instance;
    QNetworkAccessManager *m_network;
    ActivityLog *m_log;
    ConversationTracker *m_tracker;
    FreedesktopNotifications *m_freedesktop;
    TrayController *m_tray;
    TrayMessageNotifications *m_trayMessages;
    NotificationCenter *m_center;
    AvatarCache *m_avatars;
    DemoLauncher *m_demo = nullptr;
    QPointer<StatusWindow> m_statusWindow;
    QList<AccountMonitor *> m_monitors;
    UrlOpener m_urlOpener;
};

} // namespace fedibell
