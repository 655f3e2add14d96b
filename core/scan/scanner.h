#pragma once

#include "blockreader.h"
#include "error/result.h"
#include "healthmap/healthmap.h"
#include "scanoptions.h"
#include "scanprogress.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace dmremap {

/// What a finished (or cancelled) scan found.
struct ScanResult {
    HealthMap map; ///< latency per region; bad units exact; suspect = timed out, not narrowed
    bool cancelled = false; ///< the map covers only what was read before cancel()
    ScanProgress progress; ///< the final counters
    bool kernelAio = false; ///< the reads ran through kernel AIO (else worker threads, see ScanOptions::engine)
};

/// Read-only surface scan of a main device through a BlockReader.
///
/// Passes, in the manner of GNU ddrescue (its manual, "Algorithm"):
///  1. forward, in ScanOptions::requestBytes requests, inFlight at once; a
///     failed request is set aside and the scan skips ahead (skip doubling
///     with each consecutive failure) so a dying area does not stall it;
///  2. the skipped areas, backwards, without skipping;
///  3. every failed request again, first in chunks (ScanOptions::
///     narrowingChunkBytes, default 1/16 of a request), then the chunks that
///     failed one remap unit at a time (even units, then odd ones: adjacent
///     reads in flight together could be merged by the block layer and fail
///     as one): exactly the units that fail are bad, the others are measured
///     like any read.
/// Each request's latency goes into the health map (worst per region). A
/// request over the time limit is abandoned, not waited for: the scan goes on
/// with the other workers, and run() returns once the kernel has finished
/// every read it started (its own command timeouts bound that).
///
/// Never writes (see VerifyWriter for the opt-in write check).
///
/// Thread-safety: run() on one thread; pause(), resume(), cancel() and
/// progress() from any thread while it runs.
class Scanner
{
public:
    Scanner(std::unique_ptr<BlockReader> reader, ScanOptions options = {});
    ~Scanner();

    /// Scans; blocks until done or cancelled. Errors: InvalidArgument (bad
    /// options, e.g. a unit that is not a multiple of the logical block), or
    /// the first fatal read error (the device went away: NotFound, IoError).
    /// Read errors of the medium are results, not errors.
    Result<ScanResult> run();

    void pause();
    void resume();
    void cancel();
    ScanProgress progress() const;

    /// Called from run()'s thread after every completed request, at most
    /// every `interval`. Keep it short.
    void setProgressCallback(std::function<void(const ScanProgress&)> callback,
                             std::chrono::milliseconds interval = std::chrono::milliseconds{200});

    /// The unit the scan narrows to, in bytes (options or the device's).
    std::uint32_t unitBytes() const;

private:
    struct Run;
    friend struct Run;

    std::unique_ptr<BlockReader> m_reader;
    ScanOptions m_options;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_paused = false;
    bool m_cancelled = false;
    ScanProgress m_progress;
    std::function<void(const ScanProgress&)> m_callback;
    std::chrono::milliseconds m_callbackInterval{200};
};

} // namespace dmremap
