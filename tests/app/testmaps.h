#pragma once

#include "healthmap/healthmap.h"

#include <cstdint>

namespace dmremap::test {

constexpr std::uint64_t MiB = 1024 * 1024;

/// 64 regions of 1 MiB, 4 KiB units (256 per region), with one region of each
/// kind at a known index:
///   0..9 bucket 0, 10 bucket 0, 11 bucket 1, 12 bucket 2, 13 bucket 3,
///   14 bucket 4, 15 bucket 5 with a read error (unit 15*256+3 bad, +4
///   suspect), 16 timed out,
///   17 pending (unit 17*256+10), 18 remapped (unit 18*256+20), 19 read with
///   unknown latency, 20..47 bucket 0, 48..63 not scanned.
HealthMap smallMap();

/// A map with realistic variety for the paint benchmark: a healthy disk in
/// the fastest buckets with slower bands, clusters of bad units, pending and
/// remapped units, and an unscanned tail. Deterministic for a given seed;
/// `wear` in [0, 1] scales the number of bad clusters and the weak band's
/// slowness, so a lower wear with the same seed is an older scan of the same
/// disk (for comparisons).
HealthMap realisticMap(std::uint64_t deviceBytes, std::uint32_t seed = 1, double wear = 1.0);

} // namespace dmremap::test
