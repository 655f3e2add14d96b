#include "scanjob.h"

#include "healthmap/scanhistory.h"
#include "scan/devicereader.h"
#include "scan/scanner.h"

namespace dmremap::helper {

namespace {

const char* phaseName(ScanProgress::Phase p)
{
    switch (p) {
    case ScanProgress::Phase::Idle:
        return "starting";
    case ScanProgress::Phase::Forward:
        return "forward";
    case ScanProgress::Phase::Skipped:
        return "skipped";
    case ScanProgress::Phase::Narrowing:
        return "narrowing";
    case ScanProgress::Phase::Done:
        return "done";
    }
    return "";
}

bool powerOfTwo(std::uint64_t v)
{
    return v && !(v & (v - 1));
}

} // namespace

Result<ScanOptions> scanOptionsFrom(const Options& o, std::uint64_t deviceBytes)
{
    ScanOptions s;
    s.requestBytes = o.u32("request_bytes", s.requestBytes);
    s.regionBytes = o.u32("region_bytes", s.regionBytes);
    s.unitBytes = o.u32("unit_bytes", 0);
    s.startBytes = o.u64("start_bytes", 0);
    s.endBytes = o.u64("end_bytes", 0);
    s.maxBytesPerSecond = o.u64("max_bytes_per_second", 0);
    s.requestTimeLimit = std::chrono::milliseconds(o.u32("request_time_limit_ms", 30000));
    s.inFlight = o.u32("in_flight", s.inFlight);
    if (s.requestBytes < 4096 || s.requestBytes > (16u << 20))
        return Status{Error::InvalidArgument, "request_bytes must be 4096..16 MiB"};
    if (s.regionBytes < 4096 || s.regionBytes > (1u << 30))
        return Status{Error::InvalidArgument, "region_bytes must be 4096..1 GiB"};
    if (o.has("unit_bytes") && (!powerOfTwo(s.unitBytes) || s.unitBytes < 512 || s.unitBytes > 65536))
        return Status{Error::InvalidArgument, "unit_bytes must be a power of two in 512..65536"};
    if (s.unitBytes && s.regionBytes % s.unitBytes)
        return Status{Error::InvalidArgument, "region_bytes must be a multiple of unit_bytes"};
    if (s.inFlight < 1 || s.inFlight > 32)
        return Status{Error::InvalidArgument, "in_flight must be 1..32"};
    const std::uint64_t end = s.endBytes ? s.endBytes : deviceBytes;
    if (end > deviceBytes || s.startBytes >= end)
        return Status{Error::InvalidArgument, "start_bytes and end_bytes must make a range inside the device"};
    return s;
}

Job::Work scanWork(std::string devicePath, ScanOptions options, std::filesystem::path stateDir,
                   std::string driveKey)
{
    return [=](JobControl& control) -> Status {
        auto reader = DeviceReader::open(devicePath);
        if (!reader)
            return reader.status();
        Scanner scanner(std::move(*reader), options);
        control.setCancelHook([&scanner] { scanner.cancel(); });
        control.setPauseHook([&scanner](bool pause) { pause ? scanner.pause() : scanner.resume(); });
        scanner.setProgressCallback([&control](const ScanProgress& p) {
            JobProgress j;
            j.bytesDone = p.bytesDone;
            j.bytesTotal = p.bytesTotal;
            j.rate = p.bytesPerSecond;
            j.secondsLeft = p.eta ? p.eta->count() : -1;
            j.phase = phaseName(p.phase);
            j.badUnits = p.badUnits;
            control.report(j);
        });
        auto result = scanner.run();
        control.setPauseHook({});
        control.setCancelHook({});
        if (!result)
            return result.status();
        const ScanProgress& p = result->progress;
        control.report({p.bytesDone, p.bytesTotal, p.bytesPerSecond, 0, "done", p.badUnits});
        if (result->cancelled)
            return Status{Error::Cancelled, "scan of " + devicePath + " cancelled"};
        auto entry = ScanHistory(stateDir).add(driveKey, result->map);
        if (!entry)
            return entry.status();
        control.setMessage("scanned " + devicePath + ": " + std::to_string(result->map.badUnits().unitCount()) +
                           " bad units, " + std::to_string(p.timedOutRequests) + " timed-out requests");
        return {};
    };
}

} // namespace dmremap::helper
