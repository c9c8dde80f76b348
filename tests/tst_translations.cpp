// Fedibell in German: with LANG=de_DE.UTF-8 the settings dialog, the tray menu, the command
// line help and plural strings come out in German. Expected texts are read from the shipped
// catalogue, so the test checks that it is used, not a particular wording.
#include "conversationtracker.h"
#include "translations.h"
#include "tray/traycontroller.h"
#include "windows/settingsdialog.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

// context + source -> translations (one per plural form)
QHash<QString, QStringList> readCatalogue(const QString &path)
{
    QHash<QString, QStringList> catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") {
                catalogue.insert(context + u'|' + source, forms);
            }
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            source.clear();
            forms.clear();
            numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            if (!numerus) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!text.trimmed().isEmpty()) {
                    forms << text;
                }
            }
        } else if (xml.name() == u"numerusform") {
            forms << xml.readElementText();
        }
    }
    return catalogue;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsDialogIsGerman();
    void trayMenuIsGerman();
    void pluralsReadRight();
    void commandLineHelpIsGerman();

private:
    QString german(const char *context, const char *source) const
    {
        const QStringList forms =
            m_catalogue.value(QLatin1StringView(context) + u'|' + QLatin1StringView(source));
        return forms.isEmpty() ? QString() : forms.constFirst();
    }
    QHash<QString, QStringList> m_catalogue;
};

void TestTranslations::initTestCase()
{
    m_catalogue = readCatalogue(QStringLiteral(FEDIBELL_SOURCE_DIR "/translations/fedibell_de.ts"));
    QVERIFY(m_catalogue.size() > 100);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::settingsDialogIsGerman()
{
    QNetworkAccessManager network;
    SettingsDialog dialog(&network, Preferences{});
    const QString title = german("SettingsDialog", "Fedibell settings");
    QVERIFY(!title.isEmpty());
    QCOMPARE(dialog.windowTitle(), title);
    auto *signIn = dialog.findChild<QPushButton *>(u"signInButton"_s);
    QCOMPARE(signIn->text(), german("SettingsDialog", "Sign in with the browser"));
    QVERIFY(signIn->text() != u"Sign in with the browser"_s);
}

void TestTranslations::trayMenuIsGerman()
{
    ConversationTracker tracker;
    TrayController tray(&tracker);
    auto labels = [&] {
        QStringList result;
        for (QAction *action : tray.menu()->actions()) {
            result << action->text();
        }
        return result;
    };
    const QString markAll = german("fedibell::TrayController", "Mark all as read");
    const QString quit = german("fedibell::TrayController", "Quit");
    QVERIFY(!markAll.isEmpty() && !quit.isEmpty());
    // The menu is built on the next event loop turn.
    QTRY_VERIFY2(labels().contains(markAll), qPrintable(labels().join(u" | "_s)));
    QVERIFY2(labels().contains(quit), qPrintable(labels().join(u" | "_s)));
    QVERIFY(!labels().contains(u"Mark all as read"_s));
}

void TestTranslations::pluralsReadRight()
{
    const QStringList forms =
        m_catalogue.value(u"fedibell::TrayController|%n unread direct messages"_s);
    QCOMPARE(forms.size(), 2); // German: singular and plural
    const QString one = TrayController::tr("%n unread direct messages", nullptr, 1);
    const QString five = TrayController::tr("%n unread direct messages", nullptr, 5);
    QCOMPARE(one, QString(forms.at(0)).replace(u"%n"_s, u"1"_s));
    QCOMPARE(five, QString(forms.at(1)).replace(u"%n"_s, u"5"_s));
    QVERIFY(one != five.left(one.size()) || one.size() != five.size());
}

void TestTranslations::commandLineHelpIsGerman()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FEDIBELL_BINARY), {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    // Option descriptions are wrapped: compare with whitespace folded.
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    const QString description = german(
        "CommandLine", "Tells you the moment a direct message arrives on your Mastodon account.");
    QVERIFY(!description.isEmpty());
    QVERIFY2(help.contains(description.simplified()), qPrintable(help));
    QVERIFY(help.contains(
        german("CommandLine", "Start in the tray without opening any window.").simplified()));
}

int main(int argc, char *argv[])
{
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    installTranslations(app);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
