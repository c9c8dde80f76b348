#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace fedibell {

// Senders' avatars for notifications: each is downloaded once, limited in size, scaled down,
// and kept on disk and in memory. The address and every redirect (at most kMaxRedirects) must
// pass AvatarAddress (https to a public host; plain http only on loopback for the demo); the
// size is checked on the declared Content-Length and on the bytes as they are read.
class AvatarCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxDownloadBytes = qint64{2} * 1024 * 1024;
    static constexpr int kMaxRedirects = 3;
    static constexpr qint64 kReadChunkBytes = qint64{64} * 1024;
    static constexpr int kSide = 96;
    static constexpr int kMaxInMemory = 200;

    AvatarCache(QNetworkAccessManager *network, const QString &directory,
                QObject *parent = nullptr);

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

    void get(const std::shared_ptr<Download> &download, const QUrl &address);
    void follow(const std::shared_ptr<Download> &download, QNetworkReply *reply);
    void store(const QString &url, QByteArray bytes);
    QString fileFor(const QString &url) const;
    void remember(const QString &url, const QImage &image);

    QNetworkAccessManager *m_network;
    QString m_directory;
    QHash<QString, QImage> m_memory;
    QSet<QString> m_requested; // in flight, done or failed: never asked twice per run
};

} // namespace fedibell
