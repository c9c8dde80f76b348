#pragma once

#include "accountregistry.h"
#include "browsersignin.h"
#include "preferences.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class SettingsDialog;
}

namespace fedibell {

class InstanceDiscovery;
class RestClient;
class StreamConnection;
class TokenCheck;

// Accounts (add by browser sign-in or pasted token, enable, sign out) and notification
// preferences. It changes nothing itself: it tells the application what the user chose,
// and the application applies it at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    using StateText = std::function<QString(const StoredAccount &)>;

    SettingsDialog(QNetworkAccessManager *network, const Preferences &preferences,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setAccounts(const QList<StoredAccount> &accounts);
    void setStateText(StateText stateText) { m_stateText = std::move(stateText); }
    void setBrowserOpener(BrowserSignIn::BrowserOpener opener) { m_opener = std::move(opener); }
    void setKnownApp(const QUrl &instance, const AppCredentials &credentials);
    void refreshStates();

signals:
    void accountAdded(const fedibell::StoredAccount &account, const QByteArray &token);
    void accountRemoved(const fedibell::StoredAccount &account);
    void accountToggled(const fedibell::StoredAccount &account);
    void preferencesChanged(const fedibell::Preferences &preferences);
    void appRegistered(const QUrl &instance, const fedibell::AppCredentials &credentials);

private:
    QUrl instanceUrl(bool report);
    void checkInstance();
    void signInWithBrowser();
    void useToken(const QByteArray &token, const QUrl &instance);
    void testConnection();
    void addTestLine(bool ok, const QString &text);
    void emitPreferences();
    void setBusy(bool busy);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QNetworkAccessManager *m_network;
    QList<StoredAccount> m_accounts;
    StateText m_stateText;
    BrowserSignIn::BrowserOpener m_opener;
    QHash<QUrl, AppCredentials> m_knownApps;
    QPointer<BrowserSignIn> m_signIn;
    QPointer<QObject> m_running; // the check or test in progress
    bool m_loading = false;
};

} // namespace fedibell
