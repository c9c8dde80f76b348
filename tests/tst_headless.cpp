#include "fakeinstance.h"
#include "fakelogind.h"
#include "headlessprocess.h"
#include "privatebus.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Runs the real fedibell binary in headless mode against fake instances on loopback.
class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void printsEachDirectMessageOfTheDemo();
    void restartDeliversWhatArrivedWhileDownExactlyOnce();
    void sleepClosesAndWakeDeliversAtOnce();
    void watchingTheNetworkStillReachesLoopback();
    void refusedTokenExitsWithOneLineReason();
    void tokenFromFileAndNeverPrinted();
    void refusesPlainHttpToRemoteHosts();
    void missingTokenIsAUsageError();
    void helpVersionAndStatusNeedNoDisplay();

private:
    QProcess *startFedibell(const QUrl &instance, const QByteArray &token,
                            const QStringList &extraArguments = {});
    static QList<QJsonObject> jsonLines(const QByteArray &output);
    bool waitForStderr(QProcess *process, const QString &text, int timeoutMs = 10000);
    static bool waitForExit(QProcess *process, int timeoutMs = 10000);
    static int stopGracefully(QProcess *process);

    std::unique_ptr<QTemporaryDir> m_home;
    QByteArray m_stderr;
    QString m_systemBus; // DBUS_SYSTEM_BUS_ADDRESS for the program, when set
};

void TestHeadless::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_stderr.clear();
    m_systemBus.clear();
}

void TestHeadless::cleanup()
{
    m_home.reset();
}

QProcess *TestHeadless::startFedibell(const QUrl &instance, const QByteArray &token,
                                      const QStringList &extraArguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = isolatedEnvironment(m_home->path(), token);
    if (!m_systemBus.isEmpty()) {
        environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_systemBus);
    }
    process->setProcessEnvironment(environment);
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { m_stderr += process->readAllStandardError(); });
    process->start(QStringLiteral(FEDIBELL_BINARY),
                   QStringList{u"--headless"_s, u"--instance"_s, instance.toString()}
                       + extraArguments);
    return process;
}

bool TestHeadless::waitForStderr(QProcess *process, const QString &text, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] {
                   return m_stderr.contains(text.toUtf8())
                          || process->state() == QProcess::NotRunning;
               },
               timeoutMs)
           && m_stderr.contains(text.toUtf8());
}

// Waits with the event loop running, so in-process fake instances keep answering.
bool TestHeadless::waitForExit(QProcess *process, int timeoutMs)
{
    return QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; },
                           timeoutMs);
}

int TestHeadless::stopGracefully(QProcess *process)
{
    ::kill(pid_t(process->processId()), SIGTERM);
    if (!waitForExit(process)) {
        process->kill();
        return -1;
    }
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

QList<QJsonObject> TestHeadless::jsonLines(const QByteArray &output)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning() << "not a JSON line:" << line;
            return {};
        }
        lines.append(document.object());
    }
    return lines;
}

void TestHeadless::printsEachDirectMessageOfTheDemo()
{
    // The demo program, as the README's run command starts it.
    QProcess demo;
    demo.start(QStringLiteral(FEDIBELL_DEMO_BINARY),
               {u"--port"_s, u"0"_s, u"--interval-ms"_s, u"400"_s, u"--count"_s, u"4"_s,
                u"--token"_s, u"demo-token"_s});
    QVERIFY(demo.waitForReadyRead(5000));
    const QString banner = QString::fromUtf8(demo.readLine());
    const QRegularExpressionMatch match =
        QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s).match(banner);
    QVERIFY2(match.hasMatch(), qPrintable(banner));

    QProcess *fedibell = startFedibell(QUrl(match.captured(1)), "demo-token");
    QByteArray output;
    connect(fedibell, &QProcess::readyReadStandardOutput, this,
            [&] { output += fedibell->readAllStandardOutput(); });
    QTRY_COMPARE_WITH_TIMEOUT(jsonLines(output).size(), 4, 15000);
    const QList<QJsonObject> lines = jsonLines(output);
    QSet<QString> ids;
    for (const QJsonObject &line : lines) {
        for (const char *key : {"account", "conversation_id", "status_id", "created_at", "from",
                                "from_name", "url", "spoiler_text", "text"}) {
            QVERIFY2(line.contains(QLatin1StringView(key)), key);
        }
        QVERIFY(line.value("account"_L1).toString().startsWith(u"ada@"_s));
        QVERIFY(!line.value("from"_L1).toString().isEmpty());
        QVERIFY(!line.value("status_id"_L1).toString().isEmpty());
        QVERIFY(!line.value("conversation_id"_L1).toString().isEmpty());
        // Plain text: no markup survives, whatever the demo sent.
        const QString text = line.value("text"_L1).toString();
        QVERIFY2(!text.contains(u"<p>"_s) && !text.contains(u"<br"_s) && !text.contains(u"&amp;"_s),
                 qPrintable(text));
        ids.insert(line.value("status_id"_L1).toString());
    }
    QCOMPARE(ids.size(), 4);
    QVERIFY(!m_stderr.contains("demo-token"));
    QVERIFY(!output.contains("demo-token"));
    QCOMPARE(stopGracefully(fedibell), 0);
    demo.terminate();
    QVERIFY(demo.waitForFinished(5000));
}

