#include "healthmapdiff.h"

namespace dmremap::gui {

namespace {

constexpr std::uint8_t trouble = HealthMap::flagReadError | HealthMap::flagTimedOut | HealthMap::flagPending;

bool scanned(std::uint8_t code)
{
    return (code & HealthMap::latencyMask) != 0 || (code & (HealthMap::flagReadError | HealthMap::flagTimedOut));
}

} // namespace

RegionChange HealthMapDiff::change(std::uint8_t olderCode, std::uint8_t newerCode, std::size_t bucketCount)
{
    if (!scanned(olderCode) || !scanned(newerCode))
        return RegionChange::NotCompared;
    const std::uint8_t newTrouble = newerCode & trouble & static_cast<std::uint8_t>(~(olderCode & trouble));
    if (newTrouble)
        return RegionChange::NewError;
    // Latency codes: 1 = read, latency unknown (ddrescue import); 2 + b = bucket b.
    const int olderLatency = olderCode & HealthMap::latencyMask;
    const int newerLatency = newerCode & HealthMap::latencyMask;
    if (olderLatency >= 2 && newerLatency >= 2) {
        const int slowest = static_cast<int>(bucketCount) + 1;
        const int delta = newerLatency - olderLatency;
        if (delta >= 2 || (delta >= 1 && newerLatency == slowest))
            return RegionChange::MuchSlower;
        if (delta == 1)
            return RegionChange::Slower;
    }
    if ((newerCode & HealthMap::flagRemapped) && !(olderCode & HealthMap::flagRemapped))
        return RegionChange::Remapped;
    const bool troubleGone = (olderCode & trouble) && !(newerCode & trouble);
    if (troubleGone || (olderLatency >= 2 && newerLatency >= 2 && newerLatency < olderLatency))
        return RegionChange::Better;
    return RegionChange::Same;
}

HealthMapDiff HealthMapDiff::compare(const HealthMap& older, const HealthMap& newer, QString* error)
{
    HealthMapDiff diff;
    if (older.isNull() || newer.isNull() || !(older.geometry() == newer.geometry())) {
        if (error)
            *error = QStringLiteral("the two health maps have different geometries");
        return diff;
    }
    if (!(older.buckets() == newer.buckets())) {
        if (error)
            *error = QStringLiteral("the two health maps have different latency buckets");
        return diff;
    }
    diff.m_geometry = newer.geometry();
    const auto& a = older.regionCodes();
    const auto& b = newer.regionCodes();
    const std::size_t buckets = newer.buckets().count();
    // change() per region would dominate for 20 million regions; the pair
    // space is 64 Ki entries, memoised lazily.
    std::vector<std::int16_t> memo(256 * 256, -1);
    diff.m_changes.resize(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto& slot = memo[static_cast<std::size_t>(a[i]) << 8 | b[i]];
        if (slot < 0)
            slot = static_cast<std::int16_t>(change(a[i], b[i], buckets));
        diff.m_changes[i] = static_cast<std::uint8_t>(slot);
        ++diff.m_counts[static_cast<std::size_t>(slot)];
    }
    return diff;
}

std::uint64_t HealthMapDiff::worseCount() const
{
    return count(RegionChange::Slower) + count(RegionChange::MuchSlower) + count(RegionChange::NewError);
}

} // namespace dmremap::gui
