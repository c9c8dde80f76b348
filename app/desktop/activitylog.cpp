#include "activitylog.h"

namespace fedibell {

using namespace Qt::StringLiterals;

void ActivityLog::add(const QString &account, const QString &text)
{
    const QString line = u"%1  %2: %3"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), account, text);
    m_lines.append(line);
    if (m_lines.size() > kMaxLines) {
        m_lines.removeFirst();
    }
    emit lineAdded(line);
}

} // namespace fedibell
