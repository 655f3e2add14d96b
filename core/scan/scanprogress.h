#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace dmremap {

/// Where a scan is, as a snapshot. Bytes are bytes of the main device.
struct ScanProgress {
    enum class Phase {
        Idle,
        Forward, ///< first pass, large requests, skipping over error clusters
        Skipped, ///< reading the skipped areas, backwards
        Narrowing, ///< re-reading failed requests unit by unit
        Done,
    };
    Phase phase = Phase::Idle;
    bool paused = false;
    /// Work done and total: the scanned range plus every failed request's
    /// bytes (they are read twice), so total grows when errors appear.
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t bytesPerSecond = 0; ///< average while running (pauses excluded)
    std::optional<std::chrono::seconds> eta; ///< nullopt until a rate is known
    std::chrono::milliseconds elapsed{0}; ///< running time, pauses excluded
    std::uint64_t badUnits = 0;
    std::uint64_t failedRequests = 0;
    std::uint64_t timedOutRequests = 0;
};

} // namespace dmremap
