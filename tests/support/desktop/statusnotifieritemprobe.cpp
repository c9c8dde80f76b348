#include "statusnotifieritemprobe.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QEventLoop>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace fakedesk {

namespace {

const auto ItemInterface = "org.kde.StatusNotifierItem"_L1;
const auto MenuInterface = "com.canonical.dbusmenu"_L1;
const auto PropertiesInterface = "org.freedesktop.DBus.Properties"_L1;
const auto DefaultItemPath = "/StatusNotifierItem"_L1;

/// One (iiay) pixmap: ARGB32, network byte order.
QImage imageFromNetworkArgb(int width, int height, const QByteArray &bytes)
{
    if (width <= 0 || height <= 0 || bytes.size() < qsizetype(width) * height * 4)
        return {};
    QImage image(width, height, QImage::Format_ARGB32);
    const auto *src = reinterpret_cast<const uchar *>(bytes.constData());
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qFromBigEndian<quint32>(src + (qsizetype(y) * width + x) * 4);
    }
    return image;
}

QList<QImage> readPixmaps(const QDBusArgument &arg)
{
    QList<QImage> images;
    arg.beginArray();
    while (!arg.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray bytes;
        arg.beginStructure();
        arg >> width >> height >> bytes;
        arg.endStructure();
        images.append(imageFromNetworkArgb(width, height, bytes));
    }
    arg.endArray();
    return images;
}

/// Drops single \a marker characters and turns doubled ones into one.
QString removeMarkers(const QString &label, QChar marker)
{
    QString out;
    out.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c != marker) {
            out += c;
        } else if (i + 1 < label.size() && label.at(i + 1) == marker) {
            out += c;
            ++i;
        }
    }
    return out;
}

DBusMenuItem readMenuItem(const QDBusArgument &arg)
{
    DBusMenuItem item;
    arg.beginStructure();
    arg >> item.id >> item.properties;
    arg.beginArray();
    while (!arg.atEnd()) {
        QDBusVariant child;
        arg >> child;
        const QVariant value = child.variant();
        if (value.metaType() == QMetaType::fromType<QDBusArgument>())
            item.children.append(readMenuItem(value.value<QDBusArgument>()));
    }
    arg.endArray();
    arg.endStructure();

    const QVariantMap &p = item.properties;
    item.rawLabel = p.value(u"label"_s).toString();
    item.label = removeMarkers(item.rawLabel, u'_');
    item.enabled = p.value(u"enabled"_s, true).toBool();
    item.visible = p.value(u"visible"_s, true).toBool();
    item.isSeparator = p.value(u"type"_s).toString() == "separator"_L1;
    item.toggleType = p.value(u"toggle-type"_s).toString();
    item.toggleState = p.value(u"toggle-state"_s, -1).toInt();
    return item;
}

/// \a wanted may carry Qt ('&') or dbusmenu ('_') mnemonics, or none.
bool labelMatches(const DBusMenuItem &item, const QString &wanted)
{
    return item.rawLabel == wanted || item.label == wanted
           || item.label == removeMarkers(removeMarkers(wanted, u'&'), u'_');
}

} // namespace

const DBusMenuItem *DBusMenuItem::findByLabel(const QString &label) const
{
    if (id != 0 && labelMatches(*this, label))
        return this;
    for (const auto &child : children) {
        if (const DBusMenuItem *found = child.findByLabel(label))
            return found;
    }
    return nullptr;
}

const DBusMenuItem *DBusMenuItem::findById(int id) const
{
    if (this->id == id)
        return this;
    for (const auto &child : children) {
        if (const DBusMenuItem *found = child.findById(id))
            return found;
    }
    return nullptr;
}

StatusNotifierItemProbe::StatusNotifierItemProbe(const QString &service, const QString &path,
                                                 QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::sessionBus())
    , m_service(service)
    , m_path(path.isEmpty() ? QString(DefaultItemPath) : path)
{
    // An empty member name subscribes to every signal of the interface.
    m_bus.connect(m_service, m_path, ItemInterface, QString(), this,
                  SLOT(onItemSignal(QDBusMessage)));
}

StatusNotifierItemProbe::StatusNotifierItemProbe(const StatusNotifierItemAddress &address,
                                                 QObject *parent)
    : StatusNotifierItemProbe(address.service, address.path, parent)
{}

StatusNotifierItemProbe::~StatusNotifierItemProbe()
{
    m_bus.disconnect(m_service, m_path, ItemInterface, QString(), this,
                     SLOT(onItemSignal(QDBusMessage)));
    if (!m_watchedMenu.isEmpty()) {
        m_bus.disconnect(m_service, m_watchedMenu, MenuInterface, QString(), this,
                         SLOT(onMenuSignal(QDBusMessage)));
    }
}

