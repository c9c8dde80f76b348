// SleepWatch against a fake logind on a private bus that stands in for the system bus
// (DBUS_SYSTEM_BUS_ADDRESS, as the program reads it); and without logind or any bus.
#include "fakelogind.h"
#include "privatebus.h"
#include "sleepwatch.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

// What the watch logs, to count its lines.
struct LogLine
{
    QtMsgType type;
    QString category;
    QString text;
};
QList<LogLine> g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// The watch's info lines on, whatever QT_LOGGING_RULES says (ctest turns them off).
void platformInfoOn(QLoggingCategory *category)
{
    g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "fedibell.platform") == 0) {
        category->setEnabled(QtInfoMsg, true);
    }
}

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_log.append({type, QString::fromLatin1(context.category), text});
    g_previousHandler(type, context, text);
}

} // namespace

class TestSleepWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void holdsADelayLockAndGivesItBackBeforeSleep();
    void wakeIsToldAndTheLockTakenAgain();
    void onlyLogindIsHeard();
    void withoutLogindOneInfoLineAndNothingElse();
    void withoutSystemBusOneInfoLineAndNothingElse();

private:
    QList<LogLine> platformLines() const;

    fakesys::PrivateBus m_bus;
    std::unique_ptr<fakesys::FakeLogind> m_logind;
};

void TestSleepWatch::initTestCase()
{
    QVERIFY2(m_bus.start(), qPrintable(m_bus.error()));
    // Read once, by the first QDBusConnection::systemBus(): before any watch exists.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_bus.address().toUtf8());
    g_previousFilter = QLoggingCategory::installFilter(platformInfoOn);
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestSleepWatch::init()
{
    g_log.clear();
    m_logind = std::make_unique<fakesys::FakeLogind>(m_bus.address());
    QVERIFY(m_logind->start());
}

void TestSleepWatch::cleanup()
{
    m_logind.reset();
}

QList<LogLine> TestSleepWatch::platformLines() const
{
    QList<LogLine> lines;
    for (const LogLine &line : std::as_const(g_log)) {
        if (line.category == u"fedibell.platform"_s) {
            lines.append(line);
        }
    }
    return lines;
}

void TestSleepWatch::holdsADelayLockAndGivesItBackBeforeSleep()
{
    SleepWatch watch;
    QSignalSpy asleep(&watch, &SleepWatch::aboutToSleep);
    QTRY_COMPARE(m_logind->locksHeld(), 1);
    QVERIFY(watch.holdsInhibitor());
    QCOMPARE(m_logind->inhibitCalls().size(), 1);
    QVERIFY2(m_logind->inhibitCalls().first().startsWith(u"sleep|Fedibell|"_s),
             qPrintable(m_logind->inhibitCalls().first()));
    QVERIFY(m_logind->inhibitCalls().first().endsWith(u"|delay"_s));

    // logind waits for the lock before it suspends: given back once the receivers had their
    // moment, not at once and not never.
    QSignalSpy released(m_logind.get(), &fakesys::FakeLogind::lockReleased);
    m_logind->prepareForSleep(true);
    QVERIFY(asleep.wait());
    QCOMPARE(m_logind->locksHeld(), 1);
    QVERIFY(released.wait());
    QCOMPARE(m_logind->locksHeld(), 0);
    QVERIFY(!watch.holdsInhibitor());
    QCOMPARE(asleep.count(), 1);
}

void TestSleepWatch::wakeIsToldAndTheLockTakenAgain()
{
    SleepWatch watch;
    QSignalSpy asleep(&watch, &SleepWatch::aboutToSleep);
    QSignalSpy awake(&watch, &SleepWatch::wokeUp);
    QTRY_COMPARE(m_logind->locksHeld(), 1);
    m_logind->prepareForSleep(true);
    QTRY_COMPARE(m_logind->locksReleased(), 1);
    m_logind->prepareForSleep(false);
    QVERIFY(awake.wait());
    // Ready for the next sleep.
    QTRY_COMPARE(m_logind->locksHeld(), 1);
    QCOMPARE(m_logind->locksTaken(), 2);
    QCOMPARE(asleep.count(), 1);
    QCOMPARE(awake.count(), 1);
}

void TestSleepWatch::onlyLogindIsHeard()
{
    SleepWatch watch;
    QSignalSpy asleep(&watch, &SleepWatch::aboutToSleep);
    QSignalSpy awake(&watch, &SleepWatch::wokeUp);
    QTRY_COMPARE(m_logind->locksHeld(), 1);
    // Anyone on the bus can send a signal with logind's path and interface: not heard.
    QDBusConnection other = QDBusConnection::connectToBus(m_bus.address(), u"impostor"_s);
    QVERIFY(other.isConnected());
    QDBusMessage forged = QDBusMessage::createSignal(
        u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s);
    forged << false;
    QVERIFY(other.send(forged));
    // A round trip to the bus: the forged signal was routed before logind's own is sent, so
    // it would reach the watch first.
    const QDBusMessage id = other.call(
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"GetId"_s));
    QCOMPARE(id.type(), QDBusMessage::ReplyMessage);
    m_logind->prepareForSleep(true);
    QVERIFY(asleep.wait());
    QCOMPARE(awake.count(), 0);
    QDBusConnection::disconnectFromBus(u"impostor"_s);
}

void TestSleepWatch::withoutLogindOneInfoLineAndNothingElse()
{
    m_logind.reset(); // the bus, but nobody owns org.freedesktop.login1
    g_log.clear();
    SleepWatch watch;
    QSignalSpy unavailable(&watch, &SleepWatch::unavailable);
    QVERIFY(unavailable.wait());
    QCOMPARE(unavailable.first().first().toString(), u"logind is not running"_s);
    QVERIFY(!watch.holdsInhibitor());
    const QList<LogLine> lines = platformLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().type, QtInfoMsg);
    QVERIFY2(lines.first().text.contains(u"not watching logind"_s), qPrintable(lines.first().text));
    for (const LogLine &line : std::as_const(g_log)) {
        QVERIFY2(line.type == QtInfoMsg || line.type == QtDebugMsg, qPrintable(line.text));
    }
}

void TestSleepWatch::withoutSystemBusOneInfoLineAndNothingElse()
{
    g_log.clear();
    const QString name = u"no-bus"_s;
    QDBusConnection none = QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, name);
    QVERIFY(!none.isConnected());
    {
        const SleepWatch watch(none); // says so at once: nothing is asked that could fail later
        QVERIFY(!watch.holdsInhibitor());
    }
    QDBusConnection::disconnectFromBus(name);
    const QList<LogLine> lines = platformLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().type, QtInfoMsg);
    QVERIFY2(lines.first().text.contains(u"no system bus"_s), qPrintable(lines.first().text));
    for (const LogLine &line : std::as_const(g_log)) {
        QVERIFY2(line.type == QtInfoMsg || line.type == QtDebugMsg, qPrintable(line.text));
    }
}

QTEST_GUILESS_MAIN(TestSleepWatch)
#include "tst_sleepwatch.moc"
