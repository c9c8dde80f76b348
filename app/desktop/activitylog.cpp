#include "activitylog.h"

#include "text/displaytext.h"

namespace fedibell {

using namespace Qt::StringLiterals;

void ActivityLog::add(const QString &account, const QString &text)
{
    // Account names and messages carry server text: shown as text only, on one line.
    const QString line =
        u"%1  %2: %3"_s.arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                            DisplayText::isolated(account), DisplayText::line(text));
    m_lines.append(line);
    if (m_lines.size() > kMaxLines) {
        m_lines.removeFirst();
    }
    emit lineAdded(line);
}

} // namespace fedibell
