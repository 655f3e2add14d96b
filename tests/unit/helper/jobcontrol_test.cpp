#include "jobcontrol.h"

#include <gtest/gtest.h>

#include <vector>

using namespace dmremap;
using namespace dmremap::helper;

TEST(JobControlPause, WorkWithoutPauseHookCannotPause)
{
    JobControl control; // a rescue or format sets no pause hook
    EXPECT_EQ(control.setPaused(true).error(), Error::NotSupported);
    EXPECT_FALSE(control.paused());
}

TEST(JobControlPause, HookCalledOncePerChange)
{
    JobControl control;
    std::vector<bool> calls;
    control.setPauseHook([&calls](bool pause) { calls.push_back(pause); });
    EXPECT_TRUE(control.setPaused(true).ok());
    EXPECT_TRUE(control.setPaused(true).ok()); // paused already: nothing changes
    EXPECT_TRUE(control.paused());
    EXPECT_TRUE(control.setPaused(false).ok());
    EXPECT_FALSE(control.paused());
    EXPECT_EQ(calls, (std::vector<bool>{true, false}));
}

TEST(JobControlPause, EndingWorkEndsPauseSupport)
{
    JobControl control;
    control.setPauseHook([](bool) {});
    ASSERT_TRUE(control.setPaused(true).ok());
    control.setPauseHook({}); // the scan returned
    EXPECT_FALSE(control.paused());
    EXPECT_EQ(control.setPaused(false).error(), Error::NotSupported);
}
