#pragma once

#include "notificationbackend.h"
#include "sync/directmessage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTime>
#include <QUrl>

namespace fedibell {

class AvatarCache;

// Decides what the user sees as popups: one per conversation (a new message replaces it
// with "N new messages"), one summary after a large catch-up or during a flood instead of a
// popup each, content warnings instead of text, the privacy level, pauses and the server's
// do-not-disturb. It talks to a primary backend (D-Bus) and falls back to a second one.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    enum class Privacy {
        FullText,
        SenderOnly,
        Nothing
    };
    Q_ENUM(Privacy)

    static constexpr int kSummaryAbove = 3;      // a catch-up with more messages: one summary
    static constexpr int kFloodPopups = 5;       // at most this many popups...
    static constexpr int kFloodWindowMs = 10000; // ...within this window, then a summary

    NotificationCenter(NotificationBackend *primary, NotificationBackend *fallback,
                       QObject *parent = nullptr);

    void setPrivacy(Privacy privacy) { m_privacy = privacy; }
    // No popups between `from` and `to` (local time, may span midnight); invalid: never quiet.
    void setQuietHours(const QTime &from, const QTime &to);
    void setSound(bool sound) { m_sound = sound; }
    Privacy privacy() const { return m_privacy; }
    void setShowAccountNames(bool show) { m_showAccountNames = show; }
    // Senders' avatars on popups; they are fetched on first sight and shown once known.
    void setAvatarCache(AvatarCache *avatars);
    void pauseUntil(const QDateTime &until);
    void resume();
    bool isPaused() const;
    QDateTime pausedUntil() const { return m_pausedUntil; }

    void onMessageArrived(const QString &account, const DirectMessage &message);
    void onCatchUpDelivered(const QString &account, int count);
    void onConversationRead(const QString &account, const QString &conversationId);

signals:
    void openRequested(const QUrl &url);
    void markReadRequested(const QString &account, const QString &conversationId);
    void pausedChanged(bool paused);

private:
    struct Popup
    {
        QString key;
        QString account;
        QString conversationId;
        QUrl url;
        int count = 0;
        QStringList senders;
        DirectMessage last;
        NotificationBackend *backend = nullptr;
        quint32 handle = 0;
        quint64 pendingRequest = 0; // a show() whose handle has not come back yet
        bool dirty = false;         // changed while a show() was pending
        bool isSummary = false;
    };

    NotificationBackend *activeBackend() const;
    bool mayShow() const;
    bool floodLimitReached();
    void present(Popup &popup);
    void showSummary(const QString &account, const QList<DirectMessage> &messages, bool away);
    PopupContent contentFor(const Popup &popup) const;
    QString accountSuffix(const QString &account) const;
    Popup *popupForHandle(NotificationBackend *backend, quint32 handle);
    void connectBackend(NotificationBackend *backend);
    void onAvatarReady(const QString &url);

    QPointer<NotificationBackend> m_primary;
    QPointer<NotificationBackend> m_fallback;
    QPointer<AvatarCache> m_avatars;
    Privacy m_privacy = Privacy::FullText;
    QTime m_quietFrom;
    QTime m_quietTo;
    bool m_sound = true;
    bool m_showAccountNames = false;
    QDateTime m_pausedUntil;
    QHash<QString, Popup> m_popups;                 // by key
    QHash<QString, QList<DirectMessage>> m_catchUp; // per account, until catchUpDelivered
    QQueue<QDateTime> m_recentPopups;
    quint64 m_nextRequest = 1;
};

} // namespace fedibell
