// The words of the health map: tooltips and bucket labels.
#include "healthmaptooltip.h"
#include "testmaps.h"

#include <QLocale>
#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;
using namespace std::chrono_literals;

class TestHealthMapToolTip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bucketLabels()
    {
        const LatencyBuckets b;
        QCOMPARE(HealthMapToolTip::bucketLimit(b, 0), QStringLiteral("< 5 ms"));
        QCOMPARE(HealthMapToolTip::bucketLimit(b, 4), QStringLiteral("< 600 ms"));
        QCOMPARE(HealthMapToolTip::bucketLimit(b, 5), QStringLiteral("≥ 600 ms"));
        QCOMPARE(HealthMapToolTip::bucketRange(b, 0), QStringLiteral("< 5 ms"));
        QCOMPARE(HealthMapToolTip::bucketRange(b, 2), QStringLiteral("20–50 ms"));
        QCOMPARE(HealthMapToolTip::bucketRange(b, 5), QStringLiteral("≥ 600 ms"));
        const auto custom = *LatencyBuckets::fromLimits({500us, 1500us, 2s});
        QCOMPARE(HealthMapToolTip::bucketRange(custom, 1), QStringLiteral("500 µs–1.5 ms"));
        QCOMPARE(HealthMapToolTip::bucketRange(custom, 3), QStringLiteral("≥ 2.00 s"));
    }

    void text_data()
    {
        QTest::addColumn<quint64>("firstUnit");
        QTest::addColumn<quint64>("unitCount");
        QTest::addColumn<QString>("expected");
        // Region 0: 1 MiB at 0 = sectors 0..2047.
        QTest::newRow("healthy region") << quint64(0) << quint64(256)
                                        << "Sectors 0–2,047 (LBA, 512 bytes each)\n"
                                           "Bytes 0–1,048,575 (1 MiB at 0 bytes)\n"
                                           "Region 0 of 64\n"
                                           "Latency: < 5 ms\n"
                                           "State: healthy";
        QTest::newRow("slow region with errors") << quint64(15 * 256) << quint64(256)
                                                 << "Sectors 30,720–32,767 (LBA, 512 bytes each)\n"
                                                    "Bytes 15,728,640–16,777,215 (1 MiB at 15 MiB)\n"
                                                    "Region 15 of 64\n"
                                                    "Latency: ≥ 600 ms\n"
                                                    "State: 1 bad unit(s) of 4 KiB; 1 suspect unit(s) (read failed, not "
                                                    "narrowed down)";
        QTest::newRow("the bad unit itself") << quint64(15 * 256 + 3) << quint64(1)
                                             << "Sectors 30,744–30,751 (LBA, 512 bytes each)\n"
                                                "Bytes 15,740,928–15,745,023 (4 KiB at 15.0 MiB)\n"
                                                "Region 15 of 64, units 3,843–3,843 (4 KiB each)\n"
                                                "Latency: ≥ 600 ms\n"
                                                "State: 1 bad unit(s) of 4 KiB";
        QTest::newRow("timed out") << quint64(16 * 256) << quint64(256)
                                   << "Sectors 32,768–34,815 (LBA, 512 bytes each)\n"
                                      "Bytes 16,777,216–17,825,791 (1 MiB at 16 MiB)\n"
                                      "Region 16 of 64\n"
                                      "State: read timed out";
        QTest::newRow("pending and remapped, two regions")
            << quint64(17 * 256) << quint64(512)
            << "Sectors 34,816–38,911 (LBA, 512 bytes each)\n"
               "Bytes 17,825,792–19,922,943 (2 MiB at 17 MiB)\n"
               "Regions 17–18 of 64\n"
               "Latency: < 5 ms\n"
               "State: 1 pending unit(s): unreadable until rewritten; 1 unit(s) remapped to the spare";
        QTest::newRow("imported") << quint64(19 * 256) << quint64(256)
                                  << "Sectors 38,912–40,959 (LBA, 512 bytes each)\n"
                                     "Bytes 19,922,944–20,971,519 (1 MiB at 19 MiB)\n"
                                     "Region 19 of 64\n"
                                     "Latency: read fine, latency unknown (imported)\n"
                                     "State: healthy";
        QTest::newRow("partly scanned") << quint64(44 * 256) << quint64(8 * 256)
                                        << "Sectors 90,112–106,495 (LBA, 512 bytes each)\n"
                                           "Bytes 46,137,344–54,525,951 (8 MiB at 44 MiB)\n"
                                           "Regions 44–51 of 64\n"
                                           "Latency: < 5 ms\n"
                                           "Scanned: 4 of 8 regions\n"
                                           "State: healthy";
        QTest::newRow("not scanned") << quint64(60 * 256) << quint64(256)
                                     << "Sectors 122,880–124,927 (LBA, 512 bytes each)\n"
                                        "Bytes 62,914,560–63,963,135 (1 MiB at 60 MiB)\n"
                                        "Region 60 of 64\n"
                                        "Latency: not scanned\n"
                                        "State: unknown";
    }
    void text()
    {
        // Plurals use %n: without the English plural translation the source's "(s)" shows.
        QFETCH(quint64, firstUnit);
        QFETCH(quint64, unitCount);
        QFETCH(QString, expected);
        const HealthMap map = test::smallMap();
        QCOMPARE(HealthMapToolTip::text(map, {firstUnit, unitCount}), expected);
    }

    void differenceText()
    {
        const HealthMap older = test::smallMap();
        HealthMap newer = older;
        newer.recordRead(2 * test::MiB, test::MiB, 30ms);
        const HealthMapDiff diff = HealthMapDiff::compare(older, newer);
        const QString text = HealthMapToolTip::differenceText(older, newer, diff, {2 * 256, 256});
        QVERIFY2(text.contains(QStringLiteral("Change: Much slower\nOlder scan:\nLatency: < 5 ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Newer scan:\nLatency: 20–50 ms")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestHealthMapToolTip)
#include "tst_healthmaptooltip.moc"
