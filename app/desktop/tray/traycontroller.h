#pragma once

#include "trayiconrenderer.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QMenu;
class QSystemTrayIcon;

namespace fedibell {

class AccountMonitor;
class ConversationTracker;

// The tray icon and its menu: state and unread count on the icon, accounts and state in the
// tooltip, recent conversations and the commands in the menu. Without a tray host it keeps
// looking for one for a while (panels often start after autostarted apps).
class TrayController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRetryIntervalMs = 5000;
    static constexpr int kRetryForMs = 3 * 60 * 1000;
    static constexpr int kRecentInMenu = 5;

    TrayController(ConversationTracker *tracker, QObject *parent = nullptr);
    ~TrayController() override;

    // The accounts shown; their state changes reach scheduleRefresh() (the app connects them).
    void setMonitors(const QList<AccountMonitor *> &monitors);
    void setPaused(bool paused);
    // Whether the computer has a network connection (the menu and tooltip say so when not).
    void setNetworkAvailable(bool available);
    // Coalesces bursts of changes into one refresh per event loop turn.
    void scheduleRefresh();
    // Shows the icon now or as soon as a tray host appears; false when none is there yet.
    bool show();

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    TrayIconRenderer::Look look() const { return m_look; }
    QString toolTip() const;

signals:
    void openRequested(const QUrl &url);
    void markAllReadRequested();
    void pauseRequested(const QDateTime &until);
    void resumeRequested();
    void settingsRequested();
    void statusRequested();
    void quitRequested();
    // No tray host could be found (said once).
    void trayUnavailable();

private:
    void refresh();
    void rebuildMenu();
    // A submenu per account with pending message requests.
    void addRequestsMenus();

    ConversationTracker *m_tracker;
    QList<AccountMonitor *> m_monitors;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QTimer m_retryTimer;
    QTimer m_refreshTimer;
    QDateTime m_retryUntil;
    TrayIconRenderer::Look m_look = TrayIconRenderer::Look::Connecting;
    int m_shownUnread = -1;
    bool m_paused = false;
    bool m_networkAvailable = true;
    bool m_reportedUnavailable = false;
};

} // namespace fedibell
