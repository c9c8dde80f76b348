#include "fakeinstance.h"

#include "dialect.h"
#include "oauthapi.h"

#include "contentstore.h"
#include "fakelogging.h"
#include "httpserver.h"
#include "payloadfactory.h"
#include "restapi.h"
#include "serverconfig.h"
#include "streaminghub.h"

#include <QTcpSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

const auto StreamingPath = "/api/v1/streaming"_L1;

/// Raw refusal of an upgrade, the way Mastodon's streaming server writes it.
QByteArray upgradeRefusal(int status, const QByteArray &errorMessage)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
                     + HttpResponse::reasonPhrase(status) + "\r\n";
    out += "Content-Type: text/plain\r\nContent-Length: 0\r\nConnection: close\r\n";
    out += "X-Request-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    if (!errorMessage.isEmpty())
        out += "X-Error-Message: " + errorMessage + "\r\n";
    return out + "\r\n";
}

bool isStreamingPath(const QString &path)
{
    return path == StreamingPath || path.startsWith(StreamingPath + u'/');
}

bool hasAccount(const QJsonArray &accounts, const QJsonObject &account)
{
    const QJsonValue id = account.value("id"_L1);
    return std::any_of(accounts.begin(), accounts.end(),
                       [&](const QJsonValue &a) { return a.toObject().value("id"_L1) == id; });
}

} // namespace

FakeInstance::FakeInstance(QObject *parent)
    : QObject(parent)
    , m_config(std::make_unique<ServerConfig>())
    , m_factory(std::make_unique<PayloadFactory>())
    , m_store(std::make_unique<ContentStore>())
    , m_rest(std::make_unique<RestApi>(*m_config, *m_store, *m_factory))
    , m_downloads(std::make_unique<DownloadPaths>())
    , m_hub(new StreamingHub(this))
{
    m_http = new HttpServer(
        [this](HttpConnection &c, const HttpRequest &r) { handleHttp(c, r, false); }, this);
    m_streamingHttp = new HttpServer(
        [this](HttpConnection &c, const HttpRequest &r) { handleHttp(c, r, true); }, this);
    m_rest->onConversationRead = [this](const QJsonObject &c) { publishConversation(c); };
    wireMessageRequests();

    connect(m_hub, &StreamingHub::clientConnected, this, &FakeInstance::clientConnected);
    connect(m_hub, &StreamingHub::clientDisconnected, this, &FakeInstance::clientDisconnected);
    connect(m_hub, &StreamingHub::subscribed, this, &FakeInstance::subscribed);
    connect(m_hub, &StreamingHub::pingReceived, this, &FakeInstance::pingReceived);
}

FakeInstance::~FakeInstance()
{
    // Servers and connections go first so that no handler runs against a half-destroyed
    // object; the hub then drops its sockets quietly.
    delete m_http;
    delete m_streamingHttp;
    delete m_hub;
}

bool FakeInstance::start(quint16 port)
{
    if (m_http->port() != 0) {
        qCWarning(lcFake) << "FakeInstance::start() called twice";
        return false;
    }
    if (!m_http->listen(port))
        return false;
    if (!m_streamingHttp->listen(0)) {
        m_http->close();
        return false;
    }
    m_config->baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_http->port()));
    m_config->streamingUrl = QUrl(u"ws://127.0.0.1:%1"_s.arg(m_streamingHttp->port()));
    m_factory->setAvatarBase(m_config->baseUrl);
    qCDebug(lcFake) << "listening on" << m_config->baseUrl << "streaming" << m_config->streamingUrl;
    return true;
}

QUrl FakeInstance::baseUrl() const
{
    return m_config->baseUrl;
}

QUrl FakeInstance::streamingUrl() const
{
    return m_config->streamingUrl;
}

void FakeInstance::setDiscovery(Discovery discovery)
{
    switch (discovery) {
    case Discovery::V2:
        m_config->discovery = fake::Discovery::V2;
        break;
    case Discovery::V1Only:
        m_config->discovery = fake::Discovery::V1Only;
        break;
    case Discovery::SameOrigin:
        m_config->discovery = fake::Discovery::SameOrigin;
        break;
    }
}

void FakeInstance::setStreamingUrlOverride(const QString &url)
{
    m_config->announcedStreamingUrl = url;
}

void FakeInstance::setAccessToken(const QByteArray &token)
{
    m_config->accessToken = token;
    m_config->revokedTokens.remove(token);
}

void FakeInstance::setDomain(const QString &domain)
{
    m_factory->setDomain(domain);
}

void FakeInstance::setTokenScopes(const QStringList &scopes)
{
    m_config->tokenScopes = scopes;
}

void FakeInstance::setUserDeniesAuthorization(bool denies)
{
    m_config->userDeniesAuthorization = denies;
}

int FakeInstance::registeredApps() const
{
    return m_rest->oauth().registeredApps();
}

