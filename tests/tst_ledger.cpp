#include "sync/ledger.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void firstStartHasNoBaseline();
    void admitsEachIdOnce();
    void baselineHidesOlderMessages();
    void survivesRestart();
    void batchesWrites();
    void journalKeepsWhatWasAdmittedUntilTheNextSave();
    void compactionKeepsItBounded();
    void corruptFileIsSetAsideNotFatal();
    void fileIsPrivate();
    void implausibleIdsNeverBecomeFloorOrCursor();
    void pathIsKeyedByTheConfiguredInstanceAndStaysInside();

private:
    QString path() const { return m_dir.filePath(u"accounts/host/1.json"_s); }
    QTemporaryDir m_dir;
};

void TestLedger::firstStartHasNoBaseline()
{
    Ledger ledger(m_dir.filePath(u"none.json"_s));
    QString error;
    QVERIFY(ledger.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(!ledger.hasBaseline());
    QCOMPARE(ledger.size(), 0);
}

void TestLedger::admitsEachIdOnce()
{
    Ledger ledger(m_dir.filePath(u"once.json"_s));
    QVERIFY(ledger.admit(u"110000000000000001"_s));
    QVERIFY(!ledger.admit(u"110000000000000001"_s));
    QVERIFY(ledger.admit(u"99"_s)); // shorter id, still new
    QVERIFY(!ledger.admit(QString()));
    QVERIFY(ledger.isSeen(u"99"_s));
    QVERIFY(!ledger.isSeen(u"100"_s));
}

void TestLedger::baselineHidesOlderMessages()
{
    Ledger ledger(m_dir.filePath(u"baseline.json"_s));
    ledger.setBaseline(u"110000000000000050"_s);
    QVERIFY(ledger.hasBaseline());
    QVERIFY(!ledger.admit(u"110000000000000049"_s));
    QVERIFY(!ledger.admit(u"110000000000000050"_s));
    QVERIFY(!ledger.admit(u"9"_s));
    QVERIFY(ledger.admit(u"110000000000000051"_s));
    QVERIFY(ledger.admit(u"1100000000000000000"_s)); // longer = larger
}

void TestLedger::survivesRestart()
{
    {
        Ledger ledger(path());
        QVERIFY(ledger.load());
        ledger.setBaseline(u"100"_s);
        QVERIFY(ledger.admit(u"150"_s));
        QVERIFY(ledger.admit(u"120"_s));
        ledger.setCursors(u"150"_s, u"5001"_s);
        QVERIFY(ledger.flush());
    }
    Ledger again(path());
    QVERIFY(again.load());
    QVERIFY(again.hasBaseline());
    QCOMPARE(again.floor(), u"100"_s);
    QCOMPARE(again.conversationsCursor(), u"150"_s);
    QCOMPARE(again.notificationsCursor(), u"5001"_s);
    QVERIFY(!again.admit(u"150"_s));
    QVERIFY(!again.admit(u"120"_s));
    QVERIFY(again.admit(u"151"_s));
}

void TestLedger::batchesWrites()
{
    const QString file = m_dir.filePath(u"batch.json"_s);
    Ledger ledger(file, 200);
    ledger.setBaseline(u"1"_s);
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(ledger.admit(QString::number(1000 + i)));
    }
    // Nothing written yet: a burst costs no write per message.
    QVERIFY(!QFile::exists(file));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5000);
    Ledger reread(file);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 1000);
}

void TestLedger::journalKeepsWhatWasAdmittedUntilTheNextSave()
{
    const QString journaled = m_dir.filePath(u"accounts/journal/1.json"_s);
    Ledger ledger(journaled, 600000); // its whole save is far away
    QVERIFY(ledger.load());
    ledger.setBaseline(u"100"_s);
    QVERIFY(ledger.save());
    QVERIFY(ledger.admit(u"101"_s));
    QVERIFY(ledger.admit(u"102"_s));
    QVERIFY(ledger.writeJournal());
    QVERIFY(ledger.admit(u"103"_s)); // admitted, not yet written
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(ledger.journalPath()).permissions() & others, QFileDevice::Permissions{});
    {
        // Killed mid-write: a torn last line is no id and is skipped.
        QFile journal(ledger.journalPath());
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("110");
    }
    {
        Ledger afterCrash(journaled);
        QVERIFY(afterCrash.load());
        QVERIFY(afterCrash.isSeen(u"101"_s));
        QVERIFY(afterCrash.isSeen(u"102"_s));
        QVERIFY(!afterCrash.isSeen(u"103"_s));
        QVERIFY(!afterCrash.isSeen(u"110"_s));
        QCOMPARE(afterCrash.size(), 2);
    } // saves what it replayed, and the journal is gone
    QVERIFY(!QFile::exists(ledger.journalPath()));
    QVERIFY(ledger.save());
    QVERIFY(!QFile::exists(ledger.journalPath()));
    Ledger again(journaled);
    QVERIFY(again.load());
    QVERIFY(again.isSeen(u"103"_s));
}

