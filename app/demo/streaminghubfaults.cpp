// The streaming hub's misbehaviour on request: garbage, frozen clients, closes and drops.
#include "streaminghub.h"

#include "fakelogging.h"
#include "garbageframes.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

/// How long a closing client may take before its TCP connection is cut.
constexpr int KillGraceMs = 2000;

} // namespace

void StreamingHub::sendGarbage()
{
    for (const GarbageFrame &frame : garbageFrames()) {
        if (frame.binary) {
            sendBinary(frame.bytes);
        } else {
            sendText(frame.bytes);
        }
    }
}

void StreamingHub::setAnswerPings(bool answer)
{
    m_answerPings = answer;
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (answer)
            thaw(client);
        else
            freeze(client);
    }
}

void StreamingHub::freeze(const ClientPtr &client)
{
    if (client->frozen || !client->tcp)
        return;
    // Blocking the socket's signals starves QWebSocket of readyRead: nothing is parsed, so
    // pings are never answered, while the TCP connection stays open. The reap timer notices
    // if the peer goes away meanwhile, since no disconnected() will be seen.
    client->frozen = true;
    client->awaitingPong = false;
    client->tcp->blockSignals(true);
    m_reapTimer->start();
}

void StreamingHub::thaw(const ClientPtr &client)
{
    if (!client->frozen)
        return;
    client->frozen = false;
    if (!client->tcp || client->tcp->state() != QAbstractSocket::ConnectedState) {
        removeClient(client);
        return;
    }
    client->tcp->blockSignals(false);
    for (const QByteArray &event : std::exchange(client->stalled, {}))
        sendTo(*client, event);
    if (client->tcp->bytesAvailable() > 0)
        Q_EMIT client->tcp->readyRead(); // process what arrived while frozen
}

void StreamingHub::reapFrozen()
{
    bool anyFrozen = false;
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (!client->frozen)
            continue;
        if (!client->tcp || client->tcp->state() != QAbstractSocket::ConnectedState)
            removeClient(client);
        else
            anyFrozen = true;
    }
    if (!anyFrozen)
        m_reapTimer->stop();
}

void StreamingHub::closeWithoutStatus()
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (!client->tcp || client->closing)
            continue;
        client->closing = true;
        // A close frame with an empty body (FIN + opcode 8, length 0), written past QWebSocket
        // since QWebSocket::close() always adds a status code.
        client->tcp->write(QByteArrayLiteral("\x88\x00"));
        client->tcp->flush();
        const QPointer<QWebSocket> socket = client->socket;
        const std::weak_ptr<Client> weak = client;
        QTimer::singleShot(KillGraceMs, this, [this, socket, weak] {
            // The client should have answered the close frame and gone by now.
            if (socket)
                socket->abort();
            if (const ClientPtr c = weak.lock(); c && c->frozen)
                removeClient(c);
        });
    }
}

void StreamingHub::dropAll()
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (client->socket)
            client->socket->abort(); // non-frozen clients are removed via disconnected()
        if (client->frozen)
            removeClient(client);
    }
}

void StreamingHub::closeAll(quint16 code, const QString &reason)
{
    const QList<ClientPtr> clients = m_clients;
    for (const ClientPtr &client : clients) {
        if (!client->socket || client->closing)
            continue;
        client->closing = true;
        client->socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
        if (client->frozen)
            removeClient(client);
    }
}

} // namespace fake
