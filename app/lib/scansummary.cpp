#include "scansummary.h"

namespace dmremap::gui {

ScanSummary ScanSummary::of(const HealthMap& map, QDateTime time, QString path)
{
    ScanSummary s;
    s.time = std::move(time);
    s.path = std::move(path);
    s.geometry = map.geometry();
    s.regions = map.regionCount();
    const std::size_t buckets = map.buckets().count();
    // Latency codes 2 + b; the slowest two buckets start at code buckets.
    const int slowCode = buckets >= 2 ? static_cast<int>(buckets) : 2;
    for (const std::uint8_t code : map.regionCodes()) {
        const int latency = code & HealthMap::latencyMask;
        s.scannedRegions += latency != 0 || (code & (HealthMap::flagReadError | HealthMap::flagTimedOut));
        s.slowRegions += latency >= slowCode;
        s.errorRegions += (code & HealthMap::flagReadError) != 0;
    }
    s.badUnits = map.badUnits().unitCount();
    s.suspectUnits = map.suspectUnits().unitCount();
    s.pendingUnits = map.pendingUnits().unitCount();
    s.remappedUnits = map.remappedUnits().unitCount();
    return s;
}

} // namespace dmremap::gui
