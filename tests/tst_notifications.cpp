// Desktop notifications end to end inside one process: the real DesktopApplication and
// account monitor against a fake Mastodon instance on loopback, and a test-owned
// org.freedesktop.Notifications on a private session bus (run under dbus-run-session).
#include "activitylog.h"
#include "conversationtracker.h"
#include "desktopapplication.h"
#include "fakeinstance.h"
#include "fakenotificationserver.h"
#include "monitorharness.h"
#include "notifications/notificationcenter.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void directMessageBecomesAPopup();
    void sameConversationReplacesItsPopup();
    void defaultActionOpensTheMessage();
    void markReadActionTellsTheServerAndWithdraws();
    void readElsewhereWithdrawsThePopup();
    void otherApplicationsSignalsAreIgnored();
    void dismissedPopupIsNotReplaced();
    void hostileMessageArrivesAsInertText();
    void plainTextServerGetsUnescapedText();
    void contentWarningIsShownInsteadOfText();
    void privacyLevels();
    void largeCatchUpBecomesOneSummary();
    void floodEndsInOneSummaryPopup();
    void pauseAndDoNotDisturbSuppressPopups();
    void slowServerNeverBlocks();
    void withoutNotificationServiceCountingGoesOn();
    void avatarIsDownloadedOnceAndShown();

private:
    void startApp(bool withServer = true);
    fake::FakeInstance::Posted postAndWait(const QString &from, const QString &html,
                                           const QString &conversation = {},
                                           const QString &spoiler = {});
    fakedesk::RecordedNotification lastNotification() const;

    std::unique_ptr<fake::FakeInstance> m_instance;
    std::unique_ptr<fakedesk::FakeNotificationServer> m_server;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<DesktopApplication> m_app;
    QList<QUrl> m_opened;
};

void TestNotifications::init()
{
    m_instance = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_instance->start());
    m_state = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CACHE_HOME", m_state->filePath(u"cache"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_state->filePath(u"config"_s).toLocal8Bit());
    m_opened.clear();
}

void TestNotifications::cleanup()
{
    m_app.reset();
    m_server.reset();
    m_instance.reset();
    m_state.reset();
}

void TestNotifications::startApp(bool withServer)
{
    if (withServer) {
        m_server = std::make_unique<fakedesk::FakeNotificationServer>();
        QVERIFY(m_server->start());
    }
    DesktopOptions options;
    options.accounts = {MonitorHarness::accountOn(*m_instance, m_state->path())};
    options.minimized = true;
    options.stateDirectory = m_state->path();
    m_app = std::make_unique<DesktopApplication>(options, nullptr);
    m_app->setUrlOpener([this](const QUrl &url) { m_opened.append(url); });
    m_app->start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->monitors().isEmpty()
                                 && m_app->monitors().constFirst()->state()
                                        == AccountMonitor::State::Streaming,
                             5000);
    QTRY_VERIFY(m_instance->subscriptions().contains(u"direct"_s));
}

fake::FakeInstance::Posted TestNotifications::postAndWait(const QString &from, const QString &html,
                                                          const QString &conversation,
                                                          const QString &spoiler)
{
    const int before = m_server->notifyCount();
    const auto posted = m_instance->postDirectMessage(from, html, conversation, spoiler);
    if (!m_server->waitForNotifications(before + 1, 5000)) {
        qWarning() << "no notification arrived";
    }
    return posted;
}

fakedesk::RecordedNotification TestNotifications::lastNotification() const
{
    const auto all = m_server->notifications();
    return all.isEmpty() ? fakedesk::RecordedNotification{} : all.constLast();
}

