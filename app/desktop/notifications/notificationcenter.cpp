#include "notificationcenter.h"

#include "avatarcache.h"
#include "clock.h"
#include "desktoplogging.h"
#include "text/displaytext.h"

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr int kBodyLength = 300;
const QString kFloodKey = u"\x01flood"_s;
const QString kAwayKey = u"\x01away"_s;

QString popupKey(const QString &account, const QString &conversationKey)
{
    return account + u'\x1f' + conversationKey;
}

QString shorten(const QString &text)
{
    return text.size() > kBodyLength ? text.left(kBodyLength - 1) + QChar(0x2026) : text;
}

} // namespace

NotificationCenter::NotificationCenter(NotificationBackend *primary, NotificationBackend *fallback,
                                       QObject *parent, Clock *clock)
    : QObject(parent)
    , m_primary(primary)
    , m_fallback(fallback)
    , m_policy(clock ? *clock : Clock::system())
{
    connectBackend(primary);
    connectBackend(fallback);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::connectBackend(NotificationBackend *backend)
{
    if (!backend) {
        return;
    }
    connect(backend, &NotificationBackend::shown, this,
            [this, backend](quint64 requestId, quint32 handle) {
                if (Popup *popup = popupForRequest(backend, requestId)) {
                    popup->pendingRequest = 0;
                    popup->handle = handle;
                    if (popup->withdrawn) {
                        // Read elsewhere while the server was still putting it on screen.
                        backend->close(handle);
                        m_popups.remove(popup->key);
                        return;
                    }
                    if (popup->dirty) {
                        popup->dirty = false;
                        present(*popup);
                    }
                }
            });
    connect(backend, &NotificationBackend::failed, this, [this, backend](quint64 requestId) {
        if (Popup *popup = popupForRequest(backend, requestId)) {
            popup->pendingRequest = 0;
            popup->handle = 0;
        }
    });
    connect(backend, &NotificationBackend::actionInvoked, this,
            [this, backend](quint32 handle, const QString &key) {
                Popup *popup = popupForHandle(backend, handle);
                if (!popup) {
                    return;
                }
                if (key == QLatin1StringView(NotificationBackend::kMarkReadAction)) {
                    if (!popup->isSummary && !popup->conversationId.isEmpty()) {
                        emit markReadRequested(popup->account, popup->conversationId);
                    }
                } else if (popup->url.isValid()) {
                    emit openRequested(popup->url);
                }
            });
    connect(backend, &NotificationBackend::closed, this, [this, backend](quint32 handle) {
        // Dismissed or expired: the next message starts a fresh popup.
        if (Popup *popup = popupForHandle(backend, handle)) {
            m_popups.remove(popup->key);
        }
    });
}

NotificationCenter::Popup *NotificationCenter::popupForHandle(NotificationBackend *backend,
                                                              quint32 handle)
{
    for (Popup &popup : m_popups) {
        if (popup.backend == backend && popup.handle == handle && handle != 0) {
            return &popup;
        }
    }
    return nullptr;
}

NotificationCenter::Popup *NotificationCenter::popupForRequest(NotificationBackend *backend,
                                                               quint64 requestId)
{
    for (Popup &popup : m_popups) {
        if (popup.backend == backend && popup.pendingRequest == requestId) {
            return &popup;
        }
    }
    return nullptr;
}

void NotificationCenter::setAvatarCache(AvatarCache *avatars)
{
    m_avatars = avatars;
    if (avatars) {
        connect(avatars, &AvatarCache::ready, this, &NotificationCenter::onAvatarReady,
                Qt::UniqueConnection);
    }
}

void NotificationCenter::onAvatarReady(const QString &url)
{
    // Popups on screen get the picture in place; one still being shown gets it as soon as
    // its handle is known (present() waits for that).
    for (Popup &popup : m_popups) {
        const bool onScreen = popup.handle != 0 || popup.pendingRequest != 0;
        if (!popup.isSummary && onScreen && popup.last.status.account.avatar == url) {
            present(popup);
        }
    }
}

NotificationBackend *NotificationCenter::activeBackend() const
{
    if (m_primary && m_primary->isAvailable()) {
        return m_primary;
    }
    if (m_fallback && m_fallback->isAvailable()) {
        return m_fallback;
    }
    return nullptr;
}

bool NotificationCenter::isInhibited() const
{
    NotificationBackend *backend = activeBackend();
    return !backend || backend->isInhibited();
}

void NotificationCenter::pauseUntil(const QDateTime &until)
{
    m_policy.pauseUntil(until);
    emit pausedChanged(isPaused());
}

void NotificationCenter::resume()
{
    m_policy.resume();
    emit pausedChanged(false);
}

bool NotificationCenter::isPaused() const
{
    return m_policy.isPaused();
}

void NotificationCenter::setQuietHours(const QTime &from, const QTime &to)
{
    m_policy.setQuietHours(from, to);
}

QString NotificationCenter::accountSuffix(const QString &label) const
{
    return m_showAccountNames ? tr(" (to %1)").arg(DisplayText::isolated(label)) : QString();
}

void NotificationCenter::onMessages(const QString &account, const QString &label,
                                    const MessageBatch &batch)
{
    if (!batch.isCatchUp()) {
        for (const IncomingMessage &message : batch.messages) {
            showLive(account, label, message);
        }
        return;
    }
    switch (m_policy.forCatchUp(int(batch.messages.size()), isInhibited())) {
    case PopupPolicy::Show::Nothing:
        break;
    case PopupPolicy::Show::Summary:
        showSummary(account, label, batch.messages, true);
        break;
    case PopupPolicy::Show::Popup:
        for (const IncomingMessage &message : batch.messages) {
            showLive(account, label, message);
        }
        break;
    }
}

void NotificationCenter::showLive(const QString &account, const QString &label,
                                  const IncomingMessage &message)
{
    const QString key = popupKey(account, message.conversationKey());
    switch (m_policy.forLiveMessage(m_popups.contains(key), isInhibited())) {
    case PopupPolicy::Show::Nothing:
        return;
    case PopupPolicy::Show::Summary:
        showSummary(account, label, {message}, false);
        return;
    case PopupPolicy::Show::Popup:
        break;
    }
    if (m_avatars && m_privacy != Privacy::Nothing) {
        m_avatars->fetch(message.status.account.avatar);
    }
    Popup &popup = m_popups[key];
    popup.key = key;
    popup.account = account;
    popup.label = label;
    popup.conversationId = message.conversationId;
    popup.url = message.openAt.isValid() ? message.openAt : QUrl(message.status.url);
    popup.count += 1;
    popup.last = message;
    present(popup);
}

void NotificationCenter::showSummary(const QString &account, const QString &label,
                                     const QList<IncomingMessage> &messages, bool away)
{
    Popup &popup = m_popups[away ? kAwayKey : kFloodKey];
    popup.key = away ? kAwayKey : kFloodKey;
    popup.account = account;
    popup.label = label;
    popup.isSummary = true;
    popup.conversationId.clear();
    for (const IncomingMessage &message : messages) {
        popup.count += 1;
        const Account &account = message.status.account;
        const QString sender = DisplayText::name(account.displayName, account.username);
        if (!popup.senders.contains(sender)) {
            popup.senders.append(sender);
        }
        popup.last = message;
    }
    popup.url = QUrl(popup.last.status.url);
    present(popup);
}

PopupContent NotificationCenter::contentFor(const Popup &popup) const
{
    PopupContent content;
    content.sound = m_sound;
    const Status &status = popup.last.status;
    const QString suffix = accountSuffix(popup.label);
    if (popup.isSummary) {
        const QString people = tr("%n people", nullptr, int(popup.senders.size()));
        content.summary =
            popup.key == kAwayKey
                ? tr("While you were away: %n messages from %1", nullptr, popup.count).arg(people)
                : tr("%n new direct messages from %1", nullptr, popup.count).arg(people);
        content.summary += suffix;
        if (m_privacy != Privacy::Nothing) {
            QStringList names;
            for (const QString &sender : popup.senders.mid(0, 5)) {
                names << DisplayText::isolated(sender);
            }
            content.body = names.join(u", "_s);
        }
        content.withActions = false;
        return content;
    }
    const bool request = popup.last.kind == IncomingMessage::Kind::Request;
    if (m_privacy == Privacy::Nothing) {
        content.summary = (request ? tr("New message request") : tr("New direct message")) + suffix;
        content.withActions = true;
        return content;
    }
    // The name alone is a paragraph of its own; next to other text it is isolated.
    const QString sender = DisplayText::name(status.account.displayName, status.account.username);
    if (request) {
        //: A direct message the server filtered, from someone the user does not follow
        content.summary = tr("Message request from %1").arg(DisplayText::isolated(sender)) + suffix;
    } else {
        content.summary = suffix.isEmpty() ? sender : DisplayText::isolated(sender) + suffix;
    }
    if (m_avatars) {
        content.image = m_avatars->image(status.account.avatar);
    }
    QString text;
    if (m_privacy == Privacy::SenderOnly) {
        text = tr("Sent you a direct message.");
    } else if (!status.spoilerText.isEmpty()) {
        // The warning, never the text behind it.
        text = tr("Content warning: %1").arg(DisplayText::isolated(status.spoilerText));
    } else {
        text = DisplayText::paragraphs(popup.last.text);
    }
    if (popup.count > 1) {
        content.body = tr("%n new messages", nullptr, popup.count) + u'\n' + shorten(text);
    } else {
        content.body = shorten(text);
    }
    return content;
}

void NotificationCenter::present(Popup &popup)
{
    if (popup.pendingRequest != 0) {
        popup.dirty = true; // shown again once the handle for replacing it is known
        return;
    }
    NotificationBackend *backend = activeBackend();
    if (!backend) {
        return;
    }
    if (popup.backend != backend) {
        popup.handle = 0;
        popup.backend = backend;
    }
    popup.pendingRequest = m_nextRequest++;
    backend->show(popup.pendingRequest, popup.handle, contentFor(popup));
}

void NotificationCenter::onConversationRead(const QString &account, const QString &conversationId)
{
    const auto it = m_popups.find(popupKey(account, conversationId));
    if (it == m_popups.end()) {
        return;
    }
    if (it->pendingRequest != 0) {
        it->withdrawn = true; // closed as soon as its handle is known
        return;
    }
    if (it->backend && it->handle != 0) {
        it->backend->close(it->handle);
    }
    m_popups.erase(it);
}

} // namespace fedibell
