#pragma once

#include "healthmap/latencybuckets.h"

#include <chrono>
#include <cstdint>

namespace dmremap {

/// How a Scanner reads. Sizes are bytes; 0 means "the default" where said.
struct ScanOptions {
    /// Size of one read request in the forward pass (default 1 MiB); rounded
    /// down to a multiple of the remap unit.
    std::uint32_t requestBytes = 1024 * 1024;
    /// Reads in flight at once; at least 1.
    unsigned inFlight = 4;
    /// How the reads run. Auto: kernel AIO from the scanner's thread when the
    /// reader has an O_DIRECT descriptor (BlockReader::directFd(); a block
    /// device always has), else worker threads calling BlockReader::read().
    /// Threads: always worker threads (for comparisons).
    enum class Engine { Auto, Threads };
    Engine engine = Engine::Auto;
    /// Remap unit the scan narrows errors down to; 0 = the larger of the
    /// device's logical and physical block (what `dmremap-spare format` uses).
    std::uint32_t unitBytes = 0;
    /// Health map region size (default 1 MiB, a multiple of the unit).
    std::uint32_t regionBytes = 1024 * 1024;
    LatencyBuckets buckets;

    /// Part of the device to scan, in bytes; endBytes 0 = the end of the
    /// device. Both are rounded to the unit (start down, end up).
    std::uint64_t startBytes = 0;
    std::uint64_t endBytes = 0;

    /// A request slower than this is given up: its area is recorded as timed
    /// out (suspect units, not narrowed), and the scan moves on while the
    /// kernel finishes the read. Counted from when the request is queued
    /// (at most one queued read runs before it). 0 = no limit.
    std::chrono::milliseconds requestTimeLimit{30000};

    /// Throughput cap in bytes per second over the whole scan; 0 = none.
    std::uint64_t maxBytesPerSecond = 0;
    /// After consecutive failed requests, wait errorBackoff * 2^(n-1), at most
    /// errorBackoffMax, before the next request: a dying disk gets air.
    /// A failing drive already spends seconds per failed read on its own
    /// retries; the backoff only spaces out the fast failures, so narrowing a
    /// dead MiB (256 failing unit reads) costs at most ~13 s extra.
    std::chrono::milliseconds errorBackoff{2};
    std::chrono::milliseconds errorBackoffMax{50};

    /// Skip-ahead after a failed request, as GNU ddrescue's first pass does:
    /// skip minSkipBytes after the first error, doubling with each further
    /// error, at most maxSkipBytes (0 = 1% of the device, at least one
    /// request); a success resets it. Skipped areas are read in a later,
    /// backwards pass. minSkipBytes 0 disables skipping.
    std::uint64_t minSkipBytes = 1024 * 1024;
    std::uint64_t maxSkipBytes = 0;

    /// Narrowing a failed request first reads it in chunks of this many bytes
    /// (rounded down to the unit; 0 = requestBytes / 16), then unit by unit
    /// only the chunks that failed. The unit size itself disables the chunk
    /// step (every unit of a failed request is read on its own).
    std::uint32_t narrowingChunkBytes = 0;
};

} // namespace dmremap
