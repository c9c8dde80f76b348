#pragma once

#include "api/entities.h"
#include "api/restclient.h"
#include "backoffpolicy.h"
#include "requestcheck.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QRandomGenerator;

namespace fedibell {

class Clock;
class Ledger;

struct CatchUpResult
{
    QList<Conversation> conversations;
    QList<Notification> notifications; // mentions (and chat messages) only
    QString conversationsCursor;       // highest last_status id seen
    QString notificationsCursor;       // highest notification id seen
    bool complete = true;              // false when a page or size limit stopped it early
    // Mastodon 4.3's pending message requests, asked for last (when the server has them).
    QList<MessageRequest> requests;
    bool requestsChecked = false; // false: unknown this time, not "none"

    // The newest status in either list: where a first start draws its baseline.
    QString highestStatusId() const;
};

// Fetches over REST what happened after the ledger's cursors: conversations whose last status
// is newer (GET /api/v1/conversations?min_id=) and mention notifications
// (GET /api/v1/notifications?types[]=mention&min_id=), following the pages upwards until
// nothing is left, then moves the cursors. On servers with message requests the mentions
// include the filtered ones (include_filtered=true), and the pending requests are asked for
// at the end of each run, so that the result says which messages are requests. It waits out rate
// limits until the time the server names. One run at a time: a request while one runs makes another
// run right after it, so a message that arrived during the run is not left for the next reconnect.
class CatchUp : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPagesPerRun = 25;
    static constexpr int kConversationsPageSize = 40;
    static constexpr int kNotificationsPageSize = 80;
    // Bytes of answers per list and run: a run keeps what it read until it ends, so this (and
    // not only the page count) bounds its memory when a server sends huge pages. Forty
    // conversations are rarely more than 200 kB.
    static constexpr qint64 kMaxBytesPerRun = qint64{4} * 1024 * 1024;

    // `clock` and `random` (the rate-limit wait and its jitter) default to the system's.
    explicit CatchUp(RestClient *rest, QObject *parent = nullptr, Clock *clock = nullptr,
                     QRandomGenerator *random = nullptr);

    // Where the cursors are read from and written to.
    void setLedger(Ledger *ledger) { m_ledger = ledger; }
    // The first wait after a refusal (429) or an incomplete run; it doubles while they go on.
    void setRetryBase(int baseMs);
    // Pages per list and run (default kMaxPagesPerRun); a longer backlog takes more runs.
    void setMaxPagesPerRun(int pages) { m_maxPages = std::max(1, pages); }
    // Bytes of answers per list and run (default kMaxBytesPerRun); the page that crosses it is
    // still taken.
    void setMaxBytesPerRun(qint64 bytes) { m_maxBytes = std::max<qint64>(1, bytes); }
    // Also fetch Pleroma's chat notifications (pleroma:chat_mention) with the mentions.
    void setIncludeChats(bool include) { m_includeChats = include; }
    // Everything after the ledger's cursors (none: from the beginning).
    void request();
    // Only the newest item of each list: where a first start draws its baseline.
    void startBaseline();
    void cancel();
    bool isRunning() const { return m_running; }
    // Running, or a run (or a retry of a page) is scheduled.
    bool isBusy() const { return m_running || m_againTimer.isActive() || m_retryTimer.isActive(); }

signals:
    void finished(const fedibell::CatchUpResult &result);
    void failed(fedibell::RestResponse::Error error, const QString &reason);
    void rateLimited(const QDateTime &until);

private:
    enum class Phase {
        Conversations,
        Notifications,
        Requests,
    };

    void begin(bool baseline, const QString &conversationsCursor,
               const QString &notificationsCursor);
    void requestFirstPage();
    void fetch(const QUrl &url);
    void onPage(const RestResponse &response);
    bool takeItems(const QJsonDocument &page);
    void nextPhaseOrFinish();
    void finishRun();
    QString currentCursor() const;
    QUrl firstPageUrl() const;
    QUrl pageAfter(const RestResponse &response) const;

    RestClient *m_rest;
    Clock *m_clock;
    QRandomGenerator *m_random;
    Ledger *m_ledger = nullptr;
    QTimer m_retryTimer;
    QTimer m_againTimer;
    BackoffPolicy m_rateLimitBackoff;
    BackoffPolicy m_incompleteBackoff;
    RequestCheck *m_requestCheck; // a child
    QSet<QUrl> m_visited;         // pages of the current list in this run
    int m_maxPages = kMaxPagesPerRun;
    QUrl m_currentUrl;
    Phase m_phase = Phase::Conversations;
    CatchUpResult m_result;
    int m_pages = 0;
    qint64 m_maxBytes = kMaxBytesPerRun;
    qint64 m_bytes = 0; // of the current list in this run
    int m_generation = 0;
    bool m_baseline = false;
    bool m_includeChats = false;
    bool m_running = false;
    bool m_again = false; // requested while running
};

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::CatchUpResult)
