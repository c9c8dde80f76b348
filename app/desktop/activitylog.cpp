#include "activitylog.h"

#include "text/displaytext.h"

namespace fedibell {

using namespace Qt::StringLiterals;

void ActivityLog::add(const QString &account, const QString &text)
{
    // Account names and messages carry server text: shown as text only, on one line.
    const QString entry = DisplayText::isolated(account) + u": "_s + DisplayText::line(text);
    for (const QString &folded : m_folder.add(entry)) {
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
