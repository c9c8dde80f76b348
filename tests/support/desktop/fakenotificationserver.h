// A test-owned notification daemon: org.freedesktop.Notifications (Desktop Notifications
// Specification 1.2) at /org/freedesktop/Notifications on the session bus. It records every
// Notify call and can send ActionInvoked / NotificationClosed back, so a test sees exactly what
// the app shows and can click on it.
//
// Run the test under a private session bus (recipe in README.md next to this file):
//
//     dbus-run-session --config-file=bus.conf -- ./tst_something
//
// Typical use:
//
//     fakedesk::FakeNotificationServer server;
//     QVERIFY(server.start());                      // false: no bus, or the name is taken
//     QSignalSpy notified(&server, &fakedesk::FakeNotificationServer::notified);
//     ... make the app notify ...
//     QVERIFY(notified.wait());                     // or server.waitForNotifications(1)
//     const auto n = server.notifications().constLast();
//     QCOMPARE(n.summary, u"grace@social.example"_s);
//     QCOMPARE(n.urgency(), 1);
//     server.invokeAction(n.id, u"default"_s);      // the app receives ActionInvoked
//
// Threading: the service runs in a QThread of its own, on a private named connection
// ("fakedesk-notifications"; later instances in the same process get "-2", "-3", ...), so the
// app under test may call it with blocking calls from the test's thread without deadlocking.
// All public functions are thread-safe and meant to be called from the thread that owns this
// object; the signals are delivered in that thread (they are queued from the service thread).
//
// Seen from Qt 6.4: QSystemTrayIcon::showMessage() (D-Bus tray) calls Notify with the
// application name, app_icon "dialog-information" etc., no actions, and hints {"urgency": int}:
// Qt sends urgency as 'i', not as the byte the specification asks for; urgency() reads both.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace fakedesk {

namespace detail {
class NotificationService;
struct NotificationState;
template <typename Service> class ServiceThread;
} // namespace detail

/// The "image-data" hint (iiibiiay). Stored in RecordedNotification::hints in place of the raw
/// D-Bus structure, under the key it arrived with ("image-data", or the deprecated "image_data"
/// and "icon_data").
struct NotificationImage
{
    int width = 0;
    int height = 0;
    int rowstride = 0;
    bool hasAlpha = false;
    int bitsPerSample = 0;
    int channels = 0;
    int byteCount = 0; ///< size of data
    QByteArray data;   ///< the pixels as sent
};

/// One Notify call.
struct RecordedNotification
{
    quint32 id = 0; ///< the id the server answered
    QString appName;
    quint32 replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; ///< as sent: key, label, key, label, ...
    QVariantMap hints;   ///< urgency stays a byte (uchar); image data is a NotificationImage
    int expireTimeout = -1;
    bool hasImage = false;
    int imageWidth = 0;
    int imageHeight = 0;

    /// hints["urgency"] as a number (0 low, 1 normal, 2 critical), or -1 without the hint.
    int urgency() const;
    /// The image hint ("image-data", "image_data" or "icon_data"); empty without one.
    NotificationImage image() const;
    /// The label sent for action \a key, or a null string.
    QString actionLabel(const QString &key) const;
};

class FakeNotificationServer : public QObject
{
    Q_OBJECT
public:
    /// Reasons of NotificationClosed, from the specification.
    enum CloseReason : quint32 {
        Expired = 1,
        DismissedByUser = 2,
        ClosedByCall = 3,
        Undefined = 4,
    };

    explicit FakeNotificationServer(QObject *parent = nullptr);
    /// Stops the thread and releases the name.
    ~FakeNotificationServer() override;

    FakeNotificationServer(const FakeNotificationServer &) = delete;
    FakeNotificationServer &operator=(const FakeNotificationServer &) = delete;

    /// Starts the service thread and takes org.freedesktop.Notifications. Returns false when
    /// there is no session bus, the name is already owned, or it was started already.
    bool start();
    bool isRunning() const;

    // ---- configuration (any time) --------------------------------------------------------
    /// GetCapabilities answer (default: body, body-markup, actions, icon-static, persistence).
    void setCapabilities(const QStringList &caps);
    /// Value of the Inhibited property (default false); a change emits
    /// org.freedesktop.DBus.Properties.PropertiesChanged.
    void setInhibited(bool inhibited);
    /// Answers Notify only after \a ms milliseconds (0 = at once; the default). The call is
    /// recorded, and notified() emitted, when it arrives.
    void setReplyDelay(int ms);

    // ---- what the app did -------------------------------------------------------------------
    QList<RecordedNotification> notifications() const; ///< all Notify calls, in order
    QList<quint32> closedIds() const;                  ///< ids of CloseNotification calls
    int notifyCount() const;
    /// Forgets the recorded calls. Ids keep increasing; open notifications stay open.
    void clear();
    /// Spins the calling thread's event loop until at least \a count Notify calls have been
    /// recorded (since the last clear()), or \a timeoutMs passed. QTest-free.
    bool waitForNotifications(int count = 1, int timeoutMs = 5000);

    // ---- acting as the user / the daemon ------------------------------------------------------
    /// Emits ActionInvoked(id, key) on the bus; it has been sent when this returns.
    void invokeAction(quint32 id, const QString &key);
    /// Emits NotificationClosed(id, 2).
    void closeByUser(quint32 id);
    /// Emits NotificationClosed(id, reason).
    void emitNotificationClosed(quint32 id, quint32 reason);

signals:
    /// A Notify call arrived (before it is answered, if a reply delay is set).
    void notified(const fakedesk::RecordedNotification &n);
    /// A CloseNotification call arrived.
    void closeRequested(quint32 id);

private:
    std::shared_ptr<detail::NotificationState> m_state;
    std::unique_ptr<detail::ServiceThread<detail::NotificationService>> m_thread;
    detail::NotificationService *m_service = nullptr;
};

} // namespace fakedesk

Q_DECLARE_METATYPE(fakedesk::NotificationImage)
Q_DECLARE_METATYPE(fakedesk::RecordedNotification)
