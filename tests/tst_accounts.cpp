// Accounts as people manage them: several at once, added and removed through the settings
// dialog, tokens kept in a secret store, preferences applied without a restart. Runs on a
// private bus with a test-owned notification server (dbus-run-session).
#include "accounts/accountregistry.h"
#include "accounts/secretstore.h"
#include "configfile.h"
#include "desktopapplication.h"
#include "fakeinstance.h"
#include "fakenotificationserver.h"
#include "monitorharness.h"
#include "windows/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoAccountsStreamAtOnceEachLabelled();
    void storedAccountStartsWithTokenFromTheStore();
    void addAndRemoveThroughTheDialog();
    void preferencesTakeEffectWithoutRestart();

private:
    std::unique_ptr<DesktopApplication> makeApp(const QList<MonitoredAccount> &accounts = {});
    MonitoredAccount configFor(fake::FakeInstance &instance) const;
    bool waitStreaming(int monitors);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<fakedesk::FakeNotificationServer> m_server;
    std::unique_ptr<fake::FakeInstance> m_one;
    std::unique_ptr<fake::FakeInstance> m_two;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<DesktopApplication> m_app;
};

void TestAccounts::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", m_home->filePath(u"config"_s).toLocal8Bit());
    // QSettings remembers the config folder for the whole process: point it here each time.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home->filePath(u"config"_s));
    qputenv("XDG_CACHE_HOME", m_home->filePath(u"cache"_s).toLocal8Bit());
    m_server = std::make_unique<fakedesk::FakeNotificationServer>();
    QVERIFY(m_server->start());
    m_one = std::make_unique<fake::FakeInstance>();
    m_one->setDomain(u"one.test"_s);
    QVERIFY(m_one->start());
    m_two = std::make_unique<fake::FakeInstance>();
    m_two->setDomain(u"two.test"_s);
    QVERIFY(m_two->start());
    m_secrets = std::make_unique<FileSecretStore>(m_home->filePath(u"secrets.json"_s));
}

void TestAccounts::cleanup()
{
    m_app.reset();
    m_secrets.reset();
    m_one.reset();
    m_two.reset();
    m_server.reset();
    m_home.reset();
}

MonitoredAccount TestAccounts::configFor(fake::FakeInstance &instance) const
{
    return MonitorHarness::accountOn(instance, m_home->filePath(u"data"_s));
}

std::unique_ptr<DesktopApplication> TestAccounts::makeApp(const QList<MonitoredAccount> &accounts)
{
    DesktopOptions options;
    options.accounts = accounts;
    options.minimized = true;
    options.timers = MonitorHarness::fastTimers();
    options.stateDirectory = m_home->filePath(u"data"_s);
    auto app = std::make_unique<DesktopApplication>(options, nullptr);
    app->setSecretStore(m_secrets.get());
    app->setUrlOpener([](const QUrl &) {});
    return app;
}

bool TestAccounts::waitStreaming(int monitors)
{
    return QTest::qWaitFor(
        [&] {
            const auto all = m_app->monitors();
            return all.size() == monitors
                   && std::all_of(all.cbegin(), all.cend(),
                                  [](const AccountMonitor *m) {
                                      return m->state() == AccountMonitor::State::Streaming;
                                  })
                   && m_one->subscriptions().contains(u"direct"_s);
        },
        8000);
}

void TestAccounts::twoAccountsStreamAtOnceEachLabelled()
{
    m_app = makeApp({configFor(*m_one), configFor(*m_two)});
    m_app->start();
    QVERIFY(waitStreaming(2));
    QTRY_VERIFY(m_two->subscriptions().contains(u"direct"_s));
    m_one->postDirectMessage(u"grace@social.example"_s, u"<p>to one</p>"_s);
    QVERIFY(m_server->waitForNotifications(1));
    m_two->postDirectMessage(u"grace@social.example"_s, u"<p>to two</p>"_s);
    QVERIFY(m_server->waitForNotifications(2));
    // Barrier: a later message on each account's stream. Streams are ordered and Notify calls
    // reach the server in the order they were made, so once both later popups are there, a
    // second popup for either of the first two messages would be there too.
    m_one->postDirectMessage(u"bob@example.net"_s, u"<p>later to one</p>"_s);
    m_two->postDirectMessage(u"bob@example.net"_s, u"<p>later to two</p>"_s);
    // New popups; Bob's are then updated in place once his avatar is there.
    auto newPopups = [this] {
        QList<fakedesk::RecordedNotification> result;
        for (const auto &n : m_server->notifications()) {
            if (n.replacesId == 0) {
                result.append(n);
            }
        }
        return result;
    };
    auto laterPopups = [&] {
        const auto all = newPopups();
        return std::count_if(all.cbegin(), all.cend(),
                             [](const auto &n) { return n.summary.contains(u"Bob"_s); });
    };
    QTRY_COMPARE(laterPopups(), 2);
    const auto popups = newPopups();
    QCOMPARE(popups.size(), 4); // each message once, the first two in order
    QCOMPARE(popups.at(0).summary, u"\u2068Grace :hopper:\u2069 (to \u2068ada@one.test\u2069)"_s);
    // Its own popup, although the conversation id is the same: it is another account's.
    QCOMPARE(popups.at(1).summary, u"\u2068Grace :hopper:\u2069 (to \u2068ada@two.test\u2069)"_s);
    QStringList later{popups.at(2).summary, popups.at(3).summary};
    later.sort();
    QCOMPARE(later, (QStringList{u"\u2068Bob\u2069 (to \u2068ada@one.test\u2069)"_s,
                                 u"\u2068Bob\u2069 (to \u2068ada@two.test\u2069)"_s}));
    // Every other call only updated one of these with the same text.
    for (const auto &n : m_server->notifications()) {
        if (n.replacesId == 0) {
            continue;
        }
        const auto replaced = std::find_if(popups.cbegin(), popups.cend(),
                                           [&](const auto &p) { return p.id == n.replacesId; });
        QVERIFY(replaced != popups.cend());
        QCOMPARE(n.summary, replaced->summary);
        QCOMPARE(n.body, replaced->body);
    }
}

