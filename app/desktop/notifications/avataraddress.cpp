#include "avataraddress.h"

#include "api/instanceaddress.h"

#include <QHostAddress>
#include <QList>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

using Subnet = QPair<QHostAddress, int>;

// IANA special-purpose ranges (RFC 6890 and later) that are not the public internet.
const QList<Subnet> &specialIpv4()
{
    static const QList<Subnet> subnets = [] {
        QList<Subnet> result;
        for (const char *range :
             {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
              "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
              "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4"}) {
            result.append(QHostAddress::parseSubnet(QString::fromLatin1(range)));
        }
        return result;
    }();
    return subnets;
}

const QList<Subnet> &specialIpv6()
{
    static const QList<Subnet> subnets = [] {
        QList<Subnet> result;
        for (const char *range :
             {"::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20",
              "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"}) {
            result.append(QHostAddress::parseSubnet(QString::fromLatin1(range)));
        }
        return result;
    }();
    return subnets;
}

bool inAny(const QHostAddress &address, const QList<Subnet> &subnets)
{
    return std::any_of(subnets.cbegin(), subnets.cend(),
                       [&](const Subnet &subnet) { return address.isInSubnet(subnet); });
}

// The IPv4 address inside an IPv6 one that only carries it: IPv4-mapped (::ffff:a.b.c.d),
// NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
std::optional<QHostAddress> embeddedIpv4(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped) {
        return QHostAddress(ipv4);
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    const auto word = [&](int at) {
        return quint32(bytes[at]) << 24 | quint32(bytes[at + 1]) << 16 | quint32(bytes[at + 2]) << 8
               | quint32(bytes[at + 3]);
    };
    if (address.isInSubnet(QHostAddress::parseSubnet(u"64:ff9b::/96"_s))) {
        return QHostAddress(word(12));
    }
    if (address.isInSubnet(QHostAddress::parseSubnet(u"2002::/16"_s))) {
        return QHostAddress(word(2));
    }
    return std::nullopt;
}

bool isLoopback(const QString &host)
{
    return InstanceAddress::isLoopbackHost(host)
           || host.endsWith(u".localhost"_s, Qt::CaseInsensitive);
}

} // namespace

bool AvatarAddress::isPublic(const QHostAddress &address)
{
    if (address.isNull()) {
        return false;
    }
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        return !inAny(address, specialIpv4());
    }
    if (const std::optional<QHostAddress> ipv4 = embeddedIpv4(address)) {
        return isPublic(*ipv4);
    }
    return !inAny(address, specialIpv6());
}

QString AvatarAddress::refusal(const QUrl &first, const QUrl &hop)
{
    if (!hop.isValid() || hop.host().isEmpty()) {
        return u"not a valid web address"_s;
    }
    if (!hop.userInfo().isEmpty()) {
        return u"it carries a user name or password"_s;
    }
    const bool firstOnLoopback = first.scheme() == u"http" && isLoopback(first.host());
    // "169.254.169.254." is a name to QHostAddress but the same address to the resolver.
    QString host = hop.host();
    while (host.endsWith(u'.')) {
        host.chop(1);
    }
    const QHostAddress literal(host);
    const bool loopback = isLoopback(host) || (!literal.isNull() && literal.isLoopback());
    if (hop.scheme() == u"http") {
        if (!firstOnLoopback || !loopback) {
            return u"plain http is only allowed on this computer's loopback address"_s;
        }
        return {};
    }
    if (hop.scheme() != u"https") {
        return u"not https"_s;
    }
    if (loopback) {
        return firstOnLoopback ? QString() : u"it points at this computer"_s;
    }
    if (!literal.isNull() && !isPublic(literal)) {
        return u"%1 is not a public address (private, link-local or reserved)"_s.arg(host);
    }
    return {};
}

} // namespace fedibell
