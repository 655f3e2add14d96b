#pragma once

#include "blockreader.h"
#include "error/result.h"

#include <cstdint>
#include <vector>

namespace dmremap {

/// Opt-in write check of units the user picked (never part of a normal scan):
/// read the unit, write the same bytes back, read again and compare. A
/// rewrite lets a drive reallocate a weak sector it could still read; the
/// contents never change. A unit that cannot be read is NOT written: its data
/// is unknown, and rewriting it is the remap target's job (a write to a
/// pending block goes to the spare).
///
/// Needs a BlockReader opened for writing (DeviceReader::Access::ReadWrite);
/// the caller (the helper) must have checked that nothing uses the device.
/// Not thread-safe; one call at a time.
class VerifyWriter
{
public:
    enum class Outcome {
        Verified, ///< read, rewritten and read back identical
        Unreadable, ///< the first read failed; nothing was written
        WriteFailed, ///< the rewrite failed
        Mismatch, ///< read back differs from what was written
    };
    struct UnitResult {
        std::uint64_t unit = 0; ///< unit index
        Outcome outcome = Outcome::Verified;
    };

    /// unitBytes: the remap unit (a multiple of the reader's logical block).
    VerifyWriter(BlockReader& reader, std::uint32_t unitBytes);

    /// One result per unit, in the order given. Errors: InvalidArgument (a
    /// unit past the end), NotSupported (reader not writable; checked before
    /// anything is written), fatal read errors other than MediumError.
    Result<std::vector<UnitResult>> run(const std::vector<std::uint64_t>& units);

private:
    BlockReader& m_reader;
    std::uint32_t m_unit;
};

} // namespace dmremap
