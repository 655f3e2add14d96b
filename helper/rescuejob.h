#pragma once

#include "job.h"

namespace dmremap::helper {

/// What RescueBlock does with one remap unit. Offsets and sizes in bytes.
struct RescuePlan {
    std::string mainPath; ///< read from here ("/dev/sdb")
    std::string remapPath; ///< write through the target ("/dev/dm-3")
    std::uint64_t offsetBytes = 0; ///< of the unit, on both devices
    std::uint32_t unitBytes = 4096;
    unsigned retries = 8; ///< read attempts
    bool zeroFill = false; ///< write zeros when no read succeeds
};

/// The work of a rescue job: re-read the unit from the main device (direct
/// I/O, up to `retries` times) and write what was read through the remap
/// device, so a pending unit lands on the spare. Without zeroFill an
/// unreadable unit is a MediumError and nothing is written.
Job::Work rescueWork(RescuePlan plan);

} // namespace dmremap::helper
