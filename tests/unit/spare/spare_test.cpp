// dmremap-spare's formatter and reader on in-memory devices, including the
// damage the kernel target must survive (kmod/dm-remap-metadata.c).
#include "spare/spareformatter.h"
#include "spare/sparereader.h"

#include <gtest/gtest.h>

#include <endian.h>

#include <cstring>
#include <vector>

using namespace dmremap;
using namespace dmremap::spare;

namespace {

constexpr std::uint64_t MiB = 1 << 20;

struct Pair {
    MemoryBlockDevice main{64 * MiB, 512, 4096, "naa.5000c500a1b2c3d4"};
    MemoryBlockDevice spare{16 * MiB};
};

/// Writes a table of entries into the copies in mask, as a kernel commit of
/// generation gen would.
void commitTable(MemoryBlockDevice& spare, dmr_sb sb, const std::vector<dmr_disk_entry>& entries,
                 std::uint64_t gen, unsigned mask)
{
    sb.generation = gen;
    sb.nr_entries = entries.size();
    std::vector<std::uint32_t> crcs;
    std::vector<std::vector<std::byte>> blocks;
    for (std::uint64_t i = 0; i < dmr_tb_used(entries.size()); ++i) {
        std::vector<std::byte> b(DMR_BLOCK_BYTES);
        auto* tb = reinterpret_cast<dmr_table_block*>(b.data());
        const std::uint32_t n = dmr_tb_entries(entries.size(), i);
        std::memcpy(tb->entries, &entries[i * DMR_ENTRIES_PER_BLOCK], n * sizeof(dmr_disk_entry));
        dmr_tb_seal(b.data(), i, sb.uuid, n);
        crcs.push_back(tb->crc);
        blocks.push_back(std::move(b));
    }
    sb.table_crc = dmr_crc32c(crcs.data(), crcs.size() * 4);
    for (unsigned c = 0; c < DMR_NR_COPIES; ++c) {
        if (!(mask & (1u << c)))
            continue;
        const std::uint64_t base = c * sb.layout.copy_sectors * 512;
        for (std::size_t i = 0; i < blocks.size(); ++i)
            ASSERT_TRUE(spare.write(base + (1 + i) * DMR_BLOCK_BYTES, blocks[i]).ok());
        std::vector<std::byte> b(DMR_BLOCK_BYTES);
        dmr_sb_encode(&sb, c, b.data());
        ASSERT_TRUE(spare.write(base, b).ok());
    }
}

dmr_disk_entry remapped(std::uint64_t unit, std::uint32_t slot)
{
    dmr_disk_entry e{};
    e.main_unit = htole64(unit);
    e.slot = htole32(slot);
    e.state = htole16(DMR_STATE_REMAPPED);
    return e;
}

dmr_disk_entry pending(std::uint64_t unit)
{
    dmr_disk_entry e{};
    e.main_unit = htole64(unit);
    e.slot = htole32(DMR_SLOT_NONE);
    e.state = htole16(DMR_STATE_PENDING);
    return e;
}

TEST(Spare, BlankSpareHasNoMetadata)
{
    MemoryBlockDevice blank(16 * MiB);
    const SpareReport r = readSpare(blank);
    EXPECT_FALSE(r.found);
    EXPECT_FALSE(r.usable);
}

TEST(Spare, FormatWritesTwoValidCopies)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok()) << sb.status().message();
    EXPECT_EQ(sb->layout.unit_bytes, 4096u); // physical block size of main
    const SpareReport r = readSpare(p.spare);
    ASSERT_TRUE(r.usable);
    EXPECT_EQ(r.validCopies(), 2u);
    EXPECT_EQ(r.superblock.generation, 1u);
    EXPECT_EQ(r.superblock.main_sectors, 64 * MiB / 512);
    EXPECT_STREQ(r.superblock.main_id, "naa.5000c500a1b2c3d4");
    EXPECT_TRUE(r.entries.empty());
    EXPECT_EQ(std::memcmp(r.superblock.uuid, sb->uuid, 16), 0);
    EXPECT_GT(r.superblock.layout.nr_slots, 3000u);
    EXPECT_LE((r.superblock.layout.slot_offset_sectors + r.superblock.layout.nr_slots * 8) * 512,
              p.spare.sizeBytes());
}

TEST(Spare, FormatRefusesExistingMetadataWithoutForce)
{
    Pair p;
    ASSERT_TRUE(formatSpare(p.main, p.spare, {}).ok());
    auto again = formatSpare(p.main, p.spare, {});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), Error::AlreadyExists);
    FormatOptions force;
    force.force = true;
    force.unitBytes = 512;
    auto forced = formatSpare(p.main, p.spare, force);
    ASSERT_TRUE(forced.ok());
    EXPECT_EQ(readSpare(p.spare).superblock.layout.unit_bytes, 512u);
}

TEST(Spare, FormatRefusesBadInput)
{
    Pair p;
    FormatOptions o;
    o.unitBytes = 3000;
    EXPECT_EQ(formatSpare(p.main, p.spare, o).error(), Error::InvalidArgument);
    MemoryBlockDevice tiny(64 * 1024);
    EXPECT_EQ(formatSpare(p.main, tiny, {}).error(), Error::NoSpace);
    MemoryBlockDevice spare4k(16 * MiB, 4096, 4096);
    o.unitBytes = 512; // below the spare's logical block size
    EXPECT_EQ(formatSpare(p.main, spare4k, o).error(), Error::InvalidArgument);
    EXPECT_FALSE(readSpare(tiny).found);
}

