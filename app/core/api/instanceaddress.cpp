#include "instanceaddress.h"

#include <QHostAddress>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port());
    return origin;
}

} // namespace

bool InstanceAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl InstanceAddress::parse(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("No instance address was given.");
        return {};
    }
    if (!text.contains(u"://")) {
        text.prepend(u"https://"_s);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a valid instance address.").arg(input.trimmed().left(200));
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http") {
        if (!isLoopbackHost(url.host())) {
            *error = tr("Refusing the unencrypted address %1: use https:// (plain http is only "
                        "allowed for this computer's own loopback address).")
                         .arg(url.host());
            return {};
        }
    } else if (scheme != u"https") {
        *error = tr("\"%1\" is not a web address (use https://).").arg(input.trimmed().left(200));
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = tr("The instance address must not contain a user name or password.");
        return {};
    }
    return originOf(url);
}

QUrl InstanceAddress::toStreamingOrigin(const QUrl &url, const QUrl &instance, QString *error)
{
    QUrl origin = originOf(url);
    const QString scheme = origin.scheme();
    if (scheme == u"https") {
        origin.setScheme(u"wss"_s);
    } else if (scheme == u"http") {
        origin.setScheme(u"ws"_s);
    } else if (scheme != u"wss" && scheme != u"ws") {
        *error = tr("The server announced an unusable streaming address.");
        return {};
    }
    if (origin.host().isEmpty()) {
        *error = tr("The server announced an unusable streaming address.");
        return {};
    }
    const bool plainInstance = instance.scheme() == u"http" && isLoopbackHost(instance.host());
    if (origin.scheme() == u"ws" && !(plainInstance && isLoopbackHost(origin.host()))) {
        *error = tr("Refusing the unencrypted streaming address of %1.").arg(origin.host());
        return {};
    }
    return origin;
}

QUrl InstanceAddress::toHttpOrigin(const QUrl &url)
{
    QUrl origin = originOf(url);
    if (origin.scheme() == u"wss") {
        origin.setScheme(u"https"_s);
    } else if (origin.scheme() == u"ws") {
        origin.setScheme(u"http"_s);
    }
    return origin;
}

} // namespace fedibell
