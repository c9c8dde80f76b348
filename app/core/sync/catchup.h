#pragma once

#include "api/entities.h"
#include "api/restclient.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace fedibell {

struct CatchUpResult
{
    QList<Conversation> conversations;
    QList<Notification> notifications; // mentions only
    QString conversationsCursor;       // highest last_status id seen
    QString notificationsCursor;       // highest notification id seen
    bool complete = true;              // false when the page limit stopped it early
};

// Fetches over REST what happened after the cursors: conversations whose last status is newer
// (GET /api/v1/conversations?min_id=) and mention notifications (GET /api/v1/notifications
// ?types[]=mention&min_id=), following the pages upwards until nothing is left. It waits out
// rate limits until the time the server names. One run at a time.
class CatchUp : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPagesPerRun = 25;
    static constexpr int kConversationsPageSize = 40;
    static constexpr int kNotificationsPageSize = 80;

    explicit CatchUp(RestClient *rest, QObject *parent = nullptr);

    // Everything after the cursors (an empty cursor means from the beginning).
    void start(const QString &conversationsCursor, const QString &notificationsCursor);
    // Only the newest item of each list: where a first start draws its baseline.
    void startBaseline();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const fedibell::CatchUpResult &result);
    void failed(fedibell::RestResponse::Error error, const QString &reason);
    void rateLimited(const QDateTime &until);

private:
    enum class Phase {
        Conversations,
        Notifications
    };

    void begin(bool baseline, const QString &conversationsCursor,
               const QString &notificationsCursor);
    void requestFirstPage();
    void request(const QUrl &url);
    void onPage(const RestResponse &response);
    bool takeItems(const QJsonDocument &page);
    void nextPhaseOrFinish();
    QUrl firstPageUrl() const;
    QUrl pageAfter(const RestResponse &response) const;

    RestClient *m_rest;
    QTimer m_retryTimer;
    QUrl m_currentUrl;
    Phase m_phase = Phase::Conversations;
    CatchUpResult m_result;
    int m_pages = 0;
    int m_generation = 0;
    bool m_baseline = false;
    bool m_running = false;
};

} // namespace fedibell
