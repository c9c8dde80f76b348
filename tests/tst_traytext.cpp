// What the tray lists comes from the server: its menu shows names and previews as text only,
// without the characters that hide or reorder text.
#include "conversationtracker.h"
#include "tray/traycontroller.h"

#include <QAction>
#include <QMenu>
#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestTrayText : public QObject
{
    Q_OBJECT

private slots:
    void menuShowsServerTextAsTextOnly();
};

void TestTrayText::menuShowsServerTextAsTextOnly()
{
    ConversationTracker tracker;
    TrayController tray(&tracker);
    IncomingMessage message;
    message.status.id = u"1"_s;
    message.status.account.displayName = u"Grace\u202eexe.gnp"_s;
    message.status.account.username = u"grace"_s;
    message.conversationId = u"c1"_s;
    message.text = u"hi\u200b \u2067there\nfriend & co"_s;
    tracker.addMessage(u"a"_s, message);

    QCOMPARE(tracker.recent(1).at(0).sender, u"Graceexe.gnp"_s);
    QCOMPARE(tracker.recent(1).at(0).preview, u"hi there friend & co"_s);
    const auto labels = [&tray] {
        QStringList result;
        for (const QAction *action : tray.menu()->actions()) {
            result << action->text();
        }
        return result;
    };
    // The menu is rebuilt on the next turn of the event loop.
    QTRY_VERIFY2(
        labels().contains(u"\u25CF \u2068Graceexe.gnp\u2069 \u2014 hi there friend && co"_s),
        qPrintable(labels().join(u" | "_s)));
}

QTEST_MAIN(TestTrayText)
#include "tst_traytext.moc"
