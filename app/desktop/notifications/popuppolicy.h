#pragma once

#include <QDateTime>
#include <QQueue>
#include <QTime>

namespace fedibell {

class Clock;

// The rules for when popups appear, apart from how they look or which backend shows them:
// nothing while paused, in quiet hours or while the desktop asks not to be disturbed; one
// summary instead of a popup each after a large catch-up, or when messages flood in faster
// than a person can read them. Plain code with an injected clock.
class PopupPolicy
{
public:
    static constexpr int kSummaryAbove = 3;      // a catch-up with more messages: one summary
    static constexpr int kFloodPopups = 5;       // at most this many new popups...
    static constexpr int kFloodWindowMs = 10000; // ...within this window, then a summary

    enum class Show {
        Nothing, // stay silent (counted in the tray all the same)
        Popup,   // one popup per conversation
        Summary, // one popup for all of them
    };

    explicit PopupPolicy(Clock &clock);

    // No popups between `from` and `to` (local time, may span midnight); invalid: never quiet.
    void setQuietHours(const QTime &from, const QTime &to);
    void pauseUntil(const QDateTime &untilUtc);
    void resume();
    bool isPaused() const;
    bool isQuietTime() const;
    // Whether popups may appear now; `inhibited` is the desktop's do-not-disturb.
    bool mayShow(bool inhibited) const;

    // A live message. `replacesPopup`: its conversation's popup is still on screen, so it
    // updates that one and adds nothing to the flood count.
    Show forLiveMessage(bool replacesPopup, bool inhibited);
    // Everything one catch-up found: a popup each for a few, one summary for more.
    Show forCatchUp(int count, bool inhibited) const;

private:
    bool floodLimitReached();

    Clock &m_clock;
    QTime m_quietFrom;
    QTime m_quietTo;
    QDateTime m_pausedUntil;
    QQueue<qint64> m_recentPopups; // monotonic ms of the latest new popups
};

} // namespace fedibell
