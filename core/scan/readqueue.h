#pragma once

#include "error/status.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace dmremap {

/// Internal to Scanner: where its reads run. Two kinds: ReadPool (worker
/// threads calling BlockReader::read, for any reader, e.g. the tests'
/// fault-injecting ones) and AioReads (Linux kernel AIO on an O_DIRECT
/// descriptor: one thread keeps every read in flight, as fio does). Reads
/// are identified by the caller's id. A read the scanner gave up on keeps
/// its slot until the kernel completes it; its completion is still
/// delivered (the scanner drops it). Offsets and lengths are bytes.
/// Used from one thread (the scanner's).
class ReadQueue
{
public:
    struct Completion {
        std::uint64_t id = 0;
        Status status;
        std::chrono::microseconds latency{0}; ///< from the start of the read to its completion
    };

    virtual ~ReadQueue() = default; ///< waits for every read still in the kernel

    /// Reads that can start right now (free workers or slots).
    virtual unsigned idleWorkers() const = 0;
    /// Reads submitted but not yet started (ReadPool's queue; 0 for AioReads).
    virtual std::size_t queuedJobs() const = 0;
    /// Whether submitting ahead of idle workers helps: true for ReadPool (a
    /// worker that finishes takes the next read without waiting for the
    /// scanner's thread), false for AioReads (the kernel queues).
    virtual bool queuesAhead() const = 0;
    /// Starts (or queues) a read. For AioReads a slot must be idle.
    virtual void submit(std::uint64_t id, std::uint64_t offsetBytes, std::uint32_t lengthBytes) = 0;
    /// The next completion, or nullopt when `until` passes first.
    virtual std::optional<Completion> wait(std::chrono::steady_clock::time_point until) = 0;
};

} // namespace dmremap
