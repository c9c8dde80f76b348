#pragma once

class QCoreApplication;

namespace fedibell {

// Loads Fedibell's (and Qt's own) translations for the system locale.
void installTranslations(QCoreApplication &app);

} // namespace fedibell
