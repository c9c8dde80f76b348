#pragma once

#include <QString>
#include <QStringView>

namespace fedibell {

// Entity ids are opaque strings: numeric snowflakes on Mastodon, fixed-length sortable
// strings on Pleroma and GoToSocial. They order by length first, then lexically;
// never convert them to numbers (they overflow doubles).
inline int compareEntityIds(QStringView a, QStringView b)
{
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    return a.compare(b);
}

inline bool entityIdLess(QStringView a, QStringView b)
{
    return compareEntityIds(a, b) < 0;
}

inline QString maxEntityId(const QString &a, const QString &b)
{
    return compareEntityIds(a, b) >= 0 ? a : b;
}

// Longer than any id a real server hands out (snowflakes: 19 digits, ULIDs: 26 characters).
constexpr qsizetype kMaxEntityIdLength = 32;

// Whether `id` can be an id at all: short, and only letters, digits, '-' and '_'. Anything
// else (a floor of forty 9s, "../x") is refused before it can become a cursor or a path.
inline bool isPlausibleEntityId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxEntityIdLength) {
        return false;
    }
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z')
                        || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace fedibell
