#include "traycontroller.h"

#include "conversationtracker.h"
#include "desktoplogging.h"
#include "sync/accountmonitor.h"
#include "text/displaytext.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace fedibell {

using namespace Qt::StringLiterals;

TrayController::TrayController(ConversationTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu())
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_tray->setContextMenu(m_menu);
    connect(m_tracker, &ConversationTracker::changed, this, &TrayController::scheduleRefresh);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TrayController::refresh);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    emit statusRequested();
                }
            });
    m_retryTimer.setInterval(kRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (show() || QDateTime::currentDateTimeUtc() > m_retryUntil) {
            m_retryTimer.stop();
        }
    });
    refresh();
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::setMonitors(const QList<AccountMonitor *> &monitors)
{
    m_monitors = monitors;
    scheduleRefresh();
}

void TrayController::setPaused(bool paused)
{
    m_paused = paused;
    scheduleRefresh();
}

void TrayController::setNetworkAvailable(bool available)
{
    m_networkAvailable = available;
    scheduleRefresh();
}

bool TrayController::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_reportedUnavailable) {
            m_reportedUnavailable = true;
            qCInfo(lcTray) << "no system tray yet; retrying for a while";
            emit trayUnavailable();
            m_retryUntil = QDateTime::currentDateTimeUtc().addMSecs(kRetryForMs);
            m_retryTimer.start();
        }
        return false;
    }
    m_tray->show();
    return true;
}

QString TrayController::toolTip() const
{
    QStringList lines{u"Fedibell"_s};
    if (!m_networkAvailable) {
        lines << tr("No network connection");
    }
    for (const AccountMonitor *monitor : m_monitors) {
        QString state = accountStateName(monitor->state());
        if (monitor->state() == AccountState::Offline && !monitor->stateDetail().isEmpty()) {
            //: %1 is the state ("offline"), %2 why in a few words ("no network connection")
            state = tr("%1 (%2)").arg(state, DisplayText::line(monitor->stateDetail()));
        }
        lines << tr("%1: %2").arg(DisplayText::isolated(monitor->accountName()), state);
        if (monitor->lastEventAt().isValid()) {
            lines << tr("Last message at %1")
                         .arg(QLocale().toString(monitor->lastEventAt().toLocalTime().time(),
                                                 QLocale::ShortFormat));
        }
    }
    if (m_monitors.isEmpty()) {
        lines << tr("No account");
    }
    const int unread = m_tracker->totalUnread();
    if (unread > 0) {
        lines << tr("%n unread direct messages", nullptr, unread);
    }
    if (m_paused) {
        lines << tr("Notifications paused");
    }
    return lines.join(u'\n');
}

void TrayController::scheduleRefresh()
{
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void TrayController::refresh()
{
    QList<TrayIconRenderer::Look> looks;
    for (const AccountMonitor *monitor : std::as_const(m_monitors)) {
        looks << TrayIconRenderer::lookFor(monitor->state());
    }
    TrayIconRenderer::Look look = TrayIconRenderer::worst(looks);
    if (m_paused && look == TrayIconRenderer::Look::Streaming) {
        look = TrayIconRenderer::Look::Paused;
    }
    const int unread = m_tracker->totalUnread();
    if (look != m_look || unread != m_shownUnread) {
        m_look = look;
        m_shownUnread = unread;
        m_tray->setIcon(TrayIconRenderer::icon(look, unread));
    }
    m_tray->setToolTip(toolTip());
    rebuildMenu();
}

void TrayController::addRequestsMenus()
{
    for (const AccountMonitor *monitor : std::as_const(m_monitors)) {
        const QList<MessageRequest> requests = monitor->pendingRequests();
        if (requests.isEmpty()) {
            continue;
        }
        //: Direct messages filtered by the server, from people the user does not follow
        QString title = tr("Message requests (%1)").arg(requests.size());
        if (m_monitors.size() > 1) {
            title += u' ' + DisplayText::isolated(monitor->accountName());
        }
        QMenu *menu = m_menu->addMenu(title.replace(u'&', u"&&"_s));
        const QUrl page = monitor->requestsPage();
        for (const MessageRequest &request : requests.mid(0, kRecentInMenu)) {
            QString name = DisplayText::name(request.account.displayName, request.account.username);
            QAction *action = menu->addAction(name.replace(u'&', u"&&"_s));
            connect(action, &QAction::triggered, this, [this, page] { emit openRequested(page); });
        }
        menu->addSeparator();
        connect(menu->addAction(tr("Open message requests")), &QAction::triggered, this,
                [this, page] { emit openRequested(page); });
    }
}

void TrayController::rebuildMenu()
{
    m_menu->clear();
    if (!m_networkAvailable) {
        m_menu->addAction(tr("No network connection: Fedibell connects again when it is back"))
            ->setEnabled(false);
        m_menu->addSeparator();
    }
    const QList<TrackedConversation> recent = m_tracker->recent(kRecentInMenu);
    if (recent.isEmpty()) {
        m_menu->addAction(tr("No direct messages yet"))->setEnabled(false);
    }
    for (const TrackedConversation &conversation : recent) {
        QString label = tr("%1 \u2014 %2")
                            .arg(DisplayText::isolated(conversation.sender),
                                 DisplayText::line(conversation.preview));
        label.replace(u'&', u"&&"_s); // no accidental mnemonics from message text
        if (conversation.unread > 0) {
            label = u"\u25CF "_s + label;
        }
        QAction *action = m_menu->addAction(label);
        const QUrl url = conversation.url;
        connect(action, &QAction::triggered, this, [this, url] { emit openRequested(url); });
    }
    addRequestsMenus();
    m_menu->addSeparator();
    QAction *markAll = m_menu->addAction(tr("Mark all as read"));
    markAll->setEnabled(m_tracker->totalUnread() > 0);
    connect(markAll, &QAction::triggered, this, &TrayController::markAllReadRequested);

    QMenu *pause = m_menu->addMenu(tr("Pause notifications"));
    connect(pause->addAction(tr("For 1 hour")), &QAction::triggered, this,
            [this] { emit pauseRequested(QDateTime::currentDateTimeUtc().addSecs(3600)); });
    connect(pause->addAction(tr("Until tomorrow")), &QAction::triggered, this, [this] {
        const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(8, 0));
        emit pauseRequested(tomorrow.toUTC());
    });
    QAction *resume = pause->addAction(tr("Resume"));
    resume->setEnabled(m_paused);
    connect(resume, &QAction::triggered, this, &TrayController::resumeRequested);

    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Settings...")), &QAction::triggered, this,
            &TrayController::settingsRequested);
    connect(m_menu->addAction(tr("Status and log...")), &QAction::triggered, this,
            &TrayController::statusRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this,
            &TrayController::quitRequested);
}

} // namespace fedibell
