#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace fedibell {

using namespace Qt::StringLiterals;

Preferences Preferences::load(QSettings &settings)
{
    Preferences p;
    settings.beginGroup(u"notifications"_s);
    p.alsoMentions = settings.value(u"alsoMentions"_s, p.alsoMentions).toBool();
    p.chats = settings.value(u"chats"_s, p.chats).toBool();
    p.requests = settings.value(u"messageRequests"_s, p.requests).toBool();
    const int privacy = settings.value(u"privacy"_s, int(p.privacy)).toInt();
    if (privacy >= 0 && privacy <= int(Privacy::Nothing)) {
        p.privacy = Privacy(privacy);
    }
    p.avatars = settings.value(u"avatars"_s, p.avatars).toBool();
    p.sound = settings.value(u"sound"_s, p.sound).toBool();
    p.quietHours = settings.value(u"quietHours"_s, p.quietHours).toBool();
    const QTime from = QTime::fromString(settings.value(u"quietFrom"_s).toString(), u"HH:mm"_s);
    const QTime to = QTime::fromString(settings.value(u"quietTo"_s).toString(), u"HH:mm"_s);
    p.quietFrom = from.isValid() ? from : p.quietFrom;
    p.quietTo = to.isValid() ? to : p.quietTo;
    p.startAtLogin = settings.value(u"startAtLogin"_s, p.startAtLogin).toBool();
    settings.endGroup();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.beginGroup(u"notifications"_s);
    settings.setValue(u"alsoMentions"_s, alsoMentions);
    settings.setValue(u"chats"_s, chats);
    settings.setValue(u"messageRequests"_s, requests);
    settings.setValue(u"privacy"_s, int(privacy));
    settings.setValue(u"avatars"_s, avatars);
    settings.setValue(u"sound"_s, sound);
    settings.setValue(u"quietHours"_s, quietHours);
    settings.setValue(u"quietFrom"_s, quietFrom.toString(u"HH:mm"_s));
    settings.setValue(u"quietTo"_s, quietTo.toString(u"HH:mm"_s));
    settings.setValue(u"startAtLogin"_s, startAtLogin);
    settings.endGroup();
}

bool Preferences::operator==(const Preferences &o) const
{
    return alsoMentions == o.alsoMentions && chats == o.chats && requests == o.requests
           && privacy == o.privacy && avatars == o.avatars && sound == o.sound
           && quietHours == o.quietHours && quietFrom == o.quietFrom && quietTo == o.quietTo
           && startAtLogin == o.startAtLogin;
}

QString AutostartEntry::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + u"/autostart/io.github.fedibell.Fedibell.desktop"_s;
}

bool AutostartEntry::write(const QString &executable, QString *error)
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Tray-aware: started minimized, a little after the session so the panel is there.
    const QString entry = u"[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Fedibell\n"
                          "Comment=%1\n"
                          "Exec=%2 --minimized\n"
                          "Icon=io.github.fedibell.Fedibell\n"
                          "Terminal=false\n"
                          "Categories=Network;InstantMessaging;\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-GNOME-Autostart-Delay=5\n"
                          "X-KDE-autostart-after=panel\n"
                          "X-LXQt-Need-Tray=true\n"_s.arg(
                              QCoreApplication::translate(
                                  "AutostartEntry", "Tells you when a direct message arrives"),
                              executable);
    file.write(entry.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool AutostartEntry::remove()
{
    return !QFileInfo::exists(path()) || QFile::remove(path());
}

bool AutostartEntry::exists()
{
    return QFileInfo::exists(path());
}

} // namespace fedibell
