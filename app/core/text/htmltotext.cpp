#include "htmltotext.h"

#include <array>
#include <utility>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

// Longest entity name we look for after '&' before treating it as literal text.
constexpr qsizetype kMaxEntityLength = 32;

struct NamedEntity
{
    const char16_t *name;
    char16_t value;
};

constexpr std::array<NamedEntity, 16> kNamedEntities{{
    {u"amp", u'&'},
    {u"lt", u'<'},
    {u"gt", u'>'},
    {u"quot", u'"'},
    {u"apos", u'\''},
    {u"nbsp", u'\u00a0'},
    {u"hellip", u'\u2026'},
    {u"mdash", u'\u2014'},
    {u"ndash", u'\u2013'},
    {u"lsquo", u'\u2018'},
    {u"rsquo", u'\u2019'},
    {u"ldquo", u'\u201c'},
    {u"rdquo", u'\u201d'},
    {u"copy", u'\u00a9'},
    {u"reg", u'\u00ae'},
    {u"shy", u'\u00ad'},
}};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAllowedCodePoint(char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
    }
    // Control characters other than tab and newline could confuse terminals and parsers.
    if (cp < 0x20 && cp != u'\t' && cp != u'\n') {
        return false;
    }
    return !(cp >= 0x7F && cp < 0xA0);
}

// Collects output text, collapsing whitespace like a browser does and keeping
// the line structure that paragraphs and line breaks ask for.
class TextBuilder
{
public:
    explicit TextBuilder(qsizetype reserve) { m_text.reserve(reserve); }

    void addChar(QChar c)
    {
        if (isSpace(c)) {
            m_pendingSpace = true;
            return;
        }
        flushSeparator();
        m_text.append(c);
    }

    void addLiteral(QStringView s)
    {
        for (QChar c : s) {
            if (c == u'\u00a0') {
                flushSeparator();
                m_text.append(u' ');
            } else {
                addChar(c);
            }
        }
    }

    void lineBreak()
    {
        if (m_text.isEmpty()) {
            return;
        }
        m_pendingNewlines = std::min(m_pendingNewlines + 1, 2);
        m_pendingSpace = false;
    }

    void paragraphBreak()
    {
        if (m_text.isEmpty()) {
            return;
        }
        m_pendingNewlines = std::max(m_pendingNewlines, 2);
        m_pendingSpace = false;
    }

    QString take() { return std::move(m_text); }

private:
    void flushSeparator()
    {
        if (m_pendingNewlines > 0) {
            m_text.append(QString(m_pendingNewlines, u'\n'));
        } else if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(u'\n')) {
            m_text.append(u' ');
        }
        m_pendingNewlines = 0;
        m_pendingSpace = false;
    }

    QString m_text;
    int m_pendingNewlines = 0;
    bool m_pendingSpace = false;
};

// Reads the tag name at the start of `tag` (the text between '<' and '>').
QStringView tagName(QStringView tag, bool *closing)
{
    qsizetype i = 0;
    *closing = false;
    if (i < tag.size() && tag[i] == u'/') {
        *closing = true;
        ++i;
    }
    const qsizetype start = i;
    while (i < tag.size() && (tag[i].isLetterOrNumber())) {
        ++i;
    }
    return tag.mid(start, i - start);
}

bool equalsLower(QStringView name, QStringView lower)
{
    return name.compare(lower, Qt::CaseInsensitive) == 0;
}

// Tags that break a paragraph. Looked up by first letter: this runs for every tag.
bool isBlockTag(QStringView name)
{
    if (name.isEmpty() || name.size() > 10) {
        return false;
    }
    switch (name[0].toLower().unicode()) {
    case u'p':
        return name.size() == 1 || equalsLower(name, u"pre");
    case u'd':
        return equalsLower(name, u"div");
    case u'b':
        return equalsLower(name, u"blockquote");
    case u'u':
    case u'o':
        return name.size() == 2 && name[1].toLower() == u'l'; // ul, ol
    case u'l':
        return name.size() == 2 && name[1].toLower() == u'i'; // li
    case u'h':
        return name.size() == 2 && name[1] >= u'1' && name[1] <= u'6';
    case u't':
        return equalsLower(name, u"table");
    default:
        return false;
    }
}

bool isRawTextTag(QStringView name)
{
    return name.compare(u"script", Qt::CaseInsensitive) == 0
           || name.compare(u"style", Qt::CaseInsensitive) == 0;
}

} // namespace

QString HtmlToText::decodeEntity(QStringView name)
{
    if (name.isEmpty()) {
        return {};
    }
    if (name[0] == u'#') {
        bool ok = false;
        uint cp = 0;
        if (name.size() > 1 && (name[1] == u'x' || name[1] == u'X')) {
            cp = name.mid(2).toUInt(&ok, 16);
        } else {
            cp = name.mid(1).toUInt(&ok, 10);
        }
        if (!ok || !isAllowedCodePoint(cp)) {
            return ok ? QString(QChar(0xFFFD)) : QString();
        }
        const char32_t c32 = cp;
        return QString::fromUcs4(&c32, 1);
    }
    for (const NamedEntity &entity : kNamedEntities) {
        if (name == QStringView(entity.name)) {
            return QString(QChar(entity.value));
        }
    }
    return {};
}

QString HtmlToText::convert(QStringView wholeHtml)
{
    const QStringView html = wholeHtml.left(kMaxInput);
    TextBuilder out(html.size());
    const qsizetype n = html.size();
    // Where the next '>' is (-1: none in the rest), so that a run of stray '<' does not search
    // the rest of the text again for each one.
    qsizetype nextClose = 0;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            // Comments are skipped whole.
            if (html.mid(i, 4) == u"<!--") {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (nextClose >= 0 && nextClose <= i) {
                nextClose = html.indexOf(u'>', i + 1);
            }
            const qsizetype close = nextClose;
            if (close < 0) {
                // An unterminated tag: the rest is not markup we understand; drop it.
                break;
            }
            const QStringView tag = html.mid(i + 1, close - i - 1);
            bool closing = false;
            const QStringView name = tagName(tag, &closing);
            if (name.isEmpty()) {
                if (!closing && !tag.isEmpty() && (tag[0] == u'!' || tag[0] == u'?')) {
                    i = close + 1; // doctype or processing instruction
                } else {
                    out.addChar(c); // a lone '<' such as "a < b" is text
                    ++i;
                }
                continue;
            }
            i = close + 1;
            if (name.compare(u"br", Qt::CaseInsensitive) == 0) {
                out.lineBreak();
            } else if (isBlockTag(name)) {
                out.paragraphBreak();
            } else if (!closing && isRawTextTag(name)) {
                // Skip everything up to the matching end tag.
                const QString endTag = u"</"_s + name.toString();
                const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                if (end < 0) {
                    break;
                }
                const qsizetype endClose = html.indexOf(u'>', end);
                i = endClose < 0 ? n : endClose + 1;
            }
            continue;
        }
        if (c == u'&') {
            // Only a short look-ahead: an entity name is never longer.
            const qsizetype found = html.mid(i + 1, kMaxEntityLength + 1).indexOf(u';');
            const qsizetype semicolon = found < 0 ? -1 : i + 1 + found;
            if (semicolon > i + 1) {
                const QString decoded = decodeEntity(html.mid(i + 1, semicolon - i - 1));
                if (!decoded.isNull()) {
                    out.addLiteral(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.addChar(c);
            ++i;
            continue;
        }
        if (c.unicode() < 0x20 && !isSpace(c)) {
            ++i; // drop control characters
            continue;
        }
        out.addChar(c);
        ++i;
    }
    return out.take();
}

} // namespace fedibell
