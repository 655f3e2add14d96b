#include "statusdiff.h"

#include <gtest/gtest.h>

using namespace dmremap;
using namespace dmremap::helper;

namespace {
dm::RemapStatus st(const char* line)
{
    return *dm::RemapStatus::parse(line);
}
} // namespace

TEST(StatusDiff, TheFirstReadAnnouncesEveryPropertyAndNoSignal)
{
    const auto d = StatusDiff::between(std::nullopt, st("1.0.0 ok 4096 0/100 0 0 0 0 0 1 2/2"));
    EXPECT_EQ(d.changedProperties.size(), 13);
    EXPECT_EQ(d.remapsAdded, 0u);
    EXPECT_FALSE(d.stateChanged);
}

TEST(StatusDiff, OnlyChangedPropertiesAndTheRightSignals)
{
    const auto a = st("1.0.0 ok 4096 10/100 0 0 0 10 0 5 2/2");
    EXPECT_TRUE(StatusDiff::between(a, a).changedProperties.isEmpty());

    const auto b = st("1.0.0 ok 4096 12/100 3 3 2 12 0 7 2/2");
    const auto d = StatusDiff::between(a, b);
    EXPECT_EQ(d.remapsAdded, 2u);
    EXPECT_EQ(d.pendingAdded, 3u);
    EXPECT_FALSE(d.nearlyFull);
    EXPECT_TRUE(d.changedProperties.contains(QStringLiteral("Remapped")));
    EXPECT_EQ(d.changedProperties.value(QStringLiteral("Remapped")).toULongLong(), 12u);
    EXPECT_FALSE(d.changedProperties.contains(QStringLiteral("State")));
    EXPECT_FALSE(d.changedProperties.contains(QStringLiteral("UnitBytes")));
}

TEST(StatusDiff, NearlyFullOnceWhenCrossingNinetyPercentAndFullOnTheState)
{
    const auto a = st("1.0.0 ok 4096 89/100 0 0 0 89 0 5 2/2");
    const auto b = st("1.0.0 ok 4096 90/100 0 0 0 90 0 6 2/2");
    const auto c = st("1.0.0 spare_full 4096 100/100 0 5 0 100 0 7 2/2");
    EXPECT_TRUE(StatusDiff::between(a, b).nearlyFull);
    EXPECT_FALSE(StatusDiff::between(b, c).nearlyFull); // already past the line
    const auto d = StatusDiff::between(b, c);
    EXPECT_TRUE(d.stateChanged);
    EXPECT_TRUE(d.full);
    EXPECT_FALSE(StatusDiff::between(c, c).full);
}
