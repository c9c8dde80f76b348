#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace fedibell {

// What one desktop popup says, in plain text; each backend escapes it for its own format.
struct PopupContent
{
    QString summary;
    QString body;
    QImage image;            // the sender's avatar, if known
    bool withActions = true; // offer "open" (default) and "mark as read"
    bool sound = true;
};

} // namespace fedibell
