#include "streaminghub.h"

#include "fakelogging.h"
#include "garbageframes.h"
#include "payloadfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

constexpr int DefaultPingIntervalMs = 30000;
constexpr int ReapIntervalMs = 50;

/// Error text for a subscription Mastodon would refuse, or a null string if it is fine.
QString streamError(const QString &stream, const QString &param)
{
    static const QStringList plain = {
        u"user"_s,          u"user:notification"_s,   u"public"_s,
        u"public:media"_s,  u"public:local"_s,        u"public:local:media"_s,
        u"public:remote"_s, u"public:remote:media"_s, u"direct"_s,
    };
    if (plain.contains(stream))
        return {};
    if (stream == "hashtag"_L1 || stream == "hashtag:local"_L1)
        return param.isEmpty() ? u"Missing tag name parameter"_s : QString();
    if (stream == "list"_L1)
        return param.isEmpty() ? u"Missing list name parameter"_s : QString();
    return u"Unknown stream type"_s;
}

QString paramFor(const QString &stream, const QJsonObject &message)
{
    const QJsonValue value = stream.startsWith("hashtag"_L1) ? message.value("tag"_L1)
                             : stream == "list"_L1           ? message.value("list"_L1)
                                                             : QJsonValue();
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

StreamingHub::StreamingHub(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(u"Mastodon"_s, QWebSocketServer::NonSecureMode, this))
    , m_pingTimer(new QTimer(this))
    , m_reapTimer(new QTimer(this))
{
    connect(m_server, &QWebSocketServer::newConnection, this,
            &StreamingHub::takeUpgradedConnections);
    connect(m_pingTimer, &QTimer::timeout, this, &StreamingHub::pingClients);
    connect(m_reapTimer, &QTimer::timeout, this, &StreamingHub::reapFrozen);
    m_pingTimer->start(DefaultPingIntervalMs);
    m_reapTimer->setInterval(ReapIntervalMs);
}

StreamingHub::~StreamingHub()
{
    // Tear down quietly: no signals, no close frames.
    for (const ClientPtr &client : std::as_const(m_clients)) {
        if (client->socket)
            client->socket->disconnect(this);
        if (client->tcp) {
            client->tcp->blockSignals(false);
            client->tcp->abort();
        }
    }
}

void StreamingHub::accept(QTcpSocket *socket, const QUrlQuery &query, bool anonymous)
{
    auto client = std::make_shared<Client>();
    client->tcp = socket;
    client->query = query;
    client->anonymous = anonymous;
    socket->setParent(this);
    m_handshaking.append(client);

    // Connected before QWebSocket's own readyRead slot, so it sees every byte before
    // QWebSocket consumes it (slots run in connection order). See scanIncoming().
    const std::weak_ptr<Client> weak = client;
    connect(socket, &QTcpSocket::readyRead, this, [this, weak] {
        if (const ClientPtr c = weak.lock())
            scanIncoming(*c);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, weak] {
        if (const ClientPtr c = weak.lock(); c && !c->socket)
            m_handshaking.removeOne(c); // gone during the handshake
    });
    m_server->handleConnection(socket);
}

void StreamingHub::takeUpgradedConnections()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const auto it =
            std::find_if(m_handshaking.begin(), m_handshaking.end(), [socket](const ClientPtr &c) {
                return c->tcp && c->tcp->peerPort() == socket->peerPort()
                       && c->tcp->localPort() == socket->localPort();
            });
        if (it == m_handshaking.end()) {
            qCWarning(lcFake) << "upgraded connection without a known socket; dropping it";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const ClientPtr client = *it;
        m_handshaking.erase(it);
        client->socket = socket;
        // Bytes left after the handshake were never seen as frames; start after them.
        client->scanned = client->tcp->bytesAvailable();
        m_clients.append(client);

        const std::weak_ptr<Client> weak = client;
        // Runs after QWebSocket's slot: whatever it left unread has been scanned already.
        connect(client->tcp, &QTcpSocket::readyRead, this, [weak] {
            if (const ClientPtr c = weak.lock(); c && c->tcp)
                c->scanned = c->tcp->bytesAvailable();
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, weak](const QString &message) {
                    if (const ClientPtr c = weak.lock())
                        handleMessage(c, message);
                });
        connect(socket, &QWebSocket::binaryMessageReceived, socket, [socket] {
            // Mastodon's streaming server only speaks text.
            socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                          u"The mastodon streaming server does not support binary messages"_s);
        });
        connect(socket, &QWebSocket::pong, this, [weak] {
            if (const ClientPtr c = weak.lock())
                c->awaitingPong = false;
        });
        connect(socket, &QWebSocket::disconnected, this, [this, weak, socket] {
            m_closeCodes.append(socket->closeCode());
            if (const ClientPtr c = weak.lock())
                removeClient(c);
        });

        qCDebug(lcFake) << "websocket client connected from port" << socket->peerPort();
        emit clientConnected();

        const QString stream = client->query.queryItemValue(u"stream"_s, QUrl::FullyDecoded);
        if (!stream.isEmpty()) {
            QJsonObject message;
            message.insert("tag"_L1, client->query.queryItemValue(u"tag"_s, QUrl::FullyDecoded));
            message.insert("list"_L1, client->query.queryItemValue(u"list"_s, QUrl::FullyDecoded));
            const QString param = paramFor(stream, message);
            subscribe(client, u"subscribe"_s, stream, param);
        }
        if (!m_answerPings)
            freeze(client);
    }
}

