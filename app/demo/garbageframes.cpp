#include "garbageframes.h"

#include "payloadfactory.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fake {

QList<GarbageFrame> garbageFrames()
{
    const QString conversation = u"{\"id\":\"400999\",\"unread\":true,\"accounts\":[],"
                                 "\"last_status\":null}"_s;
    QList<GarbageFrame> frames;
    auto text = [&frames](const QByteArray &bytes) { frames.append({false, bytes}); };
    // 1. not JSON at all
    text(QByteArrayLiteral("{\"stream\":[\"direct\"],\"event\":\"conversation\",\"payl"));
    // 2. JSON, but an array
    text(QByteArrayLiteral("[\"direct\",\"conversation\",{}]"));
    // 3. envelope whose payload is an object instead of a string
    text("{\"stream\":[\"direct\"],\"event\":\"conversation\",\"payload\":" + conversation.toUtf8()
         + '}');
    // 4. payload string that is not JSON
    text(PayloadFactory::envelope(u"direct"_s, u"conversation"_s, u"{\"id\":\"4009"_s));
    // 5. an error frame (no event field)
    text(PayloadFactory::errorFrame(u"Unknown stream type"_s, 400));
    // 6. an event this client does not know (forks add their own)
    text(PayloadFactory::envelope(u"direct"_s, u"conversation.read"_s, u"{\"id\":\"1\"}"_s));
    // 7. envelope without payload, and with stream not an array
    text(QByteArrayLiteral("{\"stream\":[\"user:notification\"],\"event\":\"notification\"}"));
    text(QByteArrayLiteral("{\"stream\":\"direct\",\"event\":\"conversation\",\"payload\":null}"));
    // 8. a binary frame and an empty text frame
    frames.append({true, QByteArrayLiteral("\x00\x01\x02\xff binary junk")});
    text(QByteArray());
    // 9. a huge (about 1 MB) but well-formed public update nobody asked for
    const QJsonObject status{
        {"id"_L1, u"110000000000000999"_s},
        {"visibility"_L1, u"public"_s},
        {"content"_L1, u"<p>"_s + QString(qsizetype(1024) * 1024, u'A') + u"</p>"_s}};
    text(PayloadFactory::envelope(u"public"_s, u"update"_s, PayloadFactory::jsonText(status)));
    return frames;
}

} // namespace fake
