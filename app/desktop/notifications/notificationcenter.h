#pragma once

#include "notificationbackend.h"
#include "popuppolicy.h"
#include "privacy.h"
#include "sync/incomingmessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTime>
#include <QUrl>

namespace fedibell {

class AvatarCache;
class Clock;

// Turns announced messages into popups: one per conversation (a new message replaces it
// with "N new messages"), or one summary where PopupPolicy says so; content warnings instead
// of text, the privacy level, the sender's avatar. It keeps track of what is on screen so
// that popups are replaced, withdrawn when read elsewhere and answered when clicked. It talks
// to a primary backend (D-Bus) and falls back to a second one.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    NotificationCenter(NotificationBackend *primary, NotificationBackend *fallback,
                       QObject *parent = nullptr, Clock *clock = nullptr);
    ~NotificationCenter() override;

    void setPrivacy(Privacy privacy) { m_privacy = privacy; }
    // No popups between `from` and `to` (local time, may span midnight); invalid: never quiet.
    void setQuietHours(const QTime &from, const QTime &to);
    void setSound(bool sound) { m_sound = sound; }
    void setShowAccountNames(bool show) { m_showAccountNames = show; }
    // Senders' avatars on popups: fetched on first sight, added to the popup when they come.
    void setAvatarCache(AvatarCache *avatars);
    void pauseUntil(const QDateTime &until);
    void resume();
    bool isPaused() const;

    // `account` is the account's stable key, `label` its name as shown ("ada@example.social").
    void onMessages(const QString &account, const QString &label, const MessageBatch &batch);
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
        QString label;
        QString conversationId;
        QUrl url;
        int count = 0;
        QStringList senders;
        IncomingMessage last;
        NotificationBackend *backend = nullptr;
        quint32 handle = 0;
        quint64 pendingRequest = 0; // a show() whose handle has not come back yet
        bool dirty = false;         // changed while a show() was pending
        bool withdrawn = false;     // read while a show() was pending: close it when shown
        bool isSummary = false;
    };

    NotificationBackend *activeBackend() const;
    bool isInhibited() const;
    void showLive(const QString &account, const QString &label, const IncomingMessage &message);
    void present(Popup &popup);
    void showSummary(const QString &account, const QString &label,
                     const QList<IncomingMessage> &messages, bool away);
    PopupContent contentFor(const Popup &popup) const;
    QString accountSuffix(const QString &label) const;
    Popup *popupForHandle(NotificationBackend *backend, quint32 handle);
    Popup *popupForRequest(NotificationBackend *backend, quint64 requestId);
    void connectBackend(NotificationBackend *backend);
    void onAvatarReady(const QString &url);

    QPointer<NotificationBackend> m_primary;
    QPointer<NotificationBackend> m_fallback;
    QPointer<AvatarCache> m_avatars;
    PopupPolicy m_policy;
    Privacy m_privacy = Privacy::FullText;
    bool m_sound = true;
    bool m_showAccountNames = false;
    QHash<QString, Popup> m_popups; // by key
    quint64 m_nextRequest = 1;
};

} // namespace fedibell