QUrlQuery FakeInstance::lastAuthorizeQuery() const
{
    const OAuthApi::Authorization a = m_rest->oauth().lastAuthorization();
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, a.clientId);
    query.addQueryItem(u"redirect_uri"_s, a.redirectUri);
    query.addQueryItem(u"scope"_s, a.scope);
    query.addQueryItem(u"state"_s, a.state);
    query.addQueryItem(u"code_challenge"_s, a.codeChallenge);
    query.addQueryItem(u"code_challenge_method"_s, a.codeChallengeMethod);
    return query;
}

int FakeInstance::revocations() const
{
    return m_rest->oauth().revocations();
}

QByteArray FakeInstance::accessToken() const
{
    return m_config->accessToken;
}

const QJsonObject &FakeInstance::account() const
{
    return m_factory->credentialAccount();
}

void FakeInstance::setDisplayName(const QString &acct, const QString &displayName)
{
    m_factory->setDisplayName(acct, displayName);
}

FakeInstance::Posted FakeInstance::postDirectMessage(const QString &fromAcct, const QString &html,
                                                     const QString &conversationId,
                                                     const QString &spoilerText,
                                                     bool deliverOnStream)
{
    const QJsonObject sender = m_factory->account(fromAcct);
    const QString conversation = m_store->conversationIdFor(conversationId);
    const QString previous = m_store->lastStatusId(conversation);

    QJsonArray participants = m_store->participants(conversation);
    if (!hasAccount(participants, sender))
        participants.append(sender);

    PayloadFactory::StatusSpec spec;
    spec.id = m_store->nextStatusId();
    spec.account = sender;
    spec.html = html;
    spec.spoilerText = spoilerText;
    spec.visibility = u"direct"_s;
    spec.mentions.append(PayloadFactory::mentionOf(m_factory->userAccount()));
    for (const auto &participant : std::as_const(participants)) {
        if (participant.toObject().value("id"_L1) != sender.value("id"_L1))
            spec.mentions.append(PayloadFactory::mentionOf(participant.toObject()));
    }
    if (!previous.isEmpty()) {
        spec.inReplyToId = previous;
        spec.inReplyToAccountId =
            m_store->status(previous).value("account"_L1).toObject().value("id"_L1).toString();
    }
    spec.createdAt = QDateTime::currentDateTimeUtc();
    const QJsonObject status = m_factory->status(spec);
    m_store->addStatus(status);
    const QJsonObject conversationEntity =
        m_store->addToConversation(conversation, participants, spec.id, true);

    const QString notificationId = m_store->nextNotificationId();
    const QJsonObject notification =
        m_factory->notification(notificationId, u"mention"_s, sender, status, spec.createdAt);
    m_store->addNotification(notification);

    if (deliverOnStream) {
        // Mastodon's order: NotifyService pushes the notification, then the conversation.
        publishNotification(notification);
        if (m_config->dialect.directSendsUpdate)
            m_hub->publish({u"direct"_s}, u"update"_s, PayloadFactory::jsonText(status));
        publishConversation(conversationEntity);
    }
    return {spec.id, conversation, notificationId};
}

FakeInstance::Posted FakeInstance::postOwnReply(const QString &conversationId, const QString &html,
                                                bool unread)
{
    const QString conversation = m_store->conversationIdFor(conversationId);
    const QString previous = m_store->lastStatusId(conversation);
    QJsonArray participants = m_store->participants(conversation);
    if (participants.isEmpty())
        participants.append(m_factory->userAccount()); // alone: Mastodon lists the user

    PayloadFactory::StatusSpec spec;
    spec.id = m_store->nextStatusId();
    spec.account = m_factory->userAccount();
    spec.html = html;
    spec.visibility = u"direct"_s;
    for (const auto &participant : std::as_const(participants)) {
        if (participant.toObject().value("id"_L1) != spec.account.value("id"_L1))
            spec.mentions.append(PayloadFactory::mentionOf(participant.toObject()));
    }
    if (!previous.isEmpty()) {
        spec.inReplyToId = previous;
        spec.inReplyToAccountId =
            m_store->status(previous).value("account"_L1).toObject().value("id"_L1).toString();
    }
    spec.createdAt = QDateTime::currentDateTimeUtc();
    m_store->addStatus(m_factory->status(spec));
    publishConversation(m_store->addToConversation(conversation, participants, spec.id, unread));
    return {spec.id, conversation, QString()};
}

FakeInstance::Posted FakeInstance::postPublicMention(const QString &fromAcct, const QString &html)
{
    PayloadFactory::StatusSpec spec;
    spec.id = m_store->nextStatusId();
    spec.account = m_factory->account(fromAcct);
    spec.html = html;
    spec.visibility = u"public"_s;
    spec.mentions.append(PayloadFactory::mentionOf(m_factory->userAccount()));
    spec.createdAt = QDateTime::currentDateTimeUtc();
    const QJsonObject status = m_factory->status(spec);
    m_store->addStatus(status);

    const QString notificationId = m_store->nextNotificationId();
    const QJsonObject notification =
        m_factory->notification(notificationId, u"mention"_s, spec.account, status, spec.createdAt);
    m_store->addNotification(notification);
    publishNotification(notification);
    return {spec.id, QString(), notificationId};
}

