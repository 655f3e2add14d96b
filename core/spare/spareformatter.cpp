#include "spareformatter.h"

#include "sparereader.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <random>
#include <vector>

#include <sys/random.h>

namespace dmremap::spare {

std::uint32_t defaultUnit(const BlockDevice& main, const BlockDevice& spare)
{
    return std::max({main.logicalBlockSize(), main.physicalBlockSize(), spare.logicalBlockSize(), 512u});
}

Result<dmr_sb> formatSpare(BlockDevice& main, BlockDevice& spare, const FormatOptions& options)
{
    if (!options.force && readSpare(spare).found)
        return Status(Error::AlreadyExists, "the spare already holds dm-remap metadata (use --force to overwrite)");
    const std::uint32_t unit = options.unitBytes ? options.unitBytes : defaultUnit(main, spare);
    if (!dmr_unit_valid(unit))
        return Status(Error::InvalidArgument, "the unit must be a power of two from 512 to 65536 bytes");
    if (spare.logicalBlockSize() > DMR_BLOCK_BYTES)
        return Status(Error::NotSupported, "spare logical block size above 4096 bytes");
    if (unit % main.logicalBlockSize() || unit % spare.logicalBlockSize())
        return Status(Error::InvalidArgument, "the unit must be a multiple of both devices' logical block sizes");
    if (main.sizeBytes() < unit)
        return Status(Error::InvalidArgument, "the main device is smaller than one unit");

    dmr_sb sb{};
    if (dmr_layout_compute(spare.sizeBytes() / 512, unit, &sb.layout) != 0)
        return Status(Error::NoSpace, "the spare is too small for the metadata and one slot");
    sb.generation = 1;
    sb.main_lbs_bytes = main.logicalBlockSize();
    sb.main_sectors = main.sizeBytes() / 512;
    sb.table_crc = dmr_crc32c(nullptr, 0);
    sb.format_time = options.formatTime
                         ? options.formatTime
                         : static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                                          std::chrono::system_clock::now().time_since_epoch())
                                                          .count());
    const std::string id = main.identity();
    std::memcpy(sb.main_id, id.data(), std::min<std::size_t>(id.size(), DMR_MAIN_ID_BYTES - 1));
    if (std::all_of(options.uuid.begin(), options.uuid.end(), [](std::uint8_t b) { return b == 0; })) {
        if (::getrandom(sb.uuid, sizeof(sb.uuid), 0) != static_cast<ssize_t>(sizeof(sb.uuid)))
            return Status::fromErrno(errno, "getrandom");
        sb.uuid[6] = static_cast<std::uint8_t>((sb.uuid[6] & 0x0f) | 0x40); // RFC 4122 version 4
        sb.uuid[8] = static_cast<std::uint8_t>((sb.uuid[8] & 0x3f) | 0x80);
    } else {
        std::memcpy(sb.uuid, options.uuid.data(), sizeof(sb.uuid));
    }

    // Scrub the whole metadata area, so no block of an older format survives.
    const std::uint64_t metaBytes = sb.layout.slot_offset_sectors * 512;
    std::vector<std::byte> zero(std::min<std::uint64_t>(metaBytes, 1 << 20));
    for (std::uint64_t off = 0; off < metaBytes; off += zero.size()) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(zero.size(), metaBytes - off));
        if (Status st = spare.write(off, std::span(zero.data(), n)); !st)
            return st;
    }
    if (Status st = spare.flush(); !st)
        return st;
    // Copy 1 first, copy 0 (what identifies the spare) last.
    std::vector<std::byte> block(DMR_BLOCK_BYTES);
    for (int c = DMR_NR_COPIES - 1; c >= 0; --c) {
        dmr_sb_encode(&sb, static_cast<std::uint32_t>(c), block.data());
        if (Status st = spare.write(std::uint64_t(c) * sb.layout.copy_sectors * 512, block); !st)
            return st;
        if (Status st = spare.flush(); !st)
            return st;
    }
    return sb;
}

} // namespace dmremap::spare