void TestLedger::compactionKeepsItBounded()
{
    const QString file = m_dir.filePath(u"compact.json"_s);
    {
        Ledger ledger(file);
        ledger.setBaseline(u"0"_s);
        for (int i = 0; i < 50000; ++i) {
            QVERIFY(ledger.admit(QString::number(100000 + i)));
            QVERIFY(ledger.size() <= Ledger::kCompactAbove);
        }
        // What was compacted away is still known as seen (below the floor).
        QVERIFY(!ledger.admit(u"100000"_s));
        QVERIFY(!ledger.admit(QString::number(100000 + 49999)));
        QVERIFY(ledger.admit(QString::number(100000 + 50000)));
        QVERIFY(ledger.flush());
    }
    QVERIFY(QFile(file).size() < qint64{200} * 1024);
    Ledger reread(file);
    QVERIFY(reread.load());
    QVERIFY(!reread.admit(u"120000"_s));
    QVERIFY(!reread.admit(QString::number(100000 + 49999)));
}

void TestLedger::corruptFileIsSetAsideNotFatal()
{
    const QString file = m_dir.filePath(u"corrupt.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"version\":1,\"seen\":[\"1\",");
    }
    Ledger ledger(file);
    QString error;
    QVERIFY(!ledger.load(&error));
    QVERIFY(error.contains(u"corrupt"_s));
    QVERIFY(QFile::exists(file + u".corrupt"_s));
    QVERIFY(!ledger.hasBaseline());
    QVERIFY(ledger.admit(u"1"_s));
}

void TestLedger::fileIsPrivate()
{
    const QString file = m_dir.filePath(u"private.json"_s);
    Ledger ledger(file);
    ledger.setBaseline(u"1"_s);
    QVERIFY(ledger.save());
    const auto permissions = QFile(file).permissions();
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestLedger::implausibleIdsNeverBecomeFloorOrCursor()
{
    const QString fortyNines(40, u'9');
    const QString where = m_dir.filePath(u"implausible.json"_s);
    {
        Ledger ledger(where);
        QVERIFY(ledger.load());
        ledger.setBaseline(fortyNines); // would hide every real message for ever
        QVERIFY(ledger.floor().isEmpty());
        ledger.setCursors(u"120"_s, u"77"_s);
        ledger.setCursors(u"../x"_s, fortyNines);
        QCOMPARE(ledger.conversationsCursor(), u"120"_s);
        QCOMPARE(ledger.notificationsCursor(), u"77"_s);
        QVERIFY(!ledger.isSeen(u"110000000000000001"_s));
        QVERIFY(ledger.save());
    }
    // A file written by hand (or by an older, hostile run) gets the same treatment.
    QFile file(where);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"version":1,"baseline":true,"floor":")" + fortyNines.toLatin1()
               + R"(","conversationsCursor":"a/b","notificationsCursor":"5","seen":["x y","12"]})");
    file.close();
    Ledger reloaded(where);
    QVERIFY(reloaded.load());
    QVERIFY(reloaded.floor().isEmpty());
    QVERIFY(reloaded.conversationsCursor().isEmpty());
    QCOMPARE(reloaded.notificationsCursor(), u"5"_s);
    QCOMPARE(reloaded.size(), 1);
}

void TestLedger::pathIsKeyedByTheConfiguredInstanceAndStaysInside()
{
    const QString root = m_dir.path();
    QCOMPARE(Ledger::pathFor(root, QUrl(u"https://Mastodon.Social"_s), u"1"_s),
             root + u"/accounts/mastodon.social/1.json"_s);
    QCOMPARE(Ledger::pathFor(root, QUrl(u"http://127.0.0.1:3000"_s), u"1"_s),
             root + u"/accounts/127.0.0.1_3000/1.json"_s);
    for (const QString &id : {u".."_s, u"."_s, u"../../etc/passwd"_s, QString()}) {
        const QString where = Ledger::pathFor(root, QUrl(u"https://m.example"_s), id);
        QVERIFY2(QFileInfo(where).absolutePath() == root + u"/accounts/m.example"_s,
                 qPrintable(where));
        QVERIFY2(!QFileInfo(where).fileName().startsWith(u'.'), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
