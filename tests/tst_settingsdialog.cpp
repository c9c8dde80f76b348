// The settings dialog, offscreen, driven like a person would against the fake instance:
// both ways to add an account, the connection test, preferences and signing out.
#include "fakeinstance.h"
#include "windows/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkSaysWhatItFound();
    void pastedTokenAddsTheAccount();
    void wrongTokenGetsAClearMessage();
    void underScopedTokenNamesTheScope();
    void browserSignInAddsTheAccount();
    void testConnectionShowsEachStep();
    void preferencesAreReportedAtOnce();
    void signOutRemovesTheAccount();

private:
    template <typename T> T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1StringView(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }
    void type(const char *name, const QString &text);
    void click(const char *name);

    std::unique_ptr<fake::FakeInstance> m_instance;
    QNetworkAccessManager m_network;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_instance = std::make_unique<fake::FakeInstance>();
    QVERIFY(m_instance->start());
    m_dialog = std::make_unique<SettingsDialog>(&m_network, Preferences{});
    m_dialog->show();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_instance.reset();
}

void TestSettingsDialog::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::click(const char *name)
{
    QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton);
}

void TestSettingsDialog::checkSaysWhatItFound()
{
    type("instanceEdit", m_instance->baseUrl().toString());
    click("checkButton");
    QTRY_VERIFY2(child<QLabel>("checkResult")->text().contains(u"streaming service works"_s),
                 qPrintable(child<QLabel>("checkResult")->text()));
    m_instance->setStreamingHealthy(false);
    click("checkButton");
    QTRY_VERIFY(child<QLabel>("checkResult")->text().contains(u"every 30 to 60 seconds"_s));
    type("instanceEdit", u"http://mastodon.example"_s);
    click("checkButton");
    QTRY_VERIFY(child<QLabel>("checkResult")->text().contains(u"https"_s));
}

void TestSettingsDialog::pastedTokenAddsTheAccount()
{
    QSignalSpy added(m_dialog.get(), &SettingsDialog::accountAdded);
    type("instanceEdit", m_instance->baseUrl().toString());
    type("tokenEdit", QString::fromLatin1(m_instance->accessToken()));
    QCOMPARE(child<QLineEdit>("tokenEdit")->echoMode(), QLineEdit::Password);
    click("useTokenButton");
    QTRY_COMPARE(added.count(), 1);
    const auto account = added.at(0).at(0).value<SavedAccount>();
    QCOMPARE(account.acct, u"ada"_s);
    QCOMPARE(account.accountId, u"109000000000000001"_s);
    QCOMPARE(added.at(0).at(1).toByteArray(), m_instance->accessToken());
    QCOMPARE(child<QListWidget>("accountList")->count(), 1);
    QVERIFY(child<QLineEdit>("tokenEdit")->text().isEmpty()); // not left on screen
    QVERIFY(
        child<QLabel>("addResult")->text().contains(u"Connected as \u2068ada@127.0.0.1\u2069"_s));
    // A picture of the dialog for the README (build/artifacts/settings-accounts.png).
    QDir().mkpath(QStringLiteral(FEDIBELL_ARTIFACTS_DIR));
    QVERIFY(m_dialog->grab().save(QStringLiteral(FEDIBELL_ARTIFACTS_DIR "/settings-accounts.png")));
}

void TestSettingsDialog::wrongTokenGetsAClearMessage()
{
    QSignalSpy added(m_dialog.get(), &SettingsDialog::accountAdded);
    type("instanceEdit", m_instance->baseUrl().toString());
    type("tokenEdit", u"wrong-token"_s);
    click("useTokenButton");
    QTRY_VERIFY(child<QLabel>("addResult")->text().contains(u"does not accept"_s));
    QVERIFY(!child<QLabel>("addResult")->text().contains(u"wrong-token"_s));
    QCOMPARE(added.count(), 0);
}

