#pragma once

#include <QString>

namespace fedibell {

// Text from the server as shown to a person (popups, the tray, windows, --status): what it
// says, not what it could make the screen do. Names and messages stay as sent everywhere
// else (the ledger, the headless JSON); these only make the shown copy.
namespace DisplayText {

// One line: Unicode format characters (category Cf: bidi embeddings, overrides, isolates and
// marks, zero-width spaces and joiners, the BOM, soft hyphens, tags...), other controls and
// lone surrogates dropped, as are letters that show nothing (Hangul fillers and the like);
// every run of whitespace, line breaks included, one space; trimmed. A zero-width joiner
// inside an emoji sequence (between two pictographs) is kept.
QString line(const QString &text);

// Several lines: each line as line(), at most one empty line between paragraphs, none around.
QString paragraphs(const QString &text);

// line() between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, for a name or other server
// text inside a sentence: its direction cannot reorder the text around it. Empty stays empty.
QString isolated(const QString &text);

// The name to show for an account: line() of the display name, or of the username when
// nothing visible is left of the display name.
QString name(const QString &displayName, const QString &username);

} // namespace DisplayText

} // namespace fedibell
