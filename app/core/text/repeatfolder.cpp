#include "text/repeatfolder.h"

#include <QCoreApplication>
#include <QLocale>

namespace fedibell {

QString RepeatFolder::repeatedLine(qint64 times)
{
    //: %1 is a count with the locale's digit grouping ("2,999,999")
    return QCoreApplication::translate("fedibell::RepeatFolder", "... %1 more like this")
        .arg(QLocale().toString(times));
}

QStringList RepeatFolder::add(const QString &line)
{
    if (!m_last.isNull() && line == m_last) {
        ++m_repeats;
        return {};
    }
    QStringList out = flush();
    m_last = line;
    out.append(line);
    return out;
}

QStringList RepeatFolder::flush()
{
    if (m_repeats == 0) {
        return {};
    }
    const qint64 repeats = m_repeats;
    m_repeats = 0;
    return {repeatedLine(repeats)};
}

} // namespace fedibell
