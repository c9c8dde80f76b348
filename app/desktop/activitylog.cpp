#include "activitylog.h"

namespace fedibell {

using namespace Qt::StringLiterals;

void ActivityLog::add(const QString &account, const QString &text)
{
    for (const QString &folded : m_folder.add(account + u": "_s + text)) {
        const QString line = u"%1  %2"_s.arg(
            QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), folded);
        m_lines.append(line);
        if (m_lines.size() > kMaxLines) {
            m_lines.removeFirst();
        }
        emit lineAdded(line);
    }
}

} // namespace fedibell
