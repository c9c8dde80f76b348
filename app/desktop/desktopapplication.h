#pragma once

#include "accountregistry.h"
#include "browsersignin.h"
#include "preferences.h"
#include "sync/accountmonitor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace fedibell {

class ActivityLog;
class SecretStore;
class SettingsDialog;
class StallMeter;
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
    bool demo = false;             // run against the bundled demo instance
    QList<AccountConfig> accounts; // from the command line; empty: the configured accounts
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

    // Where tokens are kept (default: the system keyring); set before start().
    void setSecretStore(SecretStore *secrets);
    void showSettings();
    SettingsDialog *settingsDialog() const;
    Preferences preferences() const { return m_preferences; }

    // Replaces how links are opened (tests record them instead of starting a browser).
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    QList<AccountMonitor *> monitors() const { return m_monitors; }
    TrayController *tray() const { return m_tray; }
    NotificationCenter *notificationCenter() const { return m_center; }
    ConversationTracker *tracker() const { return m_tracker; }
    QString statusText();
    void showStatusWindow();

signals:
    void monitorsStarted();

private:
    AccountMonitor *addMonitor(const AccountConfig &config);
    void startStoredAccounts();
    void startStoredAccount(const StoredAccount &account);
    void stopStoredAccount(const StoredAccount &account);
    void onAccountAdded(const StoredAccount &account, const QByteArray &token);
    void onAccountRemoved(const StoredAccount &account);
    void applyPreferences(const Preferences &preferences);
    QString stateTextFor(const StoredAccount &account) const;
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
    QHash<AccountMonitor *, StoredAccount> m_storedFor;
    QList<StoredAccount> m_stored;
    QHash<QUrl, AppCredentials> m_apps;
    SecretStore *m_secrets = nullptr;
    Preferences m_preferences;
    QPointer<SettingsDialog> m_settings;
    QTimer m_keyringRetry;
    StallMeter *m_stallMeter = nullptr;
    UrlOpener m_urlOpener;
};

} // namespace fedibell
