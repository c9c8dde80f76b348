#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace fedibell {

class InstanceDiscovery;
class RestClient;
struct DiscoveryResult;

// Tries an account's connection the way Fedibell will use it, one step after the other:
// discovery, the streaming service's health, the token's identity, a streaming handshake.
// Each step reports once through stepFinished(); a step that later steps need stops the test
// when it fails. Without a token the identity step reports that and the test ends there.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Discovery,       // detail: the streaming origin, or why nothing was found
        StreamingHealth, // detail: empty
        Identity,        // detail: the account's acct, or why the token was refused
        Handshake,       // detail: empty, or why the upgrade failed
    };
    Q_ENUM(Step)

    ConnectionTest(QNetworkAccessManager *network, const QUrl &instance, const QByteArray &token,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();
    bool isRunning() const { return m_running; }

signals:
    // `ok` false with an empty detail on Identity: no token was given.
    void stepFinished(fedibell::ConnectionTest::Step step, bool ok, const QString &detail);
    void finished();

private:
    void onDiscovered(const DiscoveryResult &result);
    void shakeHands(const QUrl &streamingOrigin);
    void finish();

    QNetworkAccessManager *m_network;
    QUrl m_instance;
    QByteArray m_token;
    QPointer<QObject> m_run; // owns the current run's helpers; deleting it drops their answers
    bool m_running = false;
};

} // namespace fedibell
