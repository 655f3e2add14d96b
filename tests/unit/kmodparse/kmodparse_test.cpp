// Tests of kmod/dm-remap-parse.c, the code the kernel target uses to parse
// its table line, messages and metadata blocks.
#include "dm-remap-parse.h"

#include <gtest/gtest.h>

#include <endian.h>

#include <array>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct Argv {
    explicit Argv(std::vector<std::string> words)
        : m_words(std::move(words))
    {
        for (auto& w : m_words)
            m_ptrs.push_back(w.data());
    }
    unsigned argc() const { return static_cast<unsigned>(m_ptrs.size()); }
    char** argv() { return m_ptrs.data(); }
    std::vector<std::string> m_words;
    std::vector<char*> m_ptrs;
};

int parseTable(std::vector<std::string> words, dmr_table_args* a, const char** why = nullptr)
{
    Argv v(std::move(words));
    const char* w = nullptr;
    const int r = dmr_parse_table(v.argc(), v.argv(), a, &w);
    if (why)
        *why = w;
    return r;
}

int parseMessage(std::vector<std::string> words, std::uint64_t len, dmr_msg* m)
{
    Argv v(std::move(words));
    const char* why = nullptr;
    return dmr_parse_message(v.argc(), v.argv(), len, m, &why);
}

TEST(KmodParse, Crc32cIsCastagnoli)
{
    // The standard check value of CRC-32C (RFC 3720, appendix B.4).
    EXPECT_EQ(dmr_crc32c("123456789", 9), 0xe3069283u);
    EXPECT_EQ(dmr_crc32c(nullptr, 0), 0u);
    std::array<std::uint8_t, 32> zeros{};
    EXPECT_EQ(dmr_crc32c(zeros.data(), zeros.size()), 0x8a9136aau); // RFC 3720 B.4, 32 zero bytes
}

// The commit path seals blocks with dmr_block_crc_patch() instead of a full
// CRC: every patch must give exactly the CRC of the changed block.
TEST(KmodParse, BlockCrcPatchEqualsFullCrc)
{
    std::vector<std::uint32_t> xpow(DMR_XPOW_ENTRIES);
    dmr_crc_xpow_init(xpow.data());
    std::mt19937 rng(20261121);
    std::vector<std::uint8_t> block(DMR_BLOCK_BYTES);
    for (auto& b : block)
        b = static_cast<std::uint8_t>(rng());
    std::uint32_t crc = dmr_block_crc(block.data());
    int changed = 0;
    for (int i = 0; i < 20000; ++i) {
        // Runs of 4..32 bytes at 4-byte offsets, never over the crc field.
        std::uint32_t len = 4 * (1 + rng() % (DMR_CRC_PATCH_MAX / 4));
        std::uint32_t off = 4 * (rng() % ((DMR_BLOCK_BYTES - len) / 4 + 1));
        if (off < 8 && off + len > 4) { // it would cover the crc field, bytes 4..7
            len = i % 2 ? 4 : len;
            off = i % 2 ? 0 : 8;
        }
        std::vector<std::uint8_t> from(block.begin() + off, block.begin() + off + len);
        std::vector<std::uint8_t> to(len);
        for (auto& b : to)
            b = static_cast<std::uint8_t>(i % 7 == 0 ? 0 : rng()); // some runs zeroed
        if (i % 11 == 0)
            to = from; // nothing changes: the crc must stay
        std::memcpy(block.data() + off, to.data(), len);
        const std::uint32_t patched = dmr_block_crc_patch(xpow.data(), crc, off, from.data(), to.data(), len);
        const std::uint32_t full = dmr_block_crc(block.data());
        ASSERT_EQ(patched, full) << "patch " << i << " at " << off << ", " << len << " bytes";
        changed += patched != crc;
        crc = full;
    }
    EXPECT_GT(changed, 15000); // the patches really changed the block
}

