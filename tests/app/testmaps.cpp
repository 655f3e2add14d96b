#include "testmaps.h"

#include <algorithm>
#include <random>

using namespace std::chrono_literals;

namespace dmremap::test {

HealthMap smallMap()
{
    HealthMap map({.deviceBytes = 64 * MiB, .regionBytes = MiB, .unitBytes = 4096});
    const std::chrono::microseconds latency[] = {1000us, 10000us, 30000us, 100000us, 400000us, 900000us};
    for (int r = 0; r < 10; ++r)
        map.recordRead(r * MiB, MiB, 1000us);
    for (int b = 0; b < 6; ++b)
        map.recordRead((10 + b) * MiB, MiB, latency[b]);
    // Region 15 took 900 ms before; now it also has bad and suspect units.
    map.recordRead(15 * MiB, MiB, 2000us);
    map.markBad(15 * 256 + 3);
    map.markSuspect(15 * 256 + 4);
    map.recordTimeout(16 * MiB, MiB);
    map.recordRead(17 * MiB, MiB, 1000us);
    map.markPending(17 * 256 + 10);
    map.recordRead(18 * MiB, MiB, 1000us);
    map.markRemapped(18 * 256 + 20);
    map.recordReadOk(19 * MiB, MiB);
    for (int r = 20; r < 48; ++r)
        map.recordRead(r * MiB, MiB, 1000us);
    return map;
}

HealthMap realisticMap(std::uint64_t deviceBytes, std::uint32_t seed, double wear)
{
    const HealthMapGeometry g{.deviceBytes = deviceBytes, .regionBytes = MiB, .unitBytes = 4096};
    HealthMap map(g);
    std::mt19937_64 rng(seed);
    const std::uint64_t regions = g.regionCount();
    const std::uint64_t scanned = regions - regions / 20; // the last 5% not scanned yet
    // Read the disk in 64 MiB requests the way the scanner does; most of them
    // fast, with slower outer-to-inner drift, random hiccups and weak bands.
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::uint64_t chunk = 64;
    std::uint64_t weakStart = regions / 3, weakEnd = weakStart + regions / 200;
    for (std::uint64_t r = 0; r < scanned; r += chunk) {
        const std::uint64_t n = std::min(chunk, scanned - r);
        for (std::uint64_t i = 0; i < n; ++i) {
            const double x = unit(rng);
            std::chrono::microseconds lat = 3000us + std::chrono::microseconds(std::int64_t(4000 * double(r) / double(regions)));
            if (r >= weakStart && r < weakEnd)
                lat = wear >= 1.0 ? (x < 0.5 ? 60000us : (x < 0.9 ? 250000us : 700000us))
                                  : (x < 0.5 ? 30000us : (x < 0.9 ? 60000us : 250000us));
            else if (x < 0.002)
                lat = 30000us;
            else if (x < 0.0025)
                lat = 150000us;
            map.recordRead((r + i) * MiB, MiB, lat);
        }
    }
    // Clusters of bad units (a scratch crosses many tracks), each a few units.
    const std::uint64_t upr = g.unitsPerRegion();
    std::uniform_int_distribution<std::uint64_t> anyRegion(0, scanned - 1);
    const int clusters = static_cast<int>(40 * std::clamp(wear, 0.0, 1.0) + 0.5);
    for (int cluster = 0; cluster < clusters; ++cluster) {
        const std::uint64_t center = anyRegion(rng);
        for (int k = 0; k < 50; ++k) {
            const std::uint64_t region = std::min(scanned - 1, center + rng() % 2000);
            const std::uint64_t u = region * upr + rng() % upr;
            if (k % 7 == 0)
                map.markSuspect(u, 8);
            else
                map.markBad(u, 1 + rng() % 4);
            if (k % 3 == 0)
                map.markRemapped(u);
            else if (k % 5 == 0)
                map.markPending(u);
        }
    }
    return map;
}

} // namespace dmremap::test
