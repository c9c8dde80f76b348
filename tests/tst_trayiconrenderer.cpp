#include "tray/trayiconrenderer.h"

#include <QGuiApplication>
#include <QTest>

using namespace fedibell;
using Look = TrayIconRenderer::Look;

class TestTrayIconRenderer : public QObject
{
    Q_OBJECT

private slots:
    void everyStateLooksDifferentAt16px();
    void badgeShowsTheCount();
    void worstStateWins();
    void monitorStatesMapToLooks();

private:
    static int differingPixels(const QImage &a, const QImage &b);
};

int TestTrayIconRenderer::differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
    }
    return count;
}

void TestTrayIconRenderer::everyStateLooksDifferentAt16px()
{
    const QList<Look> looks{Look::Streaming, Look::Connecting, Look::Polling,
                            Look::Offline,   Look::AuthFailed, Look::Paused};
    for (qsizetype i = 0; i < looks.size(); ++i) {
        const QImage a = TrayIconRenderer::render(looks.at(i), 0, 16);
        QCOMPARE(a.size(), QSize(16, 16));
        for (qsizetype j = i + 1; j < looks.size(); ++j) {
            const QImage b = TrayIconRenderer::render(looks.at(j), 0, 16);
            // Not a stray pixel: a visible difference in shape or colour.
            QVERIFY2(differingPixels(a, b) >= 12,
                     qPrintable(QStringLiteral("looks %1 and %2").arg(i).arg(j)));
        }
    }
    // Offline and paused share grey: their marks alone must tell them apart.
    const QImage offline =
        TrayIconRenderer::render(Look::Offline, 0, 16).convertToFormat(QImage::Format_Grayscale8);
    const QImage paused =
        TrayIconRenderer::render(Look::Paused, 0, 16).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(differingPixels(offline, paused) >= 12);
}

void TestTrayIconRenderer::badgeShowsTheCount()
{
    const QImage none = TrayIconRenderer::render(Look::Streaming, 0, 32);
    const QImage one = TrayIconRenderer::render(Look::Streaming, 1, 32);
    const QImage many = TrayIconRenderer::render(Look::Streaming, 150, 32);
    QVERIFY(differingPixels(none, one) > 30);
    QVERIFY(differingPixels(one, many) > 5);
    // The badge sits top right and is red.
    const QColor corner = one.pixelColor(27, 5);
    QVERIFY2(corner.red() > 150 && corner.green() < 120, qPrintable(corner.name()));
}

void TestTrayIconRenderer::worstStateWins()
{
    QCOMPARE(TrayIconRenderer::worst({Look::Streaming, Look::AuthFailed, Look::Polling}),
             Look::AuthFailed);
    QCOMPARE(TrayIconRenderer::worst({Look::Streaming, Look::Polling}), Look::Polling);
    QCOMPARE(TrayIconRenderer::worst({Look::Streaming}), Look::Streaming);
    QCOMPARE(TrayIconRenderer::worst({}), Look::Offline);
}

void TestTrayIconRenderer::monitorStatesMapToLooks()
{
    using S = AccountState;
    QCOMPARE(TrayIconRenderer::lookFor(S::Streaming), Look::Streaming);
    QCOMPARE(TrayIconRenderer::lookFor(S::Reconnecting), Look::Connecting);
    QCOMPARE(TrayIconRenderer::lookFor(S::Polling), Look::Polling);
    QCOMPARE(TrayIconRenderer::lookFor(S::Offline), Look::Offline);
    QCOMPARE(TrayIconRenderer::lookFor(S::AuthFailed), Look::AuthFailed);
}

QTEST_MAIN(TestTrayIconRenderer)
#include "tst_trayiconrenderer.moc"
