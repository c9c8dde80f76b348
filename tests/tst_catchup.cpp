// Catch-up against the fake instance: the cursors it keeps in the ledger, and a request that
// comes while a run is going (a message can arrive in that gap).
#include "api/restclient.h"
#include "fakeinstance.h"
#include "sync/catchup.h"
#include "sync/ledger.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

QStringList conversationStatusIds(const CatchUpResult &result)
{
    QStringList ids;
    for (const Conversation &conversation : result.conversations) {
        ids << conversation.lastStatus->id;
    }
    return ids;
}

} // namespace

class TestCatchUp : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<fake::FakeInstance>();
        QVERIFY(m_fake->start());
        m_rest = std::make_unique<RestClient>(&m_network, m_fake->baseUrl(), m_fake->accessToken());
        QVERIFY(m_dir.isValid());
        m_ledger = std::make_unique<Ledger>(m_dir.filePath(u"ledger.json"_s));
        m_catchUp = std::make_unique<CatchUp>(m_rest.get());
        m_catchUp->setLedger(m_ledger.get());
    }

    void cleanup()
    {
        m_catchUp.reset();
        m_ledger.reset();
        m_rest.reset();
        m_fake.reset();
    }

    void movesTheCursorsSoTheNextRunBringsOnlyWhatIsNew()
    {
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        const auto first =
            m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>1</p>"_s, {}, {}, false);
        m_catchUp->request();
        QVERIFY(finished.wait());
        QCOMPARE(conversationStatusIds(finished.at(0).at(0).value<CatchUpResult>()),
                 QStringList{first.statusId});
        QCOMPARE(m_ledger->conversationsCursor(), first.statusId);

        const auto second =
            m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>2</p>"_s, {}, {}, false);
        m_catchUp->request();
        QVERIFY(finished.wait());
        QCOMPARE(conversationStatusIds(finished.at(1).at(0).value<CatchUpResult>()),
                 QStringList{second.statusId});
    }

    void chatNotificationsAreAskedForOnlyWhenIncluded()
    {
        const auto chatsAsked = [this] {
            const auto requests = m_fake->requests();
            const auto &last = *std::find_if(requests.rbegin(), requests.rend(), [](const auto &r) {
                return r.path == "/api/v1/notifications"_L1;
            });
            return last.query.allQueryItemValues(u"types[]"_s, QUrl::FullyDecoded)
                .contains(u"pleroma:chat_mention"_s);
        };
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        m_catchUp->request();
        QVERIFY(finished.wait());
        QVERIFY(!chatsAsked());
        m_catchUp->setIncludeChats(true);
        m_catchUp->request();
        QVERIFY(finished.wait());
        QVERIFY(chatsAsked());
    }

    void requestDuringARunRunsAgainAfterIt()
    {
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        QString lateStatusId;
        // The moment the running catch-up's last list has been answered, a new message
        // arrives and somebody asks for a catch-up: the run in progress cannot see it.
        connect(m_fake.get(), &fake::FakeInstance::requestReceived, this, [&](const QString &path) {
            if (path == u"/api/v1/conversations"_s && lateStatusId.isEmpty()) {
                QVERIFY(m_catchUp->isRunning());
                lateStatusId =
                    m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>late</p>"_s, {}, {}, false)
                        .statusId;
                m_catchUp->request();
            }
        });
        m_catchUp->request();
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(conversationStatusIds(finished.at(0).at(0).value<CatchUpResult>()).isEmpty());
        QCOMPARE(conversationStatusIds(finished.at(1).at(0).value<CatchUpResult>()),
                 QStringList{lateStatusId});
    }

    void stopsWhenTheServerIgnoresMinId()
    {
        // The same newest page again: stopped by the cursor that does not move.
        checkStopsOn(fake::FakeInstance::PaginationFault::IgnoresMinId, "nothing newer");
    }

    void aPrevLinkThatLoopsIsReplacedByThePageAboveTheCursor()
    {
        // The server's rel="prev" points back at the page just served: the run asks for the
        // page above its cursor itself, and brings everything in one run.
        m_fake->setPageSize(2);
        m_fake->setPaginationFault(fake::FakeInstance::PaginationFault::PrevLinkLoops);
        QStringList posted;
        for (int i = 0; i < 5; ++i) {
            posted.append(
                m_fake
                    ->postDirectMessage(u"bob@example.net"_s, u"<p>%1</p>"_s.arg(i), {}, {}, false)
                    .statusId);
        }
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        m_catchUp->request();
        QVERIFY(finished.wait(5000));
        const auto result = finished.at(0).at(0).value<CatchUpResult>();
        QVERIFY(result.complete);
        QStringList seen = conversationStatusIds(result);
        seen.sort();
        QCOMPARE(seen, posted);
        // Each page at most twice (the server's link, then our own), and then one empty page.
        QVERIFY2(m_fake->requestCount(u"/api/v1/conversations"_s) <= 7,
                 qPrintable(QString::number(m_fake->requestCount(u"/api/v1/conversations"_s))));
    }

    void aBusyAccountBehindALoopingLinkStillStopsAtThePageLimit()
    {
        // Every answer brings something new, and the link goes back to a page already
        // fetched: the page limit ends the run instead of following it for ever.
        m_catchUp->setMaxPagesPerRun(5);
        m_fake->setPaginationFault(fake::FakeInstance::PaginationFault::PrevLinkLoops);
        int posted = 0;
        connect(m_fake.get(), &fake::FakeInstance::requestReceived, this, [&](const QString &path) {
            if (path == u"/api/v1/conversations"_s && posted++ < 40) {
                m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>more</p>"_s, {}, {}, false);
            }
        });
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>first</p>"_s, {}, {}, false);
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        m_catchUp->request();
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).value<CatchUpResult>().complete);
        QCOMPARE(m_fake->requestCount(u"/api/v1/conversations"_s), 5);
        m_catchUp->cancel();
    }

    void bigAnswersEndTheRunEarlyAndTheNextRunGoesOnWithoutLoss()
    {
        // Three pages of conversations, each message about 10 kB: a 100 kB budget per list
        // ends the first run after the first page (about 400 kB); later runs go on from there.
        m_catchUp->setRetryBase(10);
        m_catchUp->setMaxBytesPerRun(qint64{100} * 1024);
        const QString big = QString(qsizetype{10} * 1024, u'x');
        QStringList posted;
        for (int i = 0; i < 3 * CatchUp::kConversationsPageSize; ++i) {
            posted.append(m_fake
                              ->postDirectMessage(u"bob@example.net"_s,
                                                  u"<p>%1 %2</p>"_s.arg(i).arg(big), {}, {}, false)
                              .statusId);
        }
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        m_catchUp->request();
        QVERIFY(finished.wait());
        const auto first = finished.at(0).at(0).value<CatchUpResult>();
        QVERIFY(!first.complete);
        QCOMPARE(first.conversations.size(), CatchUp::kConversationsPageSize);
        QTRY_VERIFY_WITH_TIMEOUT(finished.last().at(0).value<CatchUpResult>().complete, 10000);
        QStringList seen;
        for (const auto &call : finished) {
            seen += conversationStatusIds(call.at(0).value<CatchUpResult>());
        }
        seen.sort();
        posted.sort();
        QCOMPARE(seen, posted);
    }

    void incompleteRunsPauseLongerEachTime()
    {
        // More than four pages of conversations (40 a page), one page a run.
        m_catchUp->setMaxPagesPerRun(1);
        m_catchUp->setRetryBase(100);
        for (int i = 0; i < 4 * CatchUp::kConversationsPageSize + 10; ++i) {
            m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>%1</p>"_s.arg(i), {}, {}, false);
        }
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        QList<qint64> finishedAt;
        QElapsedTimer clock;
        clock.start();
        connect(m_catchUp.get(), &CatchUp::finished, this,
                [&] { finishedAt.append(clock.elapsed()); });
        m_catchUp->request();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 5000);
        QVERIFY(!finished.at(0).at(0).value<CatchUpResult>().complete);
        // Between the runs: at least 100, then 200, then 400 ms.
        for (int i = 1; i < 4; ++i) {
            const qint64 pause = finishedAt.at(i) - finishedAt.at(i - 1);
            // (Qt's coarse timers may fire up to 5 % early.)
            QVERIFY2(pause >= (100 << (i - 1)) * 9 / 10, qPrintable(QString::number(pause)));
        }
    }

    void rateLimitResetInThePastStillWaitsLongerEachTime()
    {
        m_catchUp->setRetryBase(100);
        m_fake->setRateLimitReset(QDateTime::currentDateTimeUtc().addSecs(-3600));
        m_fake->setRestFailure(429, 3, u"/api/v1/notifications"_s);
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        m_catchUp->request();
        QVERIFY(finished.wait(5000));
        QList<QDateTime> asked;
        for (const auto &request : m_fake->requests()) {
            if (request.path == u"/api/v1/notifications"_s) {
                asked.append(request.receivedAt);
            }
        }
        QCOMPARE(asked.size(), 4); // three refusals, then the page
        for (int i = 1; i < asked.size(); ++i) {
            const qint64 gap = asked.at(i - 1).msecsTo(asked.at(i));
            QVERIFY2(gap >= (100 << (i - 1)) * 9 / 10, qPrintable(QString::number(gap)));
        }
    }

