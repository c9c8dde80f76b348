#pragma once

#include "accountregistry.h"
#include "browsersignin.h"
#include "sync/accountmonitor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace fedibell {

class SecretStore;

// Owns the accounts' lifecycle: the saved accounts and their tokens in the SecretStore, a
// running AccountMonitor for each enabled one (or for an account given on the command line),
// retries while the keyring is locked, adding, enabling, disabling and signing out (revoking
// the token where Fedibell registered the app), and the apps registered per instance.
// Accounts are known by a stable key (SavedAccount::key(), or the instance for command-line
// accounts) that never changes while the account runs.
class AccountsController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeyringRetryMs = 30000;

    AccountsController(QNetworkAccessManager *network, const MonitorSettings &timers,
                       const QString &stateDirectory, QObject *parent = nullptr);
    ~AccountsController() override;

    // Where tokens are kept (default: the system keyring); set before start().
    void setSecretStore(SecretStore *secrets);
    // Loads the saved accounts and app registrations and starts the enabled accounts.
    void startSaved();
    // Runs an account that is not saved (command line, demo).
    void startUnsaved(const MonitoredAccount &account);
    void stopAll();

    void setWantMentions(bool want);
    void setWantChats(bool want);
    void setWantRequests(bool want);

    QList<AccountMonitor *> monitors() const { return m_order; }
    AccountMonitor *monitor(const QString &key) const { return m_monitors.value(key); }
    QList<SavedAccount> savedAccounts() const { return m_saved; }
    QHash<QUrl, AppCredentials> apps() const { return m_apps; }
    // The account's state in a few words, for the settings dialog's list.
    QString stateText(const SavedAccount &account) const;

    // What the settings dialog asks for.
    void addAccount(const SavedAccount &account, const QByteArray &token);
    void removeAccount(const SavedAccount &account);
    void setEnabled(const SavedAccount &account, bool enabled);
    void rememberApp(const QUrl &instance, const AppCredentials &credentials);

signals:
    // A monitor was created (not started yet: connect, then it starts) or is about to go.
    void monitorAdded(fedibell::AccountMonitor *monitor);
    void monitorRemoved(fedibell::AccountMonitor *monitor);
    // Something worth a line in the activity log, about the account named `label`.
    void note(const QString &label, const QString &text);

private:
    void startEnabled();
    void startSavedAccount(const SavedAccount &account);
    void stopMonitor(const QString &key);
    void saveList();
    AccountMonitor *run(const MonitoredAccount &account);

    QNetworkAccessManager *m_network;
    MonitorSettings m_timers;
    QString m_stateDirectory;
    SecretStore *m_secrets = nullptr;
    bool m_wantMentions = false;
    bool m_wantChats = true;
    bool m_wantRequests = true;
    QList<SavedAccount> m_saved;
    QHash<QUrl, AppCredentials> m_apps;
    QHash<QString, AccountMonitor *> m_monitors; // by account key
    QList<AccountMonitor *> m_order;             // in the order they were started
    QTimer m_keyringRetry;
};

} // namespace fedibell
