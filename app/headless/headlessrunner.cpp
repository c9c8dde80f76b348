#include "headlessrunner.h"

#include "systemevents.h"
#include "text/displaytext.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr char kTokenVariable[] = "FEDIBELL_ACCESS_TOKEN";
constexpr qint64 kMaxTokenFileBytes = 4096;

// Reads the token variable and wipes it: unsetting alone leaves the value in the copy of the
// environment that the kernel shows in /proc/<pid>/environ to every process of the user.
QByteArray takeTokenFromEnvironment()
{
    char *value = std::getenv(kTokenVariable);
    if (!value) {
        return {};
    }
    QByteArray token = QByteArray(value).trimmed();
    std::memset(value, 0, std::strlen(value));
    qunsetenv(kTokenVariable);
    return token;
}

} // namespace

HeadlessRunner::HeadlessRunner(const MonitoredAccount &config, bool watchNetwork, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_monitor(new AccountMonitor(m_network, config, this))
    , m_system(SystemEvents::forThisComputer(config.timers, watchNetwork, this))
{
    m_system->attach(m_monitor);
    connect(m_monitor, &AccountMonitor::messagesArrived, this, [this](const MessageBatch &batch) {
        for (const IncomingMessage &message : batch.messages) {
            m_printer.print(m_monitor->accountName(), message);
        }
    });
    connect(m_monitor, &AccountMonitor::stateChanged, this,
            [this](AccountMonitor::State state, const QString &detail) {
                if (state == AccountMonitor::State::AuthFailed) {
                    return; // reported once, below
                }
                const QString name = accountStateName(state);
                report(detail.isEmpty() ? name : tr("%1 (%2)").arg(name, detail));
            });
    connect(m_monitor, &AccountMonitor::problem, this,
            [this](const QString &message) { report(message); });
    connect(m_monitor, &AccountMonitor::authenticationFailed, this, [this](const QString &reason) {
        report(tr("access token refused: %1").arg(reason));
        emit finished(TokenRefused);
    });
}

void HeadlessRunner::start()
{
    m_monitor->start();
}

void HeadlessRunner::stop()
{
    m_monitor->stop();
    for (const QString &folded : m_folder.flush()) {
        write(folded);
    }
    emit finished(Success);
}

void HeadlessRunner::report(const QString &line)
{
    for (const QString &folded : m_folder.add(line)) {
        write(folded);
    }
}

void HeadlessRunner::write(const QString &line) const
{
    // Lines carry server text (error frames, close reasons): never a control character or a
    // line break of its own, so a server cannot forge a line.
    const QByteArray text =
        (u"fedibell: %1: %2\n"_s.arg(m_monitor->accountName(), DisplayText::line(line)))
            .toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

QByteArray HeadlessRunner::readToken(const QString &tokenFile, QString *error)
{
    QByteArray token;
    if (!tokenFile.isEmpty()) {
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the token file %1: %2").arg(tokenFile, file.errorString());
            return {};
        }
        // Like ssh with its keys: a secret others can read is refused, not used.
        constexpr auto othersMayRead = QFileDevice::ReadGroup | QFileDevice::ReadOther
                                       | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (QFileInfo(file).permissions() & othersMayRead) {
            //: %1 is a file name
            *error = tr("The token file %1 can be read or changed by other users, so Fedibell "
                        "does not use it. Run: chmod 600 %1")
                         .arg(tokenFile);
            return {};
        }
        token = file.read(kMaxTokenFileBytes).trimmed();
    } else {
        token = takeTokenFromEnvironment();
    }
    if (token.isEmpty()) {
        *error = tr("No access token: set %1 or use --token-file FILE.")
                     .arg(QLatin1StringView(kTokenVariable));
        return {};
    }
    // A token is printable ASCII without spaces; anything else would corrupt the header.
    for (char c : std::as_const(token)) {
        if (c <= ' ' || c > '~') {
            *error = tr("The access token contains characters a token cannot have.");
            return {};
        }
    }
    return token;
}

} // namespace fedibell
