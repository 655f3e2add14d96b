#include "scanner.h"

#include "aioreads.h"
#include "readpool.h"
#include "scanlog.h"

#include <algorithm>
#include <bit>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace dmremap {

using Clock = std::chrono::steady_clock;
using std::chrono::microseconds;
using std::chrono::milliseconds;

namespace {

struct Area {
    std::uint64_t offset = 0; ///< bytes
    std::uint64_t length = 0; ///< bytes
};

std::uint64_t alignUp(std::uint64_t v, std::uint64_t a)
{
    return (v + a - 1) / a * a;
}

} // namespace

// One run of the scan: the state of the passes, owned by run()'s thread.
struct Scanner::Run {
    Scanner& scanner;
    BlockReader& reader;
    const ScanOptions& options;
    std::uint32_t unit;
    std::uint32_t request;
    std::uint64_t start, end;
    HealthMap map;
    std::unique_ptr<ReadQueue> reads;
    ReadQueue& pool;

    struct InFlight {
        Area area;
        Clock::time_point deadline;
    };
    std::map<std::uint64_t, InFlight> inFlight;
    std::set<std::uint64_t> abandoned;
    std::uint64_t nextId = 1;

    Clock::time_point began = Clock::now();
    Clock::duration pausedFor{0};
    Clock::time_point notBefore = Clock::now(); ///< backoff
    Clock::time_point lastCallback{};
    std::uint64_t submittedBytes = 0;
    unsigned consecutiveFailures = 0;
    Status fatal;

    std::vector<Area> failed; ///< requests to narrow down
    std::vector<Area> skipped; ///< areas the forward pass jumped over
    ScanProgress progress;

    Run(Scanner& s, std::uint32_t unitBytes, std::uint32_t requestBytes, std::uint64_t first, std::uint64_t last)
        : scanner(s)
        , reader(*s.m_reader)
        , options(s.m_options)
        , unit(unitBytes)
        , request(requestBytes)
        , start(first)
        , end(last)
        , map(HealthMapGeometry{reader.sizeBytes(), options.regionBytes, unitBytes}, options.buckets)
        , reads(makeReads(reader, options, std::max(requestBytes, unitBytes)))
        , pool(*reads)
    {
        progress.bytesTotal = end - start;
    }

    static std::unique_ptr<ReadQueue> makeReads(BlockReader& reader, const ScanOptions& options, std::size_t bufferBytes)
    {
        const unsigned depth = std::max(1u, options.inFlight);
        const std::size_t alignment = std::max<std::size_t>(reader.alignmentBytes(), 512);
        if (options.engine == ScanOptions::Engine::Auto && reader.directFd() >= 0) {
            if (auto aio = AioReads::create(reader, reader.directFd(), depth, bufferBytes, alignment))
                return aio;
        }
        return std::make_unique<ReadPool>(reader, depth, bufferBytes, alignment);
    }

    bool cancelled() const
    {
        std::lock_guard lock(scanner.m_mutex);
        return scanner.m_cancelled;
    }

    bool paused() const
    {
        std::lock_guard lock(scanner.m_mutex);
        return scanner.m_paused;
    }

    Clock::duration running(Clock::time_point now) const { return now - began - pausedFor; }

    // Waits while paused with nothing in flight; pauses do not count as running time.
    void sleepWhilePaused()
    {
        std::unique_lock lock(scanner.m_mutex);
        if (!scanner.m_paused || scanner.m_cancelled)
            return;
        const auto from = Clock::now();
        scanner.m_progress.paused = true;
        qCInfo(dmremapScan) << "scan paused";
        scanner.m_cv.wait(lock, [this] { return !scanner.m_paused || scanner.m_cancelled; });
        scanner.m_progress.paused = false;
        pausedFor += Clock::now() - from;
        qCInfo(dmremapScan) << "scan resumed";
    }

