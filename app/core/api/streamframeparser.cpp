#include "streamframeparser.h"

#include "text/displaytext.h"

#include "entityreader.h"

#include <simdjson.h>

#include <limits>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

using simdjson::SUCCESS;
namespace dom = simdjson::dom;

// Largest integer a JSON number holds exactly (ids sent as numbers must not lose digits).
constexpr uint64_t kMaxExactInteger = uint64_t{1} << 53;

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// EntityReader's view of a simdjson DOM object.
class SimdObject
{
public:
    explicit SimdObject(dom::object object)
        : m_object(object)
    {}

    QString string(const char *key) const
    {
        std::string_view text;
        return m_object[key].get_string().get(text) == SUCCESS ? toQString(text) : QString();
    }

    bool boolean(const char *key) const
    {
        bool value = false;
        return m_object[key].get_bool().get(value) == SUCCESS && value;
    }

    QString id() const
    {
        const auto id = m_object["id"];
        std::string_view text;
        if (id.get_string().get(text) == SUCCESS) {
            return toQString(text);
        }
        uint64_t number = 0;
        if (id.get_uint64().get(number) == SUCCESS && number < kMaxExactInteger) {
            return QString::number(number);
        }
        return {};
    }

    std::optional<SimdObject> object(const char *key) const
    {
        dom::object child;
        if (m_object[key].get_object().get(child) != SUCCESS) {
            return std::nullopt;
        }
        return SimdObject(child);
    }

    template <typename F> void forEachObject(const char *key, F function) const
    {
        dom::array items;
        if (m_object[key].get_array().get(items) != SUCCESS) {
            return;
        }
        for (dom::element item : items) {
            dom::object child;
            if (item.get_object().get(child) == SUCCESS) {
                function(SimdObject(child));
            }
        }
    }

private:
    dom::object m_object;
};

StreamEvent malformed(const QString &why)
{
    StreamEvent event;
    event.kind = StreamEvent::Kind::Malformed;
    event.errorMessage = why;
    return event;
}

// Parsers keep their buffers between frames; one pair per thread. The payload is parsed by a
// second parser because it is a string inside the envelope's document.
dom::parser &envelopeParser()
{
    thread_local dom::parser parser;
    return parser;
}

dom::parser &payloadParser()
{
    thread_local dom::parser parser;
    return parser;
}

QString describe(simdjson::error_code error)
{
    return QString::fromUtf8(simdjson::error_message(error));
}

// Whether a pleroma:respond payload says a subscribe failed: {"type":"subscribe",
// "result":"error",...}.
bool isRefusedSubscribe(std::string_view payload)
{
    dom::element root;
    if (payloadParser().parse(payload.data(), payload.size(), true).get(root) != SUCCESS) {
        return false;
    }
    std::string_view type;
    std::string_view result;
    return root["type"].get_string().get(type) == SUCCESS && type == "subscribe"
           && root["result"].get_string().get(result) == SUCCESS && result == "error";
}

} // namespace

StreamEvent StreamFrameParser::parse(QByteArrayView utf8Frame)
{
    if (utf8Frame.size() > kMaxFrameBytes) {
        return malformed(u"frame of %1 bytes is too large"_s.arg(utf8Frame.size()));
    }
    dom::element root;
    auto error = envelopeParser().parse(utf8Frame.data(), size_t(utf8Frame.size()), true).get(root);
    if (error != SUCCESS) {
        return malformed(u"invalid envelope: %1"_s.arg(describe(error)));
    }
    dom::object envelope;
    if (root.get_object().get(envelope) != SUCCESS) {
        return malformed(u"invalid envelope: not a JSON object"_s);
    }

    if (dom::element errorField; envelope["error"].get(errorField) == SUCCESS) {
        StreamEvent event;
        event.kind = StreamEvent::Kind::Error;
        std::string_view message;
        if (errorField.get_string().get(message) == SUCCESS) {
            // Server text that ends up in logs: one line, no controls, quoted.
            event.errorMessage =
                u'\u201c' + DisplayText::line(toQString(message).left(200)) + u'\u201d';
        }
        int64_t status = 0;
        if (envelope["status"].get_int64().get(status) == SUCCESS && status >= 0 && status < 1000) {
            event.errorStatus = int(status);
        }
        return event;
    }

    StreamEvent event;
    std::string_view eventName;
    if (envelope["event"].get_string().get(eventName) != SUCCESS || eventName.empty()) {
        return malformed(u"frame without an event name"_s);
    }
    event.eventName = toQString(eventName);
    std::string_view payload;
    const bool payloadIsString = envelope["payload"].get_string().get(payload) == SUCCESS;

    if (eventName == "delete") {
        event.kind = StreamEvent::Kind::Delete;
        if (!payloadIsString || payload.empty()) {
            return malformed(u"delete without a status id"_s);
        }
        event.deletedId = toQString(payload);
        return event;
    }
    if (eventName == "notifications_merged") {
        event.kind = StreamEvent::Kind::NotificationsMerged;
        return event;
    }
    if (eventName == "pleroma:respond") {
        // Pleroma acknowledges each subscribe; "error" means this connection may not read the
        // stream (an anonymous connection asking for "direct").
        event.kind = payloadIsString && isRefusedSubscribe(payload)
                         ? StreamEvent::Kind::SubscribeRefused
                         : StreamEvent::Kind::Ignored;
        return event;
    }
    const bool isConversation = eventName == "conversation";
    const bool isNotification = eventName == "notification";
    if (!isConversation && !isNotification) {
        event.kind = StreamEvent::Kind::Ignored;
        return event;
    }
    if (!payloadIsString) {
        return malformed(u"%1 payload is not a string"_s.arg(event.eventName));
    }
    dom::element payloadRoot;
    error = payloadParser().parse(payload.data(), payload.size(), true).get(payloadRoot);
    dom::object payloadObject;
    if (error == SUCCESS && payloadRoot.get_object().get(payloadObject) != SUCCESS) {
        error = simdjson::INCORRECT_TYPE;
    }
    if (error != SUCCESS) {
        return malformed(u"invalid %1 payload: %2"_s.arg(event.eventName, describe(error)));
    }
    const SimdObject object(payloadObject);
    if (isConversation) {
        event.conversation = EntityReader::conversation(object);
        if (!event.conversation) {
            return malformed(u"conversation without an id"_s);
        }
        event.kind = StreamEvent::Kind::Conversation;
    } else {
        event.notification = EntityReader::notification(object);
        if (!event.notification) {
            return malformed(u"notification without an id"_s);
        }
        event.kind = StreamEvent::Kind::Notification;
    }
    return event;
}

} // namespace fedibell
