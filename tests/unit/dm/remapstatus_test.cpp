#include "dm/dmcontrol.h"
#include "dm/remapstatus.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace dmremap;
using namespace dmremap::dm;

namespace {

// status-lines.txt: "<state> <status line>" as the real target printed them
// in the VM (tests/vm/30-core-dm.sh, States.OkDegradedSpareFullReadOnlyFailed
// appends them to its output folder's status-lines.txt).
std::multimap<std::string, std::string> recordedLines()
{
    std::ifstream in(DMREMAP_DM_STATUS_LINES);
    EXPECT_TRUE(in.good()) << DMREMAP_DM_STATUS_LINES;
    std::multimap<std::string, std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto sp = line.find(' ');
        lines.emplace(line.substr(0, sp), line.substr(sp + 1));
    }
    return lines;
}

} // namespace

TEST(RecordedStatus, EveryStateTheTargetPrintedParses)
{
    const auto lines = recordedLines();
    std::set<std::string> states;
    for (const auto& [state, line] : lines) {
        auto s = RemapStatus::parse(line);
        ASSERT_TRUE(s.ok()) << line;
        EXPECT_EQ(s->state, state) << line;
        EXPECT_EQ(s->version, "1.0.0");
        EXPECT_EQ(s->unitBytes, 4096u);
        EXPECT_LE(s->remapped, s->capacity) << line;
        EXPECT_EQ(s->copies, 2u);
        EXPECT_LE(s->validCopies, s->copies);
        EXPECT_GE(s->generation, 1u);
        states.insert(state);
    }
    EXPECT_EQ(states, (std::set<std::string>{"ok", "degraded", "spare_full", "read_only", "failed"}));
}

TEST(RecordedStatus, SpareFullLineHasEverySlotUsed)
{
    const auto lines = recordedLines();
    auto it = lines.find("spare_full");
    ASSERT_NE(it, lines.end());
    auto s = RemapStatus::parse(it->second);
    ASSERT_TRUE(s.ok());
    // One slot was lost to a write error when the target degraded.
    EXPECT_EQ(s->remapped + 1, s->capacity);
    EXPECT_EQ(s->pending, 2u);
    EXPECT_EQ(s->manualRemaps, s->remapped);
}

TEST(RecordedStatus, ATruncatedOrExtendedLineIsRefused)
{
    for (const auto& [state, line] : recordedLines()) {
        EXPECT_EQ(RemapStatus::parse(line.substr(0, line.rfind(' '))).error(), Error::CorruptData) << line;
        EXPECT_EQ(RemapStatus::parse(line + " 0").error(), Error::CorruptData) << line;
    }
}

TEST(RemapTable, ParamsAreTheKernelsTableLine)
{
    RemapTable t{.mainDevice = "8:16", .spareDevice = "8:32", .lengthSectors = 1024};
    EXPECT_EQ(t.params(), "8:16 8:32");
    t.noAutoRemap = true;
    EXPECT_EQ(t.params(), "8:16 8:32 1 no_auto_remap");
    t.readRetries = 2;
    EXPECT_EQ(t.params(), "8:16 8:32 3 no_auto_remap read_retries 2");
    t.noAutoRemap = false;
    EXPECT_EQ(t.params(), "8:16 8:32 2 read_retries 2");
}
