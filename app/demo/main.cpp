// fedibell-demo-instance: a fake Mastodon instance on 127.0.0.1 that keeps sending direct
// messages to its user, for trying the notifier by hand.
//
//   fedibell-demo-instance [--port N] [--interval-ms MS] [--token TOKEN] [--count N] [--control]
//
// --interval-ms 0 sends nothing by itself. --control reads commands from standard input, one
// per line, for benchmarks (bench/e2e); answers go to standard output, one line each:
//
//   burst N                   post N direct messages as fast as possible (rotating senders,
//                             each in a new conversation); answers
//                             "burst-done N <first post ns> <last post ns>"
//   one                       post one direct message; answers "sent <status id> <ns>", <ns>
//                             taken right before its frames are written to the socket
//   wait-subscribed [STREAM]  answers "subscribed <ns>" once a client is subscribed to every
//                             STREAM named (default: direct); <ns> is when the last of them
//                             subscribed
//   clock                     answers "clock <ns>" (for measuring the reader's own delay)
//   quit                      exits (so does the end of standard input)
//
// Every <ns> is CLOCK_MONOTONIC in nanoseconds, comparable between processes of one machine.

#include "fakeinstance.h"
#include "payloadfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
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

qint64 monotonicNs()
{
    timespec now = {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// One answer line on stdout, flushed at once (stdout is a pipe when a benchmark reads it).
void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// Picks sender, text and conversation of the demo's messages and posts them.
class MessagePoster
{
public:
    explicit MessagePoster(fake::FakeInstance &instance)
        : m_instance(instance)
        , m_catalogue(messages())
    {}

    struct Result
    {
        fake::FakeInstance::Posted posted;
        QString fromAcct;
    };

    /// The next message. With \a continueConversations every third message continues its
    /// sender's previous conversation; otherwise each one starts a new conversation.
    Result postNext(bool continueConversations, bool deliverOnStream = true)
    {
        const Sender &sender = senders.at(m_sent % senders.size());
        // The hostile sender always gets the hostile message; others rotate.
        const Message message = sender.acct.startsWith("mallory"_L1)
                                    ? hostileMessage()
                                    : m_catalogue.at((qsizetype(m_sent) * 3) % m_catalogue.size());
        const QString conversation = (continueConversations && m_sent % 3 == 2)
                                         ? m_lastConversation.value(sender.acct)
                                         : QString();
        const auto posted = m_instance.postDirectMessage(sender.acct, message.html, conversation,
                                                         message.spoilerText, deliverOnStream);
        m_lastConversation.insert(sender.acct, posted.conversationId);
        ++m_sent;
        return {posted, sender.acct};
    }

    int sent() const { return m_sent; }

private:
    fake::FakeInstance &m_instance;
    const QList<Message> m_catalogue;
    QHash<QString, QString> m_lastConversation; // acct -> conversation id
    int m_sent = 0;
};

/// The --control command channel on stdin (see the top of this file). A QObject only as the
/// context of its connections; it declares no signals or slots of its own.
class ControlChannel : public QObject
{
public:
    ControlChannel(fake::FakeInstance &instance, MessagePoster &poster)
        : m_instance(instance)
        , m_poster(poster)
    {
        connect(&m_instance, &fake::FakeInstance::subscribed, this, [this](const QString &stream) {
            m_subscribedAtNs.insert(stream, monotonicNs());
            if (!m_awaitedStreams.isEmpty())
                answerWaitSubscribed();
        });
    }

    void start()
    {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ControlChannel::readInput);
    }

private:
    static constexpr qsizetype kMaxLine = 4096;
    static constexpr int kMaxBurst = 1'000'000;
    /// Messages posted per event-loop turn in a burst, so that the sockets write meanwhile.
    static constexpr int kBurstChunk = 50;

    void readInput()
    {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (got <= 0) {
            // The controller is gone: nothing can tell us to stop any more.
            m_notifier->setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        m_input.append(buffer, got);
        qsizetype newline = 0;
        while ((newline = m_input.indexOf('\n')) >= 0) {
            const QByteArray line = m_input.left(newline).trimmed();
            m_input.remove(0, newline + 1);
            if (!line.isEmpty())
                execute(line);
        }
        if (m_input.size() > kMaxLine) {
            printLine("error line too long");
            m_input.clear();
        }
    }

    void execute(const QByteArray &line)
    {
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray &command = words.constFirst();
        if (command == "one" && words.size() == 1) {
            postOne();
        } else if (command == "burst" && words.size() == 2) {
            bool ok = false;
            const int count = words.at(1).toInt(&ok);
            if (!ok || count < 1 || count > kMaxBurst)
                printLine("error burst needs a count from 1 to " + QByteArray::number(kMaxBurst));
            else
                startBurst(count);
        } else if (command == "wait-subscribed") {
            m_awaitedStreams.clear();
            for (qsizetype i = 1; i < words.size(); ++i)
                m_awaitedStreams.append(QString::fromUtf8(words.at(i)));
            if (m_awaitedStreams.isEmpty())
                m_awaitedStreams.append(u"direct"_s);
            answerWaitSubscribed();
        } else if (command == "clock" && words.size() == 1) {
            printLine("clock " + QByteArray::number(monotonicNs()));
        } else if (command == "quit" && words.size() == 1) {
            QCoreApplication::quit();
        } else {
            printLine("error unknown command: " + line);
        }
    }

    /// Posts without delivering, then writes the very frames FakeInstance would have
    /// published, so that the timestamp excludes building the message. The frames go to every
    /// connected client (a benchmark has one) for the streams someone subscribed to.
    void postOne()
    {
        const auto posted = m_poster.postNext(false, false).posted;
        const QJsonObject notification = m_instance.notifications().value(0);
        const QJsonObject conversation = m_instance.conversations().value(0);
        if (notification.value("id"_L1).toString() != posted.notificationId
            || conversation.value("id"_L1).toString() != posted.conversationId) {
            printLine("error cannot find the posted message " + posted.statusId.toUtf8());
            return;
        }
        QList<QByteArray> frames;
        const QString notificationText = fake::PayloadFactory::jsonText(notification);
        for (const QString &stream : {u"user"_s, u"user:notification"_s}) {
            if (m_instance.subscriberCount(stream) > 0)
                frames.append(
                    fake::PayloadFactory::envelope(stream, u"notification"_s, notificationText));
        }
        if (m_instance.subscriberCount(u"direct"_s) > 0)
            frames.append(fake::PayloadFactory::envelope(
                u"direct"_s, u"conversation"_s, fake::PayloadFactory::jsonText(conversation)));

        const QList<QWebSocket *> sockets = m_instance.findChildren<QWebSocket *>();
        const qint64 sentAt = monotonicNs();
        for (const QByteArray &frame : std::as_const(frames))
            m_instance.sendRawFrame(frame);
        // Hand the frames to the kernel now, not on the next turn of the event loop.
        for (QWebSocket *socket : sockets)
            socket->flush();
        printLine("sent " + posted.statusId.toUtf8() + ' ' + QByteArray::number(sentAt));
    }

    void startBurst(int count)
    {
        if (m_burstLeft > 0) {
            printLine("error a burst is in progress");
            return;
        }
        m_burstTotal = count;
        m_burstLeft = count;
        m_burstStartNs = monotonicNs();
        postBurstChunk();
    }

    void postBurstChunk()
    {
        const int chunk = std::min(m_burstLeft, kBurstChunk);
        for (int i = 0; i < chunk; ++i)
            m_poster.postNext(false);
        m_burstLeft -= chunk;
        if (m_burstLeft > 0) {
            QTimer::singleShot(0, this, &ControlChannel::postBurstChunk);
            return;
        }
        printLine("burst-done " + QByteArray::number(m_burstTotal) + ' '
                  + QByteArray::number(m_burstStartNs) + ' ' + QByteArray::number(monotonicNs()));
    }

    void answerWaitSubscribed()
    {
        qint64 last = 0;
        for (const QString &stream : std::as_const(m_awaitedStreams)) {
            if (m_instance.subscriberCount(stream) == 0)
                return;
            last = std::max(last, m_subscribedAtNs.value(stream));
        }
        m_awaitedStreams.clear();
        printLine("subscribed " + QByteArray::number(last));
    }

    fake::FakeInstance &m_instance;
    MessagePoster &m_poster;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_input;
    QHash<QString, qint64> m_subscribedAtNs;
    QStringList m_awaitedStreams;
    int m_burstTotal = 0;
    int m_burstLeft = 0;
    qint64 m_burstStartNs = 0;
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
    const QCommandLineOption intervalOption(
        u"interval-ms"_s, u"Time between messages (0: send none by itself)."_s, u"MS"_s, u"4000"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"Accepted access token."_s, u"TOKEN"_s,
                                         u"demo-token"_s);
    const QCommandLineOption countOption(
        u"count"_s, u"Stop sending after N messages (keeps serving; default: unlimited)."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption controlOption(
        u"control"_s, u"Read commands from standard input, one per line: burst N, one, "
                      "wait-subscribed [STREAM...], clock, quit (see main.cpp)."_s);
    parser.addOptions({portOption, intervalOption, tokenOption, countOption, controlOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "demo: invalid --port\n");
        return 2;
    }
    const int interval = parser.value(intervalOption).toInt(&ok);
    if (!ok || interval < 0) {
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

    MessagePoster poster(instance);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        const auto result = poster.postNext(true);
        std::fprintf(stderr, "demo: sent direct message %s from %s\n",
                     qPrintable(result.posted.statusId), qPrintable(result.fromAcct));
        if (count > 0 && poster.sent() >= count) {
            timer.stop();
            std::fprintf(stderr, "demo: sent %d messages, still serving\n", poster.sent());
        }
    });
    if (interval > 0)
        timer.start(interval);

    ControlChannel control(instance, poster);
    if (parser.isSet(controlOption))
        control.start();

    const int rc = QCoreApplication::exec();
    return rc;
}
