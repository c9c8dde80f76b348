// NotificationCenter against a backend the test controls (no D-Bus): which popups are shown,
// replaced and withdrawn, and how late answers from the notification server are handled.
#include "fakeinstance.h"
#include "manualclock.h"
#include "notifications/avatarcache.h"
#include "notifications/notificationcenter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

// Records every show() and answers only when the test says so, like a slow server.
class RecordingBackend : public NotificationBackend
{
    Q_OBJECT

public:
    struct Shown
    {
        quint64 requestId = 0;
        quint32 replaces = 0;
        PopupContent content;
    };

    using NotificationBackend::NotificationBackend;

    bool isAvailable() const override { return true; }
    bool isInhibited() const override { return inhibited; }
    void show(quint64 requestId, quint32 replaces, const PopupContent &content) override
    {
        calls.append({requestId, replaces, content});
        if (answerAtOnce) {
            answer(requestId);
        }
    }
    void close(quint32 handle) override { closedHandles.append(handle); }

    void answer(quint64 requestId) { emit shown(requestId, quint32(requestId + 100)); }

    QList<Shown> calls;
    QList<quint32> closedHandles;
    bool answerAtOnce = true;
    bool inhibited = false;
};

IncomingMessage message(const QString &statusId, const QString &conversationId,
                        const QString &sender = u"Grace"_s)
{
    IncomingMessage result;
    result.status.id = statusId;
    result.status.account.id = sender;
    result.status.account.displayName = sender;
    result.status.url = u"https://social.example/@grace/"_s + statusId;
    result.conversationId = conversationId;
    result.text = u"Hello"_s;
    return result;
}