TEST(KmodParse, CrcPatchOverLongMessages)
{
    // Over a whole table's block crcs: tails longer than one block.
    std::vector<std::uint32_t> xpow(DMR_XPOW_ENTRIES);
    dmr_crc_xpow_init(xpow.data());
    std::mt19937 rng(7);
    for (std::size_t size : {std::size_t(4), std::size_t(64), std::size_t(DMR_BLOCK_BYTES),
                             std::size_t(3 * DMR_BLOCK_BYTES + 12), std::size_t(65536)}) {
        std::vector<std::uint8_t> msg(size);
        for (auto& b : msg)
            b = static_cast<std::uint8_t>(rng());
        std::uint32_t crc = dmr_crc32c(msg.data(), msg.size());
        for (int i = 0; i < 300; ++i) {
            const std::uint32_t len = std::min<std::uint32_t>(4 * (1 + rng() % 8), static_cast<std::uint32_t>(size));
            const std::uint64_t tail = 4 * (rng() % ((size - len) / 4 + 1));
            const std::size_t at = size - tail - len;
            std::vector<std::uint8_t> from(msg.begin() + at, msg.begin() + at + len), to(len);
            for (auto& b : to)
                b = static_cast<std::uint8_t>(rng());
            std::memcpy(msg.data() + at, to.data(), len);
            const std::uint32_t full = dmr_crc32c(msg.data(), msg.size());
            ASSERT_EQ(dmr_crc_patch(xpow.data(), crc, tail, from.data(), to.data(), len), full)
                << size << "-byte message, " << len << " bytes at " << at;
            crc = full;
        }
    }
}

TEST(KmodParse, UnitSizes)
{
    EXPECT_TRUE(dmr_unit_valid(512));
    EXPECT_TRUE(dmr_unit_valid(4096));
    EXPECT_TRUE(dmr_unit_valid(65536));
    EXPECT_FALSE(dmr_unit_valid(256));
    EXPECT_FALSE(dmr_unit_valid(131072));
    EXPECT_FALSE(dmr_unit_valid(3072));
    EXPECT_FALSE(dmr_unit_valid(0));
}

TEST(KmodParse, LayoutFitsAndIsMaximal)
{
    for (std::uint64_t sectors : {4096ull, 65536ull, 123457ull, 2097152ull, 1ull << 40}) {
        for (std::uint32_t unit : {512u, 4096u, 65536u}) {
            dmr_layout l{};
            if (dmr_layout_compute(sectors, unit, &l) != 0)
                continue;
            const std::uint64_t end = l.slot_offset_sectors + l.nr_slots * l.unit_sectors;
            EXPECT_LE(end, sectors);
            EXPECT_GE(l.table_capacity, l.nr_slots);
            EXPECT_GE(l.slot_offset_sectors, 2 * l.copy_sectors);
            EXPECT_EQ(l.slot_offset_sectors % 128, 0u); // 64 KiB aligned
            // Deterministic: the kernel and dmremap-spare must agree.
            dmr_layout again{};
            ASSERT_EQ(dmr_layout_compute(sectors, unit, &again), 0);
            EXPECT_EQ(std::memcmp(&again, &l, sizeof(l)), 0);
        }
    }
}

TEST(KmodParse, LayoutHoldsAMillionRemapsOnABigSpare)
{
    dmr_layout l{};
    ASSERT_EQ(dmr_layout_compute(16ull << 21 /* 16 GiB */, 4096, &l), 0);
    EXPECT_GE(l.nr_slots, 1000000u);
    EXPECT_GE(l.table_capacity, 1000000u);
}

TEST(KmodParse, LayoutRefusesTinySpare)
{
    dmr_layout l{};
    EXPECT_EQ(dmr_layout_compute(64, 4096, &l), -ENOSPC);
    EXPECT_EQ(dmr_layout_compute(1 << 20, 1000, &l), -EINVAL);
}

