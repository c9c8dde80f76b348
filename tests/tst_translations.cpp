// Fedibell in German: with LANG=de_DE.UTF-8 the settings dialog, the tray menu, the command
// line help and plural strings come out in German. Expected texts are read from the shipped
// catalogue, so the test checks that it is used, not a particular wording. And English: its
// catalogue gives every plural string a singular and a plural form, and English, C, POSIX and
// languages Fedibell does not speak say "1 unread direct message", "1 person".
#include "conversationtracker.h"
#include "notifications/notificationcenter.h"
#include "translations.h"
#include "tray/traycontroller.h"
#include "windows/settingsdialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

// context + source -> translations (one per plural form); `plurals` gets the keys of the
// plural (numerus) messages.
QHash<QString, QStringList> readCatalogue(const QString &path, QStringList *plurals = nullptr)
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
            if (numerus && plurals) {
                *plurals << context + u'|' + source;
            }
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

// Every string literal with %n in the sources of both programs and the .ui files.
QStringList pluralLiteralsInSources()
{
    static const QRegularExpression literal(uR"re("((?:[^"\\\n]|\\.)*%n(?:[^"\\\n]|\\.)*)")re"_s);
    QStringList found;
    for (const char *folder : {"/app", "/ui"}) {
        QDirIterator files(QStringLiteral(FEDIBELL_SOURCE_DIR) + QLatin1StringView(folder),
                           {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &match : literal.globalMatch(text)) {
                found << match.captured(1);
            }
        }
    }
    return found;
}

// Records the popups NotificationCenter would show.
class RecordingBackend : public NotificationBackend
{
    Q_OBJECT

public:
    using NotificationBackend::NotificationBackend;

    bool isAvailable() const override { return true; }
    void show(quint64 requestId, quint32 /*replaces*/, const PopupContent &content) override
    {
        shown << content;
        emit NotificationBackend::shown(requestId, quint32(requestId + 100));
    }
    void close(quint32 /*handle*/) override {}

    QList<PopupContent> shown;
};

IncomingMessage messageFrom(const QString &sender, int number)
{
    IncomingMessage message;
    message.status.id = QString::number(number);
    message.status.account.id = sender;
    message.status.account.displayName = sender;
    message.status.url = u"https://social.example/@grace/"_s + message.status.id;
    message.conversationId = u"c"_s + message.status.id;
    message.text = u"Hello"_s;
    return message;
}

// The program's own loader, run again as if the system locale were `locale`.
void reinstallTranslations(const QLocale &locale)
{
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(translators); // each one uninstalls itself
    QLocale::setDefault(locale);
    installTranslations(*qApp);
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
    void englishCatalogueHasEveryPlural();
    void englishPluralsAtRunTime_data();
    void englishPluralsAtRunTime();

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

void TestTranslations::englishCatalogueHasEveryPlural()
{
    const QString path = QStringLiteral(FEDIBELL_SOURCE_DIR "/translations/fedibell_en.ts");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QStringList plurals;
    const QHash<QString, QStringList> english = readCatalogue(path, &plurals);
    QVERIFY(!english.isEmpty());
    QCOMPARE(plurals.size(), english.size()); // plural forms only

    // Every plural string of the sources (the German catalogue is kept up to date with them).
    QStringList germanPlurals;
    readCatalogue(QStringLiteral(FEDIBELL_SOURCE_DIR "/translations/fedibell_de.ts"),
                  &germanPlurals);
    QVERIFY(germanPlurals.size() >= 7);
    for (const QString &key : std::as_const(germanPlurals)) {
        QVERIFY2(english.contains(key), qPrintable(u"no English plural for "_s + key));
    }
    // And read from the sources themselves: every literal with %n is an English source text.
    const QStringList literals = pluralLiteralsInSources();
    QVERIFY(literals.size() >= 7);
    QStringList sources;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        sources << it.key().section(u'|', 1);
    }
    for (const QString &literal : literals) {
        const bool known = std::any_of(sources.cbegin(), sources.cend(),
                                       [&](const QString &s) { return s.contains(literal); });
        QVERIFY2(known, qPrintable(u"no English plural for \""_s + literal + u'"'));
    }

    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QStringList &forms = it.value();
        const QByteArray key = it.key().toUtf8();
        QVERIFY2(forms.size() == 2, key.constData()); // English: singular and plural
        QVERIFY2(!forms.at(0).trimmed().isEmpty() && !forms.at(1).trimmed().isEmpty(),
                 key.constData());
        QVERIFY2(forms.at(0) != forms.at(1), key.constData());
        QVERIFY2(forms.at(0).contains(u"%n"_s) && forms.at(1).contains(u"%n"_s), key.constData());
    }
}

void TestTranslations::englishPluralsAtRunTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << u"en_US"_s;
    QTest::newRow("en_GB") << u"en_GB"_s;
    QTest::newRow("C") << u"C"_s;
    QTest::newRow("POSIX") << u"POSIX"_s;
    QTest::newRow("nl_NL, no catalogue of its own") << u"nl_NL"_s;
}

void TestTranslations::englishPluralsAtRunTime()
{
    QFETCH(QString, locale);
    const auto backToGerman = qScopeGuard([] { reinstallTranslations(QLocale::system()); });
    reinstallTranslations(QLocale(locale));
    QVERIFY(QLocale().language() != QLocale::German);

    // The tray's tooltip.
    ConversationTracker tracker;
    TrayController tray(&tracker);
    tracker.addMessage(u"a"_s, messageFrom(u"Grace"_s, 1));
    QStringList lines = tray.toolTip().split(u'\n');
    QVERIFY2(lines.contains(u"1 unread direct message"_s), qPrintable(lines.join(u" | "_s)));
    tracker.addMessage(u"a"_s, messageFrom(u"Grace"_s, 2));
    lines = tray.toolTip().split(u'\n');
    QVERIFY2(lines.contains(u"2 unread direct messages"_s), qPrintable(lines.join(u" | "_s)));

    // Popups: a catch-up summary, a conversation's popup replaced, a flood summary.
    RecordingBackend backend;
    NotificationCenter center(&backend, nullptr);
    MessageBatch away{MessageBatch::Arrival::CaughtUp, {}};
    for (int i = 10; i < 14; ++i) {
        away.messages << messageFrom(u"Grace"_s, i);
    }
    center.onMessages(u"a"_s, u"ada@x"_s, away);
    QCOMPARE(backend.shown.size(), 1);
    QCOMPARE(backend.shown.last().summary, u"While you were away: 4 messages from 1 person"_s);

    IncomingMessage again = messageFrom(u"Grace"_s, 20);
    center.onMessages(u"a"_s, u"ada@x"_s, {MessageBatch::Arrival::Live, {again}});
    again.status.id = u"21"_s;
    center.onMessages(u"a"_s, u"ada@x"_s, {MessageBatch::Arrival::Live, {again}});
    QCOMPARE(backend.shown.size(), 3);
    QVERIFY2(backend.shown.last().body.startsWith(u"2 new messages\n"_s),
             qPrintable(backend.shown.last().body));

    // Past PopupPolicy::kFloodPopups new popups at once, one summary counts the rest.
    for (int i = 30; i < 30 + PopupPolicy::kFloodPopups; ++i) {
        center.onMessages(u"a"_s, u"ada@x"_s,
                          {MessageBatch::Arrival::Live, {messageFrom(u"Grace"_s, i)}});
    }
    QCOMPARE(backend.shown.last().summary, u"1 new direct message from 1 person"_s);
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
