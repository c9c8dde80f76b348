#pragma once

#include <QString>
#include <QStringView>

namespace fedibell {

// Turns the HTML of a Mastodon status into plain text: tags are dropped, entities decoded,
// paragraphs become blank lines and <br> a line break, links read as their visible text.
// Works in one linear pass and never fails: unterminated tags, stray '<' and unknown
// entities come out as text or are dropped, never interpreted. Only the first kMaxInput
// characters are read (a status is a few thousand at most; a hostile server may send more).
class HtmlToText
{
public:
    static constexpr qsizetype kMaxInput = 100000;

    static QString convert(QStringView html);

    // Decodes one entity body (the part between '&' and ';'), e.g. "amp" or "#x27".
    // Returns a null QString when the entity is unknown or invalid.
    static QString decodeEntity(QStringView name);
};

} // namespace fedibell
