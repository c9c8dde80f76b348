#pragma once

#include "text/repeatfolder.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace fedibell {

// The recent things Fedibell did and saw, in plain words, for the status window.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 500;

    using QObject::QObject;

    void add(const QString &account, const QString &text);
    QStringList lines() const { return m_lines; }

signals:
    void lineAdded(const QString &line);

private:
    QStringList m_lines;
    RepeatFolder m_folder; // a run of the same line is kept as one and a count
};

} // namespace fedibell
