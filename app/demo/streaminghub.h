// Streaming side of the fake instance: upgraded sockets are handed to a non-listening
// QWebSocketServer; the hub keeps subscriptions, pings clients and misbehaves on request.
#pragma once

#include "framescanner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace fake {

class StreamingHub : public QObject
{
    Q_OBJECT
public:
    explicit StreamingHub(QObject *parent = nullptr);
    ~StreamingHub() override;

    /// Takes over \a socket whose (already authorised) upgrade request is still unread in it.
    /// \a query is the request's query: stream=, tag=, list= subscribe at once, as Mastodon.
    /// An \a anonymous client (no token) is refused every stream it subscribes to.
    void accept(QTcpSocket *socket, const QUrlQuery &query, bool anonymous = false);

    /// Dialects: \a acknowledge answers each subscribe with pleroma:respond (as Pleroma);
    /// client messages over \a maxMessageBytes close the socket (0 = any size).
    void setSubscribeRules(bool acknowledge, int maxMessageBytes);
    /// Subprotocols the 101 answer may name (the first a client offers of them).
    void setEchoedSubprotocols(const QStringList &protocols);

    /// Sends {"stream":[s],"event":event,"payload":payload} once per stream s in \a streams
    /// that a client subscribed to (so user + user:notification subscribers get it twice).
    void publish(const QStringList &streams, const QString &event, const QString &payload);
    /// Text frame to every client, whatever it subscribed to.
    void sendText(const QByteArray &utf8);
    void sendBinary(const QByteArray &data);
    void sendGarbage();

    /// false: every client (current and new) is frozen: its socket stays open but nothing is
    /// read from it (so client pings get no pong) and nothing is sent to it.
    void setAnswerPings(bool answer);
    bool answersPings() const { return m_answerPings; }
    void setServerPingInterval(int ms);
    /// Every current client stops getting events while its socket and pings stay healthy (as
    /// when the server lost its subscriptions); a client that connects again gets them.
    void loseSubscriptions();

    /// Close frame without status code (clients report "no status"), as Mastodon's kill.
    void closeWithoutStatus();
    /// TCP abort of every client, no close frame.
    void dropAll();
    void closeAll(quint16 code, const QString &reason);

    int clientCount() const;
    /// The close code of each client that went away, in order (Qt says 1000 when none came).
    QList<int> closeCodes() const { return m_closeCodes; }
    /// Sorted, de-duplicated stream names subscribed by at least one client.
    QStringList subscriptions() const;
    /// Number of clients subscribed to \a stream.
    int subscriberCount(const QString &stream) const;

signals:
    void clientConnected();
    void clientDisconnected();
    void subscribed(const QString &stream);
    void pingReceived();

private:
    struct Subscription
    {
        QString stream;
        QString param; ///< tag or list id
        bool operator==(const Subscription &other) const
        {
            return stream == other.stream && param == other.param;
        }
    };
    struct Client
    {
        QPointer<QTcpSocket> tcp;
        QPointer<QWebSocket> socket; ///< null while the handshake is in progress
        QUrlQuery query;
        QList<Subscription> subscriptions;
        FrameScanner scanner;
        qint64 scanned = 0; ///< unread bytes at the head of tcp already fed to the scanner
        bool anonymous = false;
        bool awaitingPong = false;
        bool frozen = false;
        QList<QByteArray> stalled; ///< events sent while frozen: TCP delivers them late
        bool deaf = false; ///< the server lost its subscriptions: no events, pings still answered
        bool closing = false;
        bool removed = false;
    };
    using ClientPtr = std::shared_ptr<Client>;

    void takeUpgradedConnections();
    void scanIncoming(Client &client);
    void handleMessage(const ClientPtr &client, const QString &message);
    void subscribe(const ClientPtr &client, const QString &type, const QString &stream,
                   const QString &param);
    void sendTo(Client &client, const QByteArray &utf8);
    bool isLive(const Client &client) const;
    void freeze(const ClientPtr &client);
    void thaw(const ClientPtr &client);
    void removeClient(const ClientPtr &client);
    void pingClients();
    void reapFrozen();

    QWebSocketServer *m_server;
    QTimer *m_pingTimer;
    QTimer *m_reapTimer;
    QList<ClientPtr> m_handshaking;
    QList<ClientPtr> m_clients;
    QList<int> m_closeCodes;
    bool m_answerPings = true;
    bool m_acknowledgeSubscribe = false;
    int m_maxClientMessageBytes = 0;
};

} // namespace fake
