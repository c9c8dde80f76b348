#include "statuswindow.h"

#include "activitylog.h"
#include "sync/accountmonitor.h"
#include "text/displaytext.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fedibell {

StatusWindow::StatusWindow(const QList<AccountMonitor *> &monitors, ActivityLog *log,
                           QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_monitors(monitors)
    , m_accounts(new QTreeWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("statusWindow"));
    setWindowTitle(tr("Fedibell status"));
    resize(640, 420);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    m_accounts->setHeaderLabels({tr("Account"), tr("State"), tr("Details"), tr("Last message")});
    m_accounts->setRootIsDecorated(false);
    m_accounts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(ActivityLog::kMaxLines);
    m_log->setPlainText(log->lines().join(u'\n'));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Accounts"), this));
    layout->addWidget(m_accounts, 1);
    layout->addWidget(new QLabel(tr("Recent activity"), this));
    layout->addWidget(m_log, 2);

    connect(log, &ActivityLog::lineAdded, m_log, &QPlainTextEdit::appendPlainText);
    for (AccountMonitor *monitor : monitors) {
        connect(monitor, &AccountMonitor::stateChanged, this, &StatusWindow::refresh);
        connect(monitor, &AccountMonitor::messagesArrived, this, &StatusWindow::refresh);
    }
    refresh();
}

void StatusWindow::refresh()
{
    m_accounts->clear();
    for (const AccountMonitor *monitor : std::as_const(m_monitors)) {
        const QDateTime last = monitor->lastEventAt();
        auto *item = new QTreeWidgetItem(m_accounts);
        item->setText(0, DisplayText::line(monitor->accountName()));
        item->setText(1, accountStateName(monitor->state()));
        item->setText(2, DisplayText::line(monitor->stateDetail()));
        item->setText(3, last.isValid()
                             ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
                             : tr("none yet"));
    }
}

} // namespace fedibell