void TestNotifications::directMessageBecomesAPopup()
{
    startApp();
    postAndWait(u"grace@social.example"_s,
                u"<p>Lunch on <b>Friday</b>?</p><p>Bring &amp; share</p>"_s);
    QCOMPARE(m_server->notifyCount(), 1);
    const auto popup = lastNotification();
    QCOMPARE(popup.appName, u"Fedibell"_s);
    QCOMPARE(popup.replacesId, 0u);
    QCOMPARE(popup.summary, u"Grace :hopper:"_s);
    QCOMPARE(popup.body, u"Lunch on Friday?\n\nBring &amp; share"_s); // escaped for markup
    QCOMPARE(popup.actions.size(), 4);
    QVERIFY(!popup.actionLabel(u"default"_s).isEmpty());
    QVERIFY(!popup.actionLabel(u"mark-read"_s).isEmpty());
    QCOMPARE(popup.hints.value(u"desktop-entry"_s).toString(), u"io.github.fedibell.Fedibell"_s);
    QCOMPARE(popup.hints.value(u"category"_s).toString(), u"im.received"_s);
    QCOMPARE(popup.urgency(), 1);
    QCOMPARE(m_app->tracker()->totalUnread(), 1);
}

void TestNotifications::sameConversationReplacesItsPopup()
{
    startApp();
    const auto first = postAndWait(u"grace@social.example"_s, u"<p>one</p>"_s);
    const quint32 firstId = lastNotification().id;
    postAndWait(u"grace@social.example"_s, u"<p>two</p>"_s, first.conversationId);
    const auto replaced = lastNotification();
    QCOMPARE(replaced.replacesId, firstId);
    QVERIFY2(replaced.body.contains(u"2 new messages"_s), qPrintable(replaced.body));
    QVERIFY(replaced.body.contains(u"two"_s));
    // Another conversation gets its own popup.
    postAndWait(u"bob@example.net"_s, u"<p>other</p>"_s);
    const auto all = m_server->notifications();
    const auto bob =
        std::find_if(all.cbegin(), all.cend(), [](const auto &n) { return n.summary == u"Bob"_s; });
    QVERIFY(bob != all.cend());
    QCOMPARE(bob->replacesId, 0u);
    QCOMPARE(m_app->tracker()->totalUnread(), 3);
}

void TestNotifications::defaultActionOpensTheMessage()
{
    startApp();
    postAndWait(u"grace@social.example"_s, u"<p>open me</p>"_s);
    const auto popup = lastNotification();
    m_server->invokeAction(popup.id, u"default"_s);
    QTRY_COMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.constFirst().scheme(), u"https"_s);
    QVERIFY(m_opened.constFirst().path().startsWith(u"/@grace/"_s));
}

void TestNotifications::markReadActionTellsTheServerAndWithdraws()
{
    startApp();
    const auto posted = postAndWait(u"grace@social.example"_s, u"<p>read me</p>"_s);
    const auto popup = lastNotification();
    m_server->invokeAction(popup.id, u"mark-read"_s);
    const QString readPath = u"/api/v1/conversations/%1/read"_s.arg(posted.conversationId);
    QTRY_COMPARE(m_instance->requestCount(readPath), 1);
    QTRY_VERIFY(m_server->closedIds().contains(popup.id));
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 0);
    QVERIFY(m_opened.isEmpty());
}

void TestNotifications::readElsewhereWithdrawsThePopup()
{
    startApp();
    const auto posted = postAndWait(u"grace@social.example"_s, u"<p>x</p>"_s);
    const auto popup = lastNotification();
    m_instance->markConversationRead(posted.conversationId); // another client read it
    QTRY_VERIFY(m_server->closedIds().contains(popup.id));
    QCOMPARE(m_app->tracker()->totalUnread(), 0);
}

void TestNotifications::otherApplicationsSignalsAreIgnored()
{
    startApp();
    postAndWait(u"grace@social.example"_s, u"<p>x</p>"_s);
    const quint32 ours = lastNotification().id;
    m_server->invokeAction(ours + 100, u"default"_s);
    m_server->invokeAction(ours + 101, u"mark-read"_s);
    m_server->emitNotificationClosed(ours + 100, 2);
    QTest::qWait(200);
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(m_instance->requestCount(u"/api/v1/conversations/"_s), 0);
    // Our own popup still works.
    m_server->invokeAction(ours, u"default"_s);
    QTRY_COMPARE(m_opened.size(), 1);
}

