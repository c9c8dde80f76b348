#pragma once

#include <QSettings>

namespace fedibell {

// Fedibell's configuration file: ~/.config/fedibell/fedibell.ini (accounts without their
// tokens, preferences, timers). One place that names it.
class ConfigFile : public QSettings
{
public:
    ConfigFile()
        : QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("fedibell"),
                    QStringLiteral("fedibell"))
    {}
};

} // namespace fedibell
