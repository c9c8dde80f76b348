// FakeInstance, the part that speaks other servers' dialects (see dialect.h).
#include "fakeinstance.h"

#include "contentstore.h"
#include "dialect.h"
#include "payloadfactory.h"
#include "serverconfig.h"
#include "streaminghub.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fake {

void FakeInstance::setDialect(Dialect dialect)
{
    m_config->discovery = discoveryOf(dialect);
    m_config->dialect = traitsOf(dialect);
    m_store->setIdStyle(m_config->dialect.ids);
    m_store->setEverythingUnread(m_config->dialect.everythingUnread);
    m_hub->setSubscribeRules(m_config->dialect.acknowledgesSubscribe,
                             m_config->dialect.maxClientMessageBytes);
}

FakeInstance::Posted FakeInstance::postChatMessage(const QString &fromAcct, const QString &html)
{
    const QJsonObject sender = m_factory->account(fromAcct);
    const QString messageId = m_store->nextStatusId();
    const QString notificationId = m_store->nextNotificationId();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QJsonObject message{{u"id"_s, messageId},
                              {u"chat_id"_s, u"1"_s},
                              {u"account_id"_s, sender.value("id"_L1)},
                              {u"content"_s, html},
                              {u"created_at"_s, now},
                              {u"emojis"_s, QJsonArray()},
                              {u"attachment"_s, QJsonValue()},
                              {u"unread"_s, true}};
    const QJsonObject notification{{u"id"_s, notificationId},
                                   {u"type"_s, u"pleroma:chat_mention"_s},
                                   {u"created_at"_s, now},
                                   {u"account"_s, sender},
                                   {u"chat_message"_s, message}};
    m_store->addNotification(notification);
    publishNotification(notification);
    return {messageId, QString(), notificationId};
}

} // namespace fake
