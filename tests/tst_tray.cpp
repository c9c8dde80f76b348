// The tray icon over D-Bus, as a StatusNotifierItem host sees it: a test-owned
// org.kde.StatusNotifierWatcher on a private bus, the xcb platform under Xvfb, and the real
// DesktopApplication against a fake instance. Run with xvfb-run and dbus-run-session.
#include "conversationtracker.h"
#include "desktopapplication.h"
#include "fakeinstance.h"
#include "fakenotificationserver.h"
#include "fakestatusnotifierwatcher.h"
#include "monitorharness.h"
#include "networkwatch.h"
#include "notifications/freedesktopnotifications.h"
#include "notifications/notificationcenter.h"
#include "notifications/traymessagenotifications.h"
#include "statusnotifieritemprobe.h"
#include "systemevents.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void iconRegistersWithTheTrayHost();
    void tooltipAndIconFollowTheConnection();
    void unreadCountIsPaintedOnTheIcon();
    void recentConversationOpensFromTheMenu();
    void menuCommandsWork();
    void noNetworkIsSaidInPlainWords();
    void balloonFallbackWithoutNotificationService();

private:
    QString toolTipText();
    QImage largestIcon();

    // The one thing shared by all functions: Qt picks the D-Bus tray once per process, so the
    // watcher is there from the start. Everything else is made afresh for each function.
    fakedesk::FakeStatusNotifierWatcher m_watcher;
    std::unique_ptr<fakedesk::FakeNotificationServer> m_notifications;
    std::unique_ptr<fake::FakeInstance> m_instance;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<DesktopApplication> m_app;
    std::unique_ptr<fakedesk::StatusNotifierItemProbe> m_probe;
    NetworkWatch *m_network = nullptr; // owned by the app's SystemEvents
    QList<QUrl> m_opened;
};

void TestTray::initTestCase()
{
    // Qt picks the D-Bus tray once, when it first looks: the watcher must already be there.
    QVERIFY(m_watcher.start());
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
}

void TestTray::init()
{
    // A desktop with a tray host has a notification server too.
    m_notifications = std::make_unique<fakedesk::FakeNotificationServer>();
    QVERIFY(m_notifications->start());
    m_instance = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_instance->start());
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_state->isValid());
    // Own config and cache folders: nothing one function saves is seen by the next.
    qputenv("XDG_CONFIG_HOME", m_state->filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_state->filePath(u"cache"_s).toLocal8Bit());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_state->filePath(u"config"_s));
    m_opened.clear();

    DesktopOptions options;
    options.accounts = {MonitorHarness::accountOn(*m_instance, m_state->path())};
    options.minimized = true;
    options.stateDirectory = m_state->path();
    m_app = std::make_unique<DesktopApplication>(options, nullptr);
    m_app->setUrlOpener([this](const QUrl &url) { m_opened.append(url); });
    // The network as the test says; no sleep or clock watches.
    m_network = new NetworkWatch;
    auto *events = new SystemEvents(nullptr, nullptr, m_network, 50);
    events->setLoopbackFollowsNetwork(true); // the instance is on loopback
    m_app->setSystemEvents(events);
    m_app->start();
    QVERIFY(m_watcher.waitForItem(1, 5000));
    QCOMPARE(m_watcher.items().size(), 1);
    m_probe = std::make_unique<fakedesk::StatusNotifierItemProbe>(m_watcher.items().constFirst());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->monitors().constFirst()->state() == AccountMonitor::State::Streaming, 5000);
    QTRY_VERIFY(m_instance->subscriptions().contains(u"direct"_s));
}

void TestTray::cleanup()
{
    m_probe.reset();
    m_app.reset();
    // The icon's connection closes with it: the next function starts without an item.
    QTRY_VERIFY(m_watcher.items().isEmpty());
    m_instance.reset();
    m_notifications.reset();
    m_state.reset();
}

QString TestTray::toolTipText()
{
    const auto tip = m_probe->toolTip();
    return tip.title + u'\n' + tip.text;
}

QImage TestTray::largestIcon()
{
    QImage largest;
    for (const QImage &image : m_probe->iconPixmaps()) {
        if (image.width() > largest.width()) {
            largest = image;
        }
    }
    return largest;
}

void TestTray::iconRegistersWithTheTrayHost()
{
    QCOMPARE(m_probe->status(), u"Active"_s);
    QVERIFY(!m_probe->menuPath().isEmpty());
    QVERIFY(!largestIcon().isNull());
    QTRY_VERIFY2(toolTipText().contains(u"streaming"_s), qPrintable(toolTipText()));
    QVERIFY(toolTipText().contains(u"ada@"_s));
}

void TestTray::tooltipAndIconFollowTheConnection()
{
    QTRY_VERIFY(toolTipText().contains(u"streaming"_s));
    const QImage streaming = largestIcon();
    m_instance->setUpgradeRefusal(503);
    m_instance->dropConnections();
    QTRY_VERIFY2(toolTipText().contains(u"reconnecting"_s) || toolTipText().contains(u"polling"_s),
                 qPrintable(toolTipText()));
    QTRY_VERIFY(largestIcon() != streaming);
    m_instance->setUpgradeRefusal(0);
    QTRY_VERIFY_WITH_TIMEOUT(toolTipText().contains(u"streaming"_s), 8000);
    QTRY_COMPARE(largestIcon(), streaming);
}

