// What each Mastodon-API server the fake can pretend to be does differently, as read from
// their sources (see the "every server" table in the README).
#pragma once

#include "serverconfig.h"

namespace fake {

struct HttpRequest;

/// Where \a dialect advertises its streaming server.
Discovery discoveryOf(Dialect dialect);
DialectTraits traitsOf(Dialect dialect);

/// How the socket of \a config's dialect answers an upgrade \a request: 0 to accept it, else
/// the HTTP status to refuse it with (and *errorMessage for X-Error-Message). *anonymous
/// tells that it was accepted without a token.
int upgradeRefusalFor(const ServerConfig &config, const HttpRequest &request,
                      QByteArray *errorMessage, bool *anonymous);

/// The next id after \a counter in \a style: strictly increasing in the order real clients
/// compare ids (by length, then by bytes).
QString formatId(IdStyle style, quint64 counter);

} // namespace fake
