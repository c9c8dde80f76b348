// A test-owned logind: org.freedesktop.login1 at /org/freedesktop/login1 on a private bus
// standing in for the system bus (PrivateBus). It sends PrepareForSleep(start) when told, and
// answers Inhibit(what, who, why, mode) the way logind does, with the write end of a pipe whose
// read end it keeps: when the client closes its end, the lock is released and the fake sees it.
//
//     fakesys::FakeLogind logind(bus.address());
//     QVERIFY(logind.start());
//     QVERIFY(QTest::qWaitFor([&] { return logind.locksHeld() == 1; }));
//     logind.prepareForSleep(true);
//
// It lives in the thread that creates it: the app under test must call it asynchronously (as
// it should: logind can be slow), and the test must spin its event loop for answers to go out.
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace fakesys {

namespace detail {
class LogindManager;
}

class FakeLogind : public QObject
{
    Q_OBJECT
public:
    explicit FakeLogind(const QString &busAddress, QObject *parent = nullptr);
    /// Releases the name and closes every lock still held.
    ~FakeLogind() override;

    /// Connects and takes org.freedesktop.login1; false when it cannot.
    bool start();
    /// Emits org.freedesktop.login1.Manager.PrepareForSleep(start).
    void prepareForSleep(bool start);

    /// Every Inhibit call, as "what|who|why|mode".
    QStringList inhibitCalls() const;
    /// Locks handed out whose client end is still open.
    int locksHeld() const;
    /// Locks handed out in all, and of those released.
    int locksTaken() const;
    int locksReleased() const;

signals:
    void lockTaken();
    void lockReleased();

private:
    friend class detail::LogindManager;
    QString m_address;
    QString m_connectionName;
    detail::LogindManager *m_manager = nullptr;
    QStringList m_calls;
    int m_taken = 0;
    int m_released = 0;
    bool m_registered = false;
};

} // namespace fakesys
