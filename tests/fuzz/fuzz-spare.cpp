// libFuzzer: dmremap-spare's reader on a formatted 1 MiB spare whose first
// 64 KiB (both metadata copies) are overwritten by the input. The reader must
// never crash and never call a copy complete that the kernel would refuse.
#include "spare/spareformatter.h"
#include "spare/sparereader.h"

#include <cassert>
#include <cstring>

using namespace dmremap::spare;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static MemoryBlockDevice* pristine = [] {
        MemoryBlockDevice main(8 << 20);
        auto* spare = new MemoryBlockDevice(1 << 20);
        FormatOptions o;
        o.unitBytes = 4096;
        o.uuid = {1, 2, 3};
        o.formatTime = 1;
        [[maybe_unused]] auto r = formatSpare(main, *spare, o);
        assert(r.ok());
        return spare;
    }();
    MemoryBlockDevice spare(pristine->sizeBytes());
    spare.bytes() = pristine->bytes();
    std::memcpy(spare.bytes().data(), data, std::min<std::size_t>(size, 64 << 10));
    const SpareReport r = readSpare(spare);
    if (r.usable) {
        assert(r.chosenCopy && r.copies[*r.chosenCopy].valid);
        assert(r.entries.size() == r.superblock.nr_entries);
        for (const SpareEntry& e : r.entries)
            assert(e.pending || e.slot < r.superblock.next_slot);
    }
    return 0;
}
