#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace fedibell {

class ActivityLog;
class AccountMonitor;

// Shows each account's state and the recent log lines.
class StatusWindow : public QWidget
{
    Q_OBJECT

public:
    StatusWindow(const QList<AccountMonitor *> &monitors, ActivityLog *log,
                 QWidget *parent = nullptr);

    void refresh();

private:
    QList<AccountMonitor *> m_monitors;
    QTreeWidget *m_accounts;
    QPlainTextEdit *m_log;
};

} // namespace fedibell
