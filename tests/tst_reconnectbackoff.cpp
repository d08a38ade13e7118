// ReconnectBackoff: waits double from the first to the longest, stay within a fifth of the base
// either way, never pass the longest, differ between two clients, and start over after reset().
#include "sync/reconnectbackoff.h"

#include <QTest>

using dashboard::sync::ReconnectBackoff;
using namespace std::chrono_literals;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesWithinJitterUpToTheLongest()
    {
        ReconnectBackoff backoff(2s, 60s, 7);
        const qint64 bases[] = {2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
        for (const qint64 base : bases) {
            const qint64 wait = backoff.next().count();
            QVERIFY2(wait >= base * 8 / 10 && wait <= std::min<qint64>(base * 12 / 10, 60000),
                     qPrintable(QStringLiteral("base %1, wait %2").arg(base).arg(wait)));
        }
        QCOMPARE(backoff.failures(), 8);
        for (int i = 0; i < 100; ++i)
            QVERIFY(backoff.next().count() <= 60000); // also after many doublings (no overflow)
    }

    void resetStartsOver()
    {
        ReconnectBackoff backoff(1s, 10s, 1);
        backoff.next();
        backoff.next();
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(backoff.next().count() <= 1200);
    }

    void clientsSpreadOut()
    {
        // Two laptops that lost the server together: their third waits differ.
        ReconnectBackoff a(2s, 300s, 1);
        ReconnectBackoff b(2s, 300s, 2);
        qint64 waitA = 0;
        qint64 waitB = 0;
        for (int i = 0; i < 3; ++i) {
            waitA = a.next().count();
            waitB = b.next().count();
        }
        QVERIFY(waitA != waitB);
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
