// dmremap-scan-probe: a small command-line face of the core library for the
// VM tests and benchmarks (tests/vm/30-core-*.sh, bench/core-*.sh). Not
// installed; the product's command line is dmremapctl.
//
//   dmremap-scan-probe scan DEV [--unit B] [--request B] [--inflight N]
//                      [--region B] [--time-limit MS] [--backoff-max MS]
//                      [--engine auto|threads]
//                      [--mapfile OUT] [--hmap OUT]
//                      [--regions]
//       prints "unit_bytes N", "bad_units U..." (unit indexes), "suspect_units
//       U...", "seconds S", "bytes_per_second R" (device size over S),
//       "scan_seconds S", "scan_bytes_per_second R" (the reading alone, without
//       setup and teardown), and with --regions one line
//       "region I bucket B|- error 0|1 timeout 0|1" per scanned region.
//   dmremap-scan-probe smart DEV       prints "overall NAME" or "error NAME: MESSAGE"
//   dmremap-scan-probe mapbench [TB]   health map memory, merge and persist times
#include "healthmap/ddrescuemapfile.h"
#include "healthmap/healthmapfile.h"
#include "scan/devicereader.h"
#include "scan/scanner.h"
#include "smart/devicesmartsource.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

using namespace dmremap;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

void printUnits(const char* what, const UnitRangeSet& set)
{
    std::cout << what;
    for (const auto& r : set.ranges()) {
        for (std::uint64_t u = r.first; u < r.end(); ++u)
            std::cout << ' ' << u;
    }
    std::cout << '\n';
}

int scan(int argc, char** argv)
{
    if (argc < 1)
        return 2;
    const std::string device = argv[0];
    ScanOptions options;
    std::string mapfile, hmap;
    bool regions = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::uint64_t { return i + 1 < argc ? std::stoull(argv[++i]) : 0; };
        if (arg == "--unit")
            options.unitBytes = static_cast<std::uint32_t>(value());
        else if (arg == "--request")
            options.requestBytes = static_cast<std::uint32_t>(value());
        else if (arg == "--inflight")
            options.inFlight = static_cast<unsigned>(value());
        else if (arg == "--region")
            options.regionBytes = static_cast<std::uint32_t>(value());
        else if (arg == "--time-limit")
            options.requestTimeLimit = std::chrono::milliseconds{value()};
        else if (arg == "--backoff-max")
            options.errorBackoffMax = std::chrono::milliseconds{value()};
        else if (arg == "--engine" && i + 1 < argc)
            options.engine = std::string{argv[++i]} == "threads" ? ScanOptions::Engine::Threads : ScanOptions::Engine::Auto;
        else if (arg == "--mapfile" && i + 1 < argc)
            mapfile = argv[++i];
        else if (arg == "--hmap" && i + 1 < argc)
            hmap = argv[++i];
        else if (arg == "--regions")
            regions = true;
        else {
            std::cerr << "unknown option " << arg << '\n';
            return 2;
        }
    }
    auto reader = DeviceReader::open(device);
    if (!reader) {
        std::cout << "error " << errorName(reader.error()) << ": " << reader.status().message() << '\n';
        return 1;
    }
    const bool direct = (*reader)->direct();
    Scanner scanner{std::move(reader.value()), options};
    const auto t0 = Clock::now();
    auto result = scanner.run();
    const double seconds = secondsSince(t0);
    if (!result) {
        std::cout << "error " << errorName(result.error()) << ": " << result.status().message() << '\n';
        return 1;
    }
    const auto& map = result->map;
    std::cout << "direct " << (direct ? 1 : 0) << '\n';
    std::cout << "engine " << (result->kernelAio ? "aio" : "threads") << '\n';
    std::cout << "unit_bytes " << map.geometry().unitBytes << '\n';
    printUnits("bad_units", map.badUnits());
    printUnits("suspect_units", map.suspectUnits());
    std::cout << "failed_requests " << result->progress.failedRequests << '\n';
    std::printf("seconds %.3f\n", seconds);
    // The reading alone, without setting up (buffers, AIO context, threads)
    // and tearing down: the window fio's bandwidth covers too.
    const double scanSeconds = static_cast<double>(result->progress.elapsed.count()) / 1000.0;
    std::printf("scan_seconds %.3f\n", scanSeconds);
    std::cout << "scan_bytes_per_second "
              << static_cast<std::uint64_t>(static_cast<double>(map.geometry().deviceBytes) / std::max(scanSeconds, 0.001))
              << '\n';
    std::cout << "bytes_per_second " << static_cast<std::uint64_t>(map.geometry().deviceBytes / seconds) << '\n';
    if (regions) {
        for (std::uint64_t r = 0; r < map.regionCount(); ++r) {
            const auto info = map.region(r);
            if (!info.scanned)
                continue;
            std::cout << "region " << r << " bucket "
                      << (info.bucket ? std::to_string(*info.bucket) : std::string{"-"}) << " error "
                      << info.readError << " timeout " << info.timedOut << '\n';
        }
    }
    if (!mapfile.empty()) {
        if (auto saved = DdrescueMapfile::fromHealthMap(map).save(mapfile); !saved) {
            std::cout << "error " << saved.message() << '\n';
            return 1;
        }
    }
    if (!hmap.empty()) {
        if (auto saved = HealthMapFile::save(map, hmap); !saved) {
            std::cout << "error " << saved.message() << '\n';
            return 1;
        }
    }
    return 0;
}

