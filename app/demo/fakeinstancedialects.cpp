// FakeInstance, the part that speaks other servers' dialects (see dialect.h) and Mastodon
// 4.3's message requests (see requestsapi.h).
#include "fakeinstance.h"

#include "contentstore.h"
#include "dialect.h"
#include "payloadfactory.h"
#include "requestsapi.h"
#include "restapi.h"
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

FakeInstance::Posted FakeInstance::postFilteredDirectMessage(const QString &fromAcct,
                                                             const QString &html)
{
    const QJsonObject sender = m_factory->account(fromAcct);
    PayloadFactory::StatusSpec spec;
    spec.id = m_store->nextStatusId();
    spec.account = sender;
    spec.html = html;
    spec.visibility = u"direct"_s;
    spec.mentions.append(PayloadFactory::mentionOf(m_factory->userAccount()));
    spec.createdAt = QDateTime::currentDateTimeUtc();
    const QJsonObject status = m_factory->status(spec);
    m_store->addStatus(status);
    const QString notificationId = m_store->nextNotificationId();
    m_store->addNotification(
        m_factory->notification(notificationId, u"mention"_s, sender, status, spec.createdAt),
        true);
    m_rest->requests().addFiltered(sender, status);
    return {spec.id, QString(), notificationId};
}

void FakeInstance::wireMessageRequests()
{
    m_rest->requests().onAccepted = [this](const QString &accountId) {
        // As UnfilterNotificationsWorker: the messages join a conversation, which is pushed,
        // and the stream says the notifications were merged.
        QString conversation;
        for (const QJsonObject &status : m_store->unfilterFrom(accountId)) {
            conversation = m_store->conversationIdFor(conversation);
            const QJsonArray participants{status.value("account"_L1)};
            publishConversation(m_store->addToConversation(conversation, participants,
                                                           status.value("id"_L1).toString(), true));
        }
        m_hub->publish({u"user"_s, u"user:notification"_s}, u"notifications_merged"_s, u"1"_s);
    };
    m_rest->requests().onDismissed = [this](const QString &accountId) {
        m_store->dropFilteredFrom(accountId);
    };
}

bool FakeInstance::acceptMessageRequest(const QString &fromAcct)
{
    const QString accountId = m_factory->account(fromAcct).value("id"_L1).toString();
    return m_rest->requests().accept(m_rest->requests().requestIdFor(accountId));
}

bool FakeInstance::dismissMessageRequest(const QString &fromAcct)
{
    const QString accountId = m_factory->account(fromAcct).value("id"_L1).toString();
    return m_rest->requests().dismiss(m_rest->requests().requestIdFor(accountId));
}

int FakeInstance::pendingMessageRequests() const
{
    return m_rest->requests().pendingRequests();
}

} // namespace fake
