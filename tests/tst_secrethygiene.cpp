// The access token, as another process of the same user could look for it while Fedibell
// runs: not in /proc/<pid>/environ, and never taken from a file others can read.
#include "fakeinstance.h"
#include "headlessprocess.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_fake = std::make_unique<fake::FakeInstance>();
        m_fake->setAccessToken("s3cret-token-for-the-environ-test");
        QVERIFY(m_fake->start());
    }

    void cleanup()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished();
        }
        m_process.reset();
        m_fake.reset();
        m_home.reset();
    }

    void tokenIsWipedFromTheProcessEnvironment()
    {
        QSignalSpy subscribed(m_fake.get(), &fake::FakeInstance::subscribed);
        start({}, m_fake->accessToken());
        QVERIFY(subscribed.wait(10000)); // it read the token and uses it
        QFile environ(u"/proc/%1/environ"_s.arg(m_process->processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray seen = environ.readAll();
        QVERIFY(!seen.isEmpty());
        QVERIFY(!seen.contains(m_fake->accessToken()));
    }

    void tokenFileOthersCanReadIsRefused()
    {
        const QString path = m_home->filePath(u"token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_fake->accessToken());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        start({u"--token-file"_s, path}, {});
        QVERIFY(m_process->waitForFinished(10000));
        QCOMPARE(m_process->exitCode(), 2);
        const QString error = QString::fromLocal8Bit(m_process->readAllStandardError());
        QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(m_fake->accessToken())));
        QCOMPARE(m_fake->requestCount(u"/api/"_s), 0); // nothing was sent with it
    }

private:
    void start(const QStringList &arguments, const QByteArray &token)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(isolatedEnvironment(m_home->path(), token));
        m_process->start(QStringLiteral(FEDIBELL_BINARY),
                         QStringList{u"--headless"_s, u"--instance"_s, m_fake->baseUrl().toString()}
                             + arguments);
        QVERIFY(m_process->waitForStarted());
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<fake::FakeInstance> m_fake;
    std::unique_ptr<QProcess> m_process;
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
