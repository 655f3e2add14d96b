#pragma once

#include "healthmap/healthmap.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace dmremap::gui {

/// The figures of one scan that the history table shows. Counts of regions
/// are regions; of units, remap units. Value type.
struct ScanSummary {
    QDateTime time; ///< when the scan ended (UTC)
    QString path; ///< the scan's file, empty when not saved
    HealthMapGeometry geometry;
    std::uint64_t regions = 0;
    std::uint64_t scannedRegions = 0;
    /// Regions in the slowest two latency buckets (by default >= 200 ms), a
    /// sign of a weak area before it fails.
    std::uint64_t slowRegions = 0;
    std::uint64_t errorRegions = 0;
    std::uint64_t badUnits = 0;
    std::uint64_t suspectUnits = 0;
    std::uint64_t pendingUnits = 0;
    std::uint64_t remappedUnits = 0;

    /// One pass over the map's regions.
    static ScanSummary of(const HealthMap& map, QDateTime time = {}, QString path = {});
    bool operator==(const ScanSummary&) const = default;
};

} // namespace dmremap::gui
