// Timer settings: read from the configuration file where the documentation says it is, set
// from the command line, and every one of them documented in the man page.
#include "sync/monitorsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "configfile.h"

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestMonitorSettings : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedConfigFile()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
        // Written by hand, as the README and the man page tell a person to.
        QVERIFY(QDir(config.path()).mkpath(u"fedibell"_s));
        QFile file(config.filePath(u"fedibell/fedibell.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[timers]\npingIntervalMs=15000\nreconcileMs=120000\npollMinMs=nonsense\n");
        file.close();
        ConfigFile settings;
        const MonitorSettings timers = MonitorSettings::load(settings);
        QCOMPARE(timers.pingIntervalMs, 15000);
        QCOMPARE(timers.reconcileMs, 120000);
        QCOMPARE(timers.pollMinMs, MonitorSettings().pollMinMs); // unusable: the default
    }

    void commandLineAssignments()
    {
        MonitorSettings timers;
        QVERIFY(timers.set(u"restartGraceMs=5000"_s));
        QCOMPARE(timers.restartGraceMs, 5000);
        QVERIFY(!timers.set(u"noSuchTimer=5"_s));
        QVERIFY(!timers.set(u"pingIntervalMs=-1"_s));
    }

    void everyTimerIsInTheManPage()
    {
        QFile page(QStringLiteral(FEDIBELL_SOURCE_DIR) + u"/packaging/fedibell.1"_s);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        const QStringList names = MonitorSettings::names();
        QVERIFY(names.contains(u"reconcileMs"_s));
        for (const QString &name : names) {
            QVERIFY2(text.contains(name), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestMonitorSettings)
#include "tst_monitorsettings.moc"