QDBusMessage StatusNotifierItemProbe::call(const QString &path, const QString &interface,
                                           const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(m_service, path.isEmpty() ? m_path : path,
                                                          interface, method);
    message.setArguments(arguments);
    const QDBusPendingCall pending = m_bus.asyncCall(message, m_timeout);
    if (!pending.isFinished()) {
        // Spin instead of blocking: the callee may live in this very thread.
        const QDBusPendingCallWatcher watcher(pending);
        QEventLoop loop;
        connect(&watcher, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(m_timeout + 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QDBusMessage reply = pending.isFinished()
                             ? pending.reply()
                             : QDBusMessage::createError(u"org.freedesktop.DBus.Error.Timeout"_s,
                                                         u"No reply in time"_s);
    if (reply.type() == QDBusMessage::ErrorMessage)
        m_lastError = reply.errorName() + u": "_s + reply.errorMessage();
    else
        m_lastError.clear();
    return reply;
}

QVariant StatusNotifierItemProbe::itemProperty(const QString &name)
{
    const QDBusMessage reply =
        call(m_path, PropertiesInterface, u"Get"_s, {QString(ItemInterface), name});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusVariant>().variant();
}

QString StatusNotifierItemProbe::id()
{
    return itemProperty(u"Id"_s).toString();
}

QString StatusNotifierItemProbe::category()
{
    return itemProperty(u"Category"_s).toString();
}

QString StatusNotifierItemProbe::status()
{
    return itemProperty(u"Status"_s).toString();
}

QString StatusNotifierItemProbe::title()
{
    return itemProperty(u"Title"_s).toString();
}

QString StatusNotifierItemProbe::iconName()
{
    return itemProperty(u"IconName"_s).toString();
}

StatusNotifierToolTip StatusNotifierItemProbe::toolTip()
{
    StatusNotifierToolTip tip;
    const QVariant value = itemProperty(u"ToolTip"_s);
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return tip;
    const auto arg = value.value<QDBusArgument>();
    arg.beginStructure();
    arg >> tip.iconName;
    tip.iconPixmaps = readPixmaps(arg);
    arg >> tip.title >> tip.text;
    arg.endStructure();
    return tip;
}

QList<QImage> StatusNotifierItemProbe::iconPixmaps()
{
    const QVariant value = itemProperty(u"IconPixmap"_s);
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return {};
    return readPixmaps(value.value<QDBusArgument>());
}

QString StatusNotifierItemProbe::menuPath()
{
    QString path = itemProperty(u"Menu"_s).value<QDBusObjectPath>().path();
    if (!path.isEmpty())
        watchMenu(path);
    return path;
}

bool StatusNotifierItemProbe::activate(int x, int y)
{
    return callItemMethod(u"Activate"_s, {x, y});
}

bool StatusNotifierItemProbe::secondaryActivate(int x, int y)
{
    return callItemMethod(u"SecondaryActivate"_s, {x, y});
}

bool StatusNotifierItemProbe::contextMenu(int x, int y)
{
    return callItemMethod(u"ContextMenu"_s, {x, y});
}

std::optional<DBusMenuItem> StatusNotifierItemProbe::menuLayout(int parentId, int depth)
{
    const QString menu = menuPath();
    if (menu.isEmpty())
        return std::nullopt;
    const QDBusMessage reply =
        call(menu, MenuInterface, u"GetLayout"_s, {parentId, depth, QStringList()});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
        return std::nullopt;
    const QVariant layout = reply.arguments().at(1);
    if (layout.metaType() != QMetaType::fromType<QDBusArgument>()) {
        m_lastError = u"GetLayout: unexpected reply signature "_s + reply.signature();
        return std::nullopt;
    }
    return readMenuItem(layout.value<QDBusArgument>());
}

std::optional<DBusMenuItem> StatusNotifierItemProbe::findItemByLabel(const QString &label)
{
    const auto root = menuLayout();
    if (!root)
        return std::nullopt;
    if (const DBusMenuItem *found = root->findByLabel(label))
        return *found;
    m_lastError = u"No menu item labelled "_s + label;
    return std::nullopt;
}

bool StatusNotifierItemProbe::clickItem(int id)
{
    return sendMenuEvent(id, u"clicked"_s);
}

bool StatusNotifierItemProbe::sendMenuEvent(int id, const QString &eventId, const QVariant &data,
                                            uint timestamp)
{
    const QString menu = menuPath();
    if (menu.isEmpty())
        return false;
    const QDBusMessage reply =
        call(menu, MenuInterface, u"Event"_s,
             {id, eventId, QVariant::fromValue(QDBusVariant(data)), timestamp});
    return reply.type() == QDBusMessage::ReplyMessage;
}

std::optional<bool> StatusNotifierItemProbe::aboutToShow(int id)
{
    const QString menu = menuPath();
    if (menu.isEmpty())
        return std::nullopt;
    const QDBusMessage reply = call(menu, MenuInterface, u"AboutToShow"_s, {id});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return reply.arguments().constFirst().toBool();
}

QString StatusNotifierItemProbe::stripMnemonics(const QString &label)
{
    return removeMarkers(label, u'_');
}

void StatusNotifierItemProbe::onItemSignal(const QDBusMessage &message)
{
    emit itemSignal(message.member(), message.arguments());
}

void StatusNotifierItemProbe::onMenuSignal(const QDBusMessage &message)
{
    if (message.member() == "LayoutUpdated"_L1 && message.arguments().size() >= 2) {
        emit menuLayoutUpdated(message.arguments().at(0).toUInt(),
                               message.arguments().at(1).toInt());
    }
}

bool StatusNotifierItemProbe::callItemMethod(const QString &method, const QVariantList &arguments)
{
    return call(m_path, ItemInterface, method, arguments).type() == QDBusMessage::ReplyMessage;
}

void StatusNotifierItemProbe::watchMenu(const QString &menuPath)
{
    if (menuPath == m_watchedMenu)
        return;
    if (!m_watchedMenu.isEmpty()) {
        m_bus.disconnect(m_service, m_watchedMenu, MenuInterface, QString(), this,
                         SLOT(onMenuSignal(QDBusMessage)));
    }
    m_watchedMenu = menuPath;
    m_bus.connect(m_service, m_watchedMenu, MenuInterface, QString(), this,
                  SLOT(onMenuSignal(QDBusMessage)));
}

} // namespace fakedesk
