// Catch-up against the fake instance: the cursors it keeps in the ledger, and a request that
// comes while a run is going (a message can arrive in that gap).
#include "api/restclient.h"
#include "fakeinstance.h"
#include "sync/catchup.h"
#include "sync/ledger.h"

#include <QNetworkAccessManager>
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

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<fake::FakeInstance> m_fake;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<CatchUp> m_catchUp;
};

QTEST_GUILESS_MAIN(TestCatchUp)
#include "tst_catchup.moc"
