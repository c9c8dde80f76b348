#include "entities.h"

#include "entityreader.h"

#include <QJsonArray>

#include <cmath>

namespace fedibell::Entities {

using namespace Qt::StringLiterals;

namespace {

// Largest integer a JSON number (a double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

// EntityReader's view of a QJsonObject.
class QtJsonObject
{
public:
    explicit QtJsonObject(QJsonObject object)
        : m_object(std::move(object))
    {}

    QString string(const char *key) const { return value(key).toString(); }
    bool boolean(const char *key) const { return value(key).toBool(); }

    QString id() const
    {
        const QJsonValue id = value("id");
        if (id.isString()) {
            return id.toString();
        }
        // Mastodon ids are strings, but some servers have sent numbers: whole ones only, as
        // the stream's reader takes them (400.5 is not the id 400).
        const double number = id.toDouble(-1);
        if (id.isDouble() && number >= 0 && number < kMaxExactInteger
            && std::trunc(number) == number) {
            return QString::number(static_cast<qint64>(number));
        }
        return {};
    }

    std::optional<QtJsonObject> object(const char *key) const
    {
        const QJsonValue child = value(key);
        if (!child.isObject()) {
            return std::nullopt;
        }
        return QtJsonObject(child.toObject());
    }

    template <typename F> void forEachObject(const char *key, F function) const
    {
        for (const auto &item : value(key).toArray()) {
            if (item.isObject()) {
                function(QtJsonObject(item.toObject()));
            }
        }
    }

private:
    QJsonValue value(const char *key) const { return m_object.value(QLatin1StringView(key)); }

    QJsonObject m_object;
};

} // namespace

std::optional<Account> parseAccount(const QJsonObject &object)
{
    return EntityReader::account(QtJsonObject(object));
}

std::optional<Status> parseStatus(const QJsonObject &object)
{
    return EntityReader::status(QtJsonObject(object));
}

std::optional<Conversation> parseConversation(const QJsonObject &object)
{
    return EntityReader::conversation(QtJsonObject(object));
}

std::optional<Notification> parseNotification(const QJsonObject &object)
{
    return EntityReader::notification(QtJsonObject(object));
}

std::optional<MessageRequest> parseMessageRequest(const QJsonObject &object)
{
    MessageRequest request;
    request.id = EntityReader::plausibleId(QtJsonObject(object));
    std::optional<Account> sender = parseAccount(object.value("account"_L1).toObject());
    if (request.id.isEmpty() || !sender) {
        return std::nullopt;
    }
    request.account = std::move(*sender);
    request.lastStatus = parseStatus(object.value("last_status"_L1).toObject());
    return request;
}

} // namespace fedibell::Entities
