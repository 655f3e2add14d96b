#pragma once

#include "healthmap/healthmap.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace dmremap::gui {

/// How a region changed between two scans of the same drive.
///
/// The values are ordered by how much the user should worry, so the worst
/// change of many regions drawn in one pixel is their maximum.
enum class RegionChange : std::uint8_t {
    NotCompared, ///< not scanned in one of the two maps
    Same, ///< same latency bucket and no new error
    Better, ///< faster bucket, or an error gone (rewritten or remapped)
    Remapped, ///< became remapped (or pending turned into remapped), nothing worse
    Slower, ///< one latency bucket slower
    MuchSlower, ///< two or more buckets slower, or now in the slowest bucket
    NewError, ///< a read error, time-out or pending block the older scan did not have
};
inline constexpr std::size_t regionChangeCount = static_cast<std::size_t>(RegionChange::NewError) + 1;

/// The per-region difference of two health maps of the same drive (same
/// geometry and latency buckets): one RegionChange byte per region, and how
/// many regions fall in each class. Immutable value once made; thread-safe
/// to read.
class HealthMapDiff
{
public:
    /// InvalidArgument (as a null diff, see isNull()) when geometries or
    /// buckets differ; `error` then holds an English sentence for the log.
    static HealthMapDiff compare(const HealthMap& older, const HealthMap& newer, QString* error = nullptr);
    /// The change of one region byte pair (HealthMap encoding).
    static RegionChange change(std::uint8_t olderCode, std::uint8_t newerCode, std::size_t bucketCount);

    bool isNull() const { return m_changes.empty(); }
    const HealthMapGeometry& geometry() const { return m_geometry; }
    std::uint64_t regionCount() const { return m_changes.size(); }
    RegionChange regionChange(std::uint64_t region) const { return static_cast<RegionChange>(m_changes[region]); }
    /// One byte per region (a RegionChange), for painting.
    const std::vector<std::uint8_t>& changeCodes() const { return m_changes; }
    /// Regions in the class.
    std::uint64_t count(RegionChange change) const { return m_counts[static_cast<std::size_t>(change)]; }
    /// Regions slower, much slower or with a new error.
    std::uint64_t worseCount() const;

private:
    HealthMapGeometry m_geometry;
    std::vector<std::uint8_t> m_changes;
    std::array<std::uint64_t, regionChangeCount> m_counts{};
};

} // namespace dmremap::gui
