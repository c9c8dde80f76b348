#pragma once

#include "api/entities.h"

#include <QList>
#include <QObject>

namespace fedibell {

class RestClient;

// Asks a Mastodon 4.3+ server which message requests are pending: the policy's summary
// (GET /api/v2/notifications/policy, one small answer) and, only when it counts any, the
// requests themselves (GET /api/v1/notifications/requests). A server without them (404, or
// 403 for a token without the scope) is not asked again.
class RequestCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRequests = 40; // one page: the newest senders

    enum class Support {
        Unknown,
        Yes,
        No,
    };

    explicit RequestCheck(RestClient *rest, QObject *parent = nullptr);

    // Asks the server; finished() follows (at once when the server has no requests).
    void start();
    void cancel();
    Support support() const { return m_support; }

    // Whether two answers list the same requests with the same last messages.
    static bool same(const QList<MessageRequest> &a, const QList<MessageRequest> &b);

signals:
    // `ok` is false when the server could not be asked this time; `requests` is then empty.
    void finished(const QList<fedibell::MessageRequest> &requests, bool ok);

private:
    void fetchRequests(int generation);
    void finish(const QList<MessageRequest> &requests, bool ok);

    RestClient *m_rest;
    Support m_support = Support::Unknown;
    int m_generation = 0;
};

} // namespace fedibell