void TestNotifications::dismissedPopupIsNotReplaced()
{
    startApp();
    const auto first = postAndWait(u"grace@social.example"_s, u"<p>one</p>"_s);
    m_server->closeByUser(lastNotification().id);
    QTest::qWait(100);
    postAndWait(u"grace@social.example"_s, u"<p>two</p>"_s, first.conversationId);
    QCOMPARE(lastNotification().replacesId, 0u);
}

void TestNotifications::hostileMessageArrivesAsInertText()
{
    startApp();
    postAndWait(u"mallory@evil.example"_s,
                u"<p><b>real bold</b> &lt;b&gt;fake&lt;/b&gt; <a href=\"javascript:alert(1)\">"
                "click</a> <img src=x onerror=alert(1)> &amp;lt;i&amp;gt; "
                "&lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;</p>"_s);
    const QString body = lastNotification().body;
    QVERIFY2(!body.contains(u'<') && !body.contains(u'>'), qPrintable(body));
    QVERIFY2(body.contains(u"real bold &lt;b&gt;fake&lt;/b&gt; click"_s), qPrintable(body));
    QVERIFY2(body.contains(u"&amp;lt;i&amp;gt;"_s), qPrintable(body));
    QVERIFY2(body.contains(u"&lt;a href=&quot;https://evil.example&quot;&gt;"_s), qPrintable(body));
}

void TestNotifications::plainTextServerGetsUnescapedText()
{
    m_server = std::make_unique<fakedesk::FakeNotificationServer>();
    m_server->setCapabilities({u"body"_s, u"actions"_s});
    startApp(false);
    QVERIFY(m_server->start());
    QTest::qWait(200); // the service appears after start: Fedibell notices it
    postAndWait(u"grace@social.example"_s, u"<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"_s);
    QCOMPARE(lastNotification().body, u"<b>x</b> & y"_s);
}

void TestNotifications::contentWarningIsShownInsteadOfText()
{
    startApp();
    postAndWait(u"grace@social.example"_s, u"<p>the finale spoiler</p>"_s, {}, u"TV finale"_s);
    const QString body = lastNotification().body;
    QVERIFY2(body.contains(u"TV finale"_s), qPrintable(body));
    QVERIFY2(!body.contains(u"spoiler"_s), qPrintable(body));
}

void TestNotifications::privacyLevels()
{
    startApp();
    m_app->notificationCenter()->setPrivacy(Privacy::SenderOnly);
    postAndWait(u"grace@social.example"_s, u"<p>secret text</p>"_s);
    QCOMPARE(lastNotification().summary, u"Grace :hopper:"_s);
    QVERIFY(!lastNotification().body.contains(u"secret"_s));

    m_app->notificationCenter()->setPrivacy(Privacy::Nothing);
    postAndWait(u"bob@example.net"_s, u"<p>secret text</p>"_s);
    QCOMPARE(lastNotification().summary, u"New direct message"_s);
    QVERIFY(!lastNotification().summary.contains(u"Bob"_s));
    QVERIFY(lastNotification().body.isEmpty());
}

void TestNotifications::largeCatchUpBecomesOneSummary()
{
    startApp();
    m_instance->setUpgradeRefusal(503);
    m_instance->dropConnections();
    QTest::qWait(100);
    const QStringList senders{u"grace@social.example"_s, u"bob@example.net"_s,
                              u"carol@x.example"_s};
    for (int i = 0; i < 7; ++i) {
        m_instance->postDirectMessage(senders.at(i % 3), u"<p>%1</p>"_s.arg(i), {}, {}, false);
    }
    m_server->clear();
    m_instance->setUpgradeRefusal(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->tracker()->totalUnread(), 7, 8000);
    QVERIFY(m_server->waitForNotifications(1));
    QTest::qWait(300);
    QCOMPARE(m_server->notifyCount(), 1);
    QCOMPARE(lastNotification().summary, u"While you were away: 7 messages from 3 people"_s);
}

