#include "streamframeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

StreamEvent malformed(const QString &why)
{
    StreamEvent event;
    event.kind = StreamEvent::Kind::Malformed;
    event.errorMessage = why;
    return event;
}

std::optional<QJsonObject> parseObject(QByteArrayView json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

} // namespace

StreamEvent StreamFrameParser::parse(QByteArrayView utf8Frame)
{
    if (utf8Frame.size() > kMaxFrameBytes) {
        return malformed(u"frame of %1 bytes is too large"_s.arg(utf8Frame.size()));
    }
    QString error;
    const std::optional<QJsonObject> envelope = parseObject(utf8Frame, &error);
    if (!envelope) {
        return malformed(u"invalid envelope: %1"_s.arg(error));
    }

    if (envelope->contains("error"_L1)) {
        StreamEvent event;
        event.kind = StreamEvent::Kind::Error;
        event.errorMessage = envelope->value("error"_L1).toString().left(200);
        event.errorStatus = envelope->value("status"_L1).toInt();
        return event;
    }

    StreamEvent event;
    event.eventName = envelope->value("event"_L1).toString();
    const QJsonValue stream = envelope->value("stream"_L1);
    event.stream = stream.isArray() ? stream.toArray().first().toString() : stream.toString();
    const QJsonValue payload = envelope->value("payload"_L1);

    if (event.eventName.isEmpty()) {
        return malformed(u"frame without an event name"_s);
    }
    if (event.eventName == u"delete") {
        event.kind = StreamEvent::Kind::Delete;
        event.deletedId = payload.toString();
        if (event.deletedId.isEmpty()) {
            return malformed(u"delete without a status id"_s);
        }
        return event;
    }
    if (event.eventName == u"notifications_merged") {
        event.kind = StreamEvent::Kind::NotificationsMerged;
        return event;
    }
    const bool isConversation = event.eventName == u"conversation";
    const bool isNotification = event.eventName == u"notification";
    if (!isConversation && !isNotification) {
        event.kind = StreamEvent::Kind::Ignored;
        return event;
    }
    if (!payload.isString()) {
        return malformed(u"%1 payload is not a string"_s.arg(event.eventName));
    }
    const std::optional<QJsonObject> object = parseObject(payload.toString().toUtf8(), &error);
    if (!object) {
        return malformed(u"invalid %1 payload: %2"_s.arg(event.eventName, error));
    }
    if (isConversation) {
        event.conversation = Entities::parseConversation(*object);
        if (!event.conversation) {
            return malformed(u"conversation without an id"_s);
        }
        event.kind = StreamEvent::Kind::Conversation;
    } else {
        event.notification = Entities::parseNotification(*object);
        if (!event.notification) {
            return malformed(u"notification without an id"_s);
        }
        event.kind = StreamEvent::Kind::Notification;
    }
    return event;
}

} // namespace fedibell
