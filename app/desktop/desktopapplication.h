#pragma once

#include "preferences.h"
#include "sync/accountmonitor.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace fedibell {

class AccountsController;
class ActivityLog;
class AvatarCache;
class ConversationTracker;
class DemoLauncher;
class FreedesktopNotifications;
class NotificationCenter;
class SecretStore;
class SettingsDialog;
class SingleInstance;
class StallMeter;
class StatusWindow;
class SystemEvents;
class TrayController;
class TrayMessageNotifications;

struct DesktopOptions
{
    bool demo = false;                // run against the bundled demo instance
    QList<MonitoredAccount> accounts; // from the command line; empty: the saved accounts
    bool minimized = false;
    int demoIntervalMs = 4000;
    QString stateDirectory;
    MonitorSettings timers;
};

// The tray-resident application. It only wires the rooms together: accounts (their monitors)
// feed announced messages to the conversation tracker (tray count and menu) and the
// notification center (popups); the tray, the windows and later launches (through the single
// instance) send the user's commands back.
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

    // Where tokens are kept (default: the system keyring); set before start().
    void setSecretStore(SecretStore *secrets);
    // Where sleep, wake and the network are heard (default: this computer's); set before
    // start(). The application takes it as a child.
    void setSystemEvents(SystemEvents *events);
    void showSettings();
    SettingsDialog *settingsDialog() const;
    Preferences preferences() const { return m_preferences; }

    // Replaces how links are opened (tests record them instead of starting a browser).
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    QList<AccountMonitor *> monitors() const;
    AccountsController *accounts() const { return m_accounts; }
    TrayController *tray() const { return m_tray; }
    NotificationCenter *notificationCenter() const { return m_center; }
    ConversationTracker *tracker() const { return m_tracker; }
    QString statusText();
    void showStatusWindow();

signals:
    // An account's monitor was created and wired (it is starting).
    void monitorsStarted();

private:
    void wireMonitor(AccountMonitor *monitor);
    void onMonitorsChanged();
    void connectSettingsDialog();
    void applyPreferences(const Preferences &preferences);
    void startDemo();
    void openUrl(const QUrl &url);
    void markRead(const QString &account, const QString &conversationId);
    void markAllRead();
    QByteArray handleCommand(const QByteArray &command);

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
    AccountsController *m_accounts;
    DemoLauncher *m_demo = nullptr;
    QPointer<StatusWindow> m_statusWindow;
    QPointer<SettingsDialog> m_settings;
    SecretStore *m_secrets = nullptr;
    SystemEvents *m_system = nullptr;
    Preferences m_preferences;
    StallMeter *m_stallMeter = nullptr;
    UrlOpener m_urlOpener;
};

} // namespace fedibell
