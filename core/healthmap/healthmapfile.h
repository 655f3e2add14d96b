#pragma once

#include "healthmap.h"

#include <filesystem>
#include <span>

namespace dmremap {

/// Our own versioned file format of a HealthMap ("DMRHMAP" files).
///
/// Layout, all integers little-endian:
///   magic "DMRHMAP\0" (8 bytes), u32 version (= 1), u32 flags (0)
///   u64 deviceBytes, u32 regionBytes, u32 unitBytes
///   u32 limit count n, n x u64 bucket limits in microseconds
///   u64 region count, u64 run count, runs of (u32 length, u8 region byte)
///   4 unit lists (bad, suspect, pending, remapped): u64 range count, ranges of
///   (u64 first unit, u64 unit count)
///   u32 CRC-32 (IEEE 802.3, as zlib's crc32()) of every byte before it
/// Region bytes are run-length encoded: a scanned healthy disk is a few runs.
/// A reader refuses other versions (UnsupportedVersion) and anything that
/// does not check out (CorruptData). Stateless functions; thread-safe.
class HealthMapFile
{
public:
    static constexpr std::uint32_t version = 1;

    static std::vector<std::uint8_t> serialize(const HealthMap& map);
    static Result<HealthMap> deserialize(std::span<const std::uint8_t> bytes);

    /// Writes atomically: a temporary file in the same directory, fsync,
    /// rename over `path`, fsync of the directory. Creates missing directories.
    static Status save(const HealthMap& map, const std::filesystem::path& path);
    static Result<HealthMap> load(const std::filesystem::path& path);
};

/// CRC-32 (IEEE 802.3 polynomial, reflected, as zlib's crc32()).
std::uint32_t crc32Ieee(std::span<const std::uint8_t> bytes, std::uint32_t crc = 0);

} // namespace dmremap