TEST(Spare, FourKnPairDefaultsToFourKUnits)
{
    MemoryBlockDevice main(64 * MiB, 4096, 4096);
    MemoryBlockDevice spare(16 * MiB, 4096, 4096);
    auto sb = formatSpare(main, spare, {});
    ASSERT_TRUE(sb.ok());
    EXPECT_EQ(sb->layout.unit_bytes, 4096u);
    EXPECT_EQ(sb->main_lbs_bytes, 4096u);
}

TEST(Spare, ReaderListsCommittedEntries)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok());
    std::vector<dmr_disk_entry> entries;
    for (std::uint32_t i = 0; i < 600; ++i) // three table blocks
        entries.push_back(remapped(1000 - i, i));
    entries.push_back(pending(5000));
    dmr_sb s = *sb;
    s.next_slot = 600;
    commitTable(p.spare, s, entries, 2, 3);
    const SpareReport r = readSpare(p.spare);
    ASSERT_TRUE(r.usable) << r.copies[0].problem;
    EXPECT_EQ(r.validCopies(), 2u);
    EXPECT_EQ(r.remapped, 600u);
    EXPECT_EQ(r.pending, 1u);
    ASSERT_EQ(r.entries.size(), 601u);
    EXPECT_EQ(r.entries.front().mainUnit, 401u); // sorted by unit
    EXPECT_EQ(r.entries.front().slot, 599u);
    EXPECT_TRUE(r.entries.back().pending);
}

TEST(Spare, TornCopyLosesToTheComplete)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok());
    dmr_sb s = *sb;
    s.next_slot = 2;
    commitTable(p.spare, s, {remapped(7, 0)}, 2, 3);
    // Generation 3 reaches copy 0's superblock, but its table block is the
    // old one: a torn commit.
    s.next_slot = 2;
    dmr_sb torn = s;
    std::vector<dmr_disk_entry> two = {remapped(7, 0), remapped(9, 1)};
    commitTable(p.spare, torn, two, 3, 1);
    std::vector<std::byte> oldBlock(DMR_BLOCK_BYTES);
    {
        MemoryBlockDevice scratch(16 * MiB);
        commitTable(scratch, s, {remapped(7, 0)}, 2, 1);
        ASSERT_TRUE(scratch.read(DMR_BLOCK_BYTES, oldBlock).ok());
    }
    ASSERT_TRUE(p.spare.write(DMR_BLOCK_BYTES, oldBlock).ok());
    const SpareReport r = readSpare(p.spare);
    ASSERT_TRUE(r.usable);
    EXPECT_FALSE(r.copies[0].valid);
    EXPECT_NE(r.copies[0].problem.find("table"), std::string::npos) << r.copies[0].problem;
    EXPECT_EQ(*r.chosenCopy, 1u);
    EXPECT_EQ(r.superblock.generation, 2u);
    EXPECT_EQ(r.entries.size(), 1u);
}

TEST(Spare, NewestCompleteCopyWins)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok());
    dmr_sb s = *sb;
    s.next_slot = 1;
    commitTable(p.spare, s, {remapped(3, 0)}, 5, 1); // copy 0 newer (crash before copy 1)
    const SpareReport r = readSpare(p.spare);
    ASSERT_TRUE(r.usable);
    EXPECT_EQ(r.validCopies(), 2u);
    EXPECT_EQ(*r.chosenCopy, 0u);
    EXPECT_EQ(r.superblock.generation, 5u);
    EXPECT_EQ(r.copies[1].generation, 1u);
}

TEST(Spare, DamagedFirstSuperblockFindsSecondCopy)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok());
    p.spare.bytes()[17] ^= std::byte{0xff}; // random damage in copy 0's superblock
    const SpareReport r = readSpare(p.spare);
    EXPECT_TRUE(r.found);
    ASSERT_TRUE(r.usable);
    EXPECT_FALSE(r.copies[0].valid);
    EXPECT_TRUE(r.copies[1].valid);
    EXPECT_EQ(*r.chosenCopy, 1u);
}

TEST(Spare, AllCopiesDamagedIsUnusableButFound)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok());
    p.spare.bytes()[17] ^= std::byte{1};
    p.spare.bytes()[sb->layout.copy_sectors * 512 + 17] ^= std::byte{1};
    const SpareReport r = readSpare(p.spare);
    EXPECT_TRUE(r.found);
    EXPECT_FALSE(r.usable);
    // And format refuses to overwrite it without --force.
    EXPECT_EQ(formatSpare(p.main, p.spare, {}).error(), Error::AlreadyExists);
}

TEST(Spare, DuplicateSlotsAreCorrupt)
{
    Pair p;
    auto sb = formatSpare(p.main, p.spare, {});
    ASSERT_TRUE(sb.ok());
    dmr_sb s = *sb;
    s.next_slot = 2;
    commitTable(p.spare, s, {remapped(3, 1), remapped(4, 1)}, 2, 3);
    const SpareReport r = readSpare(p.spare);
    EXPECT_FALSE(r.usable);
    EXPECT_NE(r.copies[0].problem.find("share slot"), std::string::npos);
}

} // namespace
