#include "requestcheck.h"

#include "api/restclient.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace fedibell {

using namespace Qt::StringLiterals;

RequestCheck::RequestCheck(RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
{}

void RequestCheck::start()
{
    const int generation = ++m_generation;
    if (m_support == Support::No) {
        finish({}, true);
        return;
    }
    m_rest->get(u"/api/v2/notifications/policy"_s, {}, this,
                [this, generation](const RestResponse &response) {
                    if (generation != m_generation) {
                        return;
                    }
                    using E = RestResponse::Error;
                    if (response.error == E::NotFound || response.error == E::Forbidden) {
                        qCInfo(lcSync)
                            << "no message requests on this server:" << response.errorMessage;
                        m_support = Support::No;
                        finish({}, true);
                        return;
                    }
                    if (!response.ok() || !response.json.isObject()) {
                        finish({}, false);
                        return;
                    }
                    m_support = Support::Yes;
                    const QJsonValue pending = response.json.object()
                                                   .value("summary"_L1)
                                                   .toObject()
                                                   .value("pending_requests_count"_L1);
                    // A number, or a string of one on some versions.
                    const bool any = pending.toInt() > 0 || pending.toString().toInt() > 0;
                    if (!any) {
                        finish({}, true);
                        return;
                    }
                    fetchRequests(generation);
                });
}

void RequestCheck::fetchRequests(int generation)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(kMaxRequests));
    m_rest->get(u"/api/v1/notifications/requests"_s, query, this,
                [this, generation](const RestResponse &response) {
                    if (generation != m_generation) {
                        return;
                    }
                    if (!response.ok() || !response.json.isArray()) {
                        finish({}, false);
                        return;
                    }
                    QList<MessageRequest> requests;
                    const QJsonArray items = response.json.array();
                    for (const auto &item : items) {
                        if (requests.size() >= kMaxRequests) {
                            break;
                        }
                        if (auto request = Entities::parseMessageRequest(item.toObject())) {
                            requests.append(std::move(*request));
                        }
                    }
                    finish(requests, true);
                });
}

bool RequestCheck::same(const QList<MessageRequest> &a, const QList<MessageRequest> &b)
{
    const auto lastId = [](const MessageRequest &request) {
        return request.lastStatus ? request.lastStatus->id : QString();
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const MessageRequest &x, const MessageRequest &y) {
                          return x.id == y.id && lastId(x) == lastId(y);
                      });
}

void RequestCheck::cancel()
{
    ++m_generation;
}

void RequestCheck::finish(const QList<MessageRequest> &requests, bool ok)
{
    emit finished(requests, ok);
}

} // namespace fedibell
