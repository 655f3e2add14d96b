#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dmremap {

/// A set of remap units (unit indexes, not sectors or bytes) stored as sorted,
/// coalesced, non-overlapping half-open ranges [first, first + count). Clusters
/// of bad units cost 16 bytes per cluster, not per unit. Appending in
/// increasing order (what a forward scan does) is O(1); other inserts are
/// O(ranges). Value type; not synchronised.
class UnitRangeSet
{
public:
    struct Range {
        std::uint64_t first = 0; ///< unit index
        std::uint64_t count = 0; ///< units
        std::uint64_t end() const { return first + count; }
        bool operator==(const Range&) const = default;
    };

    void insert(std::uint64_t first, std::uint64_t count = 1);
    void insert(const UnitRangeSet& other);
    void erase(std::uint64_t first, std::uint64_t count = 1);
    void clear() { m_ranges.clear(); }

    bool contains(std::uint64_t unit) const;
    /// Whether any unit of [first, first + count) is in the set.
    bool intersects(std::uint64_t first, std::uint64_t count) const;
    /// Units of the set inside [first, first + count).
    UnitRangeSet slice(std::uint64_t first, std::uint64_t count) const;

    bool empty() const { return m_ranges.empty(); }
    std::uint64_t unitCount() const; ///< total units (not ranges)
    const std::vector<Range>& ranges() const { return m_ranges; }
    /// Every unit, expanded; for tests and small sets.
    std::vector<std::uint64_t> units() const;
    std::size_t memoryBytes() const { return m_ranges.capacity() * sizeof(Range); }

    bool operator==(const UnitRangeSet&) const = default;

private:
    std::vector<Range> m_ranges;
};

} // namespace dmremap
