#pragma once

#include "sync/incomingmessage.h"

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace fedibell {

// Writes each announced message as one JSON object on one line, flushed at once,
// for scripts and bots reading the output.
class JsonLinePrinter
{
public:
    explicit JsonLinePrinter(std::FILE *out = stdout);

    static QByteArray format(const QString &accountName, const IncomingMessage &message);
    void print(const QString &accountName, const IncomingMessage &message);

private:
    std::FILE *m_out;
};

} // namespace fedibell
