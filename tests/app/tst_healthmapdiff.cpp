// Difference of two scans: which regions got worse.
#include "healthmapdiff.h"

#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(dmremap::gui::RegionChange)

namespace {

constexpr std::uint8_t notScanned = 0;
constexpr std::uint8_t unknown = HealthMap::latencyUnknown;
constexpr std::uint8_t bucket(int b)
{
    return static_cast<std::uint8_t>(2 + b);
}
constexpr std::uint8_t error = HealthMap::flagReadError;
constexpr std::uint8_t pending = HealthMap::flagPending;
constexpr std::uint8_t remapped = HealthMap::flagRemapped;
constexpr std::uint8_t timeout = HealthMap::flagTimedOut;

} // namespace

class TestHealthMapDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void change_data()
    {
        QTest::addColumn<int>("older");
        QTest::addColumn<int>("newer");
        QTest::addColumn<RegionChange>("expected");
        // Six buckets: codes 2..7, the slowest is 7.
        QTest::newRow("same") << int(bucket(0)) << int(bucket(0)) << RegionChange::Same;
        QTest::newRow("not scanned before") << int(notScanned) << int(bucket(3)) << RegionChange::NotCompared;
        QTest::newRow("not scanned now") << int(bucket(0)) << int(notScanned) << RegionChange::NotCompared;
        QTest::newRow("one bucket slower") << int(bucket(0)) << int(bucket(1)) << RegionChange::Slower;
        QTest::newRow("two buckets slower") << int(bucket(1)) << int(bucket(3)) << RegionChange::MuchSlower;
        QTest::newRow("into the slowest") << int(bucket(4)) << int(bucket(5)) << RegionChange::MuchSlower;
        QTest::newRow("faster") << int(bucket(3)) << int(bucket(1)) << RegionChange::Better;
        QTest::newRow("new read error") << int(bucket(0)) << int(bucket(0) | error) << RegionChange::NewError;
        QTest::newRow("error only now, no latency") << int(bucket(0)) << int(error) << RegionChange::NewError;
        QTest::newRow("new time-out") << int(bucket(2)) << int(bucket(2) | timeout) << RegionChange::NewError;
        QTest::newRow("new pending") << int(bucket(0)) << int(bucket(0) | pending) << RegionChange::NewError;
        QTest::newRow("error still there") << int(bucket(0) | error) << int(bucket(0) | error) << RegionChange::Same;
        QTest::newRow("error gone") << int(bucket(0) | error) << int(bucket(0)) << RegionChange::Better;
        QTest::newRow("pending became remapped")
            << int(bucket(0) | pending | error) << int(bucket(0) | remapped) << RegionChange::Remapped;
        QTest::newRow("remapped and slower") << int(bucket(0)) << int(bucket(1) | remapped) << RegionChange::Slower;
        QTest::newRow("imported, then measured") << int(unknown) << int(bucket(5)) << RegionChange::Same;
    }
    void change()
    {
        QFETCH(int, older);
        QFETCH(int, newer);
        QFETCH(RegionChange, expected);
        QCOMPARE(HealthMapDiff::change(std::uint8_t(older), std::uint8_t(newer), 6), expected);
    }

    void compareMaps()
    {
        const HealthMapGeometry g{.deviceBytes = 8 << 20, .regionBytes = 1 << 20, .unitBytes = 4096};
        HealthMap older(g), newer(g);
        for (int r = 0; r < 8; ++r) {
            older.recordRead(std::uint64_t(r) << 20, 1 << 20, 1000us);
            if (r < 6)
                newer.recordRead(std::uint64_t(r) << 20, 1 << 20, r == 2 ? 30000us : 1000us);
        }
        newer.markBad(3 * 256 + 5);
        newer.markRemapped(4 * 256);
        const HealthMapDiff diff = HealthMapDiff::compare(older, newer);
        QVERIFY(!diff.isNull());
        QCOMPARE(diff.regionCount(), 8ull);
        QCOMPARE(diff.regionChange(0), RegionChange::Same);
        QCOMPARE(diff.regionChange(2), RegionChange::MuchSlower); // < 5 ms -> 20-50 ms
        QCOMPARE(diff.regionChange(3), RegionChange::NewError);
        QCOMPARE(diff.regionChange(4), RegionChange::Remapped);
        QCOMPARE(diff.regionChange(6), RegionChange::NotCompared);
        QCOMPARE(diff.count(RegionChange::Same), 3ull); // regions 0, 1 and 5
        QCOMPARE(diff.count(RegionChange::NotCompared), 2ull);
        QCOMPARE(diff.worseCount(), 2ull);
    }

    void refusesOtherGeometries()
    {
        HealthMap a({.deviceBytes = 8 << 20, .regionBytes = 1 << 20, .unitBytes = 4096});
        HealthMap b({.deviceBytes = 8 << 20, .regionBytes = 2 << 20, .unitBytes = 4096});
        QString error;
        QVERIFY(HealthMapDiff::compare(a, b, &error).isNull());
        QVERIFY(error.contains(QStringLiteral("geometr")));
        HealthMap c({.deviceBytes = 8 << 20, .regionBytes = 1 << 20, .unitBytes = 4096},
                    *LatencyBuckets::fromLimits({10ms, 100ms}));
        QVERIFY(HealthMapDiff::compare(a, c, &error).isNull());
    }
};

QTEST_APPLESS_MAIN(TestHealthMapDiff)
#include "tst_healthmapdiff.moc"