void TestHeadless::restartDeliversWhatArrivedWhileDownExactlyOnce()
{
    fake::FakeInstance instance;
    QVERIFY(instance.start());
    const auto old = instance.postDirectMessage(u"grace@social.example"_s, u"<p>old</p>"_s);

    // First run: the baseline; nothing old is announced; a live message is.
    QProcess *first = startFedibell(instance.baseUrl(), instance.accessToken());
    QVERIFY(waitForStderr(first, u"streaming"_s));
    QTRY_VERIFY(instance.subscriptions().contains(u"direct"_s));
    const auto live = instance.postDirectMessage(
        u"grace@social.example"_s, u"<p>Are we <b>on</b> for Thursday?</p>"_s, old.conversationId);
    QTRY_COMPARE_WITH_TIMEOUT(jsonLines(first->peek(1 << 20)).size(), 1, 5000);
    QCOMPARE(stopGracefully(first), 0);
    QList<QJsonObject> lines = jsonLines(first->readAllStandardOutput());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value("status_id"_L1).toString(), live.statusId);
    QCOMPARE(lines.at(0).value("conversation_id"_L1).toString(), old.conversationId);
    QCOMPARE(lines.at(0).value("text"_L1).toString(), u"Are we on for Thursday?"_s);

    // While Fedibell is not running, two messages arrive.
    const auto away1 =
        instance.postDirectMessage(u"bob@example.net"_s, u"<p>one</p>"_s, {}, {}, false);
    const auto away2 = instance.postDirectMessage(u"grace@social.example"_s, u"<p>two</p>"_s,
                                                  old.conversationId, u"spoiler"_s, false);

    m_stderr.clear();
    QProcess *second = startFedibell(instance.baseUrl(), instance.accessToken());
    QVERIFY(waitForStderr(second, u"streaming"_s));
    QTRY_COMPARE_WITH_TIMEOUT(jsonLines(second->peek(1 << 20)).size(), 2, 5000);
    // Nothing else follows. Barrier: one more message that only a catch-up can bring, and a
    // catch-up asked for through the stream. Catch-ups run one after another, so once it is
    // printed, every catch-up before it has printed all it was going to.
    QTRY_VERIFY(instance.subscriptions().contains(u"direct"_s));
    const auto later =
        instance.postDirectMessage(u"carol@x.example"_s, u"<p>later</p>"_s, {}, {}, false);
    instance.sendRawFrame(R"({"stream":["direct"],"event":"notifications_merged","payload":"1"})");
    QTRY_VERIFY_WITH_TIMEOUT(jsonLines(second->peek(1 << 20)).size() >= 3, 5000);
    QCOMPARE(stopGracefully(second), 0);
    lines = jsonLines(second->readAllStandardOutput());
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value("status_id"_L1).toString(), away1.statusId);
    QCOMPARE(lines.at(1).value("status_id"_L1).toString(), away2.statusId);
    QCOMPARE(lines.at(1).value("spoiler_text"_L1).toString(), u"spoiler"_s);
    QCOMPARE(lines.at(2).value("status_id"_L1).toString(), later.statusId);
}

void TestHeadless::sleepClosesAndWakeDeliversAtOnce()
{
    // logind on a private bus that the program takes for the system bus.
    fakesys::PrivateBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.error()));
    fakesys::FakeLogind logind(bus.address());
    QVERIFY(logind.start());
    m_systemBus = bus.address();
    fake::FakeInstance instance;
    QVERIFY(instance.start());
    // Timers of minutes: only the wake can explain a prompt reconnect.
    QStringList timers;
    for (const char *timer : {"backoffBaseMs=60000", "backoffCapMs=120000", "pingIntervalMs=120000",
                              "reconcileMs=600000"}) {
        timers << u"--timer"_s << QString::fromLatin1(timer);
    }
    QProcess *process = startFedibell(instance.baseUrl(), instance.accessToken(), timers);
    QVERIFY(waitForStderr(process, u"streaming"_s));
    QTRY_VERIFY(instance.subscriptions().contains(u"direct"_s));
    QTRY_COMPARE(logind.locksHeld(), 1);

    QSignalSpy gone(&instance, &fake::FakeInstance::clientDisconnected);
    logind.prepareForSleep(true);
    QVERIFY(gone.wait());
    QCOMPARE(instance.closeCodes(), QList<int>{1001}); // a goodbye, not a dropped connection
    QVERIFY(waitForStderr(process, u"offline (the computer is going to sleep)"_s));
    QTRY_COMPARE(logind.locksReleased(), 1);

    const auto asleep = instance.postDirectMessage(u"grace@social.example"_s, u"<p>zz</p>"_s, {},
                                                   {}, /*deliverOnStream=*/false);
    QElapsedTimer sinceWake;
    logind.prepareForSleep(false);
    sinceWake.start();
    QTRY_COMPARE_WITH_TIMEOUT(jsonLines(process->peek(1 << 20)).size(), 1, 5000);
    QVERIFY2(sinceWake.elapsed() < 5000, qPrintable(QString::number(sinceWake.elapsed())));
    QTRY_VERIFY(instance.subscriptions().contains(u"direct"_s));
    QCOMPARE(stopGracefully(process), 0);
    const QList<QJsonObject> lines = jsonLines(process->readAllStandardOutput());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value("status_id"_L1).toString(), asleep.statusId);
}

