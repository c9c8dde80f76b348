#pragma once

#include <QString>

class QHostAddress;
class QUrl;

namespace fedibell {

// Where an avatar may be downloaded from: the address the server gave and every redirect after
// it. https only, to a host that is not on this computer or a private network. Plain http and
// loopback hosts only when the first address was already plain http on loopback (the fake
// and demo instances). Addresses written as IP literals are checked against the special ranges
// (private, link-local, shared, documentation, multicast...); names are not resolved here.
namespace AvatarAddress {

// Why \a hop may not be fetched for an avatar first asked at \a first; empty when it may.
// For the first address itself, pass it as both.
QString refusal(const QUrl &first, const QUrl &hop);

// True for an address that is reachable on the public internet: not loopback, private,
// link-local, shared (CGNAT), documentation, benchmarking, multicast or reserved.
bool isPublic(const QHostAddress &address);

} // namespace AvatarAddress

} // namespace fedibell
