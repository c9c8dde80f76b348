// A run of the same log line becomes the line and a count.
#include "text/repeatfolder.h"

#include <QTest>

using namespace fedibell;
using namespace Qt::StringLiterals;

class TestRepeatFolder : public QObject
{
    Q_OBJECT

private slots:
    void aRunOfTheSameLineIsTheLineAndACount()
    {
        RepeatFolder folder;
        QCOMPARE(folder.add(u"error"_s), QStringList{u"error"_s});
        for (int i = 0; i < 2999999; ++i) {
            QVERIFY(folder.add(u"error"_s).isEmpty());
        }
        QCOMPARE(folder.add(u"streaming"_s),
                 (QStringList{RepeatFolder::repeatedLine(2999999), u"streaming"_s}));
        QVERIFY(folder.flush().isEmpty());
    }

    void differentLinesPassAndTheCountIsToldAtTheEnd()
    {
        RepeatFolder folder;
        QCOMPARE(folder.add(u"a"_s), QStringList{u"a"_s});
        QCOMPARE(folder.add(u"b"_s), QStringList{u"b"_s});
        QCOMPARE(folder.add(u"a"_s), QStringList{u"a"_s});
        QVERIFY(folder.add(u"a"_s).isEmpty());
        QCOMPARE(folder.flush(), QStringList{RepeatFolder::repeatedLine(1)});
        QVERIFY(folder.flush().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepeatFolder)
#include "tst_repeatfolder.moc"
