#include "healthmap.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace dmremap {

namespace {

constexpr std::uint64_t everyByte(std::uint8_t b)
{
    return 0x0101010101010101ull * b;
}

// Region bytes eight at a time (the merge and the overlay refresh walk every
// region of a 20 TB map: 19 million of them).
std::uint64_t load8(const std::uint8_t* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

void store8(std::uint8_t* p, std::uint64_t w)
{
    std::memcpy(p, &w, sizeof w);
}

// MergePolicy::Worst of eight region bytes at once: the higher latency nibble
// of each byte pair and the union of the flag nibbles. For nibbles a, b:
// 0x10 + a - b never borrows from the next byte, and its bit 4 says a >= b.
std::uint64_t worstOf8(std::uint64_t mine, std::uint64_t theirs)
{
    constexpr std::uint64_t low = everyByte(HealthMap::latencyMask);
    const std::uint64_t a = mine & low, b = theirs & low;
    const std::uint64_t aWins = (((a | everyByte(0x10)) - b) >> 4) & everyByte(0x01);
    const std::uint64_t mask = aWins * 0x0F;
    return ((mine | theirs) & ~low) | (a & mask) | (b & ~mask & low);
}

} // namespace

Status HealthMapGeometry::validate() const
{
    if (deviceBytes == 0)
        return Status{Error::InvalidArgument, "health map of an empty device"};
    if (unitBytes < 512 || !std::has_single_bit(unitBytes))
        return Status{Error::InvalidArgument, "unit size must be a power of two of at least 512 bytes"};
    if (regionBytes < unitBytes || regionBytes % unitBytes != 0)
        return Status{Error::InvalidArgument, "region size must be a multiple of the unit size"};
    return {};
}

HealthMap::HealthMap(const HealthMapGeometry& geometry, LatencyBuckets buckets)
    : m_geometry(geometry)
    , m_buckets(std::move(buckets))
    , m_regions(geometry.validate() ? geometry.regionCount() : 0, 0)
{
    m_regions.shrink_to_fit();
}

Result<HealthMap> HealthMap::create(const HealthMapGeometry& geometry, LatencyBuckets buckets)
{
    if (auto valid = geometry.validate(); !valid)
        return valid;
    return HealthMap{geometry, std::move(buckets)};
}

template<typename F>
void HealthMap::forRegions(std::uint64_t offsetBytes, std::uint64_t lengthBytes, F f)
{
    if (lengthBytes == 0 || m_regions.empty())
        return;
    const std::uint64_t first = offsetBytes / m_geometry.regionBytes;
    const std::uint64_t last
        = std::min<std::uint64_t>((offsetBytes + lengthBytes - 1) / m_geometry.regionBytes, m_regions.size() - 1);
    for (std::uint64_t r = first; r <= last; ++r)
        f(m_regions[r]);
}

void HealthMap::recordRead(std::uint64_t offsetBytes, std::uint64_t lengthBytes, std::chrono::microseconds latency)
{
    const auto code = static_cast<std::uint8_t>(2 + m_buckets.bucketOf(latency));
    forRegions(offsetBytes, lengthBytes, [code](std::uint8_t& byte) {
        const std::uint8_t latencyCode = std::max<std::uint8_t>(byte & latencyMask, code);
        byte = static_cast<std::uint8_t>((byte & ~latencyMask) | latencyCode);
    });
}

void HealthMap::recordReadOk(std::uint64_t offsetBytes, std::uint64_t lengthBytes)
{
    forRegions(offsetBytes, lengthBytes, [](std::uint8_t& byte) {
        if ((byte & latencyMask) == 0)
            byte |= latencyUnknown;
    });
}

void HealthMap::recordTimeout(std::uint64_t offsetBytes, std::uint64_t lengthBytes)
{
    forRegions(offsetBytes, lengthBytes, [](std::uint8_t& byte) { byte |= flagTimedOut; });
}

bool HealthMap::clampUnits(std::uint64_t firstUnit, std::uint64_t& unitCount) const
{
    // Units past the end of the device cannot exist; a caller passing them
    // has the wrong geometry, and persisting them would corrupt the file.
    const std::uint64_t units = m_geometry.unitCount();
    if (firstUnit >= units || m_regions.empty())
        return false;
    unitCount = std::min(unitCount, units - firstUnit);
    return unitCount > 0;
}

void HealthMap::flagUnits(std::uint64_t firstUnit, std::uint64_t unitCount, std::uint8_t flag)
{
    const std::uint64_t unit = m_geometry.unitBytes;
    forRegions(firstUnit * unit, unitCount * unit, [flag](std::uint8_t& byte) { byte |= flag; });
}

void HealthMap::markBad(std::uint64_t firstUnit, std::uint64_t unitCount)
{
    if (!clampUnits(firstUnit, unitCount))
        return;
    m_bad.insert(firstUnit, unitCount);
    m_suspect.erase(firstUnit, unitCount);
    flagUnits(firstUnit, unitCount, flagReadError);
}

void HealthMap::markSuspect(std::uint64_t firstUnit, std::uint64_t unitCount)
{
    if (!clampUnits(firstUnit, unitCount))
        return;
    m_suspect.insert(firstUnit, unitCount);
    // A unit known bad stays bad; suspect only means "not narrowed down".
    const UnitRangeSet bad = m_bad.slice(firstUnit, unitCount);
    for (const auto& r : bad.ranges())
        m_suspect.erase(r.first, r.count);
    flagUnits(firstUnit, unitCount, flagReadError);
}

void HealthMap::clearSuspect(std::uint64_t firstUnit, std::uint64_t unitCount)
{
    m_suspect.erase(firstUnit, unitCount);
    // The region keeps its error flag only if something bad or suspect is left in it.
    const std::uint64_t perRegion = m_geometry.unitsPerRegion();
    const std::uint64_t end = firstUnit + unitCount;
    for (std::uint64_t r = firstUnit / perRegion; r * perRegion < end && r < m_regions.size(); ++r) {
        if (!m_bad.intersects(r * perRegion, perRegion) && !m_suspect.intersects(r * perRegion, perRegion))
            m_regions[r] &= static_cast<std::uint8_t>(~flagReadError);
    }
}

void HealthMap::markPending(std::uint64_t firstUnit, std::uint64_t unitCount)
{
    if (!clampUnits(firstUnit, unitCount))
        return;
    m_pending.insert(firstUnit, unitCount);
    flagUnits(firstUnit, unitCount, flagPending);
}

void HealthMap::markRemapped(std::uint64_t firstUnit, std::uint64_t unitCount)
{
    if (!clampUnits(firstUnit, unitCount))
        return;
    m_remapped.insert(firstUnit, unitCount);
    flagUnits(firstUnit, unitCount, flagRemapped);
}

void HealthMap::setOverlays(UnitRangeSet pending, UnitRangeSet remapped)
{
    m_pending = std::move(pending);
    m_remapped = std::move(remapped);
    refreshOverlayFlags();
}

void HealthMap::refreshOverlayFlags()
{
    constexpr auto overlays = static_cast<std::uint8_t>(flagPending | flagRemapped);
    std::size_t i = 0;
    for (; i + 8 <= m_regions.size(); i += 8)
        store8(&m_regions[i], load8(&m_regions[i]) & ~everyByte(overlays));
    for (; i < m_regions.size(); ++i)
        m_regions[i] &= static_cast<std::uint8_t>(~overlays);
    for (const auto& r : m_pending.ranges())
        flagUnits(r.first, r.count, flagPending);
    for (const auto& r : m_remapped.ranges())
        flagUnits(r.first, r.count, flagRemapped);
}

RegionInfo HealthMap::region(std::uint64_t index) const
{
    RegionInfo info;
    if (index >= m_regions.size())
        return info;
    const std::uint8_t byte = m_regions[index];
    const std::uint8_t latency = byte & latencyMask;
    info.readError = byte & flagReadError;
    info.timedOut = byte & flagTimedOut;
    info.pending = byte & flagPending;
    info.remapped = byte & flagRemapped;
    info.scanned = latency != 0 || info.readError || info.timedOut;
    if (latency >= 2)
        info.bucket = latency - 2;
    return info;
}

std::uint64_t HealthMap::scannedRegions() const
{
    return static_cast<std::uint64_t>(std::count_if(m_regions.begin(), m_regions.end(), [](std::uint8_t b) {
        return (b & (latencyMask | flagReadError | flagTimedOut)) != 0;
    }));
}

Status HealthMap::merge(const HealthMap& other, MergePolicy policy)
{
    if (other.m_geometry != m_geometry || other.m_buckets != m_buckets)
        return Status{Error::InvalidArgument, "cannot merge health maps of different geometry or buckets"};
    constexpr std::uint8_t scanMask = latencyMask | flagReadError | flagTimedOut;
    const std::uint64_t perRegion = m_geometry.unitsPerRegion();
    std::size_t r = 0;
    if (policy == MergePolicy::Worst) {
        for (; r + 8 <= m_regions.size(); r += 8)
            store8(&m_regions[r], worstOf8(load8(&m_regions[r]), load8(&other.m_regions[r])));
    }
    for (; r < m_regions.size(); ++r) {
        std::uint8_t& mine = m_regions[r];
        const std::uint8_t theirs = other.m_regions[r];
        if (policy == MergePolicy::Newest && (theirs & scanMask) != 0) {
            mine = static_cast<std::uint8_t>((mine & ~scanMask) | (theirs & scanMask));
            m_bad.erase(r * perRegion, perRegion);
            m_suspect.erase(r * perRegion, perRegion);
            continue;
        }
        const std::uint8_t latency = std::max<std::uint8_t>(mine & latencyMask, theirs & latencyMask);
        mine = static_cast<std::uint8_t>(((mine | theirs) & ~latencyMask) | latency);
    }
    m_bad.insert(other.m_bad);
    m_suspect.insert(other.m_suspect);
    if (policy == MergePolicy::Newest) {
        for (const auto& range : m_bad.ranges())
            m_suspect.erase(range.first, range.count);
    }
    m_pending.insert(other.m_pending);
    m_remapped.insert(other.m_remapped);
    refreshOverlayFlags();
    return {};
}

std::size_t HealthMap::memoryBytes() const
{
    return sizeof(*this) + m_regions.capacity() + m_bad.memoryBytes() + m_suspect.memoryBytes()
        + m_pending.memoryBytes() + m_remapped.memoryBytes()
        + m_buckets.limits().capacity() * sizeof(std::chrono::microseconds);
}

void HealthMap::restore(std::vector<std::uint8_t> regions, UnitRangeSet bad, UnitRangeSet suspect,
                        UnitRangeSet pending, UnitRangeSet remapped)
{
    m_regions = std::move(regions);
    m_bad = std::move(bad);
    m_suspect = std::move(suspect);
    m_pending = std::move(pending);
    m_remapped = std::move(remapped);
}

} // namespace dmremap