void TestNotifications::floodEndsInOneSummaryPopup()
{
    startApp();
    for (int i = 0; i < 30; ++i) {
        m_instance->postDirectMessage(u"spam%1@x.example"_s.arg(i), u"<p>%1</p>"_s.arg(i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_app->tracker()->totalUnread(), 30, 8000);
    QTest::qWait(300);
    const auto all = m_server->notifications();
    // A few popups, then one summary popup updated in place: far fewer than 30.
    QSet<quint32> distinct;
    QString lastSummary;
    for (const auto &n : all) {
        distinct.insert(n.replacesId != 0 ? n.replacesId : n.id);
        if (n.summary.contains(u"new direct messages"_s)) {
            lastSummary = n.summary;
        }
    }
    QCOMPARE(distinct.size(), PopupPolicy::kFloodPopups + 1);
    QVERIFY2(lastSummary.contains(u"25 new direct messages from 25 people"_s),
             qPrintable(lastSummary));
}

void TestNotifications::pauseAndDoNotDisturbSuppressPopups()
{
    startApp();
    m_app->notificationCenter()->pauseUntil(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_instance->postDirectMessage(u"grace@social.example"_s, u"<p>quiet</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 1); // still counted
    QTest::qWait(200);
    QCOMPARE(m_server->notifyCount(), 0);

    m_app->notificationCenter()->resume();
    m_server->setInhibited(true);
    QTest::qWait(200);
    m_instance->postDirectMessage(u"bob@example.net"_s, u"<p>quiet too</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 2);
    QTest::qWait(200);
    QCOMPARE(m_server->notifyCount(), 0);

    m_server->setInhibited(false);
    QTest::qWait(200);
    postAndWait(u"carol@x.example"_s, u"<p>loud</p>"_s);
    QCOMPARE(m_server->notifications().constFirst().summary, u"Carol"_s);
}

void TestNotifications::slowServerNeverBlocks()
{
    startApp();
    m_server->setReplyDelay(3000);
    QElapsedTimer timer;
    timer.start();
    m_instance->postDirectMessage(u"grace@social.example"_s, u"<p>slow</p>"_s);
    QVERIFY(m_server->waitForNotifications(1));
    // While the server sits on the answer, the event loop runs freely.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);
    QTest::qWait(500);
    QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks)));
    QVERIFY(timer.elapsed() < 3000);
    // Messages keep flowing meanwhile.
    m_instance->postDirectMessage(u"bob@example.net"_s, u"<p>next</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 2);
}

void TestNotifications::withoutNotificationServiceCountingGoesOn()
{
    startApp(/*withServer=*/false);
    m_instance->postDirectMessage(u"grace@social.example"_s, u"<p>no server</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 1);
    QCOMPARE(m_app->tracker()->recent(1).constFirst().preview, u"no server"_s);
}

void TestNotifications::avatarIsDownloadedOnceAndShown()
{
    startApp();
    const auto first = postAndWait(u"bob@example.net"_s, u"<p>one</p>"_s);
    // The avatar is fetched on first sight; the popup on screen gets it in place.
    QTRY_VERIFY(lastNotification().hasImage);
    QCOMPARE(lastNotification().replacesId, m_server->notifications().constFirst().id);
    QCOMPARE(lastNotification().imageWidth, 96);
    const auto image = lastNotification().image();
    QCOMPARE(image.channels, 4);
    QCOMPARE(image.byteCount, image.rowstride * image.height);
    // Known from now on: the next popup has it at once, and it is not downloaded again.
    postAndWait(u"bob@example.net"_s, u"<p>two</p>"_s, first.conversationId);
    QVERIFY(lastNotification().hasImage);
    QCOMPARE(m_instance->requestCount(u"/avatars/"_s), 1);
    QDirIterator cached(m_state->filePath(u"cache"_s), {u"*.png"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
    QVERIFY(cached.hasNext()); // kept on disk for the next start
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