void FakeInstance::markConversationRead(const QString &conversationId)
{
    const std::optional<QJsonObject> conversation = m_store->markRead(conversationId);
    if (!conversation) {
        qCWarning(lcFake) << "markConversationRead: no conversation" << conversationId;
        return;
    }
    publishConversation(*conversation);
}

void FakeInstance::deleteStatus(const QString &statusId)
{
    m_store->removeStatus(statusId);
    m_hub->publish({u"direct"_s, u"user"_s}, u"delete"_s, statusId);
}

QList<QJsonObject> FakeInstance::conversations() const
{
    return m_store->conversationsNewestFirst();
}

QList<QJsonObject> FakeInstance::notifications() const
{
    return m_store->notificationsNewestFirst();
}

int FakeInstance::connectedClients() const
{
    return m_hub->clientCount();
}

QList<int> FakeInstance::closeCodes() const
{
    return m_hub->closeCodes();
}

QStringList FakeInstance::subscriptions() const
{
    return m_hub->subscriptions();
}

int FakeInstance::subscriberCount(const QString &stream) const
{
    return m_hub->subscriberCount(stream);
}

QList<FakeInstance::Request> FakeInstance::requests() const
{
    return m_requests;
}

int FakeInstance::requestCount(const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &r) { return r.path.startsWith(pathPrefix); }));
}

void FakeInstance::clearRequests()
{
    m_requests.clear();
}

void FakeInstance::publishNotification(const QJsonObject &notification)
{
    m_hub->publish({u"user"_s, u"user:notification"_s}, u"notification"_s,
                   PayloadFactory::jsonText(notification));
}

void FakeInstance::publishConversation(const QJsonObject &conversation)
{
    if (!m_config->dialect.listsConversations)
        return;
    m_hub->publish({u"direct"_s}, u"conversation"_s, PayloadFactory::jsonText(conversation));
}

void FakeInstance::handleHttp(HttpConnection &connection, const HttpRequest &request,
                              bool streamingPort)
{
    Request record;
    record.method = request.method;
    record.path = request.path;
    record.query = request.query;
    record.authorization = request.header("Authorization");
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.streamingPort = streamingPort;

    if (isStreamingPath(request.path)) {
        record.status = handleStreamingPath(connection, request);
    } else if (streamingPort) {
        connection.respond(HttpResponse::jsonError(404, u"Not found"_s));
        record.status = 404;
    } else if (!m_config->rawAnswerPrefix.isEmpty()
               && request.path.startsWith(m_config->rawAnswerPrefix)) {
        connection.respondRawAndClose(m_config->rawAnswer);
        record.status = -1;
    } else if (const int status = m_downloads->answer(connection, request); status != 0) {
        record.status = status;
    } else {
        const HttpResponse response = m_rest->handle(request);
        if (m_config->dropAfterHeaders)
            connection.respondTruncated(response);
        else
            connection.respond(response);
        record.status = response.status;
    }
    qCDebug(lcFake) << request.method << request.target << "->" << record.status;
    m_requests.append(record);
    emit requestReceived(record.path);
}

int FakeInstance::handleStreamingPath(HttpConnection &connection, const HttpRequest &request)
{
    if (!m_config->dialect.streams) {
        connection.respond(HttpResponse::jsonError(404, u"Not found"_s));
        return 404;
    }
    if (!request.isWebSocketUpgrade()) {
        if (request.path == StreamingPath + u"/health"_s) {
            const bool healthy = m_config->streamingHealthy;
            connection.respond(HttpResponse(healthy ? 200 : 503, QByteArrayLiteral("text/plain"),
                                            healthy ? QByteArrayLiteral("OK")
                                                    : QByteArrayLiteral("Service Unavailable")));
            return healthy ? 200 : 503;
        }
        // The streaming server's answer to anything that is neither an upgrade nor SSE.
        connection.respond(HttpResponse::jsonError(400, u"Unknown channel requested"_s));
        return 400;
    }

    int status = 0;
    QByteArray errorMessage;
    if (request.path != StreamingPath && request.path != StreamingPath + u'/') {
        status = 404;
    } else if (request.method != "GET" || request.header("Sec-WebSocket-Key").isEmpty()
               || request.header("Sec-WebSocket-Version") != "13") {
        status = 400;
    } else if (!m_config->streamingHealthy) {
        status = 503;
    } else if (m_config->upgradeRefusal != 0) {
        status = m_config->upgradeRefusal;
        if (status == 401)
            errorMessage = QByteArrayLiteral("Invalid access token");
    }
    bool anonymous = false;
    if (status == 0)
        status = upgradeRefusalFor(*m_config, request, &errorMessage, &anonymous);

    if (status != 0) {
        connection.respondRawAndClose(upgradeRefusal(status, errorMessage));
        return status;
    }
    const DialectTraits &dialect = m_config->dialect;
    const bool echo = dialect.readsSubprotocol && dialect.echoesSubprotocol;
    m_hub->setEchoedSubprotocols(echo ? QStringList{QString::fromLatin1(m_config->accessToken)}
                                      : QStringList{});
    m_hub->accept(connection.takeSocket(), request.query, anonymous);
    return 101;
}

} // namespace fake
