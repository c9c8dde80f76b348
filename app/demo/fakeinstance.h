// A fake Mastodon instance on 127.0.0.1 for tests and demos: REST (instance discovery,
// verify_credentials, conversations, notifications, mark-read) on one port, the streaming API
// (WebSocket, multiplexed subscribe/unsubscribe) on a second port and on the main port, plus
// switches to make it misbehave the ways real servers do.
//
// Typical use in a test:
//
//     fake::FakeInstance server;
//     QVERIFY(server.start());
//     // point the client at server.baseUrl() with token server.accessToken() ...
//     QSignalSpy subscribed(&server, &fake::FakeInstance::subscribed);
//     QVERIFY(subscribed.wait());
//     const auto posted = server.postDirectMessage(u"grace@social.example"_s, u"<p>Hi</p>"_s);
//
// Everything runs in the thread that owns the object; no threads are started.
#pragma once

#include "downloadpaths.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace fake {

class ContentStore;
class HttpConnection;
class HttpServer;
class PayloadFactory;
class RestApi;
class StreamingHub;
struct HttpRequest;
struct ServerConfig;
enum class Dialect; // serverconfig.h

class FakeInstance : public QObject
{
    Q_OBJECT
public:
    /// How the instance documents advertise the streaming server.
    enum class Discovery {
        /// /api/v2/instance answers configuration.urls.streaming = streamingUrl() (2nd port).
        V2,
        /// /api/v2/instance -> 404; /api/v1/instance answers urls.streaming_api = streamingUrl().
        V1Only,
        /// v2 -> 404; v1 has no urls.streaming_api: clients must use the main port (which
        /// accepts WebSocket upgrades in every mode).
        SameOrigin,
    };
    Q_ENUM(Discovery)

    explicit FakeInstance(QObject *parent = nullptr);
    ~FakeInstance() override;

    /// Listens on 127.0.0.1:\a port (0 = any free port) for HTTP, and on a free port for the
    /// streaming server. Returns false if either cannot listen (or already started).
    bool start(quint16 port = 0);
    QUrl baseUrl() const;      ///< http://127.0.0.1:<port>
    QUrl streamingUrl() const; ///< ws://127.0.0.1:<streaming port>

    void setDiscovery(Discovery discovery);
    /// Behave as another Mastodon-API server does (see fake::Dialect): discovery, version,
    /// socket authentication, ids, conversations. Call before content is posted.
    void setDialect(fake::Dialect dialect);
    /// Announce \a url (e.g. "ws://streaming.example") in the instance documents instead of
    /// streamingUrl(); the servers still listen where they did. Empty = no override.
    void setStreamingUrlOverride(const QString &url);
    /// The only token accepted, as "Authorization: Bearer <token>" (default "test-token").
    /// Setting a token also takes it off the revoked list.
    void setAccessToken(const QByteArray &token);
    QByteArray accessToken() const;
    /// The instance's name for itself (v2 "domain", v1 "uri"); default "fake.test".
    void setDomain(const QString &domain);
    /// Scopes of the accepted token (default "read write"); REST answers 403 without them.
    void setTokenScopes(const QStringList &scopes);
    /// OAuth: true = the user presses "Deny" on the authorize page, which then redirects with
    /// error=access_denied (and the state) instead of a code.
    void setUserDeniesAuthorization(bool denies);
    /// OAuth: apps registered through POST /api/v1/apps so far.
    int registeredApps() const;
    /// OAuth: the parameters of the last GET /oauth/authorize.
    QUrlQuery lastAuthorizeQuery() const;
    /// OAuth: how many tokens were revoked through POST /oauth/revoke.
    int revocations() const;
    /// The user (rest-verify-credentials.json: id 109000000000000001, acct "ada").
    const QJsonObject &account() const;
    /// Display name used for \a acct in generated accounts (default: capitalised username).
    void setDisplayName(const QString &acct, const QString &displayName);

