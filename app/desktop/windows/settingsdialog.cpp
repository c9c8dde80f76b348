#include "settingsdialog.h"

#include "api/instanceaddress.h"
#include "api/instancediscovery.h"
#include "api/restclient.h"
#include "api/tokencheck.h"
#include "text/displaytext.h"
#include "ui_settingsdialog.h"

#include <QDesktopServices>
#include <QListWidgetItem>
#include <QPushButton>

namespace fedibell {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QNetworkAccessManager *network, const Preferences &preferences,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_network(network)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &SettingsDialog::checkInstance);
    connect(m_ui->instanceEdit, &QLineEdit::returnPressed, this, &SettingsDialog::checkInstance);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SettingsDialog::signInWithBrowser);
    connect(m_ui->useTokenButton, &QPushButton::clicked, this, [this] {
        const QUrl instance = instanceUrl(true);
        const QByteArray token = m_ui->tokenEdit->text().trimmed().toUtf8();
        if (!instance.isValid()) {
            return;
        }
        if (token.isEmpty()) {
            m_ui->addResult->setText(tr("Paste the access token first."));
            return;
        }
        useToken(token, instance);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->accountList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->signOutButton->setEnabled(row >= 0); });
    connect(m_ui->accountList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_ui->accountList->row(item);
        if (m_loading || row < 0 || row >= m_accounts.size()) {
            return;
        }
        m_accounts[row].enabled = item->checkState() == Qt::Checked;
        emit accountToggled(m_accounts.at(row));
    });
    connect(m_ui->signOutButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->accountList->currentRow();
        if (row >= 0 && row < m_accounts.size()) {
            emit accountRemoved(m_accounts.takeAt(row));
            setAccounts(m_accounts);
        }
    });

    m_loading = true;
    m_ui->mentionsCheck->setChecked(preferences.alsoMentions);
    m_ui->chatsCheck->setChecked(preferences.chats);
    m_ui->requestsCheck->setChecked(preferences.requests);
    m_ui->privacyCombo->setCurrentIndex(int(preferences.privacy));
    m_ui->avatarsCheck->setChecked(preferences.avatars);
    m_ui->soundCheck->setChecked(preferences.sound);
    m_ui->quietCheck->setChecked(preferences.quietHours);
    m_ui->quietFromEdit->setTime(preferences.quietFrom);
    m_ui->quietToEdit->setTime(preferences.quietTo);
    m_ui->autostartCheck->setChecked(preferences.startAtLogin);
    m_loading = false;
    for (QCheckBox *box :
         {m_ui->mentionsCheck, m_ui->chatsCheck, m_ui->requestsCheck, m_ui->avatarsCheck,
          m_ui->soundCheck, m_ui->quietCheck, m_ui->autostartCheck}) {
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::emitPreferences);
    }
    connect(m_ui->privacyCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::emitPreferences);
    connect(m_ui->quietFromEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::emitPreferences);
    connect(m_ui->quietToEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::emitPreferences);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setAccounts(const QList<SavedAccount> &accounts)
{
    m_loading = true;
    m_accounts = accounts;
    m_ui->accountList->clear();
    for (const SavedAccount &account : accounts) {
        auto *item = new QListWidgetItem(m_ui->accountList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(account.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    refreshStates();
}

void SettingsDialog::refreshStates()
{
    m_loading = true;
    for (int row = 0; row < m_accounts.size() && row < m_ui->accountList->count(); ++row) {
        const SavedAccount &account = m_accounts.at(row);
        const QString state = m_stateText ? m_stateText(account) : QString();
        m_ui->accountList->item(row)->setText(
            state.isEmpty()
                ? DisplayText::line(account.label())
                : tr("%1 \u2014 %2").arg(DisplayText::isolated(account.label()), state));
    }
    m_loading = false;
}

void SettingsDialog::setKnownApp(const QUrl &instance, const AppCredentials &credentials)
{
    m_knownApps.insert(instance, credentials);
}

void SettingsDialog::emitPreferences()
{
    if (m_loading) {
        return;
    }
    Preferences p;
    p.alsoMentions = m_ui->mentionsCheck->isChecked();
    p.chats = m_ui->chatsCheck->isChecked();
    p.requests = m_ui->requestsCheck->isChecked();
    p.privacy = Privacy(m_ui->privacyCombo->currentIndex());
    p.avatars = m_ui->avatarsCheck->isChecked();
    p.sound = m_ui->soundCheck->isChecked();
    p.quietHours = m_ui->quietCheck->isChecked();
    p.quietFrom = m_ui->quietFromEdit->time();
    p.quietTo = m_ui->quietToEdit->time();
    p.startAtLogin = m_ui->autostartCheck->isChecked();
    emit preferencesChanged(p);
}

QUrl SettingsDialog::instanceUrl(bool report)
{
    QString error;
    QUrl url = InstanceAddress::parse(m_ui->instanceEdit->text(), &error);
    if (!url.isValid() && report) {
        m_ui->checkResult->setText(error);
    }
    return url;
}

void SettingsDialog::setBusy(bool busy)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->checkButton), static_cast<QWidget *>(m_ui->signInButton),
          static_cast<QWidget *>(m_ui->useTokenButton), static_cast<QWidget *>(m_ui->testButton)}) {
        widget->setEnabled(!busy);
    }
}

