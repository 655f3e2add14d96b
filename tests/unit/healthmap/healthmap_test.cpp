#include "healthmap/healthmap.h"
#include "healthmap/healthmapfile.h"
#include "healthmap/scanhistory.h"

#include <gtest/gtest.h>

#include <malloc.h>

#include <filesystem>
#include <random>

using namespace dmremap;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t MiB = 1024 * 1024;

HealthMapGeometry smallDisk()
{
    return {.deviceBytes = 64 * MiB + 12288, .regionBytes = MiB, .unitBytes = 4096};
}

fs::path freshDir(const std::string& name)
{
    const auto dir = fs::temp_directory_path() / ("dmremap-test-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST(LatencyBuckets, DefaultLimitsAreTheDesignOnes)
{
    const LatencyBuckets b;
    EXPECT_EQ(b.count(), 6u);
    EXPECT_EQ(b.bucketOf(0us), 0u);
    EXPECT_EQ(b.bucketOf(4999us), 0u);
    EXPECT_EQ(b.bucketOf(5ms), 1u);
    EXPECT_EQ(b.bucketOf(19ms), 1u);
    EXPECT_EQ(b.bucketOf(49ms), 2u);
    EXPECT_EQ(b.bucketOf(199ms), 3u);
    EXPECT_EQ(b.bucketOf(599ms), 4u);
    EXPECT_EQ(b.bucketOf(600ms), 5u);
    EXPECT_EQ(b.bucketOf(30s), 5u);
}

TEST(LatencyBuckets, CustomLimitsMustIncrease)
{
    EXPECT_FALSE(LatencyBuckets::fromLimits({}).has_value());
    EXPECT_FALSE(LatencyBuckets::fromLimits({10ms, 10ms}).has_value());
    EXPECT_FALSE(LatencyBuckets::fromLimits(std::vector<std::chrono::microseconds>(14, 1ms)).has_value());
    const auto b = LatencyBuckets::fromLimits({1ms, 100ms});
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->count(), 3u);
    EXPECT_EQ(b->bucketOf(50ms), 1u);
}

TEST(UnitRangeSet, CoalescesAndSplits)
{
    UnitRangeSet s;
    s.insert(10, 5);
    s.insert(20);
    s.insert(15, 5); // bridges 10..14 and 20
    ASSERT_EQ(s.ranges().size(), 1u);
    EXPECT_EQ(s.ranges()[0], (UnitRangeSet::Range{10, 11}));
    s.insert(3);
    s.insert(100, 2);
    EXPECT_EQ(s.unitCount(), 14u);
    EXPECT_TRUE(s.contains(3));
    EXPECT_FALSE(s.contains(4));
    EXPECT_TRUE(s.intersects(0, 4));
    EXPECT_FALSE(s.intersects(21, 79));
    s.erase(12, 2);
    EXPECT_EQ(s.units(), (std::vector<std::uint64_t>{3, 10, 11, 14, 15, 16, 17, 18, 19, 20, 100, 101}));
    EXPECT_EQ(s.slice(11, 5).units(), (std::vector<std::uint64_t>{11, 14, 15}));
    UnitRangeSet other;
    other.insert(0, 4);
    other.insert(21, 79);
    s.insert(other);
    EXPECT_EQ(s.ranges().size(), 3u);
    EXPECT_EQ(s.ranges()[0], (UnitRangeSet::Range{0, 4}));
    EXPECT_EQ(s.ranges()[2], (UnitRangeSet::Range{14, 88}));
}

TEST(UnitRangeSet, RandomInsertsMatchAPlainSet)
{
    std::mt19937_64 rng{42};
    UnitRangeSet s;
    std::set<std::uint64_t> plain;
    for (int i = 0; i < 2000; ++i) {
        const std::uint64_t first = rng() % 5000, count = 1 + rng() % 7;
        if (rng() % 4 == 0) {
            s.erase(first, count);
            for (auto u = first; u < first + count; ++u)
                plain.erase(u);
        } else {
            s.insert(first, count);
            for (auto u = first; u < first + count; ++u)
                plain.insert(u);
        }
    }
    EXPECT_EQ(s.units(), std::vector<std::uint64_t>(plain.begin(), plain.end()));
    for (std::size_t i = 1; i < s.ranges().size(); ++i)
        EXPECT_LT(s.ranges()[i - 1].end(), s.ranges()[i].first); // coalesced: gaps between ranges
}

TEST(HealthMap, RejectsBadGeometry)
{
    EXPECT_EQ(HealthMap::create({.deviceBytes = 0}).error(), Error::InvalidArgument);
    EXPECT_EQ(HealthMap::create({.deviceBytes = MiB, .regionBytes = 6000, .unitBytes = 4096}).error(),
              Error::InvalidArgument);
    EXPECT_EQ(HealthMap::create({.deviceBytes = MiB, .regionBytes = MiB, .unitBytes = 3000}).error(),
              Error::InvalidArgument);
}

TEST(HealthMap, KeepsTheWorstBucketAndFlagsPerRegion)
{
    HealthMap map{smallDisk()};
    EXPECT_EQ(map.regionCount(), 65u); // the last, partial region counts
    EXPECT_FALSE(map.region(0).scanned);
    map.recordRead(0, 2 * MiB, 1ms);
    map.recordRead(MiB, 4096, 300ms);
    map.recordRead(MiB, 4096, 10ms); // a faster read does not hide a slow one
    EXPECT_EQ(map.region(0).bucket, 0u);
    EXPECT_EQ(map.region(1).bucket, 4u);
    map.markBad(3 * 256 + 7);
    EXPECT_TRUE(map.region(3).readError);
    EXPECT_TRUE(map.region(3).scanned);
    EXPECT_FALSE(map.region(3).bucket.has_value());
    map.recordTimeout(10 * MiB, 1);
    EXPECT_TRUE(map.region(10).timedOut);
    map.markPending(20 * 256);
    map.markRemapped(21 * 256, 300); // spills into region 22
    EXPECT_TRUE(map.region(20).pending);
    EXPECT_TRUE(map.region(22).remapped);
    EXPECT_FALSE(map.region(20).scanned);
    map.setOverlays({}, {});
    EXPECT_FALSE(map.region(22).remapped);
    EXPECT_EQ(map.badUnits().units(), std::vector<std::uint64_t>{3 * 256 + 7});
    EXPECT_EQ(map.scannedRegions(), 4u);
    map.markBad(map.geometry().unitCount() - 1, 5); // clamped to the device
    map.markBad(map.geometry().unitCount() + 10); // ignored
    EXPECT_EQ(map.badUnits().units(), (std::vector<std::uint64_t>{3 * 256 + 7, map.geometry().unitCount() - 1}));
}

TEST(HealthMap, SuspectUnitsClearWhenTheyReadFine)
{
    HealthMap map{smallDisk()};
    map.markSuspect(256, 256);
    map.markBad(300);
    EXPECT_FALSE(map.suspectUnits().contains(300));
    map.clearSuspect(256, 256);
    EXPECT_TRUE(map.suspectUnits().empty());
    EXPECT_TRUE(map.region(1).readError); // unit 300 is still bad
    map.markSuspect(512, 2);
    map.clearSuspect(512, 2);
    EXPECT_FALSE(map.region(2).readError);
}

TEST(HealthMap, MergeWorstAndNewest)
{
    HealthMap older{smallDisk()}, newer{smallDisk()};
    older.recordRead(0, 4 * MiB, 100ms);
    older.markBad(10);
    newer.recordRead(0, 2 * MiB, 1ms);
    newer.recordRead(5 * MiB, MiB, 700ms);
    newer.markBad(2 * 256 + 1);

    HealthMap worst = older;
    ASSERT_TRUE(worst.merge(newer, MergePolicy::Worst));
    EXPECT_EQ(worst.region(0).bucket, 3u);
    EXPECT_EQ(worst.region(5).bucket, 5u);
    EXPECT_EQ(worst.badUnits().units(), (std::vector<std::uint64_t>{10, 2 * 256 + 1}));

    HealthMap newest = older;
    ASSERT_TRUE(newest.merge(newer, MergePolicy::Newest));
    EXPECT_EQ(newest.region(0).bucket, 0u); // rescanned: unit 10 read fine this time
    EXPECT_FALSE(newest.region(0).readError);
    EXPECT_EQ(newest.region(3).bucket, 3u); // not rescanned: kept
    EXPECT_EQ(newest.badUnits().units(), std::vector<std::uint64_t>{2 * 256 + 1});

    HealthMap other{{.deviceBytes = 2 * MiB}};
    EXPECT_EQ(worst.merge(other).error(), Error::InvalidArgument);
}

// The merge works on eight region bytes at once; every byte pair must come
// out as the plain per-byte rule says (worst latency, union of flags), also
// in a tail shorter than eight.
TEST(HealthMap, WorstMergeOfEveryBytePairIsThePerByteRule)
{
    const HealthMapGeometry g{.deviceBytes = 9 * 4096 * 1001ull, .regionBytes = 4096, .unitBytes = 4096};
    std::mt19937 random{7};
    std::vector<std::uint8_t> a(g.regionCount()), b(g.regionCount());
    for (std::size_t i = 0; i < a.size(); ++i) {
        // Every pair of the 256 x 256 once, then random ones.
        a[i] = static_cast<std::uint8_t>(i < 65536 ? i & 0xFF : random());
        b[i] = static_cast<std::uint8_t>(i < 65536 ? i >> 8 : random());
    }
    HealthMap mine{g}, theirs{g};
    mine.restore(a, {}, {}, {}, {});
    theirs.restore(b, {}, {}, {}, {});
    ASSERT_TRUE(mine.merge(theirs, MergePolicy::Worst).ok());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto latency = std::max(a[i] & 0x0F, b[i] & 0x0F);
        const auto flags = (a[i] | b[i]) & 0x30; // pending/remapped come from the (empty) unit lists
        ASSERT_EQ(mine.regionCode(i), latency | flags) << "region " << i << ": " << int(a[i]) << " and " << int(b[i]);
    }
}

