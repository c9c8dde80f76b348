#include "instancediscovery.h"

#include "instanceaddress.h"
#include "logging.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

// Pleroma and Akkoma list what they can in pleroma.metadata.features.
bool hasChatFeature(const QJsonObject &instance)
{
    const QJsonArray features = instance.value("pleroma"_L1)
                                    .toObject()
                                    .value("metadata"_L1)
                                    .toObject()
                                    .value("features"_L1)
                                    .toArray();
    return features.contains(u"pleroma_chat_messages"_s);
}

const QString kHealthPath = u"/api/v1/streaming/health"_s;
constexpr int kHealthTimeoutMs = 10000;

} // namespace

InstanceDiscovery::InstanceDiscovery(QNetworkAccessManager *network, RestClient *rest,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_rest(rest)
{}

void InstanceDiscovery::start()
{
    m_result = DiscoveryResult{};
    m_rest->get(u"/api/v2/instance"_s, {}, this, [this](const RestResponse &response) {
        if (response.error == RestResponse::Error::Tls) {
            emit failed(response.errorMessage);
            return;
        }
        if (!response.ok() || !response.json.isObject()) {
            qCInfo(lcDiscovery) << "v2 instance unavailable, trying v1:" << response.errorMessage;
            askV1();
            return;
        }
        const QJsonObject instance = response.json.object();
        m_result.domain = instance.value("domain"_L1).toString();
        m_result.version = instance.value("version"_L1).toString();
        m_result.hasChats = hasChatFeature(instance);
        const QString streaming = instance.value("configuration"_L1)
                                      .toObject()
                                      .value("urls"_L1)
                                      .toObject()
                                      .value("streaming"_L1)
                                      .toString();
        if (streaming.isEmpty()) {
            askV1();
            return;
        }
        useStreamingValue(streaming, DiscoveryResult::Source::InstanceV2);
    });
}

void InstanceDiscovery::askV1()
{
    m_rest->get(u"/api/v1/instance"_s, {}, this, [this](const RestResponse &response) {
        if (response.error == RestResponse::Error::Tls
            || response.error == RestResponse::Error::Network) {
            emit failed(response.errorMessage);
            return;
        }
        QString streaming;
        if (response.ok() && response.json.isObject()) {
            const QJsonObject instance = response.json.object();
            if (m_result.domain.isEmpty()) {
                m_result.domain = instance.value("uri"_L1).toString();
            }
            if (m_result.version.isEmpty()) {
                m_result.version = instance.value("version"_L1).toString();
            }
            streaming = instance.value("urls"_L1).toObject().value("streaming_api"_L1).toString();
            m_result.hasChats = m_result.hasChats || hasChatFeature(instance);
        }
        if (streaming.isEmpty()) {
            useStreamingValue(QString(), DiscoveryResult::Source::SameOrigin);
        } else {
            useStreamingValue(streaming, DiscoveryResult::Source::InstanceV1);
        }
    });
}

void InstanceDiscovery::useStreamingValue(const QString &value, DiscoveryResult::Source source)
{
    QString error;
    QUrl origin;
    if (!value.isEmpty()) {
        origin = InstanceAddress::toStreamingOrigin(QUrl(value, QUrl::StrictMode), m_rest->origin(),
                                                    &error);
        if (!origin.isValid()) {
            qCWarning(lcDiscovery) << "ignoring announced streaming address:" << error;
        }
    }
    if (!origin.isValid()) {
        source = DiscoveryResult::Source::SameOrigin;
        origin = InstanceAddress::toStreamingOrigin(m_rest->origin(), m_rest->origin(), &error);
    }
    m_result.source = source;
    m_result.streamingOrigin = origin;
    qCInfo(lcDiscovery) << "streaming origin" << origin.toString();
    finishWithHealth();
}

void InstanceDiscovery::finishWithHealth()
{
    auto onHealth = [this](bool healthy) {
        m_result.streamingHealthy = healthy;
        emit finished(m_result);
    };
    connect(this, &InstanceDiscovery::healthChecked, this, onHealth, Qt::SingleShotConnection);
    checkHealth(m_result.streamingOrigin);
}

void InstanceDiscovery::checkHealth(const QUrl &streamingOrigin)
{
    // The health endpoint may live on another host than the REST API, so it is asked
    // without the token, and its answer is plain text.
    QUrl url = InstanceAddress::toHttpOrigin(streamingOrigin);
    url.setPath(kHealthPath);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(kHealthTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool healthy = reply->error() == QNetworkReply::NoError && status == 200;
        qCInfo(lcDiscovery) << "streaming health" << status << reply->errorString();
        emit healthChecked(healthy);
    });
}

} // namespace fedibell