    // ---- misbehaviour ---------------------------------------------------------------------
    /// false: /api/v1/streaming/health -> 503 and upgrades refused with 503.
    void setStreamingHealthy(bool healthy);
    /// 0 = normal; else refuse every upgrade with this status (401 adds
    /// X-Error-Message: Invalid access token).
    void setUpgradeRefusal(int httpStatus);
    /// Answer the next \a count REST requests whose path starts with \a pathPrefix (empty = all)
    /// with \a httpStatus; count -1 = until cleared with setRestFailure(0). 429 answers carry
    /// X-RateLimit-Remaining: 0 and {"error":"Too many requests"}; 502/503/504 answer with an
    /// nginx-style HTML page. Streaming paths (health, upgrades) are not affected.
    void setRestFailure(int httpStatus, int count = -1, const QString &pathPrefix = {});
    /// X-RateLimit-Reset value for all REST answers (default: the next 5 minute boundary).
    void setRateLimitReset(const QDateTime &resetUtc);
    /// false: all WebSocket clients (current and future) are frozen: TCP stays open but the
    /// server reads nothing (client pings get no pong) and sends nothing (events published
    /// meanwhile wait, as in a stalled TCP connection). true thaws them: the waiting events
    /// are sent and queued input is processed. A client that went away meanwhile gets none.
    void setAnswerPings(bool answer);
    /// Server pings every \a ms (default 30000; 0 = none); a client that has not ponged since
    /// the previous ping is aborted (TCP drop without close frame, "1006").
    void setServerPingInterval(int ms);
    /// The stream silently stops delivering events to every client connected now, while
    /// sockets stay open and pings are answered (mastodon/mastodon#25157: the server lost its
    /// subscriptions after a Redis restart). A client that connects again gets events again.
    void loseSubscriptions();
    /// Default page size (0 = Mastodon's: 20 conversations, 40 notifications). The limit
    /// parameter is still honoured, capped at 40 (conversations) / 80 (notifications).
    void setPageSize(int pageSize);
    /// Pagination the way broken servers do it: IgnoresMinId pages as if min_id had not been
    /// given (the newest page, again and again); PrevLinkLoops sends a rel="prev" link that
    /// points back at the page just served.
    enum class PaginationFault {
        None,
        IgnoresMinId,
        PrevLinkLoops,
    };
    void setPaginationFault(PaginationFault fault);
    /// false: the streaming port stops listening (connections are refused, as while a
    /// streaming server restarts) and every WebSocket is dropped; true: it listens again on
    /// the same port. REST keeps answering.
    bool setStreamingPortOpen(bool open);
    /// REST paths starting with \a pathPrefix are answered with \a bytes as they are (status
    /// line, headers and body: anything a hostile server might send), then the connection is
    /// closed. An empty prefix switches it off.
    void setRawAnswer(const QString &pathPrefix, const QByteArray &bytes);
    /// REST answers send their head and half the body, then the connection is closed.
    void setDropAfterHeaders(bool drop);
    /// GET \a path answers "302 Found" with Location: \a location, which may point anywhere
    /// (empty = back to normal).
    void setRedirect(const QString &path, const QByteArray &location);
    /// GET \a path answers 200 with \a bytes bytes of junk as image/png, framed as told
    /// (0 bytes = back to normal).
    void setLargeBody(const QString &path, qint64 bytes,
                      BodyFraming framing = BodyFraming::ContentLength);
    /// Revokes the current token (REST and upgrades then get 401) and closes every WebSocket
    /// with a close frame without status code, as Mastodon's kill does. Browsers report 1005;
    /// note that Qt 6.4's QWebSocket reports closeCode() 1000 with an empty reason for it.
    void revokeToken();
    /// Aborts every WebSocket TCP connection (no close frame: "1006"). Qt 6.4's QWebSocket then
    /// emits error(RemoteHostClosedError) and leaves closeCode() at its default, 1000.
    void dropConnections();
    /// Closes every WebSocket with \a code and \a reason.
    void closeConnections(quint16 code, const QString &reason = {});
    /// Sends \a frame as a text frame to every WebSocket client, whatever it subscribed to.
    void sendRawFrame(const QByteArray &frame);
    /// Sends junk to every client: invalid JSON, a JSON array, an envelope whose payload is an
    /// object, a payload string that is not JSON, {"error":"Unknown stream type","status":400},
    /// an unknown event, envelopes without payload / with stream not an array, a binary frame,
    /// an empty frame and a ~1 MB public "update".
    void sendGarbage();