TEST(HealthMap, TwentyTerabyteDiskFitsInSixtyFourMegabytes)
{
    const HealthMapGeometry g{.deviceBytes = 20'000'000'000'000ull};
    const auto before = ::mallinfo2();
    HealthMap map{g};
    // A realistic dying disk: 100000 scattered bad units and 1000 clusters.
    for (std::uint64_t i = 0; i < 100000; ++i)
        map.markBad(i * 48'000 + 17);
    for (std::uint64_t i = 0; i < 1000; ++i)
        map.markSuspect(i * 4'800'000 + 5, 256);
    map.recordRead(0, g.deviceBytes, 3ms);
    const auto after = ::mallinfo2();
    const std::size_t heap = (after.uordblks + after.hblkhd) - (before.uordblks + before.hblkhd);
    EXPECT_EQ(map.regionCount(), 19'073'487u);
    EXPECT_LE(map.memoryBytes(), 64u * MiB) << map.memoryBytes();
    EXPECT_LE(heap, 64u * MiB) << heap;
    EXPECT_GE(heap, map.regionCount()); // the measurement measured something
}

TEST(HealthMapFile, RoundTripsEverything)
{
    auto buckets = LatencyBuckets::fromLimits({2ms, 30ms, 1s});
    HealthMap map{smallDisk(), *buckets};
    map.recordRead(0, 30 * MiB, 1ms);
    map.recordRead(7 * MiB, MiB, 40ms);
    map.recordReadOk(40 * MiB, MiB);
    map.markBad(5000, 3);
    map.markSuspect(6000, 10);
    map.markPending(7000);
    map.markRemapped(8000, 2);
    map.recordTimeout(50 * MiB, MiB);

    const auto bytes = HealthMapFile::serialize(map);
    EXPECT_LT(bytes.size(), 400u); // run-length encoded
    auto back = HealthMapFile::deserialize(bytes);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(*back, map);

    const auto dir = freshDir("hmap");
    ASSERT_TRUE(HealthMapFile::save(map, dir / "sub" / "a.hmap"));
    auto loaded = HealthMapFile::load(dir / "sub" / "a.hmap");
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    EXPECT_EQ(*loaded, map);
    EXPECT_FALSE(fs::exists(dir / "sub" / "a.hmap.tmp"));
    fs::remove_all(dir);
}

TEST(HealthMapFile, RefusesDamageAndOtherVersions)
{
    HealthMap map{smallDisk()};
    map.markBad(1);
    auto bytes = HealthMapFile::serialize(map);
    auto flipped = bytes;
    flipped[40] ^= 1;
    EXPECT_EQ(HealthMapFile::deserialize(flipped).error(), Error::CorruptData);
    auto truncated = bytes;
    truncated.resize(bytes.size() - 9);
    EXPECT_EQ(HealthMapFile::deserialize(truncated).error(), Error::CorruptData);
    auto future = bytes;
    future[8] = 2;
    EXPECT_EQ(HealthMapFile::deserialize(future).error(), Error::UnsupportedVersion);
    EXPECT_EQ(HealthMapFile::deserialize(std::vector<std::uint8_t>(100, 0)).error(), Error::CorruptData);
    EXPECT_EQ(HealthMapFile::load("/nonexistent/x.hmap").error(), Error::NotFound);
}

TEST(HealthMapFile, Crc32IsZlibs)
{
    const std::string text = "123456789";
    EXPECT_EQ(crc32Ieee({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}), 0xCBF43926u);
}

TEST(ScanHistory, KeysDrivesByWwnOrSerial)
{
    EXPECT_EQ(*ScanHistory::driveKey("0x5000c500a1b2c3d4", "ST1000", "Z1D2"), "wwn-0x5000c500a1b2c3d4");
    EXPECT_EQ(*ScanHistory::driveKey("", "WDC WD2500JB-00REA0", "WD-WMANK4051741"),
              "serial-WDC_WD2500JB-00REA0_WD-WMANK4051741");
    EXPECT_EQ(*ScanHistory::driveKey(" ", "m", "../../etc"), "serial-m_.._.._etc");
    EXPECT_EQ(ScanHistory::driveKey("", "model", " ").error(), Error::InvalidArgument);
}

TEST(ScanHistory, ShowsARegionGettingSlower)
{
    const auto dir = freshDir("history");
    ScanHistory history{dir};
    const std::string drive = "wwn-0x5000";
    const auto t0 = ScanHistory::Clock::now() - std::chrono::hours{48};
    for (int i = 0; i < 3; ++i) {
        HealthMap map{smallDisk()};
        map.recordRead(0, smallDisk().deviceBytes, 1ms);
        map.recordRead(9 * MiB, MiB, std::chrono::milliseconds{(i + 1) * 40});
        if (i == 2)
            map.markBad(9 * 256 + 4);
        ASSERT_TRUE(history.add(drive, map, t0 + std::chrono::hours{i}).ok());
    }
    const auto entries = history.list(drive);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_LT(entries[0].time, entries[2].time);
    EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(entries[1].time - entries[0].time).count(), 3600);

    const auto trend = history.regionHistory(drive, 9);
    ASSERT_EQ(trend.size(), 3u);
    EXPECT_EQ(trend[0].second.bucket, 2u); // 40 ms
    EXPECT_EQ(trend[1].second.bucket, 3u); // 80 ms
    EXPECT_EQ(trend[2].second.bucket, 3u); // 120 ms
    EXPECT_TRUE(trend[2].second.readError);
    EXPECT_FALSE(trend[1].second.readError);

    auto merged = history.merged(drive);
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->badUnits().units(), std::vector<std::uint64_t>{9 * 256 + 4});
    EXPECT_EQ(history.merged("nobody").error(), Error::NotFound);
    EXPECT_TRUE(history.list("nobody").empty());

    ASSERT_TRUE(history.prune(drive, 1));
    ASSERT_EQ(history.list(drive).size(), 1u);
    EXPECT_EQ(history.list(drive)[0].path, entries[2].path);
    fs::remove_all(dir);
}