void TestTray::unreadCountIsPaintedOnTheIcon()
{
    const QImage before = largestIcon();
    m_instance->postDirectMessage(u"grace@social.example"_s, u"<p>tray</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 1);
    QTRY_VERIFY(largestIcon() != before);
    QTRY_VERIFY2(toolTipText().contains(u"1 unread"_s), qPrintable(toolTipText()));
}

void TestTray::recentConversationOpensFromTheMenu()
{
    m_instance->postDirectMessage(u"bob@example.net"_s, u"<p>find me in the menu</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 1);
    std::optional<fakedesk::DBusMenuItem> item;
    // The name is isolated (FSI ... PDI) from the preview after it.
    QTRY_VERIFY(
        (item = m_probe->findItemByLabel(u"\u25CF \u2068Bob\u2069 \u2014 find me in the menu"_s))
            .has_value());
    m_opened.clear();
    QVERIFY(m_probe->clickItem(item->id));
    QTRY_COMPARE(m_opened.size(), 1);
    QVERIFY(m_opened.constFirst().path().startsWith(u"/@bob/"_s));
}

void TestTray::menuCommandsWork()
{
    m_instance->postDirectMessage(u"grace@social.example"_s, u"<p>unread</p>"_s);
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 1);
    std::optional<fakedesk::DBusMenuItem> markAll;
    QTRY_VERIFY((markAll = m_probe->findItemByLabel(u"Mark all as read"_s)).has_value());
    QVERIFY(markAll->enabled);
    QVERIFY(m_probe->clickItem(markAll->id));
    QTRY_COMPARE(m_app->tracker()->totalUnread(), 0);

    std::optional<fakedesk::DBusMenuItem> hour;
    QTRY_VERIFY((hour = m_probe->findItemByLabel(u"For 1 hour"_s)).has_value());
    QVERIFY(m_probe->clickItem(hour->id));
    QTRY_VERIFY(m_app->notificationCenter()->isPaused());
    QTRY_VERIFY(toolTipText().contains(u"paused"_s));

    std::optional<fakedesk::DBusMenuItem> resume;
    QTRY_VERIFY((resume = m_probe->findItemByLabel(u"Resume"_s)).has_value() && resume->enabled);
    QVERIFY(m_probe->clickItem(resume->id));
    QTRY_VERIFY(!m_app->notificationCenter()->isPaused());

    for (const QString &label : {u"Settings..."_s, u"Status and log..."_s, u"Quit"_s}) {
        QVERIFY2(m_probe->findItemByLabel(label).has_value(), qPrintable(label));
    }
    QSignalSpy quit(m_app->tray(), &TrayController::quitRequested);
    QVERIFY(m_probe->clickItem(m_probe->findItemByLabel(u"Quit"_s)->id));
    QTRY_COMPARE(quit.count(), 1);
}

void TestTray::noNetworkIsSaidInPlainWords()
{
    QTRY_VERIFY(toolTipText().contains(u"streaming"_s));
    const QImage streaming = largestIcon();
    const QString waiting = u"No network connection: Fedibell connects again when it is back"_s;
    QVERIFY(!m_probe->findItemByLabel(waiting).has_value());
    m_network->setOnline(false);
    QTRY_VERIFY2(toolTipText().contains(u"No network connection"_s), qPrintable(toolTipText()));
    QTRY_VERIFY2(toolTipText().contains(u"offline (no network connection)"_s),
                 qPrintable(toolTipText()));
    QTRY_VERIFY(largestIcon() != streaming);
    std::optional<fakedesk::DBusMenuItem> item;
    QTRY_VERIFY((item = m_probe->findItemByLabel(waiting)).has_value());
    QVERIFY(!item->enabled); // a line to read, not a command
    // What "fedibell --status" prints.
    QVERIFY2(m_app->statusText().contains(u"ada@fake.test: offline (no network connection)"_s),
             qPrintable(m_app->statusText()));

    m_network->setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(toolTipText().contains(u"streaming"_s), 5000);
    QVERIFY(!toolTipText().contains(u"No network"_s));
    QTRY_VERIFY(!m_probe->findItemByLabel(waiting).has_value());
    QTRY_COMPARE(largestIcon(), streaming);
}

void TestTray::balloonFallbackWithoutNotificationService()
{
    // Fedibell's D-Bus notifier sees no notification service (a bus without one), so popups
    // go to the tray's own balloon, which the tray host shows through the desktop's
    // notification server (here a test-owned one on the session bus).
    fakedesk::FakeNotificationServer &server = *m_notifications;
    FreedesktopNotifications unavailable(u"x"_s, QDBusConnection(u"not-connected"_s));
    unavailable.probe();
    QVERIFY(!unavailable.isAvailable());
    TrayMessageNotifications balloons(m_app->tray()->trayIcon());
    QVERIFY(balloons.isAvailable());
    NotificationCenter center(&unavailable, &balloons);
    IncomingMessage message;
    message.status.id = u"1"_s;
    message.status.account.displayName = u"Grace"_s;
    message.status.content = u"<p>via the tray</p>"_s;
    message.text = u"via the tray"_s;
    message.conversationId = u"9"_s;
    center.onMessages(u"key"_s, u"ada@x"_s, {MessageBatch::Arrival::Live, {message}});
    QVERIFY(server.waitForNotifications(1));
    QCOMPARE(server.notifications().constFirst().summary, u"Grace"_s);
    QCOMPARE(server.notifications().constFirst().body, u"via the tray"_s);
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
