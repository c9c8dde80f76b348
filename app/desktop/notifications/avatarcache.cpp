#include "avatarcache.h"

#include "api/instanceaddress.h"
#include "desktoplogging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace fedibell {

using namespace Qt::StringLiterals;

AvatarCache::AvatarCache(QNetworkAccessManager *network, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_directory(directory)
{}

bool AvatarCache::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    return url.scheme() == u"https"
           || (url.scheme() == u"http" && InstanceAddress::isLoopbackHost(url.host()));
}

QString AvatarCache::fileFor(const QString &url) const
{
    const QByteArray hash =
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash) + u".png"_s);
}

void AvatarCache::remember(const QString &url, const QImage &image)
{
    if (m_memory.size() >= kMaxInMemory) {
        m_memory.erase(m_memory.begin());
    }
    m_memory.insert(url, image);
}

QImage AvatarCache::image(const QString &url)
{
    if (const auto it = m_memory.constFind(url); it != m_memory.constEnd()) {
        return it.value();
    }
    const QString file = fileFor(url);
    if (!QFileInfo::exists(file)) {
        return {};
    }
    QImage image(file);
    if (!image.isNull()) {
        remember(url, image);
    }
    return image;
}

void AvatarCache::fetch(const QString &url)
{
    const QUrl address(url);
    if (m_requested.contains(url) || !isAllowedUrl(address) || !image(url).isNull()) {
        return;
    }
    m_requested.insert(url);
    QNetworkRequest request(address);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > kMaxDownloadBytes) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            qCInfo(lcNotify) << "avatar download failed:" << reply->errorString();
            return;
        }
        QByteArray bytes = reply->readAll();
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        // Refuse decompression bombs before decoding: the declared size must be sane.
        const QSize declared = reader.size();
        if (!declared.isValid() || declared.width() > 4096 || declared.height() > 4096) {
            return;
        }
        reader.setScaledSize(declared.scaled(kSide, kSide, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            return;
        }
        remember(url, image);
        QDir().mkpath(m_directory);
        QSaveFile file(fileFor(url));
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG")) {
            file.commit();
        }
        emit ready(url);
    });
}

} // namespace fedibell
