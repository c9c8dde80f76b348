#include "desktopapplication.h"

#include "accounts/accountscontroller.h"
#include "accounts/secretstore.h"
#include "activitylog.h"
#include "configfile.h"
#include "conversationtracker.h"
#include "demolauncher.h"
#include "notifications/avatarcache.h"
#include "notifications/freedesktopnotifications.h"
#include "notifications/notificationcenter.h"
#include "notifications/traymessagenotifications.h"
#include "singleinstance.h"
#include "stallmeter.h"
#include "systemevents.h"
#include "text/displaytext.h"
#include "tray/traycontroller.h"
#include "windows/settingsdialog.h"
#include "windows/statuswindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QSystemTrayIcon>

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
    , m_accounts(new AccountsController(m_network, options.timers, options.stateDirectory, this))
    , m_urlOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    connect(m_accounts, &AccountsController::monitorAdded, this, &DesktopApplication::wireMonitor);
    connect(m_accounts, &AccountsController::monitorRemoved, this,
            &DesktopApplication::onMonitorsChanged);
    connect(m_accounts, &AccountsController::note, m_log, &ActivityLog::add);

    connect(m_center, &NotificationCenter::openRequested, this, &DesktopApplication::openUrl);
    connect(m_center, &NotificationCenter::markReadRequested, this, &DesktopApplication::markRead);
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
}

DesktopApplication::~DesktopApplication()
{
    m_accounts->stopAll();
    delete m_statusWindow;
    delete m_settings;
}

void DesktopApplication::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void DesktopApplication::setSystemEvents(SystemEvents *events)
{
    m_system = events;
    m_system->setParent(this);
}

SettingsDialog *DesktopApplication::settingsDialog() const
{
    return m_settings;
}

QList<AccountMonitor *> DesktopApplication::monitors() const
{
    return m_accounts->monitors();
}

void DesktopApplication::start()
{
    if (!m_secrets) {
        m_secrets = new KeyringSecretStore(u"fedibell"_s, this);
    }
    m_accounts->setSecretStore(m_secrets);
    if (!m_system) {
        m_system = SystemEvents::forThisComputer(m_options.timers, /*watchNetwork=*/true, this);
    }
    m_tray->setNetworkAvailable(m_system->isOnline());
    connect(m_system, &SystemEvents::networkChanged, m_tray, &TrayController::setNetworkAvailable);
    ConfigFile settings;
    applyPreferences(Preferences::load(settings));
    m_freedesktop->probe();
    m_tray->show();
    if (m_options.demo) {
        startDemo();
    } else if (!m_options.accounts.isEmpty()) {
        for (const MonitoredAccount &account : std::as_const(m_options.accounts)) {
            m_accounts->startUnsaved(account);
        }
    } else {
        m_accounts->startSaved();
        if (m_accounts->savedAccounts().isEmpty()) {
            showSettings(); // first start: connect an account (or try --demo)
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
        MonitoredAccount account;
        account.instance = instance;
        account.token = QByteArray(DemoLauncher::kToken);
        account.timers = m_options.timers;
        account.stateDirectory = m_options.stateDirectory + u"/demo"_s;
        m_accounts->startUnsaved(account);
    });
    connect(m_demo, &DemoLauncher::failed, this,
            [this](const QString &reason) { m_log->add(u"Fedibell"_s, reason); });
    m_demo->start(m_options.demoIntervalMs);
}

void DesktopApplication::wireMonitor(AccountMonitor *monitor)
{
    // The one subscriber of each monitor's messages: the tray's model, then the popups.
    connect(monitor, &AccountMonitor::messagesArrived, this,
            [this, monitor](const MessageBatch &batch) {
                const QString key = monitor->key();
                for (const IncomingMessage &message : batch.messages) {
                    m_tracker->addMessage(key, message);
                }
                if (batch.isCatchUp()) {
                    m_log->add(monitor->accountName(),
                               tr("%n messages arrived while Fedibell was away.", nullptr,
                                  int(batch.messages.size())));
                }
                m_center->onMessages(key, monitor->accountName(), batch);
            });
    connect(monitor, &AccountMonitor::conversationRead, this,
            [this, monitor](const QString &conversationId) {
                m_tracker->markRead(monitor->key(), conversationId);
                m_center->onConversationRead(monitor->key(), conversationId);
            });
    connect(monitor, &AccountMonitor::stateChanged, this,
            [this, monitor](AccountState state, const QString &detail) {
                const QString name = accountStateName(state);
                m_log->add(monitor->accountName(),
                           detail.isEmpty() ? name : tr("%1 (%2)").arg(name, detail));
                if (m_settings) {
                    m_settings->refreshStates();
                }
            });
    connect(monitor, &AccountMonitor::stateChanged, m_tray, &TrayController::scheduleRefresh);
    connect(monitor, &AccountMonitor::requestsChanged, m_tray, &TrayController::scheduleRefresh);
    if (m_system) { // monitors only start with start(), which made it
        m_system->attach(monitor);
    }
    connect(monitor, &AccountMonitor::problem, this, [this, monitor](const QString &message) {
        m_log->add(monitor->accountName(), message);
    });
    onMonitorsChanged();
    emit monitorsStarted();
}

