#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

class QNetworkAccessManager;

namespace fedibell {

// Senders' avatars for notifications: each is downloaded once (https, or http on loopback),
// limited in size, scaled down, and kept on disk and in memory.
class AvatarCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxDownloadBytes = qint64{2} * 1024 * 1024;
    static constexpr int kSide = 96;
    static constexpr int kMaxInMemory = 200;

    AvatarCache(QNetworkAccessManager *network, const QString &directory,
                QObject *parent = nullptr);

    // The avatar if it is known (memory or disk), else a null image.
    QImage image(const QString &url);
    // Starts a download unless one ran already for this address.
    void fetch(const QString &url);

    static bool isAllowedUrl(const QUrl &url);

signals:
    void ready(const QString &url);

private:
    QString fileFor(const QString &url) const;
    void remember(const QString &url, const QImage &image);

    QNetworkAccessManager *m_network;
    QString m_directory;
    QHash<QString, QImage> m_memory;
    QSet<QString> m_requested; // in flight, done or failed: never asked twice per run
};

} // namespace fedibell
