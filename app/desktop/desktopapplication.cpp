#include "desktopapplication.h"
#include "configfile.h"

#include "activitylog.h"
#include "avatarcache.h"
#include "conversationtracker.h"
#include "demolauncher.h"
#include "desktoplogging.h"
#include "freedesktopnotifications.h"
#include "notificationcenter.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "singleinstance.h"
#include "stallmeter.h"
#include "statuswindow.h"
#include "traycontroller.h"
#include "traymessagenotifications.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QUrlQuery>

namespace fedibell {

using namespace Qt::StringLiterals;

DesktopApplication::DesktopApplication(const DesktopOptions &options, SingleInstance *instance,
                                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_instance(instance)
    , m_network(new QNetworkAccessManager(this))
    , m_log(new ActivityLog(this))
    , m_tracker(new ConversationTracker(this))
    , m_freedesktop(new FreedesktopNotifications(QLatin1StringView(kDesktopEntry),
                                                 QDBusConnection::sessionBus(), this))
    , m_tray(new TrayController(m_tracker, this))
    , m_trayMessages(new TrayMessageNotifications(m_tray->trayIcon(), this))
    , m_center(new NotificationCenter(m_freedesktop, m_trayMessages, this))
    , m_avatars(new AvatarCache(
          m_network,
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/avatars"_s, this))
    , m_urlOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_center->setAvatarCache(m_avatars);
    connect(m_center, &NotificationCenter::openRequested, this, &DesktopApplication::openUrl);
    connect(m_center, &NotificationCenter::markReadRequested, this,
            [this](const QString &account, const QString &conversationId) {
                if (AccountMonitor *monitor = monitorFor(account)) {
                    monitor->markConversationRead(conversationId);
                }
            });
    connect(m_center, &NotificationCenter::pausedChanged, m_tray, &TrayController::setPaused);
    connect(m_tray, &TrayController::openRequested, this, &DesktopApplication::openUrl);
    connect(m_tray, &TrayController::markAllReadRequested, this, &DesktopApplication::markAllRead);
    connect(m_tray, &TrayController::pauseRequested, m_center, &NotificationCenter::pauseUntil);
    connect(m_tray, &TrayController::resumeRequested, m_center, &NotificationCenter::resume);
    connect(m_tray, &TrayController::statusRequested, this, &DesktopApplication::showStatusWindow);
    connect(m_tray, &TrayController::settingsRequested, this, &DesktopApplication::showSettings);
    connect(m_tray, &TrayController::quitRequested, this, &DesktopApplication::quit);
    connect(m_tray, &TrayController::trayUnavailable, this, [this] {
        m_log->add(u"Fedibell"_s, tr("No system tray was found; notifications still work. "
                                     "Fedibell keeps looking for a tray for a few minutes."));
    });
    connect(m_freedesktop, &FreedesktopNotifications::availabilityChanged, this,
            [this](bool available) {
                m_log->add(u"Fedibell"_s, available ? tr("Desktop notifications are available.")
                                                    : tr("No desktop notification service; using "
                                                         "the tray instead."));
            });
    if (m_instance) {
        m_instance->setHandler(
            [this](const QByteArray &command) { return handleCommand(command); });
    }
    if (qEnvironmentVariableIsSet("FEDIBELL_MEASURE_STALLS")) {
        m_stallMeter = new StallMeter(this);
    }
    // At login the keyring often unlocks after Fedibell starts: keep asking for a while.
    m_keyringRetry.setInterval(30000);
    connect(&m_keyringRetry, &QTimer::timeout, this, &DesktopApplication::startStoredAccounts);
}

void DesktopApplication::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

DesktopApplication::~DesktopApplication()
{
    for (AccountMonitor *monitor : std::as_const(m_monitors)) {
        monitor->stop();
    }
    delete m_statusWindow;
    delete m_settings;
}

void DesktopApplication::start()
{
    if (!m_secrets) {
        m_secrets = new KeyringSecretStore(u"fedibell"_s, this);
    }
    ConfigFile settings;
    applyPreferences(Preferences::load(settings));
    m_freedesktop->probe();
    m_tray->show();
    if (m_options.demo) {
        startDemo();
    } else if (!m_options.accounts.isEmpty()) {
        for (const AccountConfig &config : std::as_const(m_options.accounts)) {
            addMonitor(config);
        }
        emit monitorsStarted();
    } else {
        m_stored = AccountRegistry::load(settings);
        if (m_stored.isEmpty()) {
            showSettings(); // first start: connect an account (or try --demo)
        } else {
            startStoredAccounts();
        }
    }
    if (!m_options.minimized && !QSystemTrayIcon::isSystemTrayAvailable()) {
        showStatusWindow();
    }
}

void DesktopApplication::startDemo()
{
    m_demo = new DemoLauncher(this);
    m_log->add(u"Fedibell"_s, tr("No account is configured: starting the demo instance."));
    connect(m_demo, &DemoLauncher::ready, this, [this](const QUrl &instance) {
        AccountConfig config;
        config.instance = instance;
        config.token = QByteArray(DemoLauncher::kToken);
        config.timers = m_options.timers;
        config.stateDirectory = m_options.stateDirectory + u"/demo"_s;
        addMonitor(config);
        emit monitorsStarted();
    });
    connect(m_demo, &DemoLauncher::failed, this,
            [this](const QString &reason) { m_log->add(u"Fedibell"_s, reason); });
    m_demo->start(m_options.demoIntervalMs);
}

void DesktopApplication::startStoredAccounts()
{
    m_keyringRetry.stop();
    for (const StoredAccount &account : std::as_const(m_stored)) {
        const bool running = std::any_of(m_storedFor.cbegin(), m_storedFor.cend(),
                                         [&](const StoredAccount &a) { return a == account; });
        if (account.enabled && !running) {
            startStoredAccount(account);
        }
    }
}

void DesktopApplication::startStoredAccount(const StoredAccount &account)
{
    m_secrets->read(account.secretKey(), [this, account](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok) {
            m_log->add(account.label(), result.message);
            if (result.status == SecretStore::Status::Locked
                || result.status == SecretStore::Status::NoKeyring) {
                m_keyringRetry.start();
            }
            return;
        }
        if (!m_stored.contains(account)) {
            return; // removed meanwhile
        }
        AccountConfig config;
        config.instance = account.instance;
        config.token = result.secret;
        config.wantMentions = m_preferences.alsoMentions;
        config.timers = m_options.timers;
        config.stateDirectory = m_options.stateDirectory;
        m_storedFor.insert(addMonitor(config), account);
        emit monitorsStarted();
    });
}

void DesktopApplication::stopStoredAccount(const StoredAccount &account)
{
    for (auto it = m_storedFor.begin(); it != m_storedFor.end();) {
        if (it.value() == account) {
            AccountMonitor *monitor = it.key();
            monitor->stop();
            m_monitors.removeAll(monitor);
            monitor->deleteLater();
            it = m_storedFor.erase(it);
        } else {
            ++it;
        }
    }
    m_tray->setMonitors(m_monitors);
    m_center->setShowAccountNames(m_monitors.size() > 1);
    if (m_statusWindow) {
        m_statusWindow->deleteLater();
    }
}

QString DesktopApplication::stateTextFor(const StoredAccount &account) const
{
    if (!account.enabled) {
        return tr("off");
    }
    for (auto it = m_storedFor.cbegin(); it != m_storedFor.cend(); ++it) {
        if (it.value() == account) {
            return AccountMonitor::stateName(it.key()->state());
        }
    }
    return tr("waiting for the keyring");
}

SettingsDialog *DesktopApplication::settingsDialog() const
{
    return m_settings;
}

void DesktopApplication::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_network, m_preferences);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        m_settings->setAccounts(m_stored);
        m_settings->setStateText(
            [this](const StoredAccount &account) { return stateTextFor(account); });
        for (auto it = m_apps.cbegin(); it != m_apps.cend(); ++it) {
            m_settings->setKnownApp(it.key(), it.value());
        }
        connect(m_settings, &SettingsDialog::accountAdded, this,
                &DesktopApplication::onAccountAdded);
        connect(m_settings, &SettingsDialog::accountRemoved, this,
                &DesktopApplication::onAccountRemoved);
        connect(m_settings, &SettingsDialog::accountToggled, this,
                [this](const StoredAccount &account) {
                    const qsizetype index = m_stored.indexOf(account);
                    if (index < 0) {
                        return;
                    }
                    m_stored[index].enabled = account.enabled;
                    ConfigFile settings;
                    AccountRegistry::save(settings, m_stored);
                    if (account.enabled) {
                        startStoredAccount(account);
                    } else {
                        stopStoredAccount(account);
                    }
                });
        connect(m_settings, &SettingsDialog::preferencesChanged, this,
                &DesktopApplication::applyPreferences);
        connect(m_settings, &SettingsDialog::appRegistered, this,
                [this](const QUrl &instance, const AppCredentials &credentials) {
                    m_apps.insert(instance, credentials);
                    ConfigFile settings;
                    AccountRegistry::setAppClientId(settings, instance, credentials.clientId);
                    m_secrets->write(AccountRegistry::appSecretKey(instance),
                                     credentials.clientSecret, [](const auto &) {});
                });
        for (AccountMonitor *monitor : std::as_const(m_monitors)) {
            connect(monitor, &AccountMonitor::stateChanged, m_settings,
                    &SettingsDialog::refreshStates);
        }
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void DesktopApplication::onAccountAdded(const StoredAccount &account, const QByteArray &token)
{
    m_secrets->write(account.secretKey(), token, [this, account](const SecretStore::Result &r) {
        if (r.status != SecretStore::Status::Ok) {
            m_log->add(account.label(), r.message);
            return;
        }
        const qsizetype existing = m_stored.indexOf(account);
        if (existing >= 0) {
            stopStoredAccount(account); // a new token for a known account
        } else {
            m_stored.append(account);
        }
        ConfigFile settings;
        AccountRegistry::save(settings, m_stored);
        m_log->add(account.label(), tr("Account added."));
        startStoredAccount(account);
    });
}

void DesktopApplication::onAccountRemoved(const StoredAccount &account)
{
    // Forget what Fedibell knew about the account (its monitor knows where that lives).
    for (auto it = m_storedFor.cbegin(); it != m_storedFor.cend(); ++it) {
        if (it.value() == account) {
            it.key()->forgetState();
        }
    }
    stopStoredAccount(account);
    m_stored.removeAll(account);
    ConfigFile settings;
    AccountRegistry::save(settings, m_stored);
    // Revoke the token where Fedibell registered the app itself, then forget it.
    const AppCredentials app = m_apps.value(account.instance);
    m_secrets->read(account.secretKey(), [this, account, app](const SecretStore::Result &r) {
        if (r.status == SecretStore::Status::Ok && app.isValid()) {
            BrowserSignIn::revokeToken(m_network, account.instance, app, r.secret);
        }
        m_secrets->remove(account.secretKey(), [](const auto &) {});
    });
    m_log->add(account.label(), tr("Signed out."));
}

void DesktopApplication::applyPreferences(const Preferences &preferences)
{
    const bool mentionsChanged = preferences.alsoMentions != m_preferences.alsoMentions;
    m_preferences = preferences;
    m_center->setPrivacy(preferences.privacy);
    m_center->setAvatarCache(preferences.avatars ? m_avatars : nullptr);
    m_center->setSound(preferences.sound);
    m_center->setQuietHours(preferences.quietHours ? preferences.quietFrom : QTime(),
                            preferences.quietHours ? preferences.quietTo : QTime());
    QString error;
    if (preferences.startAtLogin) {
        if (!AutostartEntry::write(QCoreApplication::applicationFilePath(), &error)) {
            m_log->add(u"Fedibell"_s, tr("Could not set up starting at login: %1").arg(error));
        }
    } else {
        AutostartEntry::remove();
    }
    ConfigFile settings;
    preferences.save(settings);
    if (mentionsChanged) {
        for (AccountMonitor *monitor : std::as_const(m_monitors)) {
            monitor->setWantMentions(preferences.alsoMentions);
        }
    }
}

AccountMonitor *DesktopApplication::addMonitor(const AccountConfig &config)
{
    auto *monitor = new AccountMonitor(m_network, config, this);
    m_monitors.append(monitor);
    m_center->setShowAccountNames(m_monitors.size() > 1);
    connect(monitor, &AccountMonitor::messageArrived, this,
            [this, monitor](const DirectMessage &message) {
                const QString account = monitor->accountName();
                m_tracker->addMessage(account, message);
                m_center->onMessageArrived(account, message);
            });
    connect(monitor, &AccountMonitor::catchUpDelivered, this, [this, monitor](int count) {
        m_log->add(monitor->accountName(),
                   tr("%n messages arrived while Fedibell was away.", nullptr, count));
        m_center->onCatchUpDelivered(monitor->accountName(), count);
    });
    connect(monitor, &AccountMonitor::conversationRead, this,
            [this, monitor](const QString &conversationId) {
                m_tracker->markRead(monitor->accountName(), conversationId);
                m_center->onConversationRead(monitor->accountName(), conversationId);
            });
    connect(monitor, &AccountMonitor::stateChanged, this,
            [this, monitor](AccountMonitor::State state, const QString &detail) {
                const QString name = AccountMonitor::stateName(state);
                m_log->add(monitor->accountName(),
                           detail.isEmpty() ? name : tr("%1 (%2)").arg(name, detail));
            });
    connect(monitor, &AccountMonitor::problem, this, [this, monitor](const QString &message) {
        m_log->add(monitor->accountName(), message);
    });
    m_tray->setMonitors(m_monitors);
    if (m_statusWindow) {
        m_statusWindow->deleteLater(); // rebuilt with the new account list when shown again
    }
    if (m_settings) {
        connect(monitor, &AccountMonitor::stateChanged, m_settings, &SettingsDialog::refreshStates);
    }
    monitor->start();
    return monitor;
}

AccountMonitor *DesktopApplication::monitorFor(const QString &accountName) const
{
    for (AccountMonitor *monitor : m_monitors) {
        if (monitor->accountName() == accountName) {
            return monitor;
        }
    }
    return nullptr;
}

void DesktopApplication::openUrl(const QUrl &url)
{
    // Links come from the server: only web links are ever opened.
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")) {
        m_urlOpener(url);
    }
}