    // ---- content --------------------------------------------------------------------------
    struct Posted
    {
        QString statusId;
        QString conversationId;
        QString notificationId;
    };
    /// A direct message from \a fromAcct to the user: a status (visibility direct), the
    /// conversation (new unless \a conversationId is given; unread:true) and a mention
    /// notification. If \a deliverOnStream, pushes the notification event to "user" and
    /// "user:notification" subscribers, THEN the conversation event to "direct" subscribers.
    /// \a html is used verbatim as the status content.
    Posted postDirectMessage(const QString &fromAcct, const QString &html,
                             const QString &conversationId = {}, const QString &spoilerText = {},
                             bool deliverOnStream = true);
    /// The user's own message in a conversation: conversation event with unread:false (or
    /// \a unread true, as servers that mark everything unread do) and last_status.account =
    /// the user; no notification.
    Posted postOwnReply(const QString &conversationId, const QString &html, bool unread = false);
    /// A Pleroma chat message from \a fromAcct: a pleroma:chat_mention notification with a
    /// chat_message (no status, no conversation), pushed to "user" and "user:notification".
    Posted postChatMessage(const QString &fromAcct, const QString &html);
    /// A direct message from someone the user does not follow, filtered as Mastodon 4.3 does
    /// by default: no stream event, no conversation; its sender's message request is created
    /// or updated and the notification is listed only with include_filtered=true.
    Posted postFilteredDirectMessage(const QString &fromAcct, const QString &html);
    /// Accepts (or dismisses) \a fromAcct's message request as the web interface would. On
    /// accept the messages get their conversation (pushed on "direct") and the stream sends
    /// notifications_merged; on dismiss they are gone. False when there is no such request.
    bool acceptMessageRequest(const QString &fromAcct);
    bool dismissMessageRequest(const QString &fromAcct);
    int pendingMessageRequests() const;
    /// A public status mentioning the user: notification only (no conversation).
    Posted postPublicMention(const QString &fromAcct, const QString &html);
    /// Sets unread:false and pushes the conversation event (same last_status).
    void markConversationRead(const QString &conversationId);
    /// Removes the status and pushes {"stream":["direct"],"event":"delete","payload":"<id>"}
    /// (and the same with stream ["user"] to "user" subscribers).
    void deleteStatus(const QString &statusId);

    /// Current REST views (what GET /api/v1/conversations and /notifications would list
    /// without pagination), newest first.
    QList<QJsonObject> conversations() const;
    QList<QJsonObject> notifications() const;

    // ---- observation ----------------------------------------------------------------------
    int connectedClients() const;
    /// The close code of each WebSocket client that went away, in order: 1001 for a client
    /// that said "going away" in a close frame (Qt reports 1000 when no frame came at all).
    QList<int> closeCodes() const;
    /// Sorted, de-duplicated stream names currently subscribed over all clients.
    QStringList subscriptions() const;
    /// Number of clients currently subscribed to \a stream.
    int subscriberCount(const QString &stream) const;

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization; ///< raw Authorization header value
        QDateTime receivedAt;
        int status = 0;             ///< answer status; 101 for upgrades handed to the WebSocket
        bool streamingPort = false; ///< arrived on the streaming port
    };
    /// Every HTTP request (REST and upgrade attempts, both ports), in order.
    QList<Request> requests() const;
    int requestCount(const QString &pathPrefix) const;
    void clearRequests();

signals:
    void requestReceived(const QString &path);
    void clientConnected();
    void clientDisconnected();
    void subscribed(const QString &stream);
    /// A client ping reached the server (only while pings are answered).
    void pingReceived();

private:
    void handleHttp(HttpConnection &connection, const HttpRequest &request, bool streamingPort);
    int handleStreamingPath(HttpConnection &connection, const HttpRequest &request);
    void publishNotification(const QJsonObject &notification);
    void publishConversation(const QJsonObject &conversation);
    /// What accepting and dismissing a message request does (fakeinstancedialects.cpp).
    void wireMessageRequests();

    std::unique_ptr<ServerConfig> m_config;
    std::unique_ptr<PayloadFactory> m_factory;
    std::unique_ptr<ContentStore> m_store;
    std::unique_ptr<RestApi> m_rest;
    std::unique_ptr<DownloadPaths> m_downloads;
    HttpServer *m_http = nullptr;
    HttpServer *m_streamingHttp = nullptr;
    StreamingHub *m_hub = nullptr;
    QList<Request> m_requests;
};

} // namespace fake
