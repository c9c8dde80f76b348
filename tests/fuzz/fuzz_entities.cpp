// Feeds the entity readers (Entities::parse*) what QJsonDocument makes of arbitrary bytes: an
// object is read as each kind of entity, an array item by item, as REST pages are. The same
// object sent as a stream frame's payload must read the same through the stream's parser.

#include "api/streamframeparser.h"
#include "entitychecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

bool sameAccount(const Account &a, const Account &b)
{
    return a.id == b.id && a.acct == b.acct && a.username == b.username
           && a.displayName == b.displayName && a.url == b.url && a.avatar == b.avatar;
}

bool sameStatus(const std::optional<Status> &a, const std::optional<Status> &b)
{
    if (!a || !b) {
        return a.has_value() == b.has_value();
    }
    return a->id == b->id && a->createdAt == b->createdAt && a->visibility == b->visibility
           && a->url == b->url && a->spoilerText == b->spoilerText && a->content == b->content
           && sameAccount(a->account, b->account) && a->hiddenByFilter == b->hiddenByFilter;
}

// Reads `object` as the payload of a stream frame; nothing when the stream's JSON parser
// refuses the payload itself (it is stricter than Qt's, e.g. about lone surrogates).
std::optional<StreamEvent> readFromStream(const QString &event, const QJsonObject &object)
{
    const QJsonObject envelope{
        {u"event"_s, event},
        {u"payload"_s, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))}};
    StreamEvent read =
        StreamFrameParser::parse(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    if (read.kind == StreamEvent::Kind::Malformed && read.errorMessage.startsWith(u"invalid")) {
        return std::nullopt;
    }
    return read;
}

void checkStreamReadsTheSame(const QJsonObject &object,
                             const std::optional<Conversation> &conversation,
                             const std::optional<Notification> &notification)
{
    if (const auto read = readFromStream(u"conversation"_s, object)) {
        FEDIBELL_FUZZ_CHECK(read->conversation.has_value() == conversation.has_value());
        if (conversation) {
            FEDIBELL_FUZZ_CHECK(read->conversation->id == conversation->id);
            FEDIBELL_FUZZ_CHECK(read->conversation->unread == conversation->unread);
            FEDIBELL_FUZZ_CHECK(
                sameStatus(read->conversation->lastStatus, conversation->lastStatus));
        }
    }
    if (const auto read = readFromStream(u"notification"_s, object)) {
        FEDIBELL_FUZZ_CHECK(read->notification.has_value() == notification.has_value());
        if (notification) {
            FEDIBELL_FUZZ_CHECK(read->notification->id == notification->id);
            FEDIBELL_FUZZ_CHECK(read->notification->type == notification->type);
            FEDIBELL_FUZZ_CHECK(sameStatus(read->notification->status, notification->status));
        }
    }
}

void readAsEveryEntity(const QJsonObject &object)
{
    const std::optional<Account> account = Entities::parseAccount(object);
    const std::optional<Status> status = Entities::parseStatus(object);
    const std::optional<Conversation> conversation = Entities::parseConversation(object);
    const std::optional<Notification> notification = Entities::parseNotification(object);
    if (account) {
        FuzzChecks::checkAccount(*account);
    }
    if (status) {
        FuzzChecks::checkStatus(*status);
    }
    if (conversation) {
        FuzzChecks::checkConversation(*conversation);
    }
    if (notification) {
        FuzzChecks::checkNotification(*notification);
    }
    // All of them are refused for the same reason, an unusable id; a status also needs its
    // author.
    FEDIBELL_FUZZ_CHECK(account.has_value() == conversation.has_value());
    FEDIBELL_FUZZ_CHECK(account.has_value() == notification.has_value());
    FEDIBELL_FUZZ_CHECK(!status || (account && status->id == account->id));
    checkStreamReadsTheSame(object, conversation, notification);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject()) {
        readAsEveryEntity(document.object());
    } else if (document.isArray()) {
        for (const auto &item : document.array()) {
            readAsEveryEntity(item.toObject());
        }
    }
    return 0;
}
