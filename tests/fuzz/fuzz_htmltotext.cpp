// Feeds HtmlToText::convert the input read as UTF-8 (as the JSON parsers hand it over) and as
// raw UTF-16, lone surrogates included.

#include "fuzzcheck.h"
#include "text/htmltotext.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace fedibell;

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// What the converter must make of text without markup or entities: control characters
// dropped, each run of white space one space, none at either end.
QString plainTextModel(QStringView html)
{
    QString text;
    bool pendingSpace = false;
    for (QChar c : html.left(HtmlToText::kMaxInput)) {
        if (isSpace(c)) {
            pendingSpace = !text.isEmpty();
        } else if (c.unicode() >= 0x20) {
            if (pendingSpace) {
                text.append(u' ');
            }
            text.append(c);
            pendingSpace = false;
        }
    }
    return text;
}

void check(QStringView html)
{
    const QString text = HtmlToText::convert(html);
    // Tags and entities are never shorter than what they become.
    FEDIBELL_FUZZ_CHECK(text.size() <= std::min(html.size(), HtmlToText::kMaxInput));
    for (QChar c : text) {
        FEDIBELL_FUZZ_CHECK(c.unicode() >= 0x20 || c == u'\n');
    }
    FEDIBELL_FUZZ_CHECK(!text.startsWith(u'\n') && !text.endsWith(u'\n'));
    FEDIBELL_FUZZ_CHECK(!text.contains(u"\n\n\n"));
    if (!html.contains(u'<') && !html.contains(u'&')) {
        FEDIBELL_FUZZ_CHECK(text == plainTextModel(html));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(char16_t));
    check(utf16);
    return 0;
}