dmr_sb sampleSb()
{
    dmr_sb sb{};
    EXPECT_EQ(dmr_layout_compute(65536, 4096, &sb.layout), 0);
    sb.generation = 7;
    for (int i = 0; i < 16; ++i)
        sb.uuid[i] = static_cast<std::uint8_t>(i + 1);
    sb.main_lbs_bytes = 512;
    sb.main_sectors = 1 << 20;
    sb.nr_entries = 3;
    sb.next_slot = 2;
    sb.table_crc = 0x12345678;
    sb.format_time = 1700000000;
    std::strcpy(sb.main_id, "naa.5000c500a1b2c3d4");
    return sb;
}

TEST(KmodParse, SuperblockRoundTrip)
{
    dmr_sb sb = sampleSb();
    std::array<std::uint8_t, DMR_BLOCK_BYTES> b{};
    dmr_sb_encode(&sb, 1, b.data());
    dmr_sb out{};
    const char* why = nullptr;
    ASSERT_EQ(dmr_sb_decode(b.data(), 1, &out, &why), 0) << why;
    EXPECT_EQ(out.generation, 7u);
    EXPECT_EQ(out.copy, 1u);
    EXPECT_EQ(out.next_slot, 2u);
    EXPECT_EQ(out.table_crc, 0x12345678u);
    EXPECT_STREQ(out.main_id, "naa.5000c500a1b2c3d4");
    EXPECT_EQ(std::memcmp(out.uuid, sb.uuid, 16), 0);
    EXPECT_EQ(out.layout.nr_slots, sb.layout.nr_slots);
    // Little-endian on disk, at the documented offsets.
    EXPECT_EQ(b[0], 'D');
    EXPECT_EQ(b[3], 'S');
    EXPECT_EQ(b[16], 7);
    EXPECT_EQ(b[48] | b[49] << 8, 4096);
}

TEST(KmodParse, SuperblockRejectsDamage)
{
    dmr_sb sb = sampleSb();
    std::array<std::uint8_t, DMR_BLOCK_BYTES> b{};
    dmr_sb_encode(&sb, 0, b.data());
    EXPECT_EQ(dmr_sb_decode(b.data(), 1, nullptr, nullptr), -EBADMSG); // wrong copy index
    auto flipped = b;
    flipped[100] ^= 1;
    EXPECT_EQ(dmr_sb_decode(flipped.data(), 0, nullptr, nullptr), -EBADMSG);
    std::array<std::uint8_t, DMR_BLOCK_BYTES> zero{};
    EXPECT_EQ(dmr_sb_decode(zero.data(), 0, nullptr, nullptr), -EILSEQ);
    // A consistent checksum over inconsistent geometry is still refused.
    dmr_superblock* d = reinterpret_cast<dmr_superblock*>(b.data());
    d->nr_slots = htole64(le64toh(d->nr_slots) + 1);
    d->crc = htole32(dmr_block_crc(b.data()));
    const char* why = nullptr;
    EXPECT_EQ(dmr_sb_decode(b.data(), 0, nullptr, &why), -EBADMSG);
    EXPECT_STREQ(why, "superblock geometry is inconsistent");
    // Unknown version.
    dmr_sb_encode(&sb, 0, b.data());
    d->version = htole32(2);
    d->crc = htole32(dmr_block_crc(b.data()));
    EXPECT_EQ(dmr_sb_decode(b.data(), 0, nullptr, nullptr), -EPROTO);
}

