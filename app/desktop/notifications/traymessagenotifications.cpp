#include "traymessagenotifications.h"

#include <QSystemTrayIcon>

namespace fedibell {

TrayMessageNotifications::TrayMessageNotifications(QSystemTrayIcon *tray, QObject *parent)
    : NotificationBackend(parent)
    , m_tray(tray)
{
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastHandle != 0) {
            emit actionInvoked(m_lastHandle, QLatin1StringView(kDefaultAction));
        }
    });
}

bool TrayMessageNotifications::isAvailable() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
}

void TrayMessageNotifications::show(quint64 requestId, quint32 replaces,
                                    const PopupContent &content)
{
    Q_UNUSED(replaces)
    if (!isAvailable()) {
        emit failed(requestId, tr("The tray cannot show messages."));
        return;
    }
    // Balloons take plain text only; nothing to escape.
    m_tray->showMessage(content.summary, content.body, QSystemTrayIcon::Information);
    ++m_lastHandle;
    emit shown(requestId, m_lastHandle);
}

void TrayMessageNotifications::close(quint32 handle)
{
    Q_UNUSED(handle) // balloons vanish by themselves
}

} // namespace fedibell