void TestAccounts::storedAccountStartsWithTokenFromTheStore()
{
    SavedAccount account;
    account.instance = m_one->baseUrl();
    account.accountId = u"109000000000000001"_s;
    account.acct = u"ada"_s;
    {
        ConfigFile settings;
        AccountRegistry::save(settings, {account});
    }
    std::optional<SecretStore::Result> written;
    m_secrets->write(account.secretKey(), m_one->accessToken(),
                     [&](const SecretStore::Result &r) { written = r; });
    QTRY_VERIFY(written.has_value());
    m_app = makeApp();
    m_app->start();
    QVERIFY(waitStreaming(1));
    // The token is in the store, never in the config file.
    QFile config(ConfigFile().fileName());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(m_one->accessToken()));
}

void TestAccounts::addAndRemoveThroughTheDialog()
{
    m_app = makeApp();
    m_app->start();
    // First start without accounts: the settings dialog is there.
    QTRY_VERIFY(m_app->settingsDialog() && m_app->settingsDialog()->isVisible());
    SettingsDialog *dialog = m_app->settingsDialog();
    // Sign in with the browser (the test plays the browser).
    QNetworkAccessManager browser;
    dialog->setBrowserOpener([&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = browser.get(request);
        connect(page, &QNetworkReply::finished, this, [&browser, page] {
            page->deleteLater();
            browser.get(QNetworkRequest(page->header(QNetworkRequest::LocationHeader).toUrl()));
        });
    });
    auto *instanceEdit = dialog->findChild<QLineEdit *>(u"instanceEdit"_s);
    QTest::keyClicks(instanceEdit, m_one->baseUrl().toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(waitStreaming(1));
    QCOMPARE(dialog->findChild<QListWidget *>(u"accountList"_s)->count(), 1);
    QTRY_VERIFY(dialog->findChild<QListWidget *>(u"accountList"_s)
                    ->item(0)
                    ->text()
                    .contains(u"streaming"_s));
    // Saved: the account in the config, the token in the store.
    ConfigFile settings;
    const QList<SavedAccount> stored = AccountRegistry::load(settings);
    QCOMPARE(stored.size(), 1);
    std::optional<SecretStore::Result> token;
    m_secrets->read(stored.at(0).secretKey(), [&](const SecretStore::Result &r) { token = r; });
    QTRY_VERIFY(token.has_value());
    QCOMPARE(token->secret, m_one->accessToken());

    // Sign out: monitor stops, token revoked and deleted, account forgotten.
    auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
    list->setCurrentRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_app->monitors().isEmpty());
    QTRY_COMPARE(m_one->revocations(), 1);
    // Its state is forgotten too: no ledger file is left.
    QDirIterator ledgers(m_home->filePath(u"data"_s), {u"*.json"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
    QVERIFY2(!ledgers.hasNext(), qPrintable(ledgers.hasNext() ? ledgers.next() : QString()));
    settings.sync();
    QVERIFY(AccountRegistry::load(settings).isEmpty());
    token.reset();
    m_secrets->read(stored.at(0).secretKey(), [&](const SecretStore::Result &r) { token = r; });
    QTRY_VERIFY(token.has_value());
    QCOMPARE(token->status, SecretStore::Status::NotFound);
}

void TestAccounts::preferencesTakeEffectWithoutRestart()
{
    m_app = makeApp({configFor(*m_one)});
    m_app->start();
    QVERIFY(waitStreaming(1));
    m_app->showSettings();
    auto *privacy = m_app->settingsDialog()->findChild<QComboBox *>(u"privacyCombo"_s);
    privacy->setCurrentIndex(2); // only "New direct message"
    m_one->postDirectMessage(u"grace@social.example"_s, u"<p>secret</p>"_s);
    QVERIFY(m_server->waitForNotifications(1));
    QCOMPARE(m_server->notifications().constLast().summary, u"New direct message"_s);
    // Kept for the next start.
    ConfigFile settings;
    QCOMPARE(Preferences::load(settings).privacy, Privacy::Nothing);
    // Mentions: the streams are chosen again at once.
    QVERIFY(!m_one->subscriptions().contains(u"user:notification"_s));
    m_app->settingsDialog()->findChild<QCheckBox *>(u"mentionsCheck"_s)->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_one->subscriptions().contains(u"user:notification"_s), 8000);
}

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
