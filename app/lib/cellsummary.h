#pragma once

#include "healthmaplayout.h"

#include "healthmap/healthmap.h"

#include <cstdint>
#include <optional>

namespace dmremap::gui {

/// What one cell of the health map holds, for its tooltip and the status
/// line: the regions' latencies and states, and the exact unit lists clipped
/// to the cell's units. Counts of units are remap units. Value type.
struct CellSummary {
    HealthMapLayout::Span units; ///< remap units of the cell
    HealthMapLayout::Span regions; ///< regions the cell touches
    std::uint64_t scannedRegions = 0;
    std::uint64_t unknownLatencyRegions = 0; ///< read, latency unknown (mapfile import)
    std::optional<std::size_t> fastestBucket;
    std::optional<std::size_t> slowestBucket;
    std::uint64_t errorRegions = 0; ///< regions with the read-error flag
    std::uint64_t timedOutRegions = 0;
    std::uint64_t badUnits = 0;
    std::uint64_t suspectUnits = 0;
    std::uint64_t pendingUnits = 0;
    std::uint64_t remappedUnits = 0;

    /// Summary of `units` (clipped to the map). Cost: the regions touched plus
    /// a binary search per unit list.
    static CellSummary of(const HealthMap& map, HealthMapLayout::Span units);
};

} // namespace dmremap::gui
