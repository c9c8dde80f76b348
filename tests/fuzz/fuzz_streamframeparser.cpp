// Feeds StreamFrameParser whole frames as a streaming server would send them, and the same
// bytes as the payload of a conversation and of a notification frame, so that mutations
// reach the payload parser without having to keep the JSON string escaping intact.

#include "api/streamframeparser.h"
#include "entitychecks.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

void checkEvent(const StreamEvent &event)
{
    using Kind = StreamEvent::Kind;
    FEDIBELL_FUZZ_CHECK(event.conversation.has_value() == (event.kind == Kind::Conversation));
    FEDIBELL_FUZZ_CHECK(event.notification.has_value() == (event.kind == Kind::Notification));
    FEDIBELL_FUZZ_CHECK(event.deletedId.isEmpty() || event.kind == Kind::Delete);
    switch (event.kind) {
    case Kind::Conversation:
        FuzzChecks::checkConversation(*event.conversation);
        break;
    case Kind::Notification:
        FuzzChecks::checkNotification(*event.notification);
        break;
    case Kind::Delete:
        FEDIBELL_FUZZ_CHECK(!event.deletedId.isEmpty());
        break;
    case Kind::Error:
        // At most 200 characters of server text, between two quotation marks.
        FEDIBELL_FUZZ_CHECK(event.errorMessage.size() <= 200 + 2);
        FEDIBELL_FUZZ_CHECK(event.errorStatus >= 0 && event.errorStatus < 1000);
        break;
    case Kind::Malformed:
        FEDIBELL_FUZZ_CHECK(!event.errorMessage.isEmpty());
        break;
    case Kind::NotificationsMerged:
    case Kind::SubscribeRefused:
    case Kind::Ignored:
        break;
    }
    if (event.kind != Kind::Error && event.kind != Kind::Malformed) {
        FEDIBELL_FUZZ_CHECK(!event.eventName.isEmpty());
    }
}

// The parser keeps its buffers from frame to frame: the same frame must read the same after
// others were parsed.
bool sameEvent(const StreamEvent &a, const StreamEvent &b)
{
    const auto conversationId = [](const StreamEvent &e) {
        return e.conversation ? e.conversation->id : QString();
    };
    const auto notificationId = [](const StreamEvent &e) {
        return e.notification ? e.notification->id : QString();
    };
    return a.kind == b.kind && a.eventName == b.eventName && a.deletedId == b.deletedId
           && a.errorMessage == b.errorMessage && a.errorStatus == b.errorStatus
           && conversationId(a) == conversationId(b) && notificationId(a) == notificationId(b);
}

QByteArray envelope(const QString &event, QByteArrayView payload)
{
    const QJsonObject object{{u"stream"_s, u"direct"_s},
                             {u"event"_s, event},
                             {u"payload"_s, QString::fromUtf8(payload)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView frame(data, qsizetype(size));
    const StreamEvent first = StreamFrameParser::parse(frame);
    checkEvent(first);
    checkEvent(StreamFrameParser::parse(envelope(u"conversation"_s, frame)));
    checkEvent(StreamFrameParser::parse(envelope(u"notification"_s, frame)));
    FEDIBELL_FUZZ_CHECK(sameEvent(first, StreamFrameParser::parse(frame)));
    return 0;
}
