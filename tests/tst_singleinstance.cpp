#include "singleinstance.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondCopyHandsOver();
    void staleSocketAfterACrashIsReplaced();
    void nobodyRunningMeansNoAnswer();

private:
    QTemporaryDir m_dir;
};

void TestSingleInstance::secondCopyHandsOver()
{
    const QString path = m_dir.filePath(u"a.socket"_s);
    SingleInstance first(path);
    QVERIFY(first.listen());
    QByteArray received;
    first.setHandler([&](const QByteArray &command) {
        received = command;
        return QByteArray("running: ") + command;
    });

    // The second copy runs in another process in real life; here its blocking client runs
    // on a thread so the first copy's event loop can answer.
    std::optional<QByteArray> answer;
    bool secondListened = true;
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(path);
        secondListened = other.listen();
        answer = SingleInstance::send(path, "show-status");
    }));
    second->start();
    QTRY_VERIFY(second->isFinished());
    QVERIFY(!secondListened);
    QVERIFY(answer.has_value());
    QCOMPARE(*answer, QByteArray("running: show-status"));
    QCOMPARE(received, QByteArray("show-status"));
}

void TestSingleInstance::staleSocketAfterACrashIsReplaced()
{
    // A socket file whose owner died: bound, never unlinked, nobody listening.
    const QString path = m_dir.filePath(u"stale.socket"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = path.toLocal8Bit();
    std::strncpy(address.sun_path, native.constData(), sizeof(address.sun_path) - 1);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path));

    SingleInstance instance(path);
    QVERIFY(instance.listen());
    instance.setHandler([](const QByteArray &) { return QByteArray("alive"); });
    std::optional<QByteArray> answer;
    std::unique_ptr<QThread> client(
        QThread::create([&] { answer = SingleInstance::send(path, "ping"); }));
    client->start();
    QTRY_VERIFY(client->isFinished());
    QCOMPARE(answer.value_or(QByteArray()), QByteArray("alive"));
}

void TestSingleInstance::nobodyRunningMeansNoAnswer()
{
    QVERIFY(!SingleInstance::send(m_dir.filePath(u"none.socket"_s), "status", 500).has_value());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
