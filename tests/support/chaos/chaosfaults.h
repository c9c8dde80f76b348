#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace fake {
class FakeInstance;
}

namespace chaos {

// Makes the fake instance misbehave one random way at a time. Faults that last (a stall, a
// streaming restart) end by themselves after a few seconds, at most one of each kind at a
// time; a silent stream lasts until fedibell connects again.
class FaultInjector : public QObject
{
    Q_OBJECT

public:
    FaultInjector(fake::FakeInstance *instance, QRandomGenerator *random,
                  QObject *parent = nullptr);

    // Strangers whose messages were filtered: candidates for "the user accepts the request".
    void addStranger(const QString &acct) { m_strangers.append(acct); }
    // Does one fault; returns its kind.
    QString inject();
    // Ends every lasting fault now.
    void endAll();

private:
    // Starts a lasting fault unless one of its kind lasts already; false then.
    bool last(int kind, int minMs, int maxMs);
    void end(int kind);

    fake::FakeInstance *m_instance;
    QRandomGenerator *m_random;
    QStringList m_strangers;
    unsigned m_lasting = 0; // bit per lasting kind
};

} // namespace chaos
