#include "sparereader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

namespace dmremap::spare {

namespace {

using Block = std::array<std::byte, DMR_BLOCK_BYTES>;

struct SbProbe {
    bool present = false;
    bool ok = false;
    dmr_sb sb{};
    std::string problem;
};

SbProbe probeSuperblock(BlockDevice& dev, std::uint64_t offset, unsigned copy)
{
    SbProbe p;
    Block b{};
    if (offset + DMR_BLOCK_BYTES > dev.sizeBytes()) {
        p.problem = "superblock beyond the end of the device";
        return p;
    }
    if (Status st = dev.read(offset, b); !st) {
        p.present = true; // unreadable is never "blank"
        p.problem = st.message();
        return p;
    }
    const char* why = nullptr;
    const int r = dmr_sb_decode(b.data(), copy, &p.sb, &why);
    p.present = r != -EILSEQ;
    p.ok = r == 0;
    if (!p.ok)
        p.problem = why ? why : "invalid superblock";
    return p;
}

/// Reads and checks the used table blocks of one copy; fills entries.
std::string checkTable(BlockDevice& dev, const dmr_sb& sb, std::vector<SpareEntry>& entries)
{
    const std::uint64_t used = dmr_tb_used(sb.nr_entries);
    const std::uint64_t base = std::uint64_t(sb.copy) * sb.layout.copy_sectors * 512 + DMR_BLOCK_BYTES;
    std::vector<std::uint32_t> crcs;
    crcs.reserve(used);
    entries.clear();
    Block b{};
    for (std::uint64_t i = 0; i < used; ++i) {
        if (Status st = dev.read(base + i * DMR_BLOCK_BYTES, b); !st)
            return "table block " + std::to_string(i) + ": " + st.message();
        const char* why = nullptr;
        const std::uint32_t n = dmr_tb_entries(sb.nr_entries, i);
        if (dmr_tb_check(b.data(), i, sb.uuid, n, &why))
            return "table block " + std::to_string(i) + ": " + why;
        dmr_table_block tb;
        std::memcpy(&tb, b.data(), sizeof(tb));
        crcs.push_back(tb.crc); // kept little-endian, as the crc covers them
        for (std::uint32_t k = 0; k < n; ++k) {
            const dmr_disk_entry& e = tb.entries[k];
            if (dmr_entry_check(&e, &sb, &why))
                return "entry " + std::to_string(i * DMR_ENTRIES_PER_BLOCK + k) + ": " + why;
            SpareEntry se;
            se.mainUnit = le64_to_cpu(e.main_unit);
            se.pending = le16_to_cpu(e.state) == DMR_STATE_PENDING;
            se.slot = le32_to_cpu(e.slot);
            se.manual = le16_to_cpu(e.flags) & DMR_EF_MANUAL;
            entries.push_back(se);
        }
    }
    if (dmr_crc32c(crcs.data(), crcs.size() * sizeof(std::uint32_t)) != sb.table_crc)
        return "table does not match its superblock (torn copy)";
    std::sort(entries.begin(), entries.end(),
              [](const SpareEntry& a, const SpareEntry& c) { return a.mainUnit < c.mainUnit; });
    std::set<std::uint32_t> slots;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i && entries[i].mainUnit == entries[i - 1].mainUnit)
            return "two entries for unit " + std::to_string(entries[i].mainUnit);
        if (!entries[i].pending && !slots.insert(entries[i].slot).second)
            return "two entries share slot " + std::to_string(entries[i].slot);
    }
    return {};
}

bool samePair(const dmr_sb& a, const dmr_sb& b)
{
    return !std::memcmp(a.uuid, b.uuid, sizeof(a.uuid)) && !std::memcmp(&a.layout, &b.layout, sizeof(a.layout)) &&
           a.main_sectors == b.main_sectors;
}

} // namespace

unsigned SpareReport::validCopies() const
{
    return static_cast<unsigned>(std::count_if(copies.begin(), copies.end(), [](const CopyReport& c) { return c.valid; }));
}

std::vector<std::uint64_t> copyOneCandidates(std::uint64_t spareBytes)
{
    std::vector<std::uint64_t> out;
    for (std::uint32_t unit = DMR_UNIT_MIN_BYTES; unit <= DMR_UNIT_MAX_BYTES; unit <<= 1) {
        dmr_layout l{};
        if (dmr_layout_compute(spareBytes / 512, unit, &l) == 0) {
            const std::uint64_t off = l.copy_sectors * 512;
            if (std::find(out.begin(), out.end(), off) == out.end())
                out.push_back(off);
        }
    }
    return out;
}

SpareReport readSpare(BlockDevice& spare)
{
    SpareReport rep;
    std::array<SbProbe, DMR_NR_COPIES> probes;
    probes[0] = probeSuperblock(spare, 0, 0);
    std::vector<std::uint64_t> cands;
    if (probes[0].ok)
        cands.push_back(probes[0].sb.layout.copy_sectors * 512);
    else
        cands = copyOneCandidates(spare.sizeBytes());
    probes[1].problem = "no superblock found";
    for (std::uint64_t off : cands) {
        SbProbe p = probeSuperblock(spare, off, 1);
        if (p.present && !probes[1].present)
            probes[1] = p;
        if (p.ok) {
            probes[1] = p;
            break;
        }
    }
    rep.found = probes[0].present || probes[1].present;

    std::array<std::vector<SpareEntry>, DMR_NR_COPIES> tables;
    for (unsigned c = 0; c < DMR_NR_COPIES; ++c) {
        CopyReport cr;
        cr.index = c;
        cr.present = probes[c].present;
        cr.generation = probes[c].ok ? probes[c].sb.generation : 0;
        cr.problem = probes[c].problem;
        if (probes[c].ok) {
            cr.problem = checkTable(spare, probes[c].sb, tables[c]);
            cr.valid = cr.problem.empty();
        }
        rep.copies.push_back(cr);
    }
    if (rep.copies[0].valid && rep.copies[1].valid && !samePair(probes[0].sb, probes[1].sb)) {
        rep.copies[1].valid = false;
        rep.copies[1].problem = "copy belongs to a different format than copy 0";
    }
    std::optional<unsigned> best;
    for (unsigned c = 0; c < DMR_NR_COPIES; ++c)
        if (rep.copies[c].valid && (!best || probes[c].sb.generation > probes[*best].sb.generation))
            best = c;
    if (!best)
        return rep;
    rep.usable = true;
    rep.chosenCopy = best;
    rep.superblock = probes[*best].sb;
    rep.entries = std::move(tables[*best]);
    for (const SpareEntry& e : rep.entries)
        (e.pending ? rep.pending : rep.remapped)++;
    return rep;
}

} // namespace dmremap::spare
