#include "desktopapplication.h"

#include "activitylog.h"
#include "avatarcache.h"
#include "conversationtracker.h"
#include "demolauncher.h"
#include "desktoplogging.h"
#include "freedesktopnotifications.h"
#include "notificationcenter.h"
#include "singleinstance.h"
#include "statuswindow.h"
#include "traycontroller.h"
#include "traymessagenotifications.h"

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
    // Account settings arrive with account management; until then the status window says
    // how Fedibell is configured.
    connect(m_tray, &TrayController::settingsRequested, this,
            &DesktopApplication::showStatusWindow);
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
}

DesktopApplication::~DesktopApplication()
{
    for (AccountMonitor *monitor : std::as_const(m_monitors)) {
        monitor->stop();
    }
    delete m_statusWindow;
}

void DesktopApplication::start()
{
    m_freedesktop->probe();
    m_tray->show();
    if (m_options.accounts.isEmpty()) {
        startDemo();
    } else {
        for (const AccountConfig &config : std::as_const(m_options.accounts)) {
            addMonitor(config);
        }
        emit monitorsStarted();
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

void DesktopApplication::addMonitor(const AccountConfig &config)
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
    monitor->start();
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

QString DesktopApplication::statusText() const
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
    if (command == "show-status" || command == "show-settings") {
        showStatusWindow();
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