TEST(KmodParse, TableBlocks)
{
    EXPECT_EQ(dmr_tb_used(0), 0u);
    EXPECT_EQ(dmr_tb_used(254), 1u);
    EXPECT_EQ(dmr_tb_used(255), 2u);
    EXPECT_EQ(dmr_tb_entries(300, 0), 254u);
    EXPECT_EQ(dmr_tb_entries(300, 1), 46u);
    EXPECT_EQ(dmr_tb_entries(300, 2), 0u);
    std::array<std::uint8_t, DMR_BLOCK_BYTES> b{};
    const std::uint8_t uuid[16] = {9, 9, 9};
    dmr_tb_seal(b.data(), 5, uuid, 17);
    EXPECT_EQ(dmr_tb_check(b.data(), 5, uuid, 17, nullptr), 0);
    EXPECT_EQ(dmr_tb_check(b.data(), 4, uuid, 17, nullptr), -EBADMSG);
    EXPECT_EQ(dmr_tb_check(b.data(), 5, uuid, 16, nullptr), -EBADMSG);
    const std::uint8_t other[16] = {1};
    EXPECT_EQ(dmr_tb_check(b.data(), 5, other, 17, nullptr), -EBADMSG);
    b[2000] ^= 0x40;
    EXPECT_EQ(dmr_tb_check(b.data(), 5, uuid, 17, nullptr), -EBADMSG);
}

TEST(KmodParse, Entries)
{
    dmr_sb sb = sampleSb();
    dmr_disk_entry e{};
    e.main_unit = htole64(10);
    e.slot = htole32(1);
    e.state = htole16(DMR_STATE_REMAPPED);
    EXPECT_EQ(dmr_entry_check(&e, &sb, nullptr), 0);
    e.slot = htole32(2); // == next_slot: not handed out
    EXPECT_EQ(dmr_entry_check(&e, &sb, nullptr), -EBADMSG);
    e.state = htole16(DMR_STATE_PENDING);
    EXPECT_EQ(dmr_entry_check(&e, &sb, nullptr), -EBADMSG);
    e.slot = htole32(DMR_SLOT_NONE);
    EXPECT_EQ(dmr_entry_check(&e, &sb, nullptr), 0);
    e.main_unit = htole64((1 << 20) / 8); // first unit past the main device
    EXPECT_EQ(dmr_entry_check(&e, &sb, nullptr), -EBADMSG);
    e.main_unit = htole64(1);
    e.state = htole16(3);
    EXPECT_EQ(dmr_entry_check(&e, &sb, nullptr), -EBADMSG);
}

TEST(KmodParse, U64IsStrict)
{
    std::uint64_t v = 0;
    EXPECT_EQ(dmr_parse_u64("18446744073709551615", &v), 0);
    EXPECT_EQ(v, ~0ull);
    EXPECT_EQ(dmr_parse_u64("18446744073709551616", &v), -ERANGE);
    EXPECT_EQ(dmr_parse_u64("-1", &v), -EINVAL);
    EXPECT_EQ(dmr_parse_u64("+1", &v), -EINVAL);
    EXPECT_EQ(dmr_parse_u64("12x", &v), -EINVAL);
    EXPECT_EQ(dmr_parse_u64("", &v), -EINVAL);
    EXPECT_EQ(dmr_parse_u64(" 1", &v), -EINVAL);
}

TEST(KmodParse, TableLines)
{
    dmr_table_args a{};
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b"}, &a), 0);
    EXPECT_EQ(a.read_retries, 0u);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "3", "no_auto_remap", "read_retries", "4"}, &a), 0);
    EXPECT_EQ(a.read_retries, 4u);
    EXPECT_EQ(a.no_auto_remap, 1);
    char buf[64];
    dmr_format_features(buf, sizeof(buf), &a);
    EXPECT_STREQ(buf, " 3 no_auto_remap read_retries 4");
    dmr_table_args none{};
    dmr_format_features(buf, sizeof(buf), &none);
    EXPECT_STREQ(buf, "");

    const char* why = nullptr;
    EXPECT_EQ(parseTable({"/dev/a"}, &a, &why), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/a"}, &a, &why), -EINVAL);
    EXPECT_STREQ(why, "Spare device must differ from the main device");
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "2", "no_auto_remap"}, &a), -EINVAL); // count too big
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "1", "no_auto_remap", "x"}, &a), -EINVAL); // trailing junk
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "-1"}, &a), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "2", "read_retries", "0"}, &a), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "2", "read_retries", "17"}, &a), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "1", "read_retries"}, &a), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "2", "no_auto_remap", "no_auto_remap"}, &a), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "1", "bogus"}, &a), -EINVAL);
    EXPECT_EQ(parseTable({"/dev/a", "/dev/b", "99999999999999999999"}, &a), -EINVAL);
}

