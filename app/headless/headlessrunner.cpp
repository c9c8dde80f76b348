#include "headlessrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

constexpr char kTokenVariable[] = "FEDIBELL_ACCESS_TOKEN";
constexpr qint64 kMaxTokenFileBytes = 4096;

} // namespace

HeadlessRunner::HeadlessRunner(const MonitoredAccount &config, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_monitor(new AccountMonitor(m_network, config, this))
{
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
    emit finished(Success);
}

void HeadlessRunner::report(const QString &line) const
{
    const QByteArray text =
        (u"fedibell: %1: %2\n"_s.arg(m_monitor->accountName(), line)).toLocal8Bit();
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
        if (QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            std::fputs(qPrintable(tr("fedibell: warning: %1 is readable by other users; "
                                     "consider chmod 600.\n")
                                      .arg(tokenFile)),
                       stderr);
        }
        token = file.read(kMaxTokenFileBytes).trimmed();
    } else {
        token = qgetenv(kTokenVariable).trimmed();
        qunsetenv(kTokenVariable);
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
