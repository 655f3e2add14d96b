#include "dm/remapstatus.h"

#include <gtest/gtest.h>

using namespace dmremap;
using namespace dmremap::dm;

// Status lines as the target prints them (kmod/dm-remap-parse.c,
// dmr_format_status), one per state.
TEST(RemapStatus, ParsesEveryState)
{
    auto ok = RemapStatus::parse("1.0.0 ok 4096 3/261888 1 5 2 2 1 7 2/2");
    ASSERT_TRUE(ok.ok()) << ok.status().message();
    EXPECT_EQ(ok->state, "ok");
    EXPECT_EQ(ok->unitBytes, 4096u);
    EXPECT_EQ(ok->remapped, 3u);
    EXPECT_EQ(ok->capacity, 261888u);
    EXPECT_EQ(ok->pending, 1u);
    EXPECT_EQ(ok->readErrors, 5u);
    EXPECT_EQ(ok->writeErrors, 2u);
    EXPECT_EQ(ok->autoRemaps, 2u);
    EXPECT_EQ(ok->manualRemaps, 1u);
    EXPECT_EQ(ok->generation, 7u);
    EXPECT_EQ(ok->validCopies, 2u);
    EXPECT_EQ(ok->copies, 2u);
    for (const char* state : {"degraded", "spare_full", "read_only", "failed"}) {
        auto s = RemapStatus::parse(std::string("1.0.0 ") + state + " 512 10/10 0 0 0 10 0 11 1/2\n");
        ASSERT_TRUE(s.ok()) << state;
        EXPECT_EQ(s->state, state);
    }
}

TEST(RemapStatus, RefusesAnythingElse)
{
    for (const char* bad : {"", "1.0.0 ok", "1.0.0 bogus 4096 0/1 0 0 0 0 0 1 2/2", "1.0.0 ok 4096 0-1 0 0 0 0 0 1 2/2",
                            "1.0.0 ok 4096 0/1 0 0 0 0 0 1 2/2 junk", "1.0.0 ok -1 0/1 0 0 0 0 0 1 2/2"})
        EXPECT_EQ(RemapStatus::parse(bad).error(), Error::CorruptData) << bad;
}

TEST(RemapEntry, ParsesTheListReply)
{
    auto l = RemapEntry::parseList("17 0 remapped\n42 - pending\n100 5 remapped\n");
    ASSERT_TRUE(l.ok());
    ASSERT_EQ(l->size(), 3u);
    EXPECT_EQ((*l)[0], (RemapEntry{17, 0, false}));
    EXPECT_EQ((*l)[1], (RemapEntry{42, RemapEntry::noSlot, true}));
    EXPECT_TRUE(RemapEntry::parseList("").ok());
    EXPECT_FALSE(RemapEntry::parseList("17 x remapped\n").ok());
    EXPECT_FALSE(RemapEntry::parseList("17 - remapped\n").ok());
    EXPECT_FALSE(RemapEntry::parseList("17 3 pending\n").ok());
    EXPECT_FALSE(RemapEntry::parseList("17 3 remapped extra\n").ok());
}