    // Earliest moment the next request may start: error backoff and throughput cap.
    Clock::time_point submitAllowedAt() const
    {
        auto at = notBefore;
        if (options.maxBytesPerSecond > 0) {
            const auto due = began + pausedFor
                + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(
                    static_cast<double>(submittedBytes) / static_cast<double>(options.maxBytesPerSecond)));
            at = std::max(at, due);
        }
        return at;
    }

    void publish(bool force = false)
    {
        const auto now = Clock::now();
        const auto elapsed = std::chrono::duration_cast<milliseconds>(running(now));
        progress.elapsed = elapsed;
        progress.badUnits = map.badUnits().unitCount();
        if (elapsed.count() > 0) {
            progress.bytesPerSecond = progress.bytesDone * 1000 / static_cast<std::uint64_t>(elapsed.count());
            if (progress.bytesPerSecond > 0)
                progress.eta = std::chrono::seconds{(progress.bytesTotal - std::min(progress.bytesTotal, progress.bytesDone))
                                                    / progress.bytesPerSecond};
        }
        std::function<void(const ScanProgress&)> callback;
        {
            std::lock_guard lock(scanner.m_mutex);
            const bool paused = scanner.m_progress.paused;
            scanner.m_progress = progress;
            scanner.m_progress.paused = paused;
            if (scanner.m_callback && (force || now - lastCallback >= scanner.m_callbackInterval)) {
                callback = scanner.m_callback;
                lastCallback = now;
            }
        }
        if (callback)
            callback(progress);
    }

    void markFailed(const Area& area, bool timedOut)
    {
        const std::uint64_t firstUnit = area.offset / unit;
        const std::uint64_t units = (area.offset + area.length + unit - 1) / unit - firstUnit;
        map.markSuspect(firstUnit, units);
        if (timedOut)
            map.recordTimeout(area.offset, area.length);
    }

    void backOff()
    {
        ++consecutiveFailures;
        if (options.errorBackoff.count() <= 0)
            return;
        auto wait = options.errorBackoff * (1LL << std::min(consecutiveFailures - 1, 20u));
        wait = std::min<milliseconds>(wait, options.errorBackoffMax);
        notBefore = Clock::now() + wait;
    }

    // Runs requests from next() through the pool until next() has no more and
    // nothing is in flight, or cancel, or a fatal error. done() gets every
    // completed or abandoned request: status TimedOut for abandoned ones.
    template<typename Next, typename Done>
    void pump(Next next, Done done)
    {
        bool exhausted = false;
        while (true) {
            if (cancelled() || !fatal.ok())
                exhausted = true;
            auto now = Clock::now();
            const bool hold = paused();
            // Up to inFlight reads run at once, and as many wait queued so a
            // worker never idles for this thread; completions are counted
            // here, so a fast-failing worker cannot slip past the backoff.
            // Workers stuck in abandoned reads do not count, queued reads do.
            // While errors come in, nothing is queued ahead, so the backoff
            // really spaces out the reads.
            const std::size_t depth = std::max(1u, options.inFlight);
            // Kernel AIO needs no queue ahead: the kernel holds it. Nor does
            // a scan of one read at a time: each result (a skip after an
            // error) decides the next read.
            auto canSubmit = [&] {
                if (consecutiveFailures > 0 || !pool.queuesAhead() || depth == 1)
                    return inFlight.size() < depth && pool.idleWorkers() > 0;
                return inFlight.size() < 2 * depth && pool.queuedJobs() < depth;
            };
            while (!exhausted && !hold && now >= submitAllowedAt() && canSubmit()) {
                const std::optional<Area> area = next();
                if (!area) {
                    exhausted = true;
                    break;
                }
                const std::uint64_t id = nextId++;
                const auto length = static_cast<std::uint32_t>(alignUp(area->length, reader.logicalBlockBytes()));
                const auto deadline
                    = options.requestTimeLimit.count() > 0 ? now + options.requestTimeLimit : Clock::time_point::max();
                inFlight.emplace(id, InFlight{*area, deadline});
                submittedBytes += area->length;
                pool.submit(id, area->offset, length);
            }
            if (inFlight.empty()) {
                if (exhausted)
                    return;
                if (hold) {
                    sleepWhilePaused();
                    continue;
                }
            }
            auto until = now + milliseconds{100}; // to notice pause/cancel
            if (!exhausted && !hold && canSubmit())
                until = std::min(until, std::max(now, submitAllowedAt()));
            for (const auto& [id, f] : inFlight)
                until = std::min(until, f.deadline);
            if (auto c = pool.wait(until)) {
                if (abandoned.erase(c->id))
                    continue;
                auto it = inFlight.find(c->id);
                if (it == inFlight.end())
                    continue;
                const Area area = it->second.area;
                inFlight.erase(it);
                if (!c->status.ok() && c->status.error() != Error::MediumError) {
                    if (fatal.ok())
                        fatal = c->status;
                    continue;
                }
                done(area, c->status, c->latency);
                publish();
            }
            now = Clock::now();
            for (auto it = inFlight.begin(); it != inFlight.end();) {
                if (it->second.deadline > now) {
                    ++it;
                    continue;
                }
                qCWarning(dmremapScan) << "read at byte" << it->second.area.offset << "exceeded"
                                       << options.requestTimeLimit.count() << "ms; moving on";
                abandoned.insert(it->first);
                const Area area = it->second.area;
                it = inFlight.erase(it);
                done(area, Status{Error::TimedOut}, std::chrono::duration_cast<microseconds>(options.requestTimeLimit));
                publish();
            }
        }
    }

    // A failed or abandoned request of the first two passes.
    void requestFailed(const Area& area, const Status& status)
    {
        const bool timedOut = status.error() == Error::TimedOut;
        markFailed(area, timedOut);
        if (timedOut) {
            ++progress.timedOutRequests; // not narrowed: each unit could stall as long
        } else {
            ++progress.failedRequests;
            failed.push_back(area);
            progress.bytesTotal += area.length;
        }
        backOff();
    }

    void forwardPass()
    {
        progress.phase = ScanProgress::Phase::Forward;
        publish(true);
        const std::uint64_t maxSkip = options.maxSkipBytes > 0
            ? options.maxSkipBytes
            : std::max<std::uint64_t>(request, alignUp((end - start) / 100, unit));
        std::uint64_t pos = start;
        std::uint64_t skip = 0;
        std::uint64_t lastFailureEnd = 0;
        pump(
            [&]() -> std::optional<Area> {
                if (pos >= end)
                    return std::nullopt;
                // Keep requests aligned to the request size after a skip.
                const std::uint64_t next = std::min(end, (pos / request + 1) * request);
                Area area{pos, next - pos};
                pos = next;
                return area;
            },
            [&](const Area& area, const Status& status, microseconds latency) {
                progress.bytesDone += area.length;
                if (status.ok()) {
                    map.recordRead(area.offset, area.length, latency);
                    if (area.offset >= lastFailureEnd) {
                        skip = 0;
                        consecutiveFailures = 0;
                    }
                    return;
                }
                requestFailed(area, status);
                lastFailureEnd = std::max(lastFailureEnd, area.offset + area.length);
                if (options.minSkipBytes == 0 || pos >= end)
                    return;
                skip = skip == 0 ? options.minSkipBytes : std::min(skip * 2, maxSkip);
                const std::uint64_t to = std::min(end, alignUp(pos + skip, unit));
                if (to > pos) {
                    skipped.push_back({pos, to - pos});
                    pos = to;
                }
            });
    }

    void skippedPass()
    {
        if (skipped.empty())
            return;
        progress.phase = ScanProgress::Phase::Skipped;
        publish(true);
        std::sort(skipped.begin(), skipped.end(), [](const Area& a, const Area& b) { return a.offset < b.offset; });
        std::size_t index = skipped.size();
        std::uint64_t cursor = 0;
        bool inArea = false;
        pump(
            [&]() -> std::optional<Area> {
                while (true) {
                    if (!inArea) {
                        if (index == 0)
                            return std::nullopt;
                        --index;
                        cursor = skipped[index].offset + skipped[index].length;
                        inArea = true;
                    }
                    const Area& area = skipped[index];
                    if (cursor <= area.offset) {
                        inArea = false;
                        continue;
                    }
                    const std::uint64_t from = std::max(area.offset, cursor - std::min<std::uint64_t>(cursor, request));
                    Area piece{from, cursor - from};
                    cursor = from;
                    return piece;
                }
            },
            [&](const Area& area, const Status& status, microseconds latency) {
                progress.bytesDone += area.length;
                if (status.ok()) {
                    map.recordRead(area.offset, area.length, latency);
                    consecutiveFailures = 0;
                } else {
                    requestFailed(area, status);
                }
            });
    }

    // Areas cut into pieces of `piece` bytes at multiples of `piece`, in order.
    static auto piecesOf(const std::vector<Area>& areas, std::uint64_t piece)
    {
        return [&areas, piece, index = std::size_t{0}, cursor = std::uint64_t{0}]() mutable -> std::optional<Area> {
            while (index < areas.size()) {
                const Area& area = areas[index];
                const std::uint64_t areaEnd = area.offset + area.length;
                cursor = std::max(cursor, area.offset);
                if (cursor >= areaEnd) {
                    ++index;
                    continue;
                }
                const std::uint64_t pieceEnd = std::min(areaEnd, (cursor / piece + 1) * piece);
                Area next{cursor, pieceEnd - cursor};
                cursor = pieceEnd;
                return next;
            }
            return std::nullopt;
        };
    }

    std::uint64_t narrowingChunk() const
    {
        const std::uint64_t chunk = options.narrowingChunkBytes ? options.narrowingChunkBytes : request / 16;
        return std::max<std::uint64_t>(unit, chunk / unit * unit);
    }

    // Failed requests again, in two steps: chunks of narrowingChunk() (a
    // chunk that reads is good as a whole), then every unit of the chunks
    // that failed: exactly the units that fail are bad. A request with one
    // bad sector costs 16 chunk reads and 16 unit reads instead of 256 unit
    // reads; a dead request 16 failing reads more than unit by unit.
    void narrowingPass()
    {
        if (failed.empty())
            return;
        progress.phase = ScanProgress::Phase::Narrowing;
        publish(true);
        std::sort(failed.begin(), failed.end(), [](const Area& a, const Area& b) { return a.offset < b.offset; });
        const std::uint64_t chunk = narrowingChunk();
        std::vector<Area> chunked, unitwise;
        for (const Area& area : failed)
            (chunk > unit && area.length > chunk ? chunked : unitwise).push_back(area);
        pump(piecesOf(chunked, chunk), [&](const Area& area, const Status& status, microseconds latency) {
            progress.bytesDone += area.length;
            if (status.ok()) {
                map.recordRead(area.offset, area.length, latency);
                map.clearSuspect(area.offset / unit, (area.length + unit - 1) / unit);
                consecutiveFailures = 0;
            } else if (status.error() == Error::TimedOut) {
                map.recordTimeout(area.offset, area.length); // its units stay suspect
                ++progress.timedOutRequests;
                backOff();
            } else {
                unitwise.push_back(area);
                progress.bytesTotal += area.length;
                backOff();
            }
        });
        std::sort(unitwise.begin(), unitwise.end(), [](const Area& a, const Area& b) { return a.offset < b.offset; });
        // Even units first, then (once those are all done) odd ones: no two
        // reads in flight are ever adjacent. The block layer merges adjacent
        // reads into one request (a plug, a scheduler's queue), and when that
        // request fails, every read in it fails: a good unit next to a bad
        // one would be found bad.
        const std::uint64_t unitBytes = unit;
        auto unitsOfParity = [&, unitBytes](std::uint64_t parity) {
            return [all = piecesOf(unitwise, unitBytes), unitBytes, parity]() mutable -> std::optional<Area> {
                while (auto piece = all()) {
                    if (piece->offset / unitBytes % 2 == parity)
                        return piece;
                }
                return std::nullopt;
            };
        };
        const auto unitDone = [&](const Area& area, const Status& status, microseconds latency) {
            progress.bytesDone += area.length;
            const std::uint64_t u = area.offset / unit;
            if (status.ok()) {
                map.recordRead(area.offset, area.length, latency);
                map.clearSuspect(u);
                consecutiveFailures = 0;
            } else if (status.error() == Error::TimedOut) {
                map.recordTimeout(area.offset, area.length);
                ++progress.timedOutRequests;
                backOff();
            } else {
                map.markBad(u);
                backOff();
            }
        };
        pump(unitsOfParity(0), unitDone);
        pump(unitsOfParity(1), unitDone);
    }
};

