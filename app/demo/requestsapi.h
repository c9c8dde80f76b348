// Mastodon 4.3's message requests in the fake instance. A direct message from someone the user
// does not follow is filtered (the default policy, for_private_mentions: filter): no stream
// event, no conversation, only its sender's notification request and a notification that
// GET /api/v1/notifications lists with include_filtered=true. Serves
// GET /api/v2/notifications/policy, GET /api/v1/notifications/requests and
// POST /api/v1/notifications/requests/:id/accept (and /dismiss).
#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fake {

struct ServerConfig;

class RequestsApi
{
public:
    explicit RequestsApi(ServerConfig &config);

    /// Whether \a request is one of the paths above (and the dialect has message requests).
    bool handles(const HttpRequest &request) const;
    /// Answers such a request, whose token was checked.
    HttpResponse handle(const HttpRequest &request);

    /// A filtered direct message \a status from \a account: its request is created or updated.
    void addFiltered(const QJsonObject &account, const QJsonObject &status);
    /// The id of \a accountId's pending request, empty when there is none.
    QString requestIdFor(const QString &accountId) const;
    int pendingRequests() const { return int(m_requests.size()); }

    /// Accepts or dismisses a request: it goes, and the callback runs with the sender's id.
    bool accept(const QString &requestId);
    bool dismiss(const QString &requestId);
    std::function<void(const QString &accountId)> onAccepted;
    std::function<void(const QString &accountId)> onDismissed;

private:
    struct Request
    {
        QString id;
        QJsonObject account;
        QJsonObject lastStatus;
        int notifications = 0;
        QString createdAt;
    };
    QJsonObject entity(const Request &request) const;
    std::optional<Request> take(const QString &requestId);

    ServerConfig &m_config;
    QList<Request> m_requests; ///< oldest first
    int m_nextId = 1;
};

} // namespace fake
