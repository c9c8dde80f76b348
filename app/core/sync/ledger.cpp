#include "ledger.h"

#include "api/entityid.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileBytes = qint64{4} * 1024 * 1024;

// Keeps a path component to characters that are safe in any file system, and never "..",
// "." or a hidden name.
QString safeFileComponent(const QString &text)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString result = text.toLower().left(100);
    result.replace(unsafe, u"_"_s);
    if (result.isEmpty() || result.startsWith(u'.')) {
        result.prepend(u'_');
    }
    return result;
}

QString plausibleOrEmpty(const QString &id)
{
    return isPlausibleEntityId(id) ? id : QString();
}

} // namespace

QString Ledger::pathFor(const QString &stateDirectory, const QUrl &instance,
                        const QString &accountId)
{
    // "mastodon.social", or "127.0.0.1_3000" where a port is given.
    QString instanceName = instance.host();
    if (instance.port() != -1) {
        instanceName += u'_' + QString::number(instance.port());
    }
    return QDir(stateDirectory)
        .filePath(u"accounts/%1/%2.json"_s.arg(safeFileComponent(instanceName),
                                               safeFileComponent(accountId)));
}

Ledger::Ledger(const QString &filePath, int saveDelayMs, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!save(&error)) {
            qCWarning(lcLedger) << "could not save:" << error;
        }
    });
}

Ledger::~Ledger()
{
    flush();
}

bool Ledger::load(QString *error)
{
    m_seen.clear();
    m_floor.clear();
    m_conversationsCursor.clear();
    m_notificationsCursor.clear();
    m_hasBaseline = false;
    m_dirty = false;

    m_unjournaled.clear();
    m_journal.close();

    QFile file(m_filePath);
    if (!file.exists()) {
        QFile::remove(journalPath()); // belongs to no saved state
        return true;
    }
    auto setAside = [&](const QString &why) {
        const QString aside = m_filePath + u".corrupt"_s;
        QFile::remove(aside);
        QFile::rename(m_filePath, aside);
        QFile::remove(journalPath());
        if (error) {
            *error = tr("The saved state %1 was unreadable (%2); it was moved to %3 and "
                        "Fedibell starts afresh.")
                         .arg(m_filePath, why, aside);
        }
        return false;
    };
    if (file.size() > kMaxFileBytes) {
        return setAside(tr("too large"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Could not read %1: %2").arg(m_filePath, file.errorString());
        }
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return setAside(parseError.errorString());
    }
    const QJsonObject root = document.object();
    if (root.value("version"_L1).toInt() != kFormatVersion) {
        return setAside(tr("unknown format version"));
    }
    m_hasBaseline = root.value("baseline"_L1).toBool();
    m_floor = plausibleOrEmpty(root.value("floor"_L1).toString());
    m_conversationsCursor = plausibleOrEmpty(root.value("conversationsCursor"_L1).toString());
    m_notificationsCursor = plausibleOrEmpty(root.value("notificationsCursor"_L1).toString());
    const QJsonArray seen = root.value("seen"_L1).toArray();
    m_seen.reserve(seen.size());
    for (const auto &id : seen) {
        const QString value = id.toString();
        if (isPlausibleEntityId(value)) {
            m_seen.insert(value);
        }
    }
    replayJournal();
    compact();
    return true;
}

void Ledger::replayJournal()
{
    QFile journal(journalPath());
    if (!journal.open(QIODevice::ReadOnly)) {
        return; // none: everything was saved
    }
    // Bounded like the file. Only whole lines count: what follows the last line break is
    // empty or a line torn by a kill mid-write.
    QList<QByteArray> lines = journal.read(kMaxFileBytes).split('\n');
    lines.removeLast();
    int replayed = 0;
    for (const QByteArray &line : lines) {
        const QString id = QString::fromLatin1(line);
        if (isPlausibleEntityId(id) && !m_seen.contains(id)) {
            m_seen.insert(id);
            ++replayed;
        }
    }
    if (replayed > 0) {
        qCInfo(lcLedger) << "replayed" << replayed << "journal entries";
        markDirty(); // into the file at the next save, which empties the journal
    }
}

bool Ledger::writeJournal()
{
    if (m_unjournaled.isEmpty()) {
        return true;
    }
    if (!m_journal.isOpen()) {
        m_journal.setFileName(journalPath());
        QDir().mkpath(QFileInfo(m_filePath).absolutePath());
        if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            qCWarning(lcLedger) << "could not write the journal:" << m_journal.errorString();
            return false; // the next save keeps them
        }
        m_journal.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QByteArray lines = m_unjournaled.join(u'\n').toLatin1() + '\n';
    m_unjournaled.clear();
    if (m_journal.write(lines) != lines.size()) {
        qCWarning(lcLedger) << "could not write the journal:" << m_journal.errorString();
        m_journal.close();
        return false;
    }
    return true;
}

bool Ledger::save(QString *error)
{
    m_saveTimer.stop();
    QStringList seen(m_seen.cbegin(), m_seen.cend());
    std::sort(seen.begin(), seen.end(), entityIdLess);
    const QJsonObject root{
        {u"version"_s, kFormatVersion},
        {u"baseline"_s, m_hasBaseline},
        {u"floor"_s, m_floor},
        {u"conversationsCursor"_s, m_conversationsCursor},
        {u"notificationsCursor"_s, m_notificationsCursor},
        {u"seen"_s, QJsonArray::fromStringList(seen)},
    };
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Could not write %1: %2").arg(m_filePath, file.errorString());
        }
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error) {
            *error = tr("Could not write %1: %2").arg(m_filePath, file.errorString());
        }
        return false;
    }
    m_dirty = false;
    // Everything is in the file now: the journal starts empty.
    m_unjournaled.clear();
    m_journal.close();
    QFile::remove(journalPath());
    return true;
}