Scanner::Scanner(std::unique_ptr<BlockReader> reader, ScanOptions options)
    : m_reader(std::move(reader))
    , m_options(std::move(options))
{
}

Scanner::~Scanner() = default;

std::uint32_t Scanner::unitBytes() const
{
    if (m_options.unitBytes)
        return m_options.unitBytes;
    return std::max(m_reader->logicalBlockBytes(), m_reader->physicalBlockBytes());
}

Result<ScanResult> Scanner::run()
{
    const std::uint32_t unit = unitBytes();
    const std::uint32_t logical = m_reader->logicalBlockBytes();
    if (!std::has_single_bit(unit) || unit < logical || unit % logical != 0)
        return Status{Error::InvalidArgument, "the remap unit must be a power-of-two multiple of the logical block"};
    if (m_options.regionBytes < unit || m_options.regionBytes % unit != 0)
        return Status{Error::InvalidArgument, "the region size must be a multiple of the remap unit"};
    const std::uint32_t request = std::max(unit, m_options.requestBytes / unit * unit);
    const std::uint64_t size = m_reader->sizeBytes();
    const std::uint64_t first = m_options.startBytes / unit * unit;
    const std::uint64_t last = std::min(size, m_options.endBytes ? alignUp(m_options.endBytes, unit) : size);
    if (first >= last)
        return Status{Error::InvalidArgument, "empty scan range"};

    Run run{*this, unit, request, first, last};
    qCInfo(dmremapScan) << "scanning bytes" << first << "to" << last << "in requests of" << request << "bytes,"
                        << m_options.inFlight << "in flight"
                        << (dynamic_cast<AioReads*>(run.reads.get()) ? "(kernel AIO)," : "(threads),") << "unit" << unit;
    // The clock of the rate, ETA and throttle starts with the first read, not
    // with the set-up above (buffers, AIO context, the first log line: Qt's
    // logging reads its rules files then, tens of ms on a slow machine).
    run.began = run.notBefore = Clock::now();
    run.forwardPass();
    run.skippedPass();
    run.narrowingPass();
    if (!run.fatal.ok()) {
        qCWarning(dmremapScan) << "scan stopped:" << run.fatal.message().c_str();
        return run.fatal;
    }
    ScanResult result;
    result.cancelled = run.cancelled();
    run.progress.phase = ScanProgress::Phase::Done;
    run.publish(true);
    result.progress = run.progress;
    result.map = std::move(run.map);
    result.kernelAio = dynamic_cast<AioReads*>(run.reads.get()) != nullptr;
    qCInfo(dmremapScan) << "scan" << (result.cancelled ? "cancelled" : "done") << ":"
                        << result.map.badUnits().unitCount() << "bad units," << result.progress.failedRequests
                        << "failed requests," << result.progress.bytesPerSecond << "bytes/s";
    return result;
}

void Scanner::pause()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
}

void Scanner::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = false;
    }
    m_cv.notify_all();
}

void Scanner::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_cv.notify_all();
}

ScanProgress Scanner::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

void Scanner::setProgressCallback(std::function<void(const ScanProgress&)> callback, std::chrono::milliseconds interval)
{
    std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
    m_callbackInterval = interval;
}

} // namespace dmremap
