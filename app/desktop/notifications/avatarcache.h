#pragma once

#include <QHash>
#include <QHostAddress>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace fedibell {

// Senders' avatars for notifications: each is downloaded once, limited in size, scaled down,
// and kept on disk and in memory. The address and every redirect (at most kMaxRedirects) must
// pass AvatarAddress (https to a public host; plain http only on loopback for the demo); the
// size is checked on the declared Content-Length and on the bytes as they are read. A host
// given by name is looked up first, and every address it has must be public (the connection
// itself looks the name up again: this keeps honest names for private hosts out, not a
// resolver that answers differently the second time).
class AvatarCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxDownloadBytes = qint64{2} * 1024 * 1024;
    static constexpr int kMaxRedirects = 3;
    static constexpr qint64 kReadChunkBytes = qint64{64} * 1024;
    static constexpr int kSide = 96;
    static constexpr int kMaxInMemory = 200;

    // Looks `host` up and calls `done` with its addresses (none when it has none), unless
    // `context` is gone.
    using HostResolver = std::function<void(const QString &host, QObject *context,
                                            std::function<void(QList<QHostAddress>)> done)>;

    AvatarCache(QNetworkAccessManager *network, const QString &directory,
                QObject *parent = nullptr);

    // Default: the system's resolver (QHostInfo).
    void setHostResolver(HostResolver resolver) { m_resolve = std::move(resolver); }

    // The avatar if it is known (memory or disk), else a null image.
    QImage image(const QString &url);
    // Starts a download unless one ran already for this address.
    void fetch(const QString &url);

    // Whether a download may start at this address (its redirects are checked as they come).
    static bool isAllowedUrl(const QUrl &url);

signals:
    void ready(const QString &url);

private:
    struct Download
    {
        QString url; // as the server gave it: the first address
        QByteArray bytes;
        int redirects = 0;
        bool refused = false; // and said so in the log
        // Moves what the reply has into bytes; false (refused, and logged) once over the limit.
        bool take(QNetworkReply *reply);
    };

    // Checks the addresses of a host given by name, then gets `address`.
    void resolveThenGet(const std::shared_ptr<Download> &download, const QUrl &address);
    void get(const std::shared_ptr<Download> &download, const QUrl &address);
    void follow(const std::shared_ptr<Download> &download, QNetworkReply *reply);
    void store(const QString &url, QByteArray bytes);
    QString fileFor(const QString &url) const;
    void remember(const QString &url, const QImage &image);

    QNetworkAccessManager *m_network;
    HostResolver m_resolve;
    QString m_directory;
    QHash<QString, QImage> m_memory;
    QSet<QString> m_requested; // in flight, done or failed: never asked twice per run
};

} // namespace fedibell
