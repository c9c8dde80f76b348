#include "avatarcache.h"

#include "avataraddress.h"
#include "desktoplogging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QHostInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

#include <memory>

namespace fedibell {

using namespace Qt::StringLiterals;

AvatarCache::AvatarCache(QNetworkAccessManager *network, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resolve([](const QString &host, QObject *context,
                   std::function<void(QList<QHostAddress>)> done) {
        QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo &info) {
            done(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>());
        });
    })
    , m_directory(directory)
{}

bool AvatarCache::isAllowedUrl(const QUrl &url)
{
    return AvatarAddress::refusal(url, url).isEmpty();
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
    if (m_requested.contains(url) || !image(url).isNull()) {
        return;
    }
    if (const QString why = AvatarAddress::refusal(address, address); !why.isEmpty()) {
        if (!url.isEmpty()) {
            qCInfo(lcNotify).noquote()
                << "avatar" << address.toDisplayString() << "refused:" << why;
        }
        return;
    }
    m_requested.insert(url);
    auto download = std::make_shared<Download>();
    download->url = url;
    resolveThenGet(download, address);
}

void AvatarCache::resolveThenGet(const std::shared_ptr<Download> &download, const QUrl &address)
{
    // Literal addresses were checked already, and plain http only ever goes to loopback.
    if (address.scheme() != u"https" || !QHostAddress(address.host()).isNull()) {
        get(download, address);
        return;
    }
    const QString host = address.host();
    m_resolve(host, this, [this, download, address, host](const QList<QHostAddress> &found) {
        QString why;
        if (found.isEmpty()) {
            why = u"%1 has no address"_s.arg(host);
        }
        for (const QHostAddress &each : found) {
            if (!AvatarAddress::isPublic(each)) {
                why = u"%1 is at %2, not a public address"_s.arg(host, each.toString());
                break;
            }
        }
        if (!why.isEmpty()) {
            qCWarning(lcNotify).noquote()
                << "avatar" << address.toDisplayString() << "refused:" << why;
            return;
        }
        get(download, address);
    });
}

void AvatarCache::get(const std::shared_ptr<Download> &download, const QUrl &address)
{
    // Redirects are followed here, one request per hop, each checked before it is asked:
    // Qt 6.4.2's own following (also with UserVerifiedRedirectPolicy) repeats requests and can
    // end on a redirect's empty body once there is more than one hop.
    QNetworkRequest request(address);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    // Qt holds no more than this unread: the bytes are counted here as they arrive.
    reply->setReadBufferSize(kReadChunkBytes);
    const auto isRedirect = [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 300 && status < 400;
    };

    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, download, isRedirect] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (download->refused || isRedirect() || !length.isValid()) {
            return;
        }
        if (length.toLongLong() > kMaxDownloadBytes) {
            qCWarning(lcNotify).noquote()
                << "avatar" << reply->url().toDisplayString() << "refused: it declares"
                << length.toLongLong() << "bytes, more than" << kMaxDownloadBytes;
            download->refused = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, download, isRedirect] {
        if (isRedirect()) {
            reply->skip(reply->bytesAvailable()); // a redirect's own body
        } else if (!download->refused && !download->take(reply)) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, download, isRedirect] {
        reply->deleteLater();
        if (download->refused) {
            return; // said so already
        }
        if (reply->error() != QNetworkReply::NoError) {
            qCInfo(lcNotify) << "avatar download failed:" << reply->errorString();
            return;
        }
        if (isRedirect()) {
            follow(download, reply);
        } else if (download->take(reply)) {
            store(download->url, download->bytes);
        }
    });
}

void AvatarCache::follow(const std::shared_ptr<Download> &download, QNetworkReply *reply)
{
    const QUrl from = reply->url();
    // Location as sent (it may be relative).
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QUrl to = from.resolved(location);
    QString why;
    if (!location.isValid() || location.isEmpty()) {
        why = u"no valid Location"_s;
    } else if (++download->redirects > kMaxRedirects) {
        why = u"more than %1 redirects"_s.arg(kMaxRedirects);
    } else {
        why = AvatarAddress::refusal(QUrl(download->url), to);
    }
    if (!why.isEmpty()) {
        qCWarning(lcNotify).noquote() << "avatar redirect from" << from.toDisplayString() << "to"
                                      << to.toDisplayString() << "refused:" << why;
        return;
    }
    resolveThenGet(download, to);
}

bool AvatarCache::Download::take(QNetworkReply *reply)
{
    while (reply->bytesAvailable() > 0) {
        const qint64 room = kMaxDownloadBytes - bytes.size();
        const QByteArray chunk = reply->read(qMin<qint64>(reply->bytesAvailable(), room + 1));
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
        if (bytes.size() > kMaxDownloadBytes) {
            qCWarning(lcNotify).noquote()
                << "avatar" << reply->url().toDisplayString() << "refused: more than"
                << kMaxDownloadBytes << "bytes arrived";
            refused = true;
            bytes.clear();
            return false;
        }
    }
    return true;
}

void AvatarCache::store(const QString &url, QByteArray bytes)
{
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
}

} // namespace fedibell
