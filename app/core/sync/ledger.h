#pragma once

#include <QFile>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace fedibell {

// The one gate: remembers, per account and on disk, which statuses were already announced,
// so each message is told exactly once whichever way it came in and across restarts.
//
// Statuses at or below the floor count as seen. The floor starts as the baseline of the
// first start (nothing older is announced) and rises when old entries are compacted away,
// which keeps memory and file size bounded. Whole saves are batched (admitting a message
// schedules one); in between, writeJournal() appends what was admitted to a small journal
// beside the file in one write, which load() replays. So a process killed at any moment
// forgets at most what it admitted since its last writeJournal(): a message may be told again,
// never lost, and not told again once its journal line is written.
class Ledger : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCompactAbove = 4000; // entries kept before compaction
    static constexpr int kCompactTo = 2000;    // entries kept after it

    explicit Ledger(const QString &filePath, int saveDelayMs = 2000, QObject *parent = nullptr);

    // Where an account's ledger lives under `stateDirectory`, by the instance's address as
    // configured (never by what the server says its name is) and the account id; every
    // component is made safe for any file system.
    static QString pathFor(const QString &stateDirectory, const QUrl &instance,
                           const QString &accountId);
    ~Ledger() override;

    // Reads the file. A missing file is a first start (no baseline). An unreadable or corrupt
    // file is moved aside and also treated as a first start; `error` says why.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr);
    // Saves now if anything changed since the last save.
    bool flush(QString *error = nullptr);
    // Appends the ids admitted since the last journal write or save to the journal.
    bool writeJournal();
    QString journalPath() const { return m_filePath + QStringLiteral(".journal"); }

    bool hasBaseline() const { return m_hasBaseline; }
    void setBaseline(const QString &floorStatusId);

    // Records `statusId`; true when it was not seen before (announce it).
    bool admit(const QString &statusId);
    bool isSeen(const QString &statusId) const;

    QString conversationsCursor() const { return m_conversationsCursor; }
    QString notificationsCursor() const { return m_notificationsCursor; }
    void setCursors(const QString &conversations, const QString &notifications);

    QString floor() const { return m_floor; }
    int size() const { return int(m_seen.size()); }
    QString filePath() const { return m_filePath; }

private:
    void markDirty();
    void compact();
    void replayJournal();

    QString m_filePath;
    QTimer m_saveTimer;
    QFile m_journal;
    QStringList m_unjournaled; // admitted since the last journal write or save
    QSet<QString> m_seen;
    QString m_floor;
    QString m_conversationsCursor;
    QString m_notificationsCursor;
    bool m_hasBaseline = false;
    bool m_dirty = false;
};

} // namespace fedibell