void TestSettingsDialog::underScopedTokenNamesTheScope()
{
    QSignalSpy added(m_dialog.get(), &SettingsDialog::accountAdded);
    type("instanceEdit", m_instance->baseUrl().toString());
    m_instance->setTokenScopes({u"read:accounts"_s, u"read:statuses"_s});
    type("tokenEdit", QString::fromLatin1(m_instance->accessToken()));
    click("useTokenButton");
    QTRY_COMPARE(added.count(), 1); // works, with less
    QVERIFY(child<QLabel>("addResult")->text().contains(u"read:notifications"_s));
    QVERIFY(child<QLabel>("addResult")->text().contains(u"write:conversations"_s));

    m_instance->setTokenScopes({u"read:accounts"_s});
    type("tokenEdit", QString::fromLatin1(m_instance->accessToken()));
    click("useTokenButton");
    QTRY_VERIFY(child<QLabel>("addResult")->text().contains(u"read:statuses"_s));
    QCOMPARE(added.count(), 1); // refused: it could not see direct messages
}

void TestSettingsDialog::browserSignInAddsTheAccount()
{
    // The test plays the browser: the fake's authorize page approves and redirects to
    // Fedibell's loopback listener.
    m_dialog->setBrowserOpener([this](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_network.get(request);
        connect(page, &QNetworkReply::finished, this, [this, page] {
            page->deleteLater();
            m_network.get(QNetworkRequest(page->header(QNetworkRequest::LocationHeader).toUrl()));
        });
    });
    QSignalSpy added(m_dialog.get(), &SettingsDialog::accountAdded);
    QSignalSpy registered(m_dialog.get(), &SettingsDialog::appRegistered);
    type("instanceEdit", m_instance->baseUrl().toString());
    click("signInButton");
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 10000);
    QCOMPARE(registered.count(), 1);
    QCOMPARE(added.at(0).at(1).toByteArray(), m_instance->accessToken());
    QCOMPARE(m_instance->lastAuthorizeQuery().queryItemValue(u"code_challenge_method"_s),
             u"S256"_s);
    // A second sign-in on the same instance reuses the registration.
    click("signInButton");
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, 10000);
    QCOMPARE(m_instance->registeredApps(), 1);
}

void TestSettingsDialog::testConnectionShowsEachStep()
{
    type("instanceEdit", m_instance->baseUrl().toString());
    type("tokenEdit", QString::fromLatin1(m_instance->accessToken()));
    click("testButton");
    auto *results = child<QPlainTextEdit>("testResults");
    QTRY_VERIFY_WITH_TIMEOUT(results->toPlainText().contains(u"Streaming handshake"_s), 10000);
    const QStringList lines = results->toPlainText().split(u'\n');
    QCOMPARE(lines.size(), 4);
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(u"\u2713"_s), qPrintable(line));
    }
    // With a bad token the identity step fails, and says so.
    type("tokenEdit", u"bad"_s);
    click("testButton");
    QTRY_VERIFY(results->toPlainText().contains(u"\u2717 Identity"_s));
}

void TestSettingsDialog::preferencesAreReportedAtOnce()
{
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::preferencesChanged);
    child<QComboBox>("privacyCombo")->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<Preferences>().privacy, Privacy::SenderOnly);
    QTest::mouseClick(child<QCheckBox>("mentionsCheck"), Qt::LeftButton);
    QVERIFY(changed.last().at(0).value<Preferences>().alsoMentions);
    QTest::mouseClick(child<QCheckBox>("avatarsCheck"), Qt::LeftButton);
    QVERIFY(!changed.last().at(0).value<Preferences>().avatars);
}

void TestSettingsDialog::signOutRemovesTheAccount()
{
    SavedAccount account;
    account.instance = m_instance->baseUrl();
    account.accountId = u"1"_s;
    account.acct = u"ada"_s;
    m_dialog->setAccounts({account});
    m_dialog->setStateText([](const SavedAccount &) { return u"streaming"_s; });
    m_dialog->refreshStates();
    auto *list = child<QListWidget>("accountList");
    QCOMPARE(list->item(0)->text(), u"\u2068ada@127.0.0.1\u2069 \u2014 streaming"_s);
    QSignalSpy toggled(m_dialog.get(), &SettingsDialog::accountToggled);
    list->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(toggled.count(), 1);
    QVERIFY(!toggled.at(0).at(0).value<SavedAccount>().enabled);
    QSignalSpy removed(m_dialog.get(), &SettingsDialog::accountRemoved);
    list->setCurrentRow(0);
    click("signOutButton");
    QCOMPARE(removed.count(), 1);
    QCOMPARE(list->count(), 0);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