void StreamingHub::scanIncoming(Client &client)
{
    if (!client.socket || !client.tcp)
        return; // handshake bytes are QWebSocketServer's business
    const qint64 available = client.tcp->bytesAvailable();
    if (available <= client.scanned) {
        client.scanned = available;
        return;
    }
    const QByteArray data = client.tcp->peek(available);
    const int pings = client.scanner.feed(QByteArrayView(data).sliced(client.scanned));
    client.scanned = available;
    for (int i = 0; i < pings && !client.frozen; ++i)
        emit pingReceived();
}

void StreamingHub::setSubscribeRules(bool acknowledge, int maxMessageBytes)
{
    m_acknowledgeSubscribe = acknowledge;
    m_maxClientMessageBytes = maxMessageBytes;
}

void StreamingHub::setEchoedSubprotocols(const QStringList &protocols)
{
    m_server->setSupportedSubprotocols(protocols);
}

void StreamingHub::handleMessage(const ClientPtr &client, const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    if (m_maxClientMessageBytes > 0 && utf8.size() > m_maxClientMessageBytes) {
        client->socket->close(QWebSocketProtocol::CloseCodeTooMuchData, u"Message too big"_s);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
    if (!doc.isObject())
        return; // Mastodon ignores invalid JSON silently
    const QJsonObject object = doc.object();
    const QString type = object.value("type"_L1).toString();
    if (type != "subscribe"_L1 && type != "unsubscribe"_L1)
        return;
    const QJsonValue streamValue = object.value("stream"_L1);
    const QString stream =
        streamValue.isArray() ? streamValue.toArray().first().toString() : streamValue.toString();
    const QString param = paramFor(stream, object);
    subscribe(client, type, stream, param);
}

void StreamingHub::subscribe(const ClientPtr &client, const QString &type, const QString &stream,
                             const QString &param)
{
    const QString error = client->anonymous ? u"unauthorized"_s : streamError(stream, param);
    if (m_acknowledgeSubscribe) {
        const QJsonObject answer{{u"type"_s, type},
                                 {u"result"_s, error.isNull() ? u"success"_s : u"error"_s}};
        sendTo(*client, PayloadFactory::envelope(QString(), u"pleroma:respond"_s,
                                                 PayloadFactory::jsonText(answer)));
    }
    if (!error.isNull()) {
        if (!m_acknowledgeSubscribe)
            sendTo(*client, PayloadFactory::errorFrame(error, 400));
        return;
    }
    const Subscription subscription{stream, param};
    if (type == "unsubscribe"_L1) {
        client->subscriptions.removeAll(subscription);
        return;
    }
    if (client->subscriptions.contains(subscription))
        return; // subscribing twice is silently ignored
    client->subscriptions.append(subscription);
    qCDebug(lcFake) << "subscribed to" << stream;
    emit subscribed(stream);
}

bool StreamingHub::isLive(const Client &client) const
{
    return client.socket && !client.frozen && !client.closing && !client.removed;
}

void StreamingHub::sendTo(Client &client, const QByteArray &utf8)
{
    constexpr qsizetype kMaxStalledEvents = 10000;
    if (isLive(client))
        client.socket->sendTextMessage(QString::fromUtf8(utf8));
    else if (client.frozen && client.socket && !client.closing && !client.removed
             && client.stalled.size() < kMaxStalledEvents)
        client.stalled.append(utf8); // a stalled connection delivers late, not never
}

void StreamingHub::publish(const QStringList &streams, const QString &event, const QString &payload)
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (client->deaf)
            continue;
        for (const QString &stream : streams) {
            if (client->subscriptions.contains(Subscription{stream, QString()}))
                sendTo(*client, PayloadFactory::envelope(stream, event, payload));
        }
    }
}

void StreamingHub::loseSubscriptions()
{
    for (const ClientPtr &client : std::as_const(m_clients))
        client->deaf = true;
}

void StreamingHub::sendText(const QByteArray &utf8)
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients)
        sendTo(*client, utf8);
}

void StreamingHub::sendBinary(const QByteArray &data)
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (isLive(*client))
            client->socket->sendBinaryMessage(data);
    }
}

void StreamingHub::removeClient(const ClientPtr &client)
{
    if (client->removed)
        return;
    client->removed = true;
    m_clients.removeOne(client);
    if (client->frozen && client->tcp) {
        // QWebSocket never learnt that this connection died. Deleting the socket first makes
        // it forget the socket, so it will not try to send a close frame when deleted.
        delete client->tcp.data();
    }
    if (client->socket) {
        client->socket->disconnect(this);
        client->socket->deleteLater();
    }
    qCDebug(lcFake) << "websocket client disconnected";
    emit clientDisconnected();
}

void StreamingHub::setServerPingInterval(int ms)
{
    m_pingTimer->stop();
    for (const ClientPtr &client : std::as_const(m_clients))
        client->awaitingPong = false;
    if (ms > 0)
        m_pingTimer->start(ms);
}

void StreamingHub::pingClients()
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (!isLive(*client))
            continue;
        if (client->awaitingPong) {
            // Like Mastodon's terminate(): hard drop, no close frame (client sees 1006).
            qCDebug(lcFake) << "no pong since the last ping: terminating client";
            client->socket->abort();
            continue;
        }
        client->awaitingPong = true;
        client->socket->ping();
    }
}

int StreamingHub::clientCount() const
{
    return int(m_clients.size());
}

QStringList StreamingHub::subscriptions() const
{
    QStringList names;
    for (const ClientPtr &client : m_clients) {
        for (const Subscription &subscription : client->subscriptions)
            names.append(subscription.stream);
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

int StreamingHub::subscriberCount(const QString &stream) const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(), [&](const ClientPtr &c) {
        return std::any_of(c->subscriptions.cbegin(), c->subscriptions.cend(),
                           [&](const Subscription &s) { return s.stream == stream; });
    }));
}

} // namespace fake
