#pragma once

class QCoreApplication;

namespace fedibell {

// Loads Fedibell's (and Qt's own) translations for the locale (QLocale(): the system's unless
// a default was set), over the English plural forms that every locale gets.
void installTranslations(QCoreApplication &app);

} // namespace fedibell
