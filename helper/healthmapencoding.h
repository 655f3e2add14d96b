#pragma once

#include "dm/remapstatus.h"
#include "error/result.h"
#include "healthmap/healthmap.h"

#include <QVariantMap>

#include <vector>

namespace dmremap::helper {

/// Most regions one GetHealthMap reply carries (32 MiB of region bytes,
/// the system bus's default message limit is 128 MiB).
inline constexpr std::uint64_t maxRegionsPerReply = 32ull << 20;

/// The compact D-Bus encoding of a health map (Drive.GetHealthMap in
/// org.dmremap.Helper1.Drive.xml): geometry keys, one region byte per
/// region of the window [firstRegion, firstRegion + regionCount) (clamped
/// to the map), and the unit lists as flat (first, count) pairs.
/// InvalidArgument when the window starts past the end or is too large.
Result<QVariantMap> encodeHealthMap(const HealthMap& map, std::uint64_t firstRegion, std::uint64_t regionCount);

/// The inverse (clients, tests) of a whole map (first_region 0, every
/// region present): InvalidArgument naming the missing key (device_bytes,
/// region_bytes, unit_bytes, regions), or when sizes do not agree or a unit
/// list is odd. Lists may be QList<qulonglong> or still-marshalled
/// QDBusArgument (a live reply); no bucket_limits_us means the default
/// latency buckets.
Result<HealthMap> decodeHealthMap(const QVariantMap& encoded);

/// Puts the remap target's table on the map as pending and remapped
/// overlays. targetUnitBytes is the target's unit; entries are in it. A
/// target unit that is not a multiple of the map's unit is converted by
/// bytes (rounded outwards).
void applyOverlays(HealthMap& map, const std::vector<dm::RemapEntry>& entries, std::uint32_t targetUnitBytes);

} // namespace dmremap::helper
