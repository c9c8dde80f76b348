#include "readmarker.h"

#include "api/restclient.h"

#include <QRegularExpression>

namespace fedibell {

using namespace Qt::StringLiterals;

ReadMarker::ReadMarker(RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
{}

bool ReadMarker::mark(const QString &conversationId)
{
    static const QRegularExpression validId(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!validId.match(conversationId).hasMatch()) {
        return false;
    }
    m_rest->post(u"/api/v1/conversations/%1/read"_s.arg(conversationId), this,
                 [this, conversationId](const RestResponse &response) {
                     if (response.ok()) {
                         emit marked(conversationId);
                     } else if (response.error == RestResponse::Error::Forbidden) {
                         emit problem(tr("The access token lacks the \"write:conversations\" "
                                         "scope, so Fedibell cannot mark conversations as read."));
                     } else {
                         emit problem(response.errorMessage);
                     }
                 });
    return true;
}

} // namespace fedibell