void SettingsDialog::checkInstance()
{
    const QUrl instance = instanceUrl(true);
    if (!instance.isValid()) {
        return;
    }
    delete m_running;
    auto *context = new QObject(this);
    m_running = context;
    auto *rest = new RestClient(m_network, instance, {}, context);
    auto *discovery = new InstanceDiscovery(m_network, rest, context);
    m_ui->checkResult->setText(tr("Looking up %1...").arg(instance.host()));
    setBusy(true);
    connect(discovery, &InstanceDiscovery::finished, context,
            [this, context](const DiscoveryResult &result) {
                setBusy(false);
                const QString name = result.domain.isEmpty() ? tr("the instance") : result.domain;
                m_ui->checkResult->setText(
                    result.streamingHealthy
                        ? tr("Found %1 (version %2); its streaming service works, so messages "
                             "arrive the moment they are sent.")
                              .arg(name, result.version)
                        : tr("Found %1 (version %2), but its streaming service does not answer: "
                             "Fedibell will check for messages every 30 to 60 seconds instead.")
                              .arg(name, result.version));
                context->deleteLater();
            });
    connect(discovery, &InstanceDiscovery::failed, context, [this, context](const QString &reason) {
        setBusy(false);
        m_ui->checkResult->setText(tr("Could not find a Mastodon instance there: %1").arg(reason));
        context->deleteLater();
    });
    discovery->start();
}

void SettingsDialog::signInWithBrowser()
{
    const QUrl instance = instanceUrl(true);
    if (!instance.isValid()) {
        return;
    }
    delete m_signIn;
    m_signIn = new BrowserSignIn(m_network, instance, this);
    m_signIn->setBrowserOpener(m_opener);
    m_ui->addResult->setText(
        tr("Continue in your browser: sign in to %1 and allow Fedibell.").arg(instance.host()));
    connect(m_signIn, &BrowserSignIn::appRegistered, this,
            [this, instance](const AppCredentials &credentials) {
                m_knownApps.insert(instance, credentials);
                emit appRegistered(instance, credentials);
            });
    connect(m_signIn, &BrowserSignIn::succeeded, this,
            [this, instance](const QByteArray &token) { useToken(token, instance); });
    connect(m_signIn, &BrowserSignIn::failed, this,
            [this](const QString &reason) { m_ui->addResult->setText(reason); });
    m_signIn->start(m_knownApps.value(instance));
}

void SettingsDialog::useToken(const QByteArray &token, const QUrl &instance)
{
    auto *check = new TokenCheck(m_network, instance, token, this);
    m_ui->addResult->setText(tr("Checking the access token..."));
    setBusy(true);
    connect(check, &TokenCheck::finished, this,
            [this, check, token, instance](const TokenCheck::Result &result) {
                check->deleteLater();
                setBusy(false);
                if (!result.ok) {
                    m_ui->addResult->setText(result.error);
                    return;
                }
                SavedAccount account;
                account.instance = instance;
                account.accountId = result.account.id;
                account.acct = result.account.acct;
                QStringList lines{
                    tr("Connected as %1.").arg(DisplayText::isolated(account.label()))};
                for (const TokenCheck::MissingScope &missing : result.missing) {
                    lines << missing.consequence;
                }
                m_ui->addResult->setText(lines.join(u'\n'));
                m_ui->tokenEdit->clear();
                if (!m_accounts.contains(account)) {
                    m_accounts.append(account);
                    setAccounts(m_accounts);
                }
                emit accountAdded(account, token);
            });
    check->start();
}

void SettingsDialog::addTestLine(bool ok, const QString &text)
{
    m_ui->testResults->appendPlainText((ok ? u"\u2713 "_s : u"\u2717 "_s) + text);
}

void SettingsDialog::testConnection()
{
    const QUrl instance = instanceUrl(true);
    if (!instance.isValid()) {
        return;
    }
    const QByteArray token = m_ui->tokenEdit->text().trimmed().toUtf8();
    m_ui->testResults->clear();
    delete m_running;
    auto *test = new ConnectionTest(m_network, instance, token, this);
    m_running = test;
    setBusy(true);
    connect(test, &ConnectionTest::stepFinished, this, &SettingsDialog::showTestStep);
    connect(test, &ConnectionTest::finished, this, [this, test] {
        setBusy(false);
        test->deleteLater();
    });
    test->start();
}

void SettingsDialog::showTestStep(ConnectionTest::Step step, bool ok, const QString &detail)
{
    using S = ConnectionTest::Step;
    switch (step) {
    case S::Discovery:
        addTestLine(ok, ok ? tr("Discovery: streaming at %1").arg(detail)
                           : tr("Discovery: %1").arg(detail));
        break;
    case S::StreamingHealth:
        addTestLine(ok, ok ? tr("Streaming health: OK") : tr("Streaming health: not answering"));
        break;
    case S::Identity:
        addTestLine(ok, detail.isEmpty() ? tr("Identity: paste an access token to test it")
                                         : tr("Identity: %1").arg(detail));
        break;
    case S::Handshake:
        addTestLine(ok, ok ? tr("Streaming handshake: connected")
                           : tr("Streaming handshake: %1").arg(detail));
        break;
    }
}

} // namespace fedibell
