// FakeInstance, the part that makes it misbehave on command (see fakeinstance.h).
#include "fakeinstance.h"

#include "downloadpaths.h"
#include "httpserver.h"
#include "serverconfig.h"
#include "streaminghub.h"

namespace fake {

void FakeInstance::setStreamingHealthy(bool healthy)
{
    m_config->streamingHealthy = healthy;
}

void FakeInstance::setUpgradeRefusal(int httpStatus)
{
    m_config->upgradeRefusal = httpStatus;
}

void FakeInstance::setRestFailure(int httpStatus, int count, const QString &pathPrefix)
{
    m_config->restFailureStatus = count == 0 ? 0 : httpStatus;
    m_config->restFailureRemaining = httpStatus == 0 ? 0 : count;
    m_config->restFailurePrefix = pathPrefix;
}

void FakeInstance::setRateLimitReset(const QDateTime &resetUtc)
{
    m_config->rateLimitReset = resetUtc;
}

void FakeInstance::setAnswerPings(bool answer)
{
    m_hub->setAnswerPings(answer);
}

void FakeInstance::setServerPingInterval(int ms)
{
    m_hub->setServerPingInterval(ms);
}

void FakeInstance::loseSubscriptions()
{
    m_hub->loseSubscriptions();
}

void FakeInstance::setPageSize(int pageSize)
{
    m_config->pageSize = pageSize;
}

bool FakeInstance::setStreamingPortOpen(bool open)
{
    if (!open) {
        m_streamingHttp->close();
        dropConnections();
        return true;
    }
    return m_streamingHttp->listen(quint16(m_config->streamingUrl.port()));
}

void FakeInstance::setRawAnswer(const QString &pathPrefix, const QByteArray &bytes)
{
    m_config->rawAnswerPrefix = pathPrefix;
    m_config->rawAnswer = bytes;
}

void FakeInstance::setPaginationFault(PaginationFault fault)
{
    m_config->ignoreMinId = fault == PaginationFault::IgnoresMinId;
    m_config->prevLinkToSelf = fault == PaginationFault::PrevLinkLoops;
}

void FakeInstance::setDropAfterHeaders(bool drop)
{
    m_config->dropAfterHeaders = drop;
}

void FakeInstance::setRedirect(const QString &path, const QByteArray &location)
{
    m_downloads->setRedirect(path, location);
}

void FakeInstance::setLargeBody(const QString &path, qint64 bytes, BodyFraming framing)
{
    m_downloads->setLargeBody(path, bytes, framing);
}

void FakeInstance::revokeToken()
{
    m_config->revokedTokens.insert(m_config->accessToken);
    m_hub->closeWithoutStatus();
}

void FakeInstance::dropConnections()
{
    m_hub->dropAll();
}

void FakeInstance::closeConnections(quint16 code, const QString &reason)
{
    m_hub->closeAll(code, reason);
}

void FakeInstance::sendRawFrame(const QByteArray &frame)
{
    m_hub->sendText(frame);
}

void FakeInstance::sendGarbage()
{
    m_hub->sendGarbage();
}

} // namespace fake
