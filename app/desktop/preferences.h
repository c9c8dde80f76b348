#pragma once

#include "notifications/privacy.h"

#include <QObject>
#include <QTime>

class QSettings;

namespace fedibell {

// What the user chose in the settings dialog, stored in the config file and applied at once.
struct Preferences
{
    bool alsoMentions = false;
    bool chats = true;    // Pleroma and Akkoma chat messages
    bool requests = true; // DMs the server filtered into message requests
    Privacy privacy = Privacy::FullText;
    bool avatars = true;
    bool sound = true;
    bool quietHours = false;
    QTime quietFrom{22, 0};
    QTime quietTo{7, 0};
    bool startAtLogin = false;

    static Preferences load(QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};

// Writes or removes the XDG autostart entry that starts Fedibell in the tray at login.
class AutostartEntry
{
public:
    static QString path(); // $XDG_CONFIG_HOME/autostart/io.github.fedibell.Fedibell.desktop
    static bool write(const QString &executable, QString *error);
    static bool remove();
    static bool exists();
};

} // namespace fedibell
