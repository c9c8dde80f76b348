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

} // namespace fedibell
