#include "accountscontroller.h"

#include "configfile.h"
#include "secretstore.h"

#include <QNetworkAccessManager>

namespace fedibell {

using namespace Qt::StringLiterals;

AccountsController::AccountsController(QNetworkAccessManager *network,
                                       const MonitorSettings &timers, const QString &stateDirectory,
                                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timers(timers)
    , m_stateDirectory(stateDirectory)
{
    // At login the keyring often unlocks after Fedibell starts: keep asking for a while.
    m_keyringRetry.setInterval(kKeyringRetryMs);
    connect(&m_keyringRetry, &QTimer::timeout, this, &AccountsController::startEnabled);
}

AccountsController::~AccountsController()
{
    stopAll();
}

void AccountsController::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void AccountsController::startSaved()
{
    ConfigFile settings;
    m_saved = AccountRegistry::load(settings);
    for (const SavedAccount &account : std::as_const(m_saved)) {
        const QUrl instance = account.instance;
        const QString clientId = AccountRegistry::appClientId(settings, instance);
        if (clientId.isEmpty() || m_apps.contains(instance)) {
            continue;
        }
        m_secrets->read(AccountRegistry::appSecretKey(instance),
                        [this, instance, clientId](const SecretStore::Result &result) {
                            if (result.status == SecretStore::Status::Ok) {
                                m_apps.insert(instance, {clientId, result.secret});
                            }
                        });
    }
    startEnabled();
}

void AccountsController::startUnsaved(const MonitoredAccount &account)
{
    run(account);
}

void AccountsController::startEnabled()
{
    m_keyringRetry.stop();
    for (const SavedAccount &account : std::as_const(m_saved)) {
        if (account.enabled && !m_monitors.contains(account.key())) {
            startSavedAccount(account);
        }
    }
}

void AccountsController::startSavedAccount(const SavedAccount &account)
{
    m_secrets->read(account.secretKey(), [this, account](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok) {
            emit note(account.label(), result.message);
            if (result.status == SecretStore::Status::Locked
                || result.status == SecretStore::Status::NoKeyring) {
                m_keyringRetry.start();
            }
            return;
        }
        const qsizetype index = m_saved.indexOf(account);
        if (index < 0 || !m_saved.at(index).enabled || m_monitors.contains(account.key())) {
            return; // removed, disabled or started meanwhile
        }
        MonitoredAccount monitored;
        monitored.key = account.key();
        monitored.instance = account.instance;
        monitored.token = result.secret;
        monitored.wantMentions = m_wantMentions;
        monitored.wantChats = m_wantChats;
        monitored.wantRequests = m_wantRequests;
        monitored.timers = m_timers;
        monitored.stateDirectory = m_stateDirectory;
        run(monitored);
    });
}

AccountMonitor *AccountsController::run(const MonitoredAccount &account)
{
    auto *monitor = new AccountMonitor(m_network, account, this);
    m_monitors.insert(monitor->key(), monitor);
    m_order.append(monitor);
    emit monitorAdded(monitor);
    monitor->start();
    return monitor;
}

void AccountsController::stopMonitor(const QString &key)
{
    AccountMonitor *monitor = m_monitors.take(key);
    if (!monitor) {
        return;
    }
    m_order.removeAll(monitor);
    monitor->stop();
    emit monitorRemoved(monitor);
    monitor->deleteLater();
}

void AccountsController::stopAll()
{
    m_keyringRetry.stop();
    for (AccountMonitor *monitor : std::as_const(m_order)) {
        monitor->stop();
    }
}

void AccountsController::setWantMentions(bool want)
{
    m_wantMentions = want;
    for (AccountMonitor *monitor : std::as_const(m_order)) {
        monitor->setWantMentions(want);
    }
}

void AccountsController::setWantRequests(bool want)
{
    m_wantRequests = want;
    for (AccountMonitor *monitor : std::as_const(m_order)) {
        monitor->setWantRequests(want);
    }
}

void AccountsController::setWantChats(bool want)
{
    m_wantChats = want;
    for (AccountMonitor *monitor : std::as_const(m_order)) {
        monitor->setWantChats(want);
    }
}

QString AccountsController::stateText(const SavedAccount &account) const
{
    if (!account.enabled) {
        return tr("off");
    }
    if (const AccountMonitor *running = m_monitors.value(account.key())) {
        return accountStateName(running->state());
    }
    return tr("waiting for the keyring");
}

void AccountsController::saveList()
{
    ConfigFile settings;
    AccountRegistry::save(settings, m_saved);
}

void AccountsController::addAccount(const SavedAccount &account, const QByteArray &token)
{
    m_secrets->write(account.secretKey(), token, [this, account](const SecretStore::Result &r) {
        if (r.status != SecretStore::Status::Ok) {
            emit note(account.label(), r.message);
            return;
        }
        const qsizetype existing = m_saved.indexOf(account);
        if (existing >= 0) {
            stopMonitor(account.key()); // a new token for a known account
            m_saved[existing] = account;
        } else {
            m_saved.append(account);
        }
        saveList();
        emit note(account.label(), tr("Account added."));
        startSavedAccount(account);
    });
}

void AccountsController::removeAccount(const SavedAccount &account)
{
    // Forget what Fedibell knew about the account (its monitor knows where that lives).
    if (AccountMonitor *running = m_monitors.value(account.key())) {
        running->forgetState();
    }
    stopMonitor(account.key());
    m_saved.removeAll(account);
    saveList();
    // Revoke the token where Fedibell registered the app itself, then forget it.
    const AppCredentials app = m_apps.value(account.instance);
    m_secrets->read(account.secretKey(), [this, account, app](const SecretStore::Result &r) {
        if (r.status == SecretStore::Status::Ok && app.isValid()) {
            BrowserSignIn::revokeToken(m_network, account.instance, app, r.secret);
        }
        m_secrets->remove(account.secretKey(), [](const auto &) {});
    });
    emit note(account.label(), tr("Signed out."));
}

void AccountsController::setEnabled(const SavedAccount &account, bool enabled)
{
    const qsizetype index = m_saved.indexOf(account);
    if (index < 0) {
        return;
    }
    m_saved[index].enabled = enabled;
    saveList();
    if (enabled) {
        startSavedAccount(m_saved.at(index));
    } else {
        stopMonitor(account.key());
    }
}

void AccountsController::rememberApp(const QUrl &instance, const AppCredentials &credentials)
{
    m_apps.insert(instance, credentials);
    ConfigFile settings;
    AccountRegistry::setAppClientId(settings, instance, credentials.clientId);
    m_secrets->write(AccountRegistry::appSecretKey(instance), credentials.clientSecret,
                     [](const auto &) {});
}

} // namespace fedibell
