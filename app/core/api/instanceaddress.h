#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fedibell {

// What the user typed as their instance ("mastodon.example", "https://mastodon.example/"),
// turned into an origin URL, with the transport rule applied: https and wss only,
// except to loopback hosts where plain http and ws are allowed for local testing.
class InstanceAddress
{
    Q_DECLARE_TR_FUNCTIONS(InstanceAddress)

public:
    // Returns an origin (scheme, host, port; no path) or an invalid QUrl and an error in plain
    // words.
    static QUrl parse(const QString &input, QString *error);

    // Checks a streaming base (ws, wss, http, https) that `instance` announced and returns it
    // as a ws/wss origin. Plain ws is accepted only from an instance that is itself plain http
    // on loopback: an https instance never gets the token sent unencrypted.
    static QUrl toStreamingOrigin(const QUrl &url, const QUrl &instance, QString *error);

    // The http(s) origin that serves the same host as a ws(s) URL.
    static QUrl toHttpOrigin(const QUrl &url);

    static bool isLoopbackHost(const QString &host);
};

} // namespace fedibell
