// What a hostile server can send to the REST client and the streaming connection: bodies and
// frames over the limits are refused as they arrive, not after they were buffered.
#include "api/restclient.h"
#include "api/streamconnection.h"
#include "fakeinstance.h"
#include "headlessprocess.h"
#include "text/repeatfolder.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestHostileAnswers : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = std::make_unique<fake::FakeInstance>();
        QVERIFY(m_fake->start());
    }

    void cleanup() { m_fake.reset(); }

    void declaredHugeBodyIsRefusedAtTheHeaders()
    {
        // It says 500 MB and then sends a few bytes: the length alone is reason enough.
        m_fake->setRawAnswer(u"/api/v1/conversations"_s,
                             "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 500000000\r\n\r\n[]");
        const RestResponse response = get(u"/api/v1/conversations"_s);
        QCOMPARE(response.error, RestResponse::Error::BadResponse);
        QVERIFY2(response.errorMessage.contains(u"too large"_s), qPrintable(response.errorMessage));
    }

    void undeclaredHugeBodyIsRefusedWhileItIsRead()
    {
        QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Connection: close\r\n\r\n[\"";
        answer.append(QByteArray(RestClient::kMaxResponseBytes + 1024, 'x'));
        answer.append("\"]");
        m_fake->setRawAnswer(u"/api/v1/conversations"_s, answer);
        const RestResponse response = get(u"/api/v1/conversations"_s);
        QCOMPARE(response.error, RestResponse::Error::BadResponse);
        QVERIFY2(response.errorMessage.contains(u"too large"_s), qPrintable(response.errorMessage));
    }

    void bodyJustUnderTheLimitIsRead()
    {
        QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Connection: close\r\n\r\n[\"";
        answer.append(QByteArray(RestClient::kMaxResponseBytes - 16, 'x'));
        answer.append("\"]");
        m_fake->setRawAnswer(u"/api/v1/conversations"_s, answer);
        const RestResponse response = get(u"/api/v1/conversations"_s);
        QVERIFY2(response.ok(), qPrintable(response.errorMessage));
        QCOMPARE(response.json.array().size(), 1);
    }

    void compressionBombIsABadAnswerNotAnUnreachableServer()
    {
        // 200 MB of zeros, deflated to a few hundred kB.
        m_fake->setLargeBody(u"/api/v1/conversations"_s, qint64{200} * 1024 * 1024,
                             fake::BodyFraming::Deflated);
        const RestResponse response = get(u"/api/v1/conversations"_s);
        QCOMPARE(response.error, RestResponse::Error::BadResponse);
    }

    void hugeFrameEndsTheConnectionNotTheProgram()
    {
        StreamConnection stream;
        QSignalSpy connected(&stream, &StreamConnection::connected);
        QSignalSpy disconnected(&stream, &StreamConnection::disconnected);
        QSignalSpy events(&stream, &StreamConnection::eventReceived);
        stream.open(m_fake->streamingUrl(), m_fake->accessToken(), {u"direct"_s});
        QVERIFY(connected.wait());
        m_fake->sendRawFrame(QByteArray(qsizetype{8} * 1024 * 1024, 'x'));
        QVERIFY(disconnected.wait());
        QVERIFY(events.isEmpty());
        // Said as what happened, not as if the server had closed it.
        QCOMPARE(disconnected.at(0).at(0).toString(),
                 u"The server sent a message larger than 4 MB."_s);
    }

    void floodOfErrorFramesIsTwoLinesOnStderr()
    {
        QProcess fedibell;
        QTemporaryDir home;
        fedibell.setProcessEnvironment(isolatedEnvironment(home.path(), m_fake->accessToken()));
        QSignalSpy subscribed(m_fake.get(), &fake::FakeInstance::subscribed);
        fedibell.start(QStringLiteral(FEDIBELL_BINARY),
                       {u"--headless"_s, u"--instance"_s, m_fake->baseUrl().toString()});
        QVERIFY(subscribed.wait(10000));
        for (int i = 0; i < 1000; ++i) {
            m_fake->sendRawFrame(R"({"error":"Nope","status":400})");
        }
        // A message after the flood: once it is printed, the flood has been read.
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>after</p>"_s);
        QVERIFY(QTest::qWaitFor([&] { return fedibell.bytesAvailable() > 0; }, 10000));
        fedibell.terminate();
        QVERIFY(fedibell.waitForFinished(10000));
        const QString errors = QString::fromLocal8Bit(fedibell.readAllStandardError());
        QCOMPARE(errors.count(u"Nope"_s), 1);
        QVERIFY2(errors.contains(RepeatFolder::repeatedLine(999)), qPrintable(errors));
    }

    void serverTextCannotForgeALogLine()
    {
        QProcess fedibell;
        QTemporaryDir home;
        fedibell.setProcessEnvironment(isolatedEnvironment(home.path(), m_fake->accessToken()));
        QSignalSpy subscribed(m_fake.get(), &fake::FakeInstance::subscribed);
        fedibell.start(QStringLiteral(FEDIBELL_BINARY),
                       {u"--headless"_s, u"--instance"_s, m_fake->baseUrl().toString()});
        QVERIFY(subscribed.wait(10000));
        // JSON escapes: a line break, ESC (erase the line), then a line of our own, and BEL.
        m_fake->sendRawFrame("{\"error\":\"x\\n\\u001b[2Kfedibell: ada@fake.test: access "
                             "token refused\\u0007\",\"status\":400}");
        m_fake->postDirectMessage(u"grace@social.example"_s, u"<p>after</p>"_s);
        QVERIFY(QTest::qWaitFor([&] { return fedibell.bytesAvailable() > 0; }, 10000));
        fedibell.terminate();
        QVERIFY(fedibell.waitForFinished(10000));
        const QByteArray errors = fedibell.readAllStandardError();
        QVERIFY(!errors.contains('\x1b'));
        QVERIFY(!errors.contains('\x07'));
        for (const QByteArray &line : errors.split('\n')) {
            // The forged text is there only inside the quoted server words, never as a line.
            QVERIFY2(!line.startsWith("fedibell: ada@fake.test: access token refused"),
                     line.constData());
        }
        QVERIFY(errors.contains("access token refused"));
    }

private:
    RestResponse get(const QString &path)
    {
        RestClient client(&m_network, m_fake->baseUrl(), m_fake->accessToken());
        std::optional<RestResponse> result;
        client.get(path, {}, this, [&](const RestResponse &response) { result = response; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
            RestResponse timeout;
            timeout.errorMessage = u"test timed out"_s;
            return timeout;
        }
        return *result;
    }

    std::unique_ptr<fake::FakeInstance> m_fake;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
