#include "healthmap/ddrescuemapfile.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <filesystem>
#include <fstream>

using namespace dmremap;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t MiB = 1024 * 1024;

// Written by GNU ddrescue 1.29 (layout copied from a real run; see
// MadeByGnuDdrescue for live ones): an interrupted rescue in pass 1 with every
// kind of block.
constexpr std::string_view interruptedRescue = R"(# Mapfile. Created by GNU ddrescue version 1.29
# Command line: ddrescue -d -r1 /dev/sdb disk.img disk.map
# Start time:   2026-11-21 05:51:06
# Current time: 2026-11-21 05:52:40
# Copying non-tried blocks... Pass 1 (forwards)
# current_pos  current_status  current_pass
0x00310000     ?               1
#      pos        size  status
0x00000000  0x00100000  +
0x00100000  0x00001000  -
0x00101000  0x0000F000  +
0x00110000  0x00010000  *
0x00120000  0x00010000  /
0x00130000  0x001D0000  +
0x00300000  0x00100000  ?
)";

fs::path freshDir(const std::string& name)
{
    const auto dir = fs::temp_directory_path() / ("dmremap-test-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

int run(const std::string& command)
{
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

namespace dmremap {
void PrintTo(const DdrescueMapfile::Block& b, std::ostream* os)
{
    *os << "{" << b.posBytes << ", " << b.sizeBytes << ", '" << b.status << "'}";
}
} // namespace dmremap

TEST(DdrescueMapfile, ParsesEveryStatusAndSerializesBackByteForByte)
{
    auto map = DdrescueMapfile::parse(interruptedRescue);
    ASSERT_TRUE(map.ok()) << map.status().message();
    EXPECT_EQ(map->currentPosBytes, 0x310000u);
    EXPECT_EQ(map->currentStatus, '?');
    EXPECT_EQ(map->currentPass, 1);
    ASSERT_EQ(map->blocks.size(), 7u);
    EXPECT_EQ(map->blocks[1], (DdrescueMapfile::Block{0x100000, 0x1000, '-'}));
    EXPECT_EQ(map->blocks[4].status, '/');
    EXPECT_EQ(map->coveredBytes(), 4 * MiB);
    EXPECT_EQ(map->comments.front(), "Mapfile. Created by GNU ddrescue version 1.29");
    EXPECT_EQ(map->serialize(), interruptedRescue);
}

TEST(DdrescueMapfile, ReadsOldFilesAndOtherNumberBases)
{
    // ddrescue before 1.21 had no current_pass; it accepts decimal and octal too.
    auto map = DdrescueMapfile::parse("# old\n4096 +\n0 4096 +\n4096 010000 -\n0x2000 0x1000 ?\n");
    ASSERT_TRUE(map.ok()) << map.status().message();
    EXPECT_EQ(map->currentPass, 0);
    EXPECT_EQ(map->blocks[1], (DdrescueMapfile::Block{4096, 4096, '-'}));
    EXPECT_EQ(DdrescueMapfile::parse(map->serialize()).value(), map.value());
}

TEST(DdrescueMapfile, RejectsWhatDdrescueRejects)
{
    EXPECT_EQ(DdrescueMapfile::parse("").error(), Error::CorruptData);
    EXPECT_EQ(DdrescueMapfile::parse("0 X 1\n").error(), Error::CorruptData);
    EXPECT_EQ(DdrescueMapfile::parse("0 + 1\n0 10 +\n5 10 -\n").error(), Error::CorruptData); // overlap
    EXPECT_EQ(DdrescueMapfile::parse("0 + 1\n0 10 x\n").error(), Error::CorruptData);
    EXPECT_EQ(DdrescueMapfile::parse("0 + 1\n0 0 +\n").error(), Error::CorruptData);
    EXPECT_EQ(DdrescueMapfile::parse("0 + 1\n0 -5 +\n").error(), Error::CorruptData);
}

TEST(DdrescueMapfile, HealthMapRoundTrip)
{
    const HealthMapGeometry g{.deviceBytes = 8 * MiB + 8192, .regionBytes = MiB, .unitBytes = 4096};
    HealthMap map{g};
    map.recordRead(0, 6 * MiB, std::chrono::milliseconds{3});
    map.markBad(300, 2);
    map.markBad(1000);
    map.markSuspect(1200, 16);
    map.recordReadOk(8 * MiB, 8192); // the partial last region

    const auto mapfile = DdrescueMapfile::fromHealthMap(map);
    EXPECT_EQ(mapfile.currentStatus, '?');
    EXPECT_EQ(mapfile.currentPosBytes, 6 * MiB);
    EXPECT_EQ(mapfile.coveredBytes(), g.deviceBytes);
    EXPECT_EQ(mapfile.blocks[1], (DdrescueMapfile::Block{300 * 4096, 8192, '-'}));

    auto reparsed = DdrescueMapfile::parse(mapfile.serialize());
    ASSERT_TRUE(reparsed.ok());
    EXPECT_EQ(reparsed.value(), mapfile);
    auto back = reparsed->toHealthMap(g);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(back->badUnits(), map.badUnits());
    EXPECT_EQ(back->suspectUnits(), map.suspectUnits());
    for (std::uint64_t r = 0; r < map.regionCount(); ++r) {
        SCOPED_TRACE(r);
        EXPECT_EQ(back->region(r).scanned, map.region(r).scanned);
        EXPECT_EQ(back->region(r).readError, map.region(r).readError);
        EXPECT_FALSE(back->region(r).bucket.has_value()); // a mapfile has no latency
    }
    // And once more: health map -> mapfile is stable.
    EXPECT_EQ(DdrescueMapfile::fromHealthMap(back.value()).blocks, mapfile.blocks);
    EXPECT_EQ(reparsed->toHealthMap({.deviceBytes = MiB}).error(), Error::InvalidArgument);
}

// GNU ddrescue itself, reading a file whose reads fail (LD_PRELOAD shim) over
// chosen byte ranges: its mapfile must show exactly those ranges as bad, and
// survive our import and export unchanged.
TEST(DdrescueMapfile, MadeByGnuDdrescue)
{
    const auto dir = freshDir("ddrescue");
    const auto input = dir / "input.img";
    {
        std::ofstream out(input, std::ios::binary);
        std::string block(4096, 'x');
        for (int i = 0; i < 1024; ++i) // 4 MiB
            out << block;
    }
    // Bad: unit 5, units 300..302, unit 1023 (the last).
    const std::string ranges = "20480:4096,1228800:12288,4190208:4096";
    const std::string command = "cd '" + dir.string() + "' && LD_PRELOAD='" DMREMAP_FAILREAD_SHIM "' FAILREAD_PATH='"
        + input.string() + "' FAILREAD_RANGES=" + ranges + " '" DMREMAP_DDRESCUE
        "' -q -b 4096 -c 64 input.img output.img rescue.map 2>&1";
    EXPECT_EQ(run(command), 0) << command; // ddrescue exits 0 with errors left
    auto mapfile = DdrescueMapfile::load((dir / "rescue.map").string());
    ASSERT_TRUE(mapfile.ok()) << mapfile.status().message();
    EXPECT_EQ(mapfile->currentStatus, '+');
    EXPECT_NE(mapfile->comments.front().find("GNU ddrescue"), std::string::npos);
    std::vector<DdrescueMapfile::Block> bad;
    for (const auto& b : mapfile->blocks) {
        EXPECT_TRUE(b.status == '+' || b.status == '-') << b.status;
        if (b.status == '-')
            bad.push_back(b);
    }
    EXPECT_EQ(bad, (std::vector<DdrescueMapfile::Block>{
                       {20480, 4096, '-'}, {1228800, 12288, '-'}, {4190208, 4096, '-'}}));

    auto map = mapfile->toHealthMap({.deviceBytes = 0, .regionBytes = 65536, .unitBytes = 4096});
    ASSERT_TRUE(map.ok()) << map.status().message();
    EXPECT_EQ(map->geometry().deviceBytes, 4 * MiB);
    EXPECT_EQ(map->badUnits().units(), (std::vector<std::uint64_t>{5, 300, 301, 302, 1023}));
    EXPECT_EQ(map->scannedRegions(), map->regionCount());
    const auto exported = DdrescueMapfile::fromHealthMap(map.value());
    EXPECT_EQ(exported.blocks, mapfile->blocks);
    EXPECT_EQ(exported.currentStatus, '+');

    // ddrescue accepts our export as its own mapfile: nothing left to do.
    ASSERT_TRUE(exported.save((dir / "ours.map").string()));
    EXPECT_EQ(run("cd '" + dir.string() + "' && '" DMREMAP_DDRESCUE "' -q -b 4096 input.img again.img ours.map"), 0);
    auto after = DdrescueMapfile::load((dir / "ours.map").string());
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->blocks, exported.blocks);
    fs::remove_all(dir);
}
