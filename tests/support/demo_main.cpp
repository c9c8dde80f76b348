// fedibell-demo-instance: a fake Mastodon instance on 127.0.0.1 that keeps sending direct
// messages to its user, for trying the notifier by hand.
//
//   fedibell-demo-instance [--port N] [--interval-ms MS] [--token TOKEN] [--count N]

#include "fakeinstance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

/// Quits the application cleanly on SIGINT / SIGTERM (self-pipe: the handler only writes).
bool installQuitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
           && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

struct Message
{
    QString html;
    QString spoilerText;
};

const QString mentionAda =
    u"<span class=\"h-card\" translate=\"no\"><a href=\"https://fake.test/@ada\" "
    "class=\"u-url mention\">@<span>ada</span></a></span>"_s;

/// Markup a sanitiser must neutralise.
Message hostileMessage()
{
    return {
        u"<p>%1 <script>alert('pwned')</script><img src=x onerror=\"alert(1)\">"
        "<b>bold claim</b> and <a href=\"javascript:alert(2)\">click me</a></p>"_s.arg(mentionAda),
        {}};
}

QList<Message> messages()
{
    return {
        {u"<p>%1 Are we still on for Thursday?</p>"_s.arg(mentionAda), {}},
        {u"<p>%1 I read your draft last night.</p><p>Two small things: the intro runs long,<br>"
         "and the second table needs units.</p>"_s.arg(mentionAda),
         {}},
        {u"<p>%1 Here are the notes: <a href=\"https://docs.example/notes/42\" rel=\"nofollow "
         "noopener\" target=\"_blank\"><span class=\"invisible\">https://</span><span "
         "class=\"\">docs.example/notes/42</span><span class=\"invisible\"></span></a></p>"_s.arg(
             mentionAda),
         {}},
        {u"<p>%1 have you met <span class=\"h-card\" translate=\"no\"><a "
         "href=\"https://town.example/@chidi\" class=\"u-url mention\">@<span>chidi</span></a>"
         "</span>? You two should talk.</p>"_s.arg(mentionAda),
         {}},
        {u"<p>%1 The ending is that they were the ship all along.</p>"_s.arg(mentionAda),
         u"Spoilers: season finale"_s},
        {u"<p>%1 Rock &amp; roll: is 3 &lt; 5 &gt; 2? &quot;Yes&quot; &#39;obviously&#39;</p>"_s
             .arg(mentionAda),
         {}},
        {u"<p>%1 Quick one: lunch? 🍜</p>"_s.arg(mentionAda), {}},
    };
}

struct Sender
{
    QString acct;
    QString displayName;
};

const QList<Sender> senders = {
    {u"grace@social.example"_s, u"Grace :hopper:"_s},
    {u"bob@mastodon.example"_s, u"Bob Builder"_s},
    {u"chidi@town.example"_s, u"Chidi Anagonye"_s},
    {u"dana"_s, u"Dana (local)"_s},
    {u"mallory@hostile.example"_s, u"<b>Mallory</b> &amp; co"_s},
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fedibell-demo-instance"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fake Mastodon instance on 127.0.0.1 that keeps sending direct messages."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Main HTTP port (default: any free)."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption intervalOption(u"interval-ms"_s, u"Time between messages."_s, u"MS"_s,
                                            u"4000"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"Accepted access token."_s, u"TOKEN"_s,
                                         u"demo-token"_s);
    const QCommandLineOption countOption(
        u"count"_s, u"Stop sending after N messages (keeps serving; default: unlimited)."_s, u"N"_s,
        u"0"_s);
    parser.addOptions({portOption, intervalOption, tokenOption, countOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "demo: invalid --port\n");
        return 2;
    }
    const int interval = parser.value(intervalOption).toInt(&ok);
    if (!ok || interval <= 0) {
        std::fprintf(stderr, "demo: invalid --interval-ms\n");
        return 2;
    }
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 0) {
        std::fprintf(stderr, "demo: invalid --count\n");
        return 2;
    }
    if (!installQuitOnSignals(app))
        std::fprintf(stderr, "demo: cannot install signal handlers\n");

    fake::FakeInstance instance;
    instance.setDiscovery(fake::FakeInstance::Discovery::V2);
    instance.setServerPingInterval(30000);
    instance.setAccessToken(parser.value(tokenOption).toUtf8());
    for (const Sender &sender : senders)
        instance.setDisplayName(sender.acct, sender.displayName);
    if (!instance.start(quint16(port))) {
        std::fprintf(stderr, "demo: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("Demo instance listening on %s\n",
                qPrintable(instance.baseUrl().toString(QUrl::FullyEncoded)));
    std::fflush(stdout);

    const QList<Message> catalogue = messages();
    QHash<QString, QString> lastConversation; // acct -> conversation id
    int sent = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        const Sender &sender = senders.at(sent % senders.size());
        // The hostile sender always gets the hostile message; others rotate.
        const Message message = sender.acct.startsWith("mallory"_L1)
                                    ? hostileMessage()
                                    : catalogue.at((qsizetype(sent) * 3) % catalogue.size());
        // Every third message continues the sender's previous conversation.
        const QString conversation =
            (sent % 3 == 2) ? lastConversation.value(sender.acct) : QString();
        const auto posted = instance.postDirectMessage(sender.acct, message.html, conversation,
                                                       message.spoilerText);
        lastConversation.insert(sender.acct, posted.conversationId);
        std::fprintf(stderr, "demo: sent direct message %s from %s\n", qPrintable(posted.statusId),
                     qPrintable(sender.acct));
        ++sent;
        if (count > 0 && sent >= count) {
            timer.stop();
            std::fprintf(stderr, "demo: sent %d messages, still serving\n", sent);
        }
    });
    timer.start(interval);

    const int rc = QCoreApplication::exec();
    return rc;
}
