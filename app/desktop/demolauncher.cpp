#include "demolauncher.h"

#include "privateprogram.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace fedibell {

using namespace Qt::StringLiterals;

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

DemoLauncher::~DemoLauncher()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
        }
    }
}

QString DemoLauncher::findProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("FEDIBELL_DEMO_INSTANCE");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable()) {
        return QFileInfo(fromEnvironment).canonicalFilePath();
    }
    return findPrivateProgram(u"fedibell-demo-instance"_s);
}

void DemoLauncher::start(int intervalMs)
{
    const QString program = findProgram();
    if (program.isEmpty()) {
        emit failed(tr("The demo instance program is not installed."));
        return;
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (!m_process->canReadLine()) {
            return;
        }
        const QString banner = QString::fromUtf8(m_process->readLine());
        static const QRegularExpression address(u"(http://127\\.0\\.0\\.1:\\d+)"_s);
        const QRegularExpressionMatch match = address.match(banner);
        if (match.hasMatch()) {
            emit ready(QUrl(match.captured(1)));
        }
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        emit failed(tr("The demo instance could not start: %1").arg(m_process->errorString()));
    });
    m_process->start(program, {u"--port"_s, u"0"_s, u"--token"_s, QLatin1StringView(kToken),
                               u"--interval-ms"_s, QString::number(intervalMs)});
}

} // namespace fedibell