MessageBatch live(const IncomingMessage &m)
{
    return {MessageBatch::Arrival::Live, {m}};
}

} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<RecordingBackend>();
        m_clock = std::make_unique<ManualClock>();
        m_center =
            std::make_unique<NotificationCenter>(m_backend.get(), nullptr, nullptr, m_clock.get());
    }

    void oneConversationIsOnePopupReplacedInPlace()
    {
        m_center->onMessages(u"acct"_s, u"ada@x"_s, live(message(u"1"_s, u"c1"_s)));
        m_center->onMessages(u"acct"_s, u"ada@x"_s, live(message(u"2"_s, u"c1"_s)));
        QCOMPARE(m_backend->calls.size(), 2);
        QCOMPARE(m_backend->calls.at(0).replaces, 0u);
        QCOMPARE(m_backend->calls.at(1).replaces, quint32(m_backend->calls.at(0).requestId + 100));
        QVERIFY(m_backend->calls.at(1).content.body.startsWith(u"2 new messages"_s));
    }

    void aMessageRequestSaysSoAndOpensTheRequestsPage()
    {
        IncomingMessage request = message(u"9"_s, QString(), u"Mallory"_s);
        request.kind = IncomingMessage::Kind::Request;
        request.openAt = QUrl(u"https://mastodon.example/notifications/requests"_s);
        m_center->onMessages(u"acct"_s, u"ada@x"_s, live(request));
        QCOMPARE(m_backend->calls.size(), 1);
        QCOMPARE(m_backend->calls.at(0).content.summary,
                 u"Message request from \u2068Mallory\u2069"_s);
        QCOMPARE(m_backend->calls.at(0).content.body, u"Hello"_s);
        QSignalSpy opened(m_center.get(), &NotificationCenter::openRequested);
        emit m_backend->actionInvoked(quint32(m_backend->calls.at(0).requestId + 100),
                                      u"default"_s);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toUrl(), request.openAt);
        // With nothing shown of the message, still a request.
        m_center->setPrivacy(Privacy::Nothing);
        IncomingMessage hidden = request;
        hidden.status.id = u"11"_s;
        m_center->onMessages(u"acct"_s, u"ada@x"_s, live(hidden));
        QCOMPARE(m_backend->calls.last().content.summary, u"New message request"_s);
    }

    void sameConversationIdOnTwoAccountsIsTwoPopups()
    {
        m_center->onMessages(u"one"_s, u"ada@x"_s, live(message(u"1"_s, u"c1"_s)));
        m_center->onMessages(u"two"_s, u"ada@y"_s, live(message(u"1"_s, u"c1"_s)));
        QCOMPARE(m_backend->calls.at(1).replaces, 0u);
        m_center->onConversationRead(u"two"_s, u"c1"_s);
        QCOMPARE(m_backend->closedHandles.size(), 1);
        QCOMPARE(m_backend->closedHandles.first(), quint32(m_backend->calls.at(1).requestId + 100));
    }

    void messageWhileTheFirstShowIsPendingReplacesOnceTheHandleComes()
    {
        m_backend->answerAtOnce = false;
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"1"_s, u"c1"_s)));
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"2"_s, u"c1"_s)));
        QCOMPARE(m_backend->calls.size(), 1); // waits: a second show would be a second popup
        m_backend->answer(m_backend->calls.at(0).requestId);
        QCOMPARE(m_backend->calls.size(), 2);
        QCOMPARE(m_backend->calls.at(1).replaces, quint32(m_backend->calls.at(0).requestId + 100));
    }

    void readWhileTheServerIsStillShowingItIsClosedWhenShown()
    {
        m_backend->answerAtOnce = false;
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"1"_s, u"c1"_s)));
        m_center->onConversationRead(u"a"_s, u"c1"_s);
        QVERIFY(m_backend->closedHandles.isEmpty()); // no handle to close yet
        m_backend->answer(m_backend->calls.at(0).requestId);
        QCOMPARE(m_backend->closedHandles,
                 QList<quint32>{quint32(m_backend->calls.at(0).requestId + 100)});
        // A new message in that conversation is a fresh popup, not a replacement.
        m_backend->answerAtOnce = true;
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"2"_s, u"c1"_s)));
        QCOMPARE(m_backend->calls.last().replaces, 0u);
    }

    void catchUpOfFewIsPopupsOfManyIsOneSummary()
    {
        MessageBatch few{MessageBatch::Arrival::CaughtUp,
                         {message(u"1"_s, u"c1"_s), message(u"2"_s, u"c2"_s)}};
        m_center->onMessages(u"a"_s, u"ada@x"_s, few);
        QCOMPARE(m_backend->calls.size(), 2);

        MessageBatch many{MessageBatch::Arrival::CaughtUp, {}};
        for (int i = 0; i < 10; ++i) {
            many.messages << message(QString::number(10 + i), u"c%1"_s.arg(10 + i),
                                     i % 2 ? u"Bob"_s : u"Grace"_s);
        }
        m_center->onMessages(u"a"_s, u"ada@x"_s, many);
        QCOMPARE(m_backend->calls.size(), 3);
        QCOMPARE(m_backend->calls.last().content.summary,
                 u"While you were away: 10 messages from 2 people"_s);
    }

    void quietHoursSilencePopups()
    {
        const QTime now = m_clock->nowLocal().time();
        m_center->setQuietHours(now.addSecs(-60), now.addSecs(3600));
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"1"_s, u"c1"_s)));
        m_center->onMessages(u"a"_s, u"ada@x"_s,
                             {MessageBatch::Arrival::CaughtUp, {message(u"2"_s, u"c2"_s)}});
        QVERIFY(m_backend->calls.isEmpty());
        m_clock->advance(qint64{3601} * 1000);
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"3"_s, u"c3"_s)));
        QCOMPARE(m_backend->calls.size(), 1);
    }

    void doNotDisturbAndPauseSilencePopups()
    {
        m_backend->inhibited = true;
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"1"_s, u"c1"_s)));
        QVERIFY(m_backend->calls.isEmpty());
        m_backend->inhibited = false;
        m_center->pauseUntil(m_clock->nowUtc().addSecs(60));
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"2"_s, u"c2"_s)));
        QVERIFY(m_backend->calls.isEmpty());
        m_clock->advance(qint64{61} * 1000);
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(message(u"3"_s, u"c3"_s)));
        QCOMPARE(m_backend->calls.size(), 1);
    }

    void avatarArrivingBeforeTheHandleIsAddedOnceTheHandleComes()
    {
        fake::FakeInstance instance;
        QVERIFY(instance.start());
        QNetworkAccessManager network;
        QTemporaryDir cache;
        AvatarCache avatars(&network, cache.path());
        QSignalSpy ready(&avatars, &AvatarCache::ready);
        m_center->setAvatarCache(&avatars);
        m_backend->answerAtOnce = false; // the server answers Notify late

        IncomingMessage withAvatar = message(u"1"_s, u"c1"_s);
        withAvatar.status.account.avatar = instance.baseUrl().toString() + u"/avatars/grace.png"_s;
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(withAvatar));
        QCOMPARE(m_backend->calls.size(), 1);
        QVERIFY(m_backend->calls.at(0).content.image.isNull());
        QVERIFY(ready.wait()); // the picture came before the server's answer
        QCOMPARE(m_backend->calls.size(), 1);

        m_backend->answer(m_backend->calls.at(0).requestId);
        QCOMPARE(m_backend->calls.size(), 2);
        QCOMPARE(m_backend->calls.at(1).replaces, quint32(m_backend->calls.at(0).requestId + 100));
        QVERIFY(!m_backend->calls.at(1).content.image.isNull());
    }

    void serverTextIsShownAsTextOnly()
    {
        // Names that reorder or hide text, and invisible characters in the message itself.
        m_center->setShowAccountNames(true);
        IncomingMessage spoof = message(u"1"_s, u"c1"_s, u"Grace\u202eexe.gnp"_s);
        spoof.status.account.username = u"grace"_s;
        spoof.text = u"\u200bClick\u2066 here\u00a0 now\n\n\n\u202eplease"_s;
        m_center->onMessages(u"a"_s, u"ada\u200b@x"_s, live(spoof));
        QCOMPARE(m_backend->calls.size(), 1);
        QCOMPARE(m_backend->calls.at(0).content.summary,
                 u"\u2068Graceexe.gnp\u2069 (to \u2068ada@x\u2069)"_s);
        QCOMPARE(m_backend->calls.at(0).content.body, u"Click here now\n\nplease"_s);

        // Nothing visible in the display name: the username; the warning isolated too.
        IncomingMessage warned = message(u"2"_s, u"c2"_s, u"\u3164\u200b"_s);
        warned.status.account.username = u"gr\u200dace"_s;
        warned.status.spoilerText = u"spoilers\u202e!\u2069"_s;
        m_center->onMessages(u"a"_s, u"ada@x"_s, live(warned));
        QCOMPARE(m_backend->calls.size(), 2);
        QCOMPARE(m_backend->calls.at(1).content.summary,
                 u"\u2068grace\u2069 (to \u2068ada@x\u2069)"_s);
        QCOMPARE(m_backend->calls.at(1).content.body, u"Content warning: \u2068spoilers!\u2069"_s);

        // A summary of many names them, each isolated.
        MessageBatch many{MessageBatch::Arrival::CaughtUp, {}};
        for (int i = 0; i < 10; ++i) {
            many.messages << message(QString::number(10 + i), u"c%1"_s.arg(10 + i),
                                     i % 2 ? u"\u202eBob"_s : u"Gr\u200bace"_s);
        }
        m_center->onMessages(u"a"_s, u"ada@x"_s, many);
        QCOMPARE(m_backend->calls.size(), 3);
        QCOMPARE(m_backend->calls.last().content.body, u"\u2068Grace\u2069, \u2068Bob\u2069"_s);
    }

    void cleanup()
    {
        m_center.reset();
        m_backend.reset();
    }

private:
    std::unique_ptr<RecordingBackend> m_backend;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<NotificationCenter> m_center;
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
