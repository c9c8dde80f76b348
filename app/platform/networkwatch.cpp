#include "networkwatch.h"

#include "logging.h"

#include <QNetworkInformation>

namespace fedibell {

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent)
{}

void NetworkWatch::setOnline(bool online)
{
    if (online == m_online) {
        return;
    }
    m_online = online;
    qCInfo(lcPlatform) << (online ? "the network is back" : "the network is gone");
    emit onlineChanged(online);
}

namespace {

bool reachable(QNetworkInformation::Reachability reachability)
{
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

SystemNetworkWatch::SystemNetworkWatch(QObject *parent)
    : NetworkWatch(parent)
{
    using Feature = QNetworkInformation::Feature;
    if (!QNetworkInformation::loadBackendByFeatures(Feature::Reachability)) {
        qCInfo(lcPlatform) << "no network information backend (available:"
                           << QNetworkInformation::availableBackends()
                           << "): not watching the network";
        return;
    }
    m_hasBackend = true;
    QNetworkInformation *information = QNetworkInformation::instance();
    qCInfo(lcPlatform) << "watching the network with the" << information->backendName()
                       << "backend:" << information->reachability();
    setOnline(reachable(information->reachability()));
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setOnline(reachable(reachability));
            });
}

} // namespace fedibell
