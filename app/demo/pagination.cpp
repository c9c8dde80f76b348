#include "pagination.h"

namespace fake {

int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

QList<int> paginate(const QStringList &keysNewestFirst, const PageRequest &request)
{
    QList<int> matching;
    for (int i = 0; i < keysNewestFirst.size(); ++i) {
        const QString &key = keysNewestFirst.at(i);
        if (!request.maxId.isEmpty() && compareIds(key, request.maxId) >= 0)
            continue;
        if (!request.sinceId.isEmpty() && compareIds(key, request.sinceId) <= 0)
            continue;
        if (!request.minId.isEmpty() && compareIds(key, request.minId) <= 0)
            continue;
        matching.append(i);
    }
    const int limit = qMax(0, request.limit);
    if (matching.size() <= limit)
        return matching;
    if (!request.minId.isEmpty())
        return matching.mid(matching.size() - limit); // oldest `limit` above min_id
    return matching.mid(0, limit);
}

} // namespace fake
