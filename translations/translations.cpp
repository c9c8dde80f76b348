#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fedibell {

using namespace Qt::StringLiterals;

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    // The sources are English; the English catalogue holds only their plural forms ("%n
    // person", "%n people"). It goes in first, under any other language: translators are asked
    // latest first, so a language of its own (de, fr, es, ja) answers before it, and every
    // other locale (C, POSIX, en_GB, a language Fedibell does not speak) gets English plurals.
    const QString englishPlurals = u":/i18n/fedibell_en.qm"_s;
    auto *english = new QTranslator(&app);
    if (english->load(englishPlurals)) {
        QCoreApplication::installTranslator(english);
    } else {
        delete english;
    }
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"fedibell"_s, u"_"_s, u":/i18n"_s)
        && own->filePath() != englishPlurals) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
}

} // namespace fedibell