bool Ledger::flush(QString *error)
{
    if (!m_dirty) {
        return true;
    }
    return save(error);
}

void Ledger::setBaseline(const QString &floorStatusId)
{
    m_hasBaseline = true;
    m_floor = maxEntityId(m_floor, plausibleOrEmpty(floorStatusId));
    markDirty();
}

bool Ledger::isSeen(const QString &statusId) const
{
    if (!m_floor.isEmpty() && compareEntityIds(statusId, m_floor) <= 0) {
        return true;
    }
    return m_seen.contains(statusId);
}

bool Ledger::admit(const QString &statusId)
{
    if (statusId.isEmpty() || isSeen(statusId)) {
        return false;
    }
    m_seen.insert(statusId);
    m_unjournaled.append(statusId);
    if (m_seen.size() > kCompactAbove) {
        compact();
    }
    markDirty();
    return true;
}

void Ledger::setCursors(const QString &conversations, const QString &notifications)
{
    // An implausible id (none comes from the parsers) never becomes a cursor.
    const QString conversationsCursor =
        conversations.isEmpty() || isPlausibleEntityId(conversations) ? conversations
                                                                      : m_conversationsCursor;
    const QString notificationsCursor =
        notifications.isEmpty() || isPlausibleEntityId(notifications) ? notifications
                                                                      : m_notificationsCursor;
    if (conversationsCursor == m_conversationsCursor
        && notificationsCursor == m_notificationsCursor) {
        return;
    }
    m_conversationsCursor = conversationsCursor;
    m_notificationsCursor = notificationsCursor;
    markDirty();
}

void Ledger::markDirty()
{
    m_dirty = true;
    if (!m_saveTimer.isActive()) {
        m_saveTimer.start();
    }
}

void Ledger::compact()
{
    // Drop entries at or below the floor, then, if still too many, the oldest ones,
    // raising the floor over them.
    if (!m_floor.isEmpty()) {
        m_seen.removeIf([this](const QString &id) { return compareEntityIds(id, m_floor) <= 0; });
    }
    if (m_seen.size() <= kCompactAbove) {
        return;
    }
    QStringList ids(m_seen.cbegin(), m_seen.cend());
    std::sort(ids.begin(), ids.end(), entityIdLess);
    const qsizetype drop = ids.size() - kCompactTo;
    m_floor = maxEntityId(m_floor, ids.at(drop - 1));
    for (qsizetype i = 0; i < drop; ++i) {
        m_seen.remove(ids.at(i));
    }
    qCInfo(lcLedger) << "compacted to" << m_seen.size() << "entries, floor" << m_floor;
}

} // namespace fedibell
