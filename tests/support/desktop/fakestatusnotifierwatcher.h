// A test-owned StatusNotifierWatcher: org.kde.StatusNotifierWatcher at /StatusNotifierWatcher on
// the session bus. While it exists, Qt's QSystemTrayIcon (xcb platform) publishes the icon as a
// StatusNotifierItem over D-Bus instead of looking for an XEmbed tray, and registers it here; a
// StatusNotifierItemProbe then reads and drives the icon and its menu.
//
// Qt 6.4.2 specifics (verified with the xcb platform under Xvfb, see README.md):
//  - QT_QPA_PLATFORM=xcb (and so an X server, e.g. xvfb-run) is required: the offscreen
//    platform never creates a tray icon. XDG_CURRENT_DESKTOP may be unset, KDE or GNOME; do not
//    use Unity (Qt then writes the icon to a temporary file and sends its path as IconName).
//  - Qt decides once per process, when the first QSystemTrayIcon is created or
//    QSystemTrayIcon::isSystemTrayAvailable() is first called, whether to use the D-Bus tray:
//    start() this watcher before that (e.g. in initTestCase()), with
//    IsStatusNotifierHostRegistered true (the default). A later watcher is ignored for good.
//  - The icon sits on a private connection of its own and registers with that connection's
//    unique name (RegisterStatusNotifierItem(":1.5")), not "org.kde.StatusNotifierItem-PID-N";
//    the item is at /StatusNotifierItem and its menu (com.canonical.dbusmenu) at /MenuBar.
//    Deleting the QSystemTrayIcon closes that connection: the item is unregistered.
//  - The item lives in the thread of the QSystemTrayIcon (the GUI thread): never call it with a
//    blocking call from that thread. StatusNotifierItemProbe calls asynchronously and spins.
//
// Typical use:
//
//     fakedesk::FakeStatusNotifierWatcher watcher;
//     QVERIFY(watcher.start());            // before any QSystemTrayIcon exists
//     ... app creates and shows its QSystemTrayIcon ...
//     QVERIFY(watcher.waitForItem());
//     fakedesk::StatusNotifierItemProbe probe(watcher.items().constFirst());
//     QCOMPARE(probe.toolTip().title, u"Fedibell"_s);
//
// Threading: like FakeNotificationServer, the watcher runs in a thread of its own on a private
// named connection ("fakedesk-watcher", later instances "-2", ...). Public functions are
// thread-safe; signals are delivered in the owner's thread.
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace fakedesk {

namespace detail {
class WatcherService;
struct WatcherState;
template <typename Service> class ServiceThread;
} // namespace detail

/// Where a registered StatusNotifierItem lives.
struct StatusNotifierItemAddress
{
    QString service;      ///< bus name (well-known or unique)
    QString path;         ///< object path of the item
    QString registeredAs; ///< the argument of RegisterStatusNotifierItem

    /// service + path, the form used in RegisteredStatusNotifierItems and the signals.
    QString toString() const { return service + path; }
    friend bool operator==(const StatusNotifierItemAddress &a, const StatusNotifierItemAddress &b)
    {
        return a.service == b.service && a.path == b.path;
    }
    friend bool operator!=(const StatusNotifierItemAddress &a, const StatusNotifierItemAddress &b)
    {
        return !(a == b);
    }
};

class FakeStatusNotifierWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FakeStatusNotifierWatcher(QObject *parent = nullptr);
    /// Stops the thread and releases the name.
    ~FakeStatusNotifierWatcher() override;

    FakeStatusNotifierWatcher(const FakeStatusNotifierWatcher &) = delete;
    FakeStatusNotifierWatcher &operator=(const FakeStatusNotifierWatcher &) = delete;

    /// Starts the service thread and takes org.kde.StatusNotifierWatcher. Returns false when
    /// there is no session bus, the name is already owned, or it was started already.
    bool start();
    bool isRunning() const;

    /// Value of IsStatusNotifierHostRegistered (default true). With false, Qt does not use the
    /// D-Bus tray (set it before the first tray icon exists).
    void setHostRegistered(bool registered);

    /// The items registered now (an item whose bus name goes away is dropped), oldest first.
    QList<StatusNotifierItemAddress> items() const;
    /// The argument of every RegisterStatusNotifierItem call, accepted or not, in order.
    QStringList registrationCalls() const;
    /// Services passed to RegisterStatusNotifierHost.
    QStringList hosts() const;
    /// Spins the calling thread's event loop until at least \a count items are registered, or
    /// \a timeoutMs passed. QTest-free.
    bool waitForItem(int count = 1, int timeoutMs = 5000);

signals:
    void itemRegistered(const fakedesk::StatusNotifierItemAddress &item);
    void itemUnregistered(const fakedesk::StatusNotifierItemAddress &item);
    void hostRegistered(const QString &service);

private:
    std::shared_ptr<detail::WatcherState> m_state;
    std::unique_ptr<detail::ServiceThread<detail::WatcherService>> m_thread;
    detail::WatcherService *m_service = nullptr;
};

} // namespace fakedesk

Q_DECLARE_METATYPE(fakedesk::StatusNotifierItemAddress)
