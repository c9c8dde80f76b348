#include "api/connectiontest.h"

#include "api/instancediscovery.h"
#include "api/restclient.h"
#include "api/streamconnection.h"
#include "api/tokencheck.h"

namespace fedibell {

using namespace Qt::StringLiterals;

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, const QUrl &instance,
                               const QByteArray &token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_instance(instance)
    , m_token(token)
{}

ConnectionTest::~ConnectionTest()
{
    delete m_run;
}

void ConnectionTest::start()
{
    delete m_run;
    m_run = new QObject(this);
    m_running = true;
    auto *rest = new RestClient(m_network, m_instance, m_token, m_run);
    auto *discovery = new InstanceDiscovery(m_network, rest, m_run);
    connect(discovery, &InstanceDiscovery::failed, m_run, [this](const QString &why) {
        emit stepFinished(Step::Discovery, false, why);
        finish();
    });
    connect(discovery, &InstanceDiscovery::finished, m_run,
            [this](const DiscoveryResult &result) { onDiscovered(result); });
    discovery->start();
}

void ConnectionTest::onDiscovered(const DiscoveryResult &result)
{
    emit stepFinished(Step::Discovery, true, result.streamingOrigin.toString());
    emit stepFinished(Step::StreamingHealth, result.streamingHealthy, QString());
    if (m_token.isEmpty()) {
        emit stepFinished(Step::Identity, false, QString());
        finish();
        return;
    }
    auto *check = new TokenCheck(m_network, m_instance, m_token, m_run);
    const QUrl streamingOrigin = result.streamingOrigin;
    connect(check, &TokenCheck::finished, m_run,
            [this, streamingOrigin](const TokenCheck::Result &identity) {
                emit stepFinished(Step::Identity, identity.ok,
                                  identity.ok ? identity.account.acct : identity.error);
                if (identity.ok) {
                    shakeHands(streamingOrigin);
                } else {
                    finish();
                }
            });
    check->start();
}

void ConnectionTest::shakeHands(const QUrl &streamingOrigin)
{
    auto *stream = new StreamConnection(m_run);
    connect(stream, &StreamConnection::connected, m_run, [this, stream] {
        stream->close();
        emit stepFinished(Step::Handshake, true, QString());
        finish();
    });
    connect(stream, &StreamConnection::handshakeFailed, m_run, [this](const QString &why, int) {
        emit stepFinished(Step::Handshake, false, why);
        finish();
    });
    stream->open(streamingOrigin, m_token, {u"direct"_s});
}

void ConnectionTest::finish()
{
    m_running = false;
    if (m_run) {
        m_run->deleteLater();
    }
    emit finished();
}

} // namespace fedibell
