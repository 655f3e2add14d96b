#include "cellsummary.h"

#include <algorithm>

namespace dmremap::gui {

namespace {

std::uint64_t countIn(const UnitRangeSet& set, const HealthMapLayout::Span& units)
{
    return set.intersects(units.first, units.count) ? set.slice(units.first, units.count).unitCount() : 0;
}

} // namespace

CellSummary CellSummary::of(const HealthMap& map, HealthMapLayout::Span units)
{
    CellSummary s;
    const HealthMapGeometry& g = map.geometry();
    const std::uint64_t unitCount = g.unitCount();
    if (map.isNull() || units.first >= unitCount || units.count == 0) {
        s.units = {units.first, 0};
        return s;
    }
    units.count = std::min(units.count, unitCount - units.first);
    s.units = units;
    const std::uint64_t upr = g.unitsPerRegion();
    s.regions = {units.first / upr, (units.end() - 1) / upr - units.first / upr + 1};
    for (std::uint64_t r = s.regions.first; r < s.regions.end(); ++r) {
        const RegionInfo info = map.region(r);
        s.scannedRegions += info.scanned;
        s.errorRegions += info.readError;
        s.timedOutRegions += info.timedOut;
        if (info.bucket) {
            s.fastestBucket = std::min(s.fastestBucket.value_or(*info.bucket), *info.bucket);
            s.slowestBucket = std::max(s.slowestBucket.value_or(*info.bucket), *info.bucket);
        } else if (info.scanned && !info.readError && !info.timedOut) {
            ++s.unknownLatencyRegions;
        }
    }
    s.badUnits = countIn(map.badUnits(), units);
    s.suspectUnits = countIn(map.suspectUnits(), units);
    s.pendingUnits = countIn(map.pendingUnits(), units);
    s.remappedUnits = countIn(map.remappedUnits(), units);
    return s;
}

} // namespace dmremap::gui
