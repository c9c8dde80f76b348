#include "displaytext.h"

#include <QStringList>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kEmojiPresentation = 0xFE0F;

// Letters and marks that are Default_Ignorable_Code_Point without being Cf: they show nothing.
bool isInvisibleLetter(char32_t c)
{
    switch (c) {
    case 0x034F: // COMBINING GRAPHEME JOINER
    case 0x115F: // HANGUL CHOSEONG FILLER
    case 0x1160: // HANGUL JUNGSEONG FILLER
    case 0x17B4: // KHMER VOWEL INHERENT AQ
    case 0x17B5: // KHMER VOWEL INHERENT AA
    case 0x3164: // HANGUL FILLER
    case 0xFFA0: // HALFWIDTH HANGUL FILLER
        return true;
    default:
        return false;
    }
}

bool isPictograph(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Symbol_Other || category == QChar::Symbol_Modifier;
}

bool isDropped(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
        return true;
    default:
        return isInvisibleLetter(c);
    }
}

// The code points of \a text; a lone surrogate becomes U+D800 (dropped later as Cs).
QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            result.append(c.isSurrogate() ? char32_t(0xD800) : char32_t(c.unicode()));
        }
    }
    return result;
}

} // namespace

QString DisplayText::line(const QString &text)
{
    const QList<char32_t> points = codePoints(text);
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    char32_t previous = 0; // the last code point kept
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        if (QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c == kZeroWidthJoiner && !pendingSpace && i + 1 < points.size()
            && (isPictograph(previous) || previous == kEmojiPresentation)
            && isPictograph(points.at(i + 1))) {
            out.append(QChar(char16_t(c))); // 👩‍💻 stays one picture
            previous = c;
            continue;
        }
        if (isDropped(c)) {
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(QString::fromUcs4(&c, 1));
        previous = c;
    }
    return out;
}

QString DisplayText::paragraphs(const QString &text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s);
    for (const QChar lineBreak : {QChar(u'\r'), QChar(0x2028), QChar(0x2029), QChar(0x0085)}) {
        unified.replace(lineBreak, u'\n');
    }
    QStringList lines;
    for (const QString &raw : unified.split(u'\n')) {
        const QString shown = line(raw);
        if (!shown.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty())) {
            lines.append(shown);
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines.join(u'\n');
}

QString DisplayText::isolated(const QString &text)
{
    const QString shown = line(text);
    return shown.isEmpty() ? shown : QChar(0x2068) + shown + QChar(0x2069);
}

QString DisplayText::name(const QString &displayName, const QString &username)
{
    const QString shown = line(displayName);
    return shown.isEmpty() ? line(username) : shown;
}

} // namespace fedibell
