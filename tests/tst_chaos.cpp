// The chaos test: 1,000 direct messages over many conversations through at least 50 random
// faults of the fake instance and several SIGKILLs of fedibell itself; every message is told
// exactly once and in order within its conversation. The seed is random unless
// FEDIBELL_CHAOS_SEED names one, and every failure prints it: FEDIBELL_CHAOS_SEED=<seed>
// ctest -R tst_chaos replays the same plan; with FEDIBELL_CHAOS_KEEP=1 fedibell's home (its
// stderr.log, its ledger) stays.
#include "chaosrun.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChaos : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageOnceAndInOrderThroughFaultsAndKills();
};

void TestChaos::everyMessageOnceAndInOrderThroughFaultsAndKills()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("FEDIBELL_CHAOS_SEED").toUInt(&given);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    home.setAutoRemove(qEnvironmentVariableIsEmpty("FEDIBELL_CHAOS_KEEP")); // stderr.log there
    chaos::Plan plan;
    plan.seed = given ? seed : QRandomGenerator::system()->generate();
    plan.messages = 1000;
    plan.faults = 60;
    plan.kills = 4;
    plan.fedibellBinary = QStringLiteral(FEDIBELL_BINARY);
    plan.workDirectory = home.path();
    plan.verboseLog = !home.autoRemove();
    qInfo("chaos seed %u, fedibell's home %s", plan.seed, qPrintable(home.path()));

    const chaos::Report report = chaos::run(plan);
    const QString verdict =
        u"seed %1: %2\n%3"_s.arg(plan.seed).arg(report.summary(), report.problems.join(u'\n'));
    qInfo("%s", qPrintable(report.summary()));
    QVERIFY2(report.passed(), qPrintable(verdict));
    QCOMPARE(report.posted, plan.messages);
    QCOMPARE(report.told, plan.messages);
    int faults = 0;
    for (const int count : report.faults) {
        faults += count;
    }
    QVERIFY2(faults >= 50, qPrintable(verdict));
    QVERIFY2(report.faults.size() >= 7, qPrintable(verdict)); // nearly every kind, at random
    QCOMPARE(report.kills, plan.kills);
}

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
