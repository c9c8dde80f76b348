#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace fedibell {

// One configured account, as kept in the config file. Its token is not here: it lives in
// the SecretStore under secretKey().
struct StoredAccount
{
    QUrl instance;
    QString accountId;
    QString acct;
    bool enabled = true;

    QString secretKey() const;
    QString label() const; // user@host
    bool operator==(const StoredAccount &other) const
    {
        return instance == other.instance && accountId == other.accountId;
    }
};

// The accounts list in the config file, and each instance's app registration (client id;
// the client secret is a secret too).
namespace AccountRegistry {
QList<StoredAccount> load(QSettings &settings);
void save(QSettings &settings, const QList<StoredAccount> &accounts);
QString appClientId(QSettings &settings, const QUrl &instance);
void setAppClientId(QSettings &settings, const QUrl &instance, const QString &clientId);
QString appSecretKey(const QUrl &instance);
} // namespace AccountRegistry

} // namespace fedibell