private:
    void checkStopsOn(fake::FakeInstance::PaginationFault fault, const char *why)
    {
        const QRegularExpression reason(QString::fromLatin1(why));
        QTest::ignoreMessage(QtWarningMsg, reason); // once per list...
        QTest::ignoreMessage(QtWarningMsg, reason);
        m_fake->setPageSize(2);
        m_fake->setPaginationFault(fault);
        for (int i = 0; i < 5; ++i) {
            m_fake->postDirectMessage(u"bob@example.net"_s, u"<p>%1</p>"_s.arg(i), {}, {}, false);
        }
        QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
        m_catchUp->request();
        QVERIFY(finished.wait(5000));
        // Each list was asked a couple of times, not for ever, and the run counts as done.
        QVERIFY2(m_fake->requestCount(u"/api/v1/conversations"_s) <= 3,
                 qPrintable(QString::number(m_fake->requestCount(u"/api/v1/conversations"_s))));
        QVERIFY(m_fake->requestCount(u"/api/v1/notifications"_s) <= 3);
        QVERIFY(finished.at(0).at(0).value<CatchUpResult>().complete);
        QVERIFY(!m_catchUp->isRunning());
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<fake::FakeInstance> m_fake;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<CatchUp> m_catchUp;
};

QTEST_GUILESS_MAIN(TestCatchUp)
#include "tst_catchup.moc"
