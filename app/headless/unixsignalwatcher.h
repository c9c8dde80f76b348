#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace fedibell {

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (the handler only writes a byte
// to a socket pair), so shutdown can save state like any other event.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void signalReceived(int signalNumber);

private:
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fedibell
