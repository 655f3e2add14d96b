#pragma once

#include "error/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dmremap::dm {

/// The remap target's status line (STATUSTYPE_INFO), decoded. Grammar in
/// kmod/dm-remap-parse.h (dmr_format_status) and
/// kmod/Documentation/dm-remap.rst, "Status":
///   <version> <state> <unit_bytes> <remapped>/<nr_slots> <pending>
///   <read_errors> <write_errors> <auto_remaps> <manual_remaps>
///   <generation> <valid_copies>/<nr_copies>
/// Counts of remapped, slots and pending are in remap units. Value type.
struct RemapStatus {
    std::string version; ///< target version, "1.0.0"
    std::string state; ///< "ok", "degraded", "spare_full", "read_only", "failed"
    std::uint32_t unitBytes = 0;
    std::uint64_t remapped = 0; ///< units
    std::uint64_t capacity = 0; ///< spare slots (units)
    std::uint64_t pending = 0; ///< units
    std::uint64_t readErrors = 0;
    std::uint64_t writeErrors = 0;
    std::uint64_t autoRemaps = 0;
    std::uint64_t manualRemaps = 0;
    std::uint64_t generation = 0;
    std::uint32_t validCopies = 0;
    std::uint32_t copies = 0;

    /// CorruptData on any deviation from the grammar (the kernel's own parser
    /// decides, dmr_parse_status()).
    static Result<RemapStatus> parse(std::string_view line);
    bool operator==(const RemapStatus&) const = default;
};

/// One line of the `list` message: "<main_unit> <slot> remapped" or
/// "<main_unit> - pending". Units are remap units.
struct RemapEntry {
    static constexpr std::uint32_t noSlot = 0xffffffffu;
    std::uint64_t mainUnit = 0;
    std::uint32_t slot = noSlot;
    bool pending = false;

    /// The reply of `list`, one entry per line. CorruptData on a bad line.
    static Result<std::vector<RemapEntry>> parseList(std::string_view reply);
    bool operator==(const RemapEntry&) const = default;
};

} // namespace dmremap::dm