int smart(int argc, char** argv)
{
    if (argc < 1)
        return 2;
    DeviceSmartSource source{argv[0], DeviceSmartSource::WakePolicy::Wake};
    auto report = source.read();
    if (!report) {
        std::cout << "error " << errorName(report.error()) << ": " << report.status().message() << '\n';
        return 1;
    }
    std::cout << "overall " << (report->overall ? smartOverallName(*report->overall) : "unknown") << '\n';
    return 0;
}

int mapbench(int argc, char** argv)
{
    const double terabytes = argc > 0 ? std::stod(argv[0]) : 20.0;
    const HealthMapGeometry g{.deviceBytes = static_cast<std::uint64_t>(terabytes * 1e12)};
    auto t0 = Clock::now();
    HealthMap a{g}, b{g};
    // A scanned disk: mostly fast, some slow stretches, a few thousand bad units.
    // (Whole stretches at a time, as a scan's large requests do.)
    auto slowEvery = [&](HealthMap& map, std::uint64_t period, std::chrono::milliseconds fast,
                         std::chrono::milliseconds slow) {
        for (std::uint64_t r = 0; r < map.regionCount(); r += period) {
            map.recordRead(r * g.regionBytes, g.regionBytes, slow);
            map.recordRead((r + 1) * g.regionBytes, (period - 1) * g.regionBytes, fast);
        }
    };
    slowEvery(a, 1000, std::chrono::milliseconds{3}, std::chrono::milliseconds{70});
    slowEvery(b, 777, std::chrono::milliseconds{4}, std::chrono::milliseconds{250});
    for (std::uint64_t i = 0; i < 5000; ++i) {
        a.markBad(i * 900'000 + 11);
        b.markBad(i * 870'000 + 5, 3);
    }
    const double build = secondsSince(t0);
    t0 = Clock::now();
    a.merge(b, MergePolicy::Worst);
    const double merge = secondsSince(t0);
    const auto path = std::filesystem::temp_directory_path() / "dmremap-mapbench.hmap";
    t0 = Clock::now();
    const auto saved = HealthMapFile::save(a, path);
    const double persist = secondsSince(t0);
    t0 = Clock::now();
    auto loaded = HealthMapFile::load(path);
    const double load = secondsSince(t0);
    const auto fileBytes = std::filesystem::file_size(path);
    std::filesystem::remove(path);
    std::printf("device_tb %.1f\nregions %llu\nmemory_bytes %zu\nmemory_budget_ratio %.3f\n", terabytes,
                static_cast<unsigned long long>(a.regionCount()), a.memoryBytes(),
                static_cast<double>(a.memoryBytes()) / (64.0 * 1024 * 1024));
    std::printf("build_seconds %.3f\nmerge_seconds %.3f\npersist_seconds %.3f\nload_seconds %.3f\nfile_bytes %llu\n",
                build, merge, persist, load, static_cast<unsigned long long>(fileBytes));
    std::printf("roundtrip_equal %d\n", saved.ok() && loaded.ok() && *loaded == a ? 1 : 0);
    return saved.ok() && loaded.ok() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: dmremap-scan-probe scan|smart|mapbench ...\n";
        return 2;
    }
    const std::string command = argv[1];
    if (command == "scan")
        return scan(argc - 2, argv + 2);
    if (command == "smart")
        return smart(argc - 2, argv + 2);
    if (command == "mapbench")
        return mapbench(argc - 2, argv + 2);
    std::cerr << "unknown command " << command << '\n';
    return 2;
}
