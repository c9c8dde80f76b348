#include "chaosfaults.h"

#include "fakeinstance.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace chaos {

using namespace Qt::StringLiterals;

namespace {

enum Kind {
    Drop,
    Stall,
    StreamingRestart,
    SilentStream,
    ServerError,
    RateLimit,
    Garbage,
    AcceptRequest,
    KindCount,
};

QString kindName(int kind)
{
    static const QStringList names{
        u"socket drop"_s, u"stall"_s, u"streaming restart"_s, u"silent stream"_s,
        u"5xx"_s,         u"429"_s,   u"garbage frames"_s,    u"request accepted"_s};
    return names.value(kind);
}

} // namespace

FaultInjector::FaultInjector(fake::FakeInstance *instance, QRandomGenerator *random,
                             QObject *parent)
    : QObject(parent)
    , m_instance(instance)
    , m_random(random)
{}

QString FaultInjector::inject()
{
    for (;;) {
        const int kind = int(m_random->bounded(int(KindCount)));
        switch (kind) {
        case Drop:
            m_instance->dropConnections();
            return kindName(kind);
        case Stall:
            if (!last(kind, 1500, 3000)) {
                continue;
            }
            m_instance->setAnswerPings(false);
            return kindName(kind);
        case StreamingRestart:
            if (!last(kind, 2000, 5000)) {
                continue;
            }
            m_instance->setStreamingPortOpen(false);
            return kindName(kind);
        case SilentStream:
            m_instance->loseSubscriptions(); // until fedibell connects again
            return kindName(kind);
        case ServerError:
            m_instance->setRestFailure(m_random->bounded(2) ? 503 : 502,
                                       1 + int(m_random->bounded(3)));
            return kindName(kind);
        case RateLimit:
            m_instance->setRateLimitReset(QDateTime::currentDateTimeUtc().addMSecs(800));
            m_instance->setRestFailure(429, 1);
            return kindName(kind);
        case Garbage:
            m_instance->sendGarbage();
            return kindName(kind);
        case AcceptRequest:
            if (m_strangers.isEmpty()) {
                continue;
            }
            if (!m_instance->acceptMessageRequest(
                    m_strangers.at(int(m_random->bounded(int(m_strangers.size())))))) {
                continue; // accepted before
            }
            return kindName(kind);
        default:
            continue;
        }
    }
}

bool FaultInjector::last(int kind, int minMs, int maxMs)
{
    const unsigned bit = 1U << unsigned(kind);
    if (m_lasting & bit) {
        return false;
    }
    m_lasting |= bit;
    QTimer::singleShot(minMs + int(m_random->bounded(maxMs - minMs)), this,
                       [this, kind] { end(kind); });
    return true;
}

void FaultInjector::end(int kind)
{
    const unsigned bit = 1U << unsigned(kind);
    if (!(m_lasting & bit)) {
        return;
    }
    m_lasting &= ~bit;
    switch (kind) {
    case Stall:
        m_instance->setAnswerPings(true);
        break;
    case StreamingRestart:
        m_instance->setStreamingPortOpen(true);
        break;
    default:
        break;
    }
}

void FaultInjector::endAll()
{
    for (int kind = 0; kind < KindCount; ++kind) {
        end(kind);
    }
    m_instance->setRestFailure(0);
}

} // namespace chaos
