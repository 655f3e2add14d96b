#pragma once

#include "blockdevice.h"

#include "dm-remap-parse.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dmremap::spare {

/// One metadata copy as found on the spare.
struct CopyReport {
    unsigned index = 0;
    bool present = false; ///< a superblock magic was found where the copy lives
    bool valid = false; ///< superblock, every used table block and table_crc check out
    std::uint64_t generation = 0; ///< from the superblock, when it decoded
    std::string problem; ///< English reason when !valid
};

/// One remap table entry. Units are remap units (unitBytes each).
struct SpareEntry {
    std::uint64_t mainUnit = 0;
    std::uint32_t slot = DMR_SLOT_NONE; ///< DMR_SLOT_NONE when pending
    bool pending = false;
    bool manual = false;
};

/// What the spare holds, read the way the kernel target reads it
/// (kmod/dm-remap-metadata.c): the newest complete copy wins.
struct SpareReport {
    bool found = false; ///< any dm-remap superblock magic seen (false: blank or foreign)
    bool usable = false; ///< at least one complete copy
    std::optional<unsigned> chosenCopy;
    dmr_sb superblock{}; ///< of the chosen copy, when usable
    std::vector<CopyReport> copies; ///< DMR_NR_COPIES entries
    std::vector<SpareEntry> entries; ///< sorted by mainUnit, when usable
    std::uint64_t remapped = 0;
    std::uint64_t pending = 0;

    unsigned validCopies() const;
};

/// Reads and checks every copy. Never writes. I/O errors make a copy
/// invalid; they are not an error of the call.
SpareReport readSpare(BlockDevice& spare);

/// Where copy 1's superblock may be when copy 0's cannot be trusted: for
/// each possible unit size, the layout of a spare of this size puts it at
/// copy_sectors (bytes returned, duplicates removed).
std::vector<std::uint64_t> copyOneCandidates(std::uint64_t spareBytes);

} // namespace dmremap::spare