TEST(KmodParse, Messages)
{
    dmr_msg m{};
    EXPECT_EQ(parseMessage({"remap", "4095"}, 4096, &m), 0);
    EXPECT_EQ(m.kind, DMR_MSG_REMAP);
    EXPECT_EQ(m.sector, 4095u);
    EXPECT_EQ(parseMessage({"remap", "4096"}, 4096, &m), -ERANGE);
    EXPECT_EQ(parseMessage({"remap", "-1"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"remap"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"remap", "1", "2"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"clear_pending", "8"}, 4096, &m), 0);
    EXPECT_EQ(m.kind, DMR_MSG_CLEAR_PENDING);
    EXPECT_EQ(parseMessage({"list"}, 4096, &m), 0);
    EXPECT_EQ(m.from, 0u);
    EXPECT_EQ(m.count, DMR_LIST_DEFAULT_COUNT);
    EXPECT_EQ(parseMessage({"list", "5", "10"}, 4096, &m), 0);
    EXPECT_EQ(m.from, 5u);
    EXPECT_EQ(m.count, 10u);
    EXPECT_EQ(parseMessage({"list", "5", "0"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"list", "5", "100001"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"list", "1", "2", "3"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"stats"}, 4096, &m), 0);
    EXPECT_EQ(parseMessage({"stats", "x"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({"frobnicate"}, 4096, &m), -EINVAL);
    EXPECT_EQ(parseMessage({}, 4096, &m), -EINVAL);
}

TEST(KmodParse, StatusRoundTrip)
{
    dmr_status s{};
    std::strcpy(s.version, DMR_TARGET_VERSION_STR);
    s.state = DMR_ST_SPARE_FULL;
    s.unit_bytes = 4096;
    s.remapped = 12;
    s.nr_slots = 254000;
    s.pending = 3;
    s.read_errors = 5;
    s.write_errors = 12;
    s.auto_remaps = 11;
    s.manual_remaps = 1;
    s.generation = 42;
    s.valid_copies = 1;
    s.nr_copies = 2;
    char line[256];
    dmr_format_status(line, sizeof(line), &s);
    EXPECT_STREQ(line, "1.0.0 spare_full 4096 12/254000 3 5 12 11 1 42 1/2");
    dmr_status p{};
    ASSERT_EQ(dmr_parse_status(line, &p), 0);
    EXPECT_EQ(p.state, DMR_ST_SPARE_FULL);
    EXPECT_EQ(p.remapped, 12u);
    EXPECT_EQ(p.nr_slots, 254000u);
    EXPECT_EQ(p.generation, 42u);
    EXPECT_EQ(p.valid_copies, 1u);
    EXPECT_EQ(dmr_parse_status("1.0.0 ok 4096 0/10 0 0 0 0 0 1 2/2\n", &p), 0);
    EXPECT_EQ(dmr_parse_status("1.0.0 weird 4096 0/10 0 0 0 0 0 1 2/2", &p), -EINVAL);
    EXPECT_EQ(dmr_parse_status("1.0.0 ok 4096 0/10 0 0 0 0 0 1 2/2 x", &p), -EINVAL);
    EXPECT_EQ(dmr_parse_status("1.0.0 ok 4096 0 10 0 0 0 0 0 1 2/2", &p), -EINVAL);
    EXPECT_EQ(dmr_parse_status("", &p), -EINVAL);
}

} // namespace
