#pragma once

#include "blockdevice.h"

#include "dm-remap-parse.h"

#include <array>
#include <cstdint>

namespace dmremap::spare {

struct FormatOptions {
    /// Remap unit in bytes; 0 picks the larger of the main device's logical
    /// and physical block size (and at least the spare's logical block size).
    std::uint32_t unitBytes = 0;
    /// Overwrite a spare that already holds dm-remap metadata.
    bool force = false;
    /// All zero: a random UUID.
    std::array<std::uint8_t, DMR_UUID_BYTES> uuid{};
    std::uint64_t formatTime = 0; ///< seconds since the epoch; 0: now
};

/// Writes fresh, empty metadata (both copies, generation 1) for the pair.
/// Errors: AlreadyExists (metadata present, no force), InvalidArgument (bad
/// unit), NotSupported (spare logical block above 4096), NoSpace (spare too
/// small for one slot), I/O errors. Returns the written superblock.
Result<dmr_sb> formatSpare(BlockDevice& main, BlockDevice& spare, const FormatOptions& options);

/// The default unit for a main/spare pair (see FormatOptions::unitBytes).
std::uint32_t defaultUnit(const BlockDevice& main, const BlockDevice& spare);

} // namespace dmremap::spare
