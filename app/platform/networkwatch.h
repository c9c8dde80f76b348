#pragma once

#include <QObject>

namespace fedibell {

// Whether the computer has a network connection at all, as a yes or no. This class is the
// seam: it says what it is told (setOnline(), as tests do); SystemNetworkWatch follows the
// system.
class NetworkWatch : public QObject
{
    Q_OBJECT

public:
    explicit NetworkWatch(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // Emits onlineChanged() when it changes.
    void setOnline(bool online);

signals:
    void onlineChanged(bool online);

private:
    bool m_online = true;
};

// QNetworkInformation's reachability, from the first backend that can tell it (on Debian the
// glib one, which works without NetworkManager; the default load() fails without it). Only
// Disconnected counts as offline: Local and Site still reach an instance on the same network.
// Without a backend it stays online, so Fedibell behaves as if it were not watching.
class SystemNetworkWatch : public NetworkWatch
{
    Q_OBJECT

public:
    explicit SystemNetworkWatch(QObject *parent = nullptr);

    bool hasBackend() const { return m_hasBackend; }

private:
    bool m_hasBackend = false;
};

} // namespace fedibell