void DesktopApplication::onMonitorsChanged()
{
    const QList<AccountMonitor *> monitors = m_accounts->monitors();
    m_tray->setMonitors(monitors);
    m_center->setShowAccountNames(monitors.size() > 1);
    if (m_statusWindow) {
        m_statusWindow->deleteLater(); // rebuilt with the new account list when shown again
    }
}

void DesktopApplication::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_network, m_preferences);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connectSettingsDialog();
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void DesktopApplication::connectSettingsDialog()
{
    SettingsDialog *dialog = m_settings;
    // The state source first: the list shows each account's state as soon as it is filled.
    dialog->setStateText(
        [this](const SavedAccount &account) { return m_accounts->stateText(account); });
    dialog->setAccounts(m_accounts->savedAccounts());
    const QHash<QUrl, AppCredentials> apps = m_accounts->apps();
    for (auto it = apps.cbegin(); it != apps.cend(); ++it) {
        dialog->setKnownApp(it.key(), it.value());
    }
    connect(dialog, &SettingsDialog::accountAdded, m_accounts, &AccountsController::addAccount);
    connect(dialog, &SettingsDialog::accountRemoved, m_accounts,
            &AccountsController::removeAccount);
    connect(
        dialog, &SettingsDialog::accountToggled, m_accounts,
        [this](const SavedAccount &account) { m_accounts->setEnabled(account, account.enabled); });
    connect(dialog, &SettingsDialog::preferencesChanged, this,
            &DesktopApplication::applyPreferences);
    connect(dialog, &SettingsDialog::appRegistered, m_accounts, &AccountsController::rememberApp);
}

void DesktopApplication::applyPreferences(const Preferences &preferences)
{
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
    m_accounts->setWantMentions(preferences.alsoMentions);
    m_accounts->setWantChats(preferences.chats);
    m_accounts->setWantRequests(preferences.requests);
}

void DesktopApplication::openUrl(const QUrl &url)
{
    // Links come from the server: only web links are ever opened.
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")) {
        m_urlOpener(url);
    }
}

void DesktopApplication::markRead(const QString &account, const QString &conversationId)
{
    if (AccountMonitor *monitor = m_accounts->monitor(account)) {
        monitor->markConversationRead(conversationId);
    }
}

void DesktopApplication::markAllRead()
{
    for (const TrackedConversation &conversation : m_tracker->unreadConversations()) {
        markRead(conversation.account, conversation.conversationId);
        m_center->onConversationRead(conversation.account, conversation.conversationId);
    }
    m_tracker->markAllRead();
}

void DesktopApplication::showStatusWindow()
{
    if (!m_statusWindow) {
        m_statusWindow = new StatusWindow(m_accounts->monitors(), m_log);
        m_statusWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statusWindow->show();
    m_statusWindow->raise();
    m_statusWindow->activateWindow();
}

QString DesktopApplication::statusText()
{
    QStringList lines;
    for (const AccountMonitor *monitor : m_accounts->monitors()) {
        // For a terminal: no control characters from the server.
        QString line = u"%1: %2"_s.arg(DisplayText::line(monitor->accountName()),
                                       accountStateName(monitor->state()));
        if (const QString detail = DisplayText::line(monitor->stateDetail()); !detail.isEmpty()) {
            line += u" ("_s + detail + u')';
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
    m_accounts->stopAll();
    QCoreApplication::quit();
}

} // namespace fedibell
