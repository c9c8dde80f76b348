#include "tokencheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fedibell {

using namespace Qt::StringLiterals;

QStringList TokenCheck::wantedScopes()
{
    return {u"read:statuses"_s, u"read:notifications"_s, u"read:accounts"_s,
            u"write:conversations"_s};
}

TokenCheck::TokenCheck(QNetworkAccessManager *network, const QUrl &instance,
                       const QByteArray &token, QObject *parent)
    : QObject(parent)
    , m_rest(new RestClient(network, instance, token, this))
{}

TokenCheck::MissingScope TokenCheck::describe(const QString &scope)
{
    if (scope == u"read:statuses") {
        return {scope, tr("Without \"read:statuses\" Fedibell cannot see direct messages at all."),
                true};
    }
    if (scope == u"read:notifications") {
        return {scope,
                tr("Without \"read:notifications\" Fedibell cannot catch up on every message "
                   "of a conversation, nor tell you about mentions."),
                false};
    }
    if (scope == u"read:accounts") {
        return {scope, tr("Without \"read:accounts\" Fedibell cannot tell whose account this is."),
                true};
    }
    return {scope, tr("Without \"write:conversations\" \"Mark as read\" does not work."), false};
}

bool TokenCheck::covers(const QStringList &granted, const QString &scope)
{
    // Scopes are hierarchical: "read" covers "read:statuses"; "profile" covers reading
    // one's own account on Mastodon 4.3 and later.
    return granted.contains(scope) || granted.contains(scope.section(u':', 0, 0))
           || (scope == u"read:accounts" && granted.contains(u"profile"_s));
}

void TokenCheck::start()
{
    m_result = Result{};
    m_rest->get(
        u"/api/v1/accounts/verify_credentials"_s, {}, this, [this](const RestResponse &response) {
            if (response.error == RestResponse::Error::Unauthorized) {
                m_result.error = tr("The instance does not accept this access token. "
                                    "Check that it was copied whole and not revoked.");
                emit finished(m_result);
                return;
            }
            if (response.error == RestResponse::Error::Forbidden) {
                m_result.missing.append(describe(u"read:accounts"_s));
                m_result.error = m_result.missing.constLast().consequence;
                emit finished(m_result);
                return;
            }
            const std::optional<Account> account =
                response.ok() ? Entities::parseAccount(response.json.object()) : std::nullopt;
            if (!account) {
                m_result.error = response.ok() ? tr("The instance sent an unusable "
                                                    "answer about the account.")
                                               : response.errorMessage;
                emit finished(m_result);
                return;
            }
            m_result.account = *account;
            checkScopes();
        });
}

void TokenCheck::checkScopes()
{
    // Mastodon 4.3+ tells the token's scopes; older servers are asked endpoint by endpoint.
    m_rest->get(u"/api/v1/apps/verify_credentials"_s, {}, this,
                [this](const RestResponse &response) {
                    const QJsonArray scopes = response.json.object().value("scopes"_L1).toArray();
                    if (response.ok() && !scopes.isEmpty()) {
                        for (const auto &scope : scopes) {
                            m_result.grantedScopes.append(scope.toString());
                        }
                        for (const QString &wanted : wantedScopes()) {
                            if (!covers(m_result.grantedScopes, wanted)) {
                                m_result.missing.append(describe(wanted));
                            }
                        }
                        finishIfDone();
                        return;
                    }
                    probe(u"/api/v1/conversations"_s, u"read:statuses"_s);
                    probe(u"/api/v1/notifications"_s, u"read:notifications"_s);
                });
}

void TokenCheck::probe(const QString &path, const QString &scope)
{
    ++m_pendingProbes;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1"_s);
    m_rest->get(path, query, this, [this, scope](const RestResponse &response) {
        --m_pendingProbes;
        if (response.error == RestResponse::Error::Forbidden) {
            m_result.missing.append(describe(scope));
        }
        finishIfDone();
    });
}

void TokenCheck::finishIfDone()
{
    if (m_pendingProbes > 0) {
        return;
    }
    m_result.ok = true;
    for (const MissingScope &missing : std::as_const(m_result.missing)) {
        if (missing.essential) {
            m_result.ok = false;
            m_result.error = missing.consequence;
        }
    }
    emit finished(m_result);
}

} // namespace fedibell
