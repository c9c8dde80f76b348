#pragma once

#include <QString>
#include <QStringList>

namespace fedibell {

// Folds runs of the same log line: the first is passed on, the repeats are only counted, and
// the count is told once the run ends ("... 2,999,999 more like this"), so that a server
// sending the same error a million times costs two lines, not a million (under systemd,
// journald's rate limit would otherwise drop the message lines too). Plain code.
class RepeatFolder
{
public:
    // The lines to write now for `line` (none while it repeats the previous one).
    QStringList add(const QString &line);
    // The pending count, if any, as a line; call when the program stops.
    QStringList flush();

    static QString repeatedLine(qint64 times);

private:
    QString m_last;
    qint64 m_repeats = 0;
};

} // namespace fedibell
