#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace fedibell {

class RestClient;

struct DiscoveryResult
{
    enum class Source {
        InstanceV2,
        InstanceV1,
        SameOrigin
    };

    QUrl streamingOrigin; // ws(s)://host[:port], without a path
    Source source = Source::SameOrigin;
    bool streamingHealthy = false;
    QString domain;        // the instance's own name for itself, e.g. "mastodon.social"
    QString version;       // as the server reports it
    bool hasChats = false; // Pleroma's chats (features: "pleroma_chat_messages")
};

// Finds where an instance streams: /api/v2/instance (configuration.urls.streaming),
// then /api/v1/instance (urls.streaming_api), else the instance's own origin;
// then asks /api/v1/streaming/health whether streaming works right now.
class InstanceDiscovery : public QObject
{
    Q_OBJECT

public:
    InstanceDiscovery(QNetworkAccessManager *network, RestClient *rest, QObject *parent = nullptr);

    void start();

    // Asks the health endpoint of an already known streaming origin again.
    void checkHealth(const QUrl &streamingOrigin);

signals:
    void finished(const fedibell::DiscoveryResult &result);
    // The instance could not be reached or answered nonsense; worth retrying later.
    void failed(const QString &reason);
    void healthChecked(bool healthy);

private:
    void askV1();
    void useStreamingValue(const QString &value, DiscoveryResult::Source source);
    void finishWithHealth();

    QNetworkAccessManager *m_network;
    RestClient *m_rest;
    DiscoveryResult m_result;
};

} // namespace fedibell
