// Mastodon-style id pagination (max_id / since_id / min_id / limit).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fake {

/// Compares Mastodon ids (decimal strings) as numbers: by length, then lexically.
/// Returns <0, 0 or >0.
int compareIds(const QString &a, const QString &b);

struct PageRequest
{
    int limit = 20;
    QString maxId;   ///< only keys < maxId
    QString sinceId; ///< only keys > sinceId (newest page above it)
    QString minId;   ///< only keys > minId, the page immediately above it
};

/// Selects a page from \a keysNewestFirst (sorted descending). Returns indices into that list,
/// newest first, as Mastodon's paginate_by_id does: with minId the `limit` oldest keys above
/// it, otherwise the `limit` newest keys that match.
QList<int> paginate(const QStringList &keysNewestFirst, const PageRequest &request);

} // namespace fake
