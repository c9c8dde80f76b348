// Internal helpers of the fake desktop services; not part of their API.
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace fakedesk::detail {

/// Runs one service object in a thread of its own. The object is constructed, set up (its
/// bool setUp() registers it on the bus), torn down (void tearDown()) and destroyed in that
/// thread, so everything it owns (connection, timers, watchers) has the right affinity.
template <typename Service> class ServiceThread final : public QThread
{
public:
    using Factory = std::function<std::unique_ptr<Service>()>;

    explicit ServiceThread(Factory factory)
        : m_factory(std::move(factory))
    {}
    ~ServiceThread() override { stop(); }

    ServiceThread(const ServiceThread &) = delete;
    ServiceThread &operator=(const ServiceThread &) = delete;

    /// Starts the thread and waits until the service is set up. Returns the service (owned by
    /// the thread) or nullptr when setUp() failed; the thread has then already finished.
    Service *startService()
    {
        start();
        m_ready.acquire();
        return m_service;
    }

    /// Ends the event loop; the service is torn down and destroyed before this returns.
    void stop()
    {
        quit();
        wait();
        m_service = nullptr;
    }

protected:
    void run() override
    {
        const std::unique_ptr<Service> service = m_factory();
        const bool ok = service->setUp();
        m_service = ok ? service.get() : nullptr;
        m_ready.release();
        if (ok)
            exec();
        service->tearDown();
    }

private:
    Factory m_factory;
    QSemaphore m_ready;
    Service *m_service = nullptr;
};

/// Spins the calling thread's event loop until \a done returns true or \a timeoutMs passes.
/// Returns the last value of \a done.
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace fakedesk::detail
