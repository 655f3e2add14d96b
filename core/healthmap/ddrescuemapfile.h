#pragma once

#include "healthmap.h"

#include <string>
#include <string_view>
#include <vector>

namespace dmremap {

/// A GNU ddrescue mapfile (ddrescue manual, "Mapfile structure"; ddrescue
/// 1.21+ adds the current_pass field, which stays optional here):
///
///   # comment lines ...
///   0x00120000     ?               1      <- status line: current_pos current_status [current_pass]
///   #      pos        size  status
///   0x00000000  0x00010000  +             <- one line per block
///
/// Positions and sizes are in bytes; ddrescue writes them in hex ("0x"), and
/// reads decimal, hex or octal (C prefixes), as does parse().
/// Block status characters: '?' non-tried, '*' failed non-trimmed,
/// '/' failed non-scraped, '-' failed bad sector(s), '+' finished.
/// Current status characters: '?' copying, '*' trimming, '/' scraping,
/// '-' retrying, 'F' filling, 'G' generating, '+' finished.
///
/// The model is lossless: parse() then serialize() gives back the blocks, the
/// status line and the comment lines before the status line (in ddrescue's
/// column layout). Value type; stateless conversions, thread-safe.
class DdrescueMapfile
{
public:
    struct Block {
        std::uint64_t posBytes = 0;
        std::uint64_t sizeBytes = 0;
        char status = '?';
        std::uint64_t endBytes() const { return posBytes + sizeBytes; }
        bool operator==(const Block&) const = default;
    };

    std::vector<std::string> comments; ///< lines before the status line, without "# "
    std::uint64_t currentPosBytes = 0;
    char currentStatus = '?';
    int currentPass = 1; ///< 0 when the file has no current_pass field
    std::vector<Block> blocks; ///< sorted, non-overlapping

    /// CorruptData (with the line number) on anything ddrescue itself would reject.
    static Result<DdrescueMapfile> parse(std::string_view text);
    std::string serialize() const;

    static Result<DdrescueMapfile> load(const std::string& path);
    Status save(const std::string& path) const;

    /// Size covered by the blocks (end of the last block), in bytes.
    std::uint64_t coveredBytes() const { return blocks.empty() ? 0 : blocks.back().endBytes(); }

    /// The map as ddrescue would see it: bad units '-', suspect units '*',
    /// other units of scanned regions '+', the rest '?'. The status line says
    /// finished ('+') when every region was scanned. Latency buckets have no
    /// place in a mapfile and are lost.
    static DdrescueMapfile fromHealthMap(const HealthMap& map);

    /// A health map of the given geometry (deviceBytes 0: the end of the last
    /// block): '+' areas are regions read with unknown latency; '-' areas are
    /// bad units, '*' and '/' areas suspect units (rounded outwards to whole
    /// units); '?' areas stay unscanned. InvalidArgument if the blocks go past
    /// the device.
    Result<HealthMap> toHealthMap(HealthMapGeometry geometry, LatencyBuckets buckets = {}) const;

    bool operator==(const DdrescueMapfile&) const = default;
};

} // namespace dmremap