void DesktopApplication::markAllRead()
{
    for (const TrackedConversation &conversation : m_tracker->unreadConversations()) {
        if (AccountMonitor *monitor = monitorFor(conversation.account)) {
            monitor->markConversationRead(conversation.conversationId);
        }
        m_center->onConversationRead(conversation.account, conversation.conversationId);
    }
    m_tracker->markAllRead();
}

void DesktopApplication::showStatusWindow()
{
    if (!m_statusWindow) {
        m_statusWindow = new StatusWindow(m_monitors, m_log);
        m_statusWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statusWindow->show();
    m_statusWindow->raise();
    m_statusWindow->activateWindow();
}

QString DesktopApplication::statusText()
{
    QStringList lines;
    for (const AccountMonitor *monitor : m_monitors) {
        QString line =
            u"%1: %2"_s.arg(monitor->accountName(), AccountMonitor::stateName(monitor->state()));
        if (!monitor->stateDetail().isEmpty()) {
            line += u" ("_s + monitor->stateDetail() + u')';
        }
        lines << line;
    }
    if (lines.isEmpty()) {
        lines << tr("no account is running yet");
    }
    lines << tr("%n unread direct messages", nullptr, m_tracker->totalUnread());
    if (m_stallMeter) {
        lines << tr("longest GUI stall since last asked: %1 ms")
                     .arg(m_stallMeter->takeLongestStallMs());
    }
    return lines.join(u'\n');
}

QByteArray DesktopApplication::handleCommand(const QByteArray &command)
{
    if (command == "ping") {
        return "pong";
    }
    if (command == "status") {
        return statusText().toUtf8();
    }
    if (command == "show-status") {
        showStatusWindow();
        return "ok";
    }
    if (command == "show-settings") {
        showSettings();
        return "ok";
    }
    return "unknown command";
}

void DesktopApplication::quit()
{
    for (AccountMonitor *monitor : std::as_const(m_monitors)) {
        monitor->stop();
    }
    QCoreApplication::quit();
}

} // namespace fedibell