void TestHeadless::watchingTheNetworkStillReachesLoopback()
{
    // Whatever this machine's network backend says (without a default route glib says
    // "disconnected"), an instance on loopback is reached.
    fake::FakeInstance instance;
    QVERIFY(instance.start());
    QProcess *process =
        startFedibell(instance.baseUrl(), instance.accessToken(), {u"--watch-network"_s});
    QVERIFY(waitForStderr(process, u"streaming"_s));
    QTRY_VERIFY(instance.subscriptions().contains(u"direct"_s));
    const auto posted = instance.postDirectMessage(u"grace@social.example"_s, u"<p>n</p>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(jsonLines(process->peek(1 << 20)).size(), 1, 5000);
    QCOMPARE(stopGracefully(process), 0);
    const QList<QJsonObject> lines = jsonLines(process->readAllStandardOutput());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value("status_id"_L1).toString(), posted.statusId);
}

void TestHeadless::refusedTokenExitsWithOneLineReason()
{
    fake::FakeInstance instance;
    QVERIFY(instance.start());
    QProcess *process = startFedibell(instance.baseUrl(), "wrong-token");
    QVERIFY(waitForExit(process));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 3);
    m_stderr += process->readAllStandardError();
    const QList<QByteArray> reasonLines = [&] {
        QList<QByteArray> result;
        for (const QByteArray &line : m_stderr.split('\n')) {
            if (line.contains("token refused")) {
                result.append(line);
            }
        }
        return result;
    }();
    QCOMPARE(reasonLines.size(), 1);
    QVERIFY(!m_stderr.contains("wrong-token"));
    QVERIFY(process->readAllStandardOutput().isEmpty());
}

void TestHeadless::tokenFromFileAndNeverPrinted()
{
    fake::FakeInstance instance;
    QVERIFY(instance.start());
    const QString tokenPath = m_home->filePath(u"token"_s);
    QFile tokenFile(tokenPath);
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(instance.accessToken() + "\n");
    tokenFile.close();
    tokenFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess *process =
        startFedibell(instance.baseUrl(), QByteArray(), {u"--token-file"_s, tokenPath});
    QVERIFY(waitForStderr(process, u"streaming"_s));
    // The command line carries the file name only, never the token.
    QVERIFY(!process->arguments().join(u' ').contains(QString::fromLatin1(instance.accessToken())));
    QCOMPARE(stopGracefully(process), 0);
    QVERIFY(!m_stderr.contains(instance.accessToken()));
    QVERIFY(!m_stderr.contains("readable by other users"));
}

void TestHeadless::refusesPlainHttpToRemoteHosts()
{
    QProcess *process = startFedibell(QUrl(u"http://mastodon.example"_s), "token");
    QVERIFY(waitForExit(process));
    QCOMPARE(process->exitCode(), 2);
    m_stderr += process->readAllStandardError();
    QVERIFY(m_stderr.contains("https"));
}

void TestHeadless::missingTokenIsAUsageError()
{
    QProcess *process = startFedibell(QUrl(u"http://127.0.0.1:9"_s), QByteArray());
    QVERIFY(waitForExit(process));
    QCOMPARE(process->exitCode(), 2);
    m_stderr += process->readAllStandardError();
    QVERIFY(m_stderr.contains("FEDIBELL_ACCESS_TOKEN"));
}

void TestHeadless::helpVersionAndStatusNeedNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // would fail if a GUI were created
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home->path());
    auto run = [&](const QStringList &arguments, QByteArray *output) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FEDIBELL_BINARY), arguments);
        process.waitForFinished(10000);
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(run({u"--version"_s}, &output), 0);
    QVERIFY2(output.contains("fedibell 0."), output.constData());
    QCOMPARE(run({u"--help"_s}, &output), 0);
    for (const char *option : {"--headless", "--demo", "--minimized", "--status", "--instance",
                               "--token-file", "--mentions", "--watch-network", "--timer"}) {
        QVERIFY2(output.contains(option), option);
    }
    // Nothing runs in this private runtime folder: --status says so and fails.
    QCOMPARE(run({u"--status"_s}, &output), 1);
    QVERIFY(output.contains("not running"));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
