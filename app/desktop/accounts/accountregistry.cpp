#include "accountregistry.h"

#include <QSettings>

namespace fedibell {

using namespace Qt::StringLiterals;

QString SavedAccount::key() const
{
    return instance.toString() + u'#' + accountId;
}

QString SavedAccount::secretKey() const
{
    return u"token:%1:%2"_s.arg(instance.toString(), accountId);
}

QString SavedAccount::label() const
{
    return acct.section(u'@', 0, 0) + u'@' + instance.host();
}

namespace AccountRegistry {

QList<SavedAccount> load(QSettings &settings)
{
    QList<SavedAccount> accounts;
    const int size = settings.beginReadArray(u"accounts"_s);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        SavedAccount account;
        account.instance = QUrl(settings.value(u"instance"_s).toString());
        account.accountId = settings.value(u"accountId"_s).toString();
        account.acct = settings.value(u"acct"_s).toString();
        account.enabled = settings.value(u"enabled"_s, true).toBool();
        if (account.instance.isValid() && !account.accountId.isEmpty()) {
            accounts.append(account);
        }
    }
    settings.endArray();
    return accounts;
}

void save(QSettings &settings, const QList<SavedAccount> &accounts)
{
    settings.remove(u"accounts"_s);
    settings.beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"instance"_s, accounts.at(i).instance.toString());
        settings.setValue(u"accountId"_s, accounts.at(i).accountId);
        settings.setValue(u"acct"_s, accounts.at(i).acct);
        settings.setValue(u"enabled"_s, accounts.at(i).enabled);
    }
    settings.endArray();
}

QString appClientId(QSettings &settings, const QUrl &instance)
{
    return settings.value(u"apps/%1"_s.arg(QString::fromLatin1(instance.toEncoded().toHex())))
        .toString();
}

void setAppClientId(QSettings &settings, const QUrl &instance, const QString &clientId)
{
    settings.setValue(u"apps/%1"_s.arg(QString::fromLatin1(instance.toEncoded().toHex())),
                      clientId);
}

QString appSecretKey(const QUrl &instance)
{
    return u"app:%1"_s.arg(instance.toString());
}

} // namespace AccountRegistry

} // namespace fedibell
