#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace fedibell {

// One account as the desktop app saves it in the config file. Its token is not here: it
// lives in the SecretStore under secretKey().
struct SavedAccount
{
    QUrl instance;
    QString accountId;
    QString acct;
    bool enabled = true;

    // Stable while the account exists: what the rest of the app knows the account by.
    QString key() const;
    QString secretKey() const;
    QString label() const; // user@host
    bool operator==(const SavedAccount &other) const
    {
        return instance == other.instance && accountId == other.accountId;
    }
};

// The accounts list in the config file, and each instance's app registration (client id;
// the client secret is a secret too).
namespace AccountRegistry {
QList<SavedAccount> load(QSettings &settings);
void save(QSettings &settings, const QList<SavedAccount> &accounts);
QString appClientId(QSettings &settings, const QUrl &instance);
void setAppClientId(QSettings &settings, const QUrl &instance, const QString &clientId);
QString appSecretKey(const QUrl &instance);
} // namespace AccountRegistry

} // namespace fedibell
