// Client side of a StatusNotifierItem, for tests: reads the item's properties
// (org.kde.StatusNotifierItem), clicks it, and reads and clicks its menu (com.canonical.dbusmenu).
//
// Every call is asynchronous underneath and waits by spinning the calling thread's event loop
// (at most timeout() ms), so the probe can talk to an item living in the same thread (a
// QSystemTrayIcon of the app under test, in the GUI thread) without deadlocking. Consequence:
// queued signals, timers and D-Bus calls of the caller's thread run during each probe call.
//
//     fakedesk::StatusNotifierItemProbe probe(watcher.items().constFirst());
//     QCOMPARE(probe.status(), u"Active"_s);
//     const auto quit = probe.findItemByLabel(u"&Quit"_s);   // '&' / '_' mnemonics ignored
//     QVERIFY(quit);
//     QVERIFY(probe.clickItem(quit->id));                     // QAction::triggered in the app
//
// A failing call returns an empty/invalid value (or false / std::nullopt) and sets lastError().
#pragma once

#include "fakestatusnotifierwatcher.h"

#include <QDBusConnection>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

class QDBusMessage;

namespace fakedesk {

/// The ToolTip property, (sa(iiay)ss).
struct StatusNotifierToolTip
{
    QString iconName;
    QList<QImage> iconPixmaps;
    QString title;
    QString text;
};

/// One node of a com.canonical.dbusmenu layout.
struct DBusMenuItem
{
    int id = -1;
    QString label;    ///< "label" with the mnemonic markers removed ("_Quit" -> "Quit")
    QString rawLabel; ///< "label" as sent (Qt turns the first '&' into '_')
    bool enabled = true;
    bool visible = true;
    bool isSeparator = false; ///< type == "separator"
    QString toggleType;       ///< "", "checkmark" or "radio"
    int toggleState = -1;     ///< 0 off, 1 on, -1 none
    QVariantMap properties;   ///< everything sent, unparsed
    QList<DBusMenuItem> children;

    /// Depth-first search of this node and its descendants; nullptr if none matches. Labels
    /// match like StatusNotifierItemProbe::findItemByLabel().
    const DBusMenuItem *findByLabel(const QString &label) const;
    const DBusMenuItem *findById(int id) const;
};

class StatusNotifierItemProbe : public QObject
{
    Q_OBJECT
public:
    /// \a path defaults to /StatusNotifierItem.
    explicit StatusNotifierItemProbe(const QString &service, const QString &path = QString(),
                                     QObject *parent = nullptr);
    explicit StatusNotifierItemProbe(const StatusNotifierItemAddress &address,
                                     QObject *parent = nullptr);
    ~StatusNotifierItemProbe() override;

    StatusNotifierItemProbe(const StatusNotifierItemProbe &) = delete;
    StatusNotifierItemProbe &operator=(const StatusNotifierItemProbe &) = delete;

    QString service() const { return m_service; }
    QString path() const { return m_path; }

    /// Per call (default 5000 ms).
    void setTimeout(int ms) { m_timeout = ms; }
    int timeout() const { return m_timeout; }
    /// "org.freedesktop.DBus.Error.X: message" of the last failed call; empty after a success.
    QString lastError() const { return m_lastError; }

    // ---- org.kde.StatusNotifierItem -------------------------------------------------------
    /// Any property, unwrapped from its variant (complex types stay QDBusArgument).
    QVariant itemProperty(const QString &name);
    QString id();
    QString category();
    QString status(); ///< "Passive", "Active" or "NeedsAttention"
    QString title();
    QString iconName();
    StatusNotifierToolTip toolTip();
    /// IconPixmap: ARGB32 images, converted from network byte order.
    QList<QImage> iconPixmaps();
    /// Menu (o), e.g. "/MenuBar"; empty if the item has none or the call failed.
    QString menuPath();

    bool activate(int x = 0, int y = 0);          ///< QSystemTrayIcon::Trigger
    bool secondaryActivate(int x = 0, int y = 0); ///< QSystemTrayIcon::MiddleClick
    bool contextMenu(int x = 0, int y = 0);

    // ---- com.canonical.dbusmenu at menuPath() ----------------------------------------------
    /// GetLayout(parentId, depth, []) -> the tree under parentId (0 = root).
    std::optional<DBusMenuItem> menuLayout(int parentId = 0, int depth = -1);
    /// The first item (depth-first) whose label matches \a label. Mnemonics are ignored on
    /// both sides: "&Quit", "_Quit" and "Quit" all match an item sent as "_Quit".
    std::optional<DBusMenuItem> findItemByLabel(const QString &label);
    /// Event(id, "clicked", <int 0>, 0): triggers the QAction.
    bool clickItem(int id);
    bool sendMenuEvent(int id, const QString &eventId, const QVariant &data = QVariant(0),
                       uint timestamp = 0);
    /// AboutToShow(id) -> needUpdate.
    std::optional<bool> aboutToShow(int id);

    /// A raw call on the item's service, waiting like the others (use an empty \a path for
    /// path()). Returns the reply or an error message.
    QDBusMessage call(const QString &path, const QString &interface, const QString &method,
                      const QVariantList &arguments = {});

    /// Removes dbusmenu mnemonic markers ('_'): "_Quit" -> "Quit", "a__b" -> "a_b".
    static QString stripMnemonics(const QString &label);

signals:
    /// A signal of org.kde.StatusNotifierItem arrived (NewTitle, NewIcon, NewToolTip,
    /// NewStatus, NewMenu, ...), with its arguments.
    void itemSignal(const QString &name, const QVariantList &arguments);
    /// com.canonical.dbusmenu LayoutUpdated (connected once menuPath() has been read).
    void menuLayoutUpdated(uint revision, int parentId);

private slots:
    void onItemSignal(const QDBusMessage &message);
    void onMenuSignal(const QDBusMessage &message);

private:
    bool callItemMethod(const QString &method, const QVariantList &arguments);
    void watchMenu(const QString &menuPath);

    QDBusConnection m_bus;
    QString m_service;
    QString m_path;
    QString m_watchedMenu;
    QString m_lastError;
    int m_timeout = 5000;
};

} // namespace fakedesk
