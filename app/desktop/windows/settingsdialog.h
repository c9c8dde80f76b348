#pragma once

#include "accounts/accountregistry.h"
#include "accounts/browsersignin.h"
#include "api/connectiontest.h"
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
class TokenCheck;

// Accounts (add by browser sign-in or pasted token, enable, sign out, test the connection)
// and notification preferences. It checks what the user types against the instance, but
// saves nothing itself: it tells the application what the user chose, and the application
// applies and saves it at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    using StateText = std::function<QString(const SavedAccount &)>;

    SettingsDialog(QNetworkAccessManager *network, const Preferences &preferences,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setAccounts(const QList<SavedAccount> &accounts);
    void setStateText(StateText stateText) { m_stateText = std::move(stateText); }
    void setBrowserOpener(BrowserSignIn::BrowserOpener opener) { m_opener = std::move(opener); }
    void setKnownApp(const QUrl &instance, const AppCredentials &credentials);
    void refreshStates();

signals:
    void accountAdded(const fedibell::SavedAccount &account, const QByteArray &token);
    void accountRemoved(const fedibell::SavedAccount &account);
    void accountToggled(const fedibell::SavedAccount &account);
    void preferencesChanged(const fedibell::Preferences &preferences);
    void appRegistered(const QUrl &instance, const fedibell::AppCredentials &credentials);

private:
    QUrl instanceUrl(bool report);
    void checkInstance();
    void signInWithBrowser();
    void useToken(const QByteArray &token, const QUrl &instance);
    void testConnection();
    void showTestStep(fedibell::ConnectionTest::Step step, bool ok, const QString &detail);
    void addTestLine(bool ok, const QString &text);
    void emitPreferences();
    void setBusy(bool busy);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QNetworkAccessManager *m_network;
    QList<SavedAccount> m_accounts;
    StateText m_stateText;
    BrowserSignIn::BrowserOpener m_opener;
    QHash<QUrl, AppCredentials> m_knownApps;
    QPointer<BrowserSignIn> m_signIn;
    QPointer<QObject> m_running; // the check or test in progress
    bool m_loading = false;
};

} // namespace fedibell
