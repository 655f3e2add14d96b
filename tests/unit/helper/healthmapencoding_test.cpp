#include "healthmapencoding.h"

#include <gtest/gtest.h>

using namespace dmremap;
using namespace dmremap::helper;

namespace {
HealthMap sampleMap()
{
    HealthMapGeometry g;
    g.deviceBytes = 10ull << 20;
    HealthMap m(g);
    m.recordRead(0, 4ull << 20, std::chrono::milliseconds(2));
    m.recordRead(4ull << 20, 1ull << 20, std::chrono::milliseconds(300));
    m.markBad(1300, 2);
    m.markSuspect(2000);
    return m;
}
} // namespace

TEST(HealthMapEncoding, OneBytePerRegionAndFlatRangesRoundTrip)
{
    const HealthMap m = sampleMap();
    auto e = encodeHealthMap(m, 0, ~0ull);
    ASSERT_TRUE(e.ok());
    const QByteArray regions = e->value(QStringLiteral("regions")).toByteArray();
    ASSERT_EQ(regions.size(), 10);
    EXPECT_EQ(quint8(regions[0]), 2 + 0); // bucket 0 (< 5 ms)
    EXPECT_EQ(quint8(regions[4]), 2 + 4); // bucket 4 (< 600 ms)
    EXPECT_EQ(quint8(regions[5]) & HealthMap::flagReadError, HealthMap::flagReadError); // units 1300, 1301
    EXPECT_EQ(quint8(regions[9]), 0); // not scanned
    EXPECT_EQ(e->value(QStringLiteral("bad")).value<QList<qulonglong>>(), (QList<qulonglong>{1300, 2}));
    auto back = decodeHealthMap(*e);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(*back, m);
}

TEST(HealthMapEncoding, WindowsAndOverlays)
{
    HealthMap m = sampleMap();
    auto w = encodeHealthMap(m, 8, 100);
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->value(QStringLiteral("regions")).toByteArray().size(), 2);
    EXPECT_EQ(w->value(QStringLiteral("region_count")).toULongLong(), 10u);
    EXPECT_EQ(encodeHealthMap(m, 11, 1).error(), Error::InvalidArgument);
    // Target units of 512 bytes on a map of 4096-byte units: rounded outwards.
    applyOverlays(m, {{800, 3, false}, {9, dm::RemapEntry::noSlot, true}}, 512);
    EXPECT_TRUE(m.remappedUnits().contains(100));
    EXPECT_TRUE(m.pendingUnits().contains(1));
    EXPECT_TRUE(m.region(0).pending);
}
