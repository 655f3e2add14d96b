#pragma once

#include "error/result.h"
#include "latencybuckets.h"
#include "unitrangeset.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace dmremap {

/// The shape of a health map. All three are in bytes.
struct HealthMapGeometry {
    static constexpr std::uint32_t defaultRegionBytes = 1024 * 1024;

    std::uint64_t deviceBytes = 0; ///< size of the main device
    std::uint32_t regionBytes = defaultRegionBytes; ///< a multiple of unitBytes
    std::uint32_t unitBytes = 4096; ///< the remap unit (power of two, >= 512)

    std::uint64_t regionCount() const { return (deviceBytes + regionBytes - 1) / regionBytes; }
    std::uint64_t unitCount() const { return (deviceBytes + unitBytes - 1) / unitBytes; }
    std::uint64_t unitsPerRegion() const { return regionBytes / unitBytes; }
    /// InvalidArgument unless the rules above hold and deviceBytes > 0.
    Status validate() const;
    bool operator==(const HealthMapGeometry&) const = default;
};

/// What is known about one region.
struct RegionInfo {
    bool scanned = false; ///< read at least once (successfully or not)
    /// Worst latency bucket of a successful read; nullopt when not scanned or
    /// when the latency is unknown (imported from a ddrescue mapfile).
    std::optional<std::size_t> bucket;
    bool readError = false; ///< at least one unit failed to read (bad or suspect)
    bool timedOut = false; ///< a read exceeded the scanner's time limit
    bool pending = false; ///< holds a pending unit (read failed, not yet rewritten)
    bool remapped = false; ///< holds a unit the remap target sends to the spare
    bool operator==(const RegionInfo&) const = default;
};

/// How merge() combines two maps of the same drive.
enum class MergePolicy {
    Worst, ///< per region the slowest bucket and every flag; union of all unit lists
    Newest, ///< regions the other map scanned take its bucket and bad/suspect units
};

/// Health map of one drive: one byte per region (latency bucket and flags) plus
/// exact lists of units.
///
/// Memory: regionCount() bytes + 16 bytes per range of listed units; a 20 TB
/// drive at 1 MiB regions takes ~19 MB (tested against the 64 MB budget).
///
/// Unit lists (unit indexes, see HealthMapGeometry::unitBytes):
/// - bad: a read of exactly this unit failed with a media error;
/// - suspect: inside an area that failed but was not narrowed down to units
///   (ddrescue's "non-trimmed"/"non-scraped", a timed-out request);
/// - pending / remapped: as reported by the remap target (overlays).
///
/// Positions passed to record*() are bytes; a range touching part of a region
/// counts for the whole region. Units past the end of the device are ignored. Not synchronised: the scanner owns its map
/// while scanning; callers copy or lock for concurrent readers.
class HealthMap
{
public:
    HealthMap() = default; ///< an empty map (no regions); check isNull()
    HealthMap(const HealthMapGeometry& geometry, LatencyBuckets buckets = {});
    /// Validating constructor: InvalidArgument on a bad geometry.
    static Result<HealthMap> create(const HealthMapGeometry& geometry, LatencyBuckets buckets = {});

    bool isNull() const { return m_regions.empty(); }
    const HealthMapGeometry& geometry() const { return m_geometry; }
    const LatencyBuckets& buckets() const { return m_buckets; }
    std::uint64_t regionCount() const { return m_regions.size(); }

    /// A successful read of [offsetBytes, offsetBytes + lengthBytes) took `latency`.
    void recordRead(std::uint64_t offsetBytes, std::uint64_t lengthBytes, std::chrono::microseconds latency);
    /// A successful read whose latency is unknown (import).
    void recordReadOk(std::uint64_t offsetBytes, std::uint64_t lengthBytes);
    void recordTimeout(std::uint64_t offsetBytes, std::uint64_t lengthBytes);

    void markBad(std::uint64_t firstUnit, std::uint64_t unitCount = 1);
    void markSuspect(std::uint64_t firstUnit, std::uint64_t unitCount = 1);
    void markPending(std::uint64_t firstUnit, std::uint64_t unitCount = 1);
    void markRemapped(std::uint64_t firstUnit, std::uint64_t unitCount = 1);
    /// A unit read fine after all: drop it from suspect (not from bad).
    void clearSuspect(std::uint64_t firstUnit, std::uint64_t unitCount = 1);
    /// Replace the pending/remapped overlays with the target's current lists.
    void setOverlays(UnitRangeSet pending, UnitRangeSet remapped);

    RegionInfo region(std::uint64_t index) const;
    /// The raw region byte (see healthmap.cpp for the encoding); for
    /// persistence and painting many regions fast.
    std::uint8_t regionCode(std::uint64_t index) const { return m_regions[index]; }
    const std::vector<std::uint8_t>& regionCodes() const { return m_regions; }

    const UnitRangeSet& badUnits() const { return m_bad; }
    const UnitRangeSet& suspectUnits() const { return m_suspect; }
    const UnitRangeSet& pendingUnits() const { return m_pending; }
    const UnitRangeSet& remappedUnits() const { return m_remapped; }

    std::uint64_t scannedRegions() const;

    /// InvalidArgument when geometry or buckets differ.
    Status merge(const HealthMap& other, MergePolicy policy = MergePolicy::Worst);

    /// Bytes this map holds on the heap.
    std::size_t memoryBytes() const;

    bool operator==(const HealthMap&) const = default;

    // Encoding of a region byte: low nibble 0 = not scanned, 1 = read with
    // unknown latency, 2 + b = worst bucket b; high nibble flags.
    static constexpr std::uint8_t latencyMask = 0x0F;
    static constexpr std::uint8_t latencyUnknown = 1;
    static constexpr std::uint8_t flagReadError = 0x10;
    static constexpr std::uint8_t flagTimedOut = 0x20;
    static constexpr std::uint8_t flagPending = 0x40;
    static constexpr std::uint8_t flagRemapped = 0x80;

    /// Only for HealthMapFile: install persisted contents (sizes checked there).
    void restore(std::vector<std::uint8_t> regions, UnitRangeSet bad, UnitRangeSet suspect,
                 UnitRangeSet pending, UnitRangeSet remapped);

private:
    template<typename F>
    void forRegions(std::uint64_t offsetBytes, std::uint64_t lengthBytes, F f);
    bool clampUnits(std::uint64_t firstUnit, std::uint64_t& unitCount) const;
    void flagUnits(std::uint64_t firstUnit, std::uint64_t unitCount, std::uint8_t flag);
    void refreshOverlayFlags();

    HealthMapGeometry m_geometry;
    LatencyBuckets m_buckets;
    std::vector<std::uint8_t> m_regions;
    UnitRangeSet m_bad, m_suspect, m_pending, m_remapped;
};

} // namespace dmremap
